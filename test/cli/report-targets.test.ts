// Promises about the report files (src/output/atomic-write.ts):
// - every file the run reads is an input, and no report replaces one, however it is named
//   (the --baseline, a --policies file, a statistics file through a hard link);
// - two outputs that name one file (`a.json` and `./a.json`) are bad usage, before anything is written;
// - a target that exists and is not a regular file is written through, never renamed over: a FIFO
//   that someone reads, a device, the process's own stdout; a FIFO no one reads, or a folder, is
//   refused; a link to a file keeps being a link, and the file it names gets the report;
// - SIGINT, SIGTERM and SIGHUP while reports are written leave no temporary file and no new
//   report beside an old one, and the process ends by that signal.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validSample } from '../fuzz/fuzz-support.js';
import { BIN, ROOT, ensureBuilt, runCli, SAMPLES, tempDir } from './run-cli.js';

const AS_OF = '2025-06-30';
const TIMEOUT = 60_000;
const sample = validSample().text;
const isRoot = process.getuid?.() === 0;

/** Files left under a temporary name. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

function folderWithSample(): string {
  const dir = tempDir('care-check-targets-');
  writeFileSync(join(dir, 'data.yaml'), sample);
  return dir;
}

function check(dir: string, extra: string[], format = 'json') {
  return runCli(['check', 'data.yaml', '--as-of', AS_OF, '--format', format, '--lang', 'en', ...extra], { cwd: dir, timeout: TIMEOUT });
}

beforeAll(() => ensureBuilt());

describe('every file read is an input', () => {
  test('--out onto the --baseline: refused (exit 2), the baseline kept', () => {
    const dir = folderWithSample();
    const baseline = check(dir, []).stdout;
    writeFileSync(join(dir, 'base.json'), baseline);
    const run = check(dir, ['--baseline', 'base.json', '--out', 'json=base.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('base.json');
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(baseline);
    expect(leftovers(dir)).toEqual([]);
  });

  test('--xlsx onto a --policies file: refused, the document kept', () => {
    const dir = folderWithSample();
    mkdirSync(join(dir, 'pol'));
    const policy = readFileSync(join(ROOT, 'test', 'fixtures', 'input', 'policies', 'good', 'sample-2024.yaml'), 'utf8');
    writeFileSync(join(dir, 'pol', 'sample-2024.yaml'), policy);
    const run = check(dir, ['--policies', 'pol', '--xlsx', 'pol/sample-2024.yaml']);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'pol', 'sample-2024.yaml'), 'utf8')).toBe(policy);
    expect(leftovers(join(dir, 'pol'))).toEqual([]);
  });

  test('a statistics file named through a hard link: refused', () => {
    const dir = folderWithSample();
    linkSync(join(dir, 'data.yaml'), join(dir, 'same.json'));
    const run = check(dir, ['--out', 'json=same.json']);
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'data.yaml'), 'utf8')).toBe(sample);
  });
});

describe('two outputs to one file', () => {
  test('`a.json` and `./a.json`, or a link to it: bad usage (exit 2), nothing written', () => {
    const dir = folderWithSample();
    symlinkSync('a.json', join(dir, 'link.json'));
    for (const second of ['./a.json', `${dir}/a.json`, 'link.json', 'sub/../a.json']) {
      const run = check(dir, ['--out', 'json=a.json', '--out', `junit=${second}`]);
      expect(run.status, second).toBe(2);
      expect(run.stdout, second).toBe('');
      expect(run.stderr).toContain(second);
      expect(readdirSync(dir).sort()).toEqual(['data.yaml', 'link.json']);
    }
  });
});

describe('targets that are not regular files', () => {
  test('a FIFO that someone reads gets the report and stays a FIFO', async () => {
    const dir = folderWithSample();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const reader = spawn('sh', ['-c', 'cat fifo > got.json'], { cwd: dir });
    const run = spawnSync(process.execPath, [BIN, 'check', 'data.yaml', '--as-of', AS_OF, '--format', 'table', '--out', 'json=fifo'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: TIMEOUT,
    });
    await once(reader, 'close');
    expect([0, 1], run.stderr).toContain(run.status);
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
    const report = JSON.parse(readFileSync(join(dir, 'got.json'), 'utf8')) as { schemaVersion: number };
    expect(report.schemaVersion).toBe(1);
  });

  test('a FIFO that no one reads: refused (exit 2), at once', () => {
    const dir = folderWithSample();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const run = check(dir, ['--out', 'json=fifo'], 'table');
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('fifo');
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
  });

  test('a link to the process\'s own stdout (/dev/stdout is one): the report follows the table on stdout', () => {
    const dir = folderWithSample();
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const run = check(dir, ['--out', 'json=stdout'], 'table');
    expect([0, 1], run.stderr).toContain(run.status);
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
    const start = run.stdout.indexOf('{\n  "schemaVersion"');
    expect(start).toBeGreaterThan(0);
    expect((JSON.parse(run.stdout.slice(start)) as { schemaVersion: number }).schemaVersion).toBe(1);
  });

  test.skipIf(!isRoot)('a character device (a null device made with mknod): written through, still a device', () => {
    const dir = folderWithSample();
    execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    for (const option of [['--out', 'json=null'], ['--xlsx', 'null']]) {
      const run = check(dir, option);
      expect([0, 1], run.stderr).toContain(run.status);
      expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    }
    expect(leftovers(dir)).toEqual([]);
  });

  test('a folder: refused (exit 2), the other reports still written', () => {
    const dir = folderWithSample();
    mkdirSync(join(dir, 'out'));
    const run = check(dir, ['--out', 'json=out', '--out', 'junit=r.xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('out');
    expect(readdirSync(dir).sort()).toEqual(['data.yaml', 'out', 'r.xml']);
  });

  test('a link to a report: the link stays, the file it names is replaced', () => {
    const dir = folderWithSample();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'r.json'), 'old');
    symlinkSync('reports/r.json', join(dir, 'latest.json'));
    // a link to a file still to come is followed too
    symlinkSync('reports/new.json', join(dir, 'next.json'));
    const run = check(dir, ['--out', 'json=latest.json', '--out', 'junit=next.json']);
    expect([0, 1], run.stderr).toContain(run.status);
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'next.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'reports', 'r.json'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1/);
    expect(readFileSync(join(dir, 'reports', 'new.json'), 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('a signal while reports are written', () => {
  test.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: no temporary file left, the old reports untouched, ended by the signal', async (signal) => {
    const dir = tempDir('care-check-signal-');
    copyFileSync(join(SAMPLES, '2025-06', '450202.yaml'), join(dir, 'data.yaml'));
    writeFileSync(join(dir, 'r.json'), 'old json');
    writeFileSync(join(dir, 'r.xlsx'), 'old workbook');
    // the whole sample set, so that the workbook takes a while to write
    const child = spawn(process.execPath, [BIN, 'check', SAMPLES, '--as-of', AS_OF, '--format', 'json', '--out', 'json=r.json', '--xlsx', 'r.xlsx'], {
      cwd: dir,
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
    // signal as soon as a report is being written under its temporary name
    let sent = false;
    while (!sent && child.exitCode === null) {
      if (leftovers(dir).length > 0) {
        child.kill(signal);
        sent = true;
      } else {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
    const [code, ended] = await closed;
    expect(sent, 'the run ended before a report was written').toBe(true);
    expect(ended, stderr).toBe(signal);
    expect(code).toBeNull();
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('old json');
    expect(readFileSync(join(dir, 'r.xlsx'), 'utf8')).toBe('old workbook');
  });
});
