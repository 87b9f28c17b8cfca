// Writing reports safely: under a temporary name and renamed; never over an input; a missing
// folder named clearly; a closed pipe (`care-check check | head`) ends the run quietly.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { CareCheckError } from '../../src/shared/errors.js';
import { writeAtomic } from '../../src/output/atomic-write.js';
import { localize } from '../../src/i18n/index.js';
import { OUTPUT_TEXT } from '../../src/i18n/output.js';
import { BIN, ROOT, SAMPLES, ensureBuilt, runCli, tempDir } from '../cli/run-cli.js';
import { validSample } from '../fuzz/fuzz-support.js';

const AS_OF = '2025-06-30';
const sample = validSample().text;

/** Files a writer left behind under a temporary name. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

async function refusal(promise: Promise<unknown>): Promise<CareCheckError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CareCheckError);
  return error as CareCheckError;
}

describe('writeAtomic (in process)', () => {
  test('a producer that fails half-way leaves neither a file nor a temporary one', async () => {
    const dir = tempDir();
    const error = await refusal(
      writeAtomic(
        'r.xlsx',
        async (tmp) => {
          await writeFile(tmp, 'half a workbook');
          throw new Error('disk full');
        },
        { cwd: dir, messages: localize(OUTPUT_TEXT, 'en'), inputs: [] },
      ),
    );
    expect(error.kind).toBe('output');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a failed rewrite keeps the previous file whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.json'), 'previous');
    await refusal(
      writeAtomic(
        'r.json',
        async (tmp) => {
          await writeFile(tmp, 'new but');
          throw new Error('interrupted');
        },
        { cwd: dir, messages: localize(OUTPUT_TEXT, 'zh'), inputs: [] },
      ),
    );
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('previous');
    expect(leftovers(dir)).toEqual([]);
  });

  test('a success replaces the file and leaves no temporary one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.json'), 'previous');
    await writeAtomic('r.json', '{"new":true}', { cwd: dir, messages: localize(OUTPUT_TEXT, 'en'), inputs: [] });
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  test('an input is refused however it is named: as given, through ../, through a symbolic link to it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const input = join(dir, 'data.yaml');
    writeFileSync(input, sample);
    symlinkSync(input, join(dir, 'link.yaml'));
    for (const path of ['data.yaml', 'sub/../data.yaml', input, 'link.yaml']) {
      const error = await refusal(writeAtomic(path, 'x', { cwd: dir, messages: localize(OUTPUT_TEXT, 'en'), inputs: [input] }));
      expect(error.kind, path).toBe('output');
    }
    expect(readFileSync(input, 'utf8')).toBe(sample);
    expect(leftovers(dir)).toEqual([]);
  });

  test('a missing folder is refused with its name', async () => {
    const dir = tempDir();
    const error = await refusal(writeAtomic('no/such/r.json', 'x', { cwd: dir, messages: localize(OUTPUT_TEXT, 'en'), inputs: [] }));
    expect(error.kind).toBe('output');
    expect(error.message).toContain(join(dir, 'no', 'such'));
  });
});

describe('report files through the CLI', () => {
  beforeAll(() => ensureBuilt());

  function folderWithSample(): string {
    const dir = tempDir('care-check-out-');
    writeFileSync(join(dir, 'data.yaml'), sample);
    return dir;
  }

  test('--out and --xlsx naming an input are refused; the input is untouched', () => {
    const dir = folderWithSample();
    for (const option of [['--out', 'json=data.yaml'], ['--xlsx', 'data.yaml'], ['--out', `markdown=${join(dir, 'data.yaml')}`]]) {
      const run = runCli(['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json', ...option], { cwd: dir });
      expect(run.status, option.join(' ')).toBe(2);
      expect(run.stderr).toContain('data.yaml');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(readFileSync(join(dir, 'data.yaml'), 'utf8')).toBe(sample);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  test('a missing output folder: exit 2, the folder named, the other reports still written', () => {
    const dir = folderWithSample();
    const run = runCli(['check', 'data.yaml', '--as-of', AS_OF, '--format', 'json', '--out', 'json=missing/r.json', '--out', 'junit=r.xml'], {
      cwd: dir,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(join(dir, 'missing'));
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir).sort()).toEqual(['data.yaml', 'r.xml']);
  });

  test('reports asked for are written, whole, even when an input fails (exit 2)', () => {
    const dir = folderWithSample();
    writeFileSync(join(dir, 'bad.yaml'), 'unit: [\n');
    const run = runCli(['check', '.', '--as-of', AS_OF, '--format', 'json', '--out', 'json=r.json'], { cwd: dir });
    expect(run.status).toBe(2);
    const written = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { problems: { file: string }[] };
    expect(written.problems.map((p) => p.file)).toContain('bad.yaml');
    expect(leftovers(dir)).toEqual([]);
  });

  test('`care-check check | head` ends quietly', async () => {
    // One month of the bundled sample set in JSON (about 500 KB; the whole set, 1 MB, cost three
    // times the CPU for nothing more) is far larger than a pipe's buffer (64 KB), so the writer meets
    // the closed pipe; the reader stops after its first chunk, as `head -c 100` does.
    const child = spawn(process.execPath, [BIN, 'check', join(SAMPLES, '2025-06'), '--as-of', AS_OF, '--format', 'json'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    expect(signal).toBeNull();
    expect([0, 1]).toContain(code);
    expect(stderr).toBe('');
  });

  test('an input named through a symbolic link is not overwritten through it', () => {
    const dir = folderWithSample();
    symlinkSync(join(dir, 'data.yaml'), join(dir, 'link.yaml'));
    const run = runCli(['check', 'link.yaml', '--as-of', AS_OF, '--format', 'json', '--out', 'json=link.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'data.yaml'), 'utf8')).toBe(sample);
  });
});
