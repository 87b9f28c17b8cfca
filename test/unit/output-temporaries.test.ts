// A report's temporary file lives in a folder of its own, and what removes it removes the folder
// (src/output/atomic-write.ts): a writer whose `open` was still on its way when the report was given
// up (in libuv's thread pool, as exceljs's and JSZip's writes are) cannot make the file again. Before,
// the file alone was removed, and such an open made it again: a SIGHUP at a loaded moment left
// `.r.xlsx.PID.HEX.tmp` beside the reports (test/fuzz/hostile.test.ts met it once, on a loaded
// machine: the window is an open(2) in flight while the handler runs, too narrow to aim a spawned
// signal at; the signal tests of report-targets and fuzz/hostile hold the handler's whole path).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OutputSet, resolveTarget } from '../../src/output/atomic-write.js';
import { localize } from '../../src/i18n/index.js';
import { OUTPUT_TEXT } from '../../src/i18n/output.js';
import { tempDir } from '../cli/run-cli.js';

const messages = localize(OUTPUT_TEXT, 'en');

/** A set of one report, r.xlsx in a new folder, whose writer has written `content` to its temporary path. */
async function writtenOnce(content: string): Promise<{ dir: string; set: OutputSet; tmp: string }> {
  const dir = tempDir();
  const set = new OutputSet({ cwd: dir, messages, inputs: [] });
  let tmp = '';
  await set.write(resolveTarget('r.xlsx', dir, messages), async (path) => {
    tmp = path;
    writeFileSync(path, content);
  });
  return { dir, set, tmp };
}

describe('a temporary file, given up', () => {
  test('is in a folder of its own beside the target, named for the target', async () => {
    const { dir, set, tmp: seen } = await writtenOnce('a workbook');
    expect(basename(seen)).toBe('r.xlsx');
    expect(dirname(dirname(seen))).toBe(dir);
    expect(basename(dirname(seen))).toMatch(/^\.r\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(await set.commit()).toEqual([]);
    expect(readdirSync(dir)).toEqual(['r.xlsx']);
  });

  test('cannot be made again by a writer that comes late', async () => {
    const { dir, set, tmp } = await writtenOnce('half a workbook');
    set.discard();
    // what an `open` still queued in the thread pool would do now
    expect(() => writeFileSync(tmp, 'late')).toThrow(/ENOENT/);
    expect(existsSync(tmp)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
