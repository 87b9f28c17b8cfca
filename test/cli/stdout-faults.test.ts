// Promise: the standard output is never cut short in silence. A short write is carried on; a write
// that fails (a full disk, /dev/full) is one line on stderr and exit 2, never a stack trace, never
// exit 1 (which a CI job reads as "checks failed"). A full disk is made with the file size limit
// (`ulimit -f`): the kernel then accepts part of a write and refuses the rest (EFBIG), as a disk
// that fills does (ENOSPC).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BIN, ensureBuilt, SAMPLES, tempDir } from './run-cli.js';

const AS_OF = '2025-06-30';
const ENV = { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8' };
/**
 * The samples read in one thread: worker threads are ended before anything is written
 * (load/parallel/pool.ts terminates them as the reading ends), so a failed write meets the same
 * process at any --jobs, and two workers would cost each run about 1 s of CPU more.
 */
const SAMPLE_RUN = ['check', SAMPLES, '--as-of', AS_OF, '--jobs', '1'];
/** 56 blocks: the sample set's JSON report (over 800 KB) does not fit. */
const LIMIT_BLOCKS = 56;

/** Runs the CLI with its stdout on `file` (opened for writing), stderr captured. */
function toFile(file: string, args: string[]): { status: number | null; stderr: string } {
  const out = openSync(file, 'w');
  try {
    const run = spawnSync(process.execPath, [BIN, ...args], { env: ENV, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, stderr: run.stderr };
  } finally {
    closeSync(out);
  }
}

function oneLineNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('care-check.cjs');
  expect(stderr.trim().split('\n')).toHaveLength(1);
}

describe('standard output on a device or a disk that is full', () => {
  beforeAll(() => ensureBuilt());

  test.skipIf(!existsSync('/dev/full'))('/dev/full: exit 2 and one line naming standard output', () => {
    for (const lang of ['en', 'zh']) {
      const run = toFile('/dev/full', [...SAMPLE_RUN, '--format', 'json', '--lang', lang]);
      expect(run.status, run.stderr).toBe(2);
      oneLineNoStack(run.stderr);
      expect(run.stderr).toContain('ENOSPC');
    }
  });

  test.skipIf(!existsSync('/dev/full'))('--version to /dev/full: exit 2', () => {
    const run = toFile('/dev/full', ['--version']);
    expect(run.status).toBe(2);
    oneLineNoStack(run.stderr);
  });

  test('a file that cannot grow past 56 KiB: the run says so (exit 2), it does not pass for a failed check (exit 1)', () => {
    const dir = tempDir('care-check-full-');
    const out = join(dir, 'report.json');
    const script = `ulimit -f ${LIMIT_BLOCKS} && exec "$0" "$@" > "${out}"`;
    const run = spawnSync('sh', ['-c', script, process.execPath, BIN, ...SAMPLE_RUN, '--format', 'json', '--lang', 'en'], {
      env: ENV,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(2);
    oneLineNoStack(run.stderr);
    expect(run.stderr).toContain('standard output');
    // what fitted was written (sh counts the limit in blocks of 512 bytes, bash of 1 KiB)
    expect(statSync(out).size).toBeGreaterThanOrEqual(LIMIT_BLOCKS * 512);
    expect(readFileSync(out, 'utf8').startsWith('{\n  "schemaVersion": 1')).toBe(true);
  });
});
