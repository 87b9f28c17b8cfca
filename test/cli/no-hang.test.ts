// Promise: nothing hangs. Every input is opened without blocking and checked to be a regular
// file on its descriptor (src/load/file-ops.ts), so a FIFO, or a link to one, in a scanned folder,
// a glob, `validate`, a `--policies` folder or as `--baseline` is refused at once, not waited on
// for ever. Each run is killed after TIMEOUT: a hang fails the test instead of stalling it.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validSample } from '../fuzz/fuzz-support.js';
import { ensureBuilt, runCli, tempDir, type CliRun } from './run-cli.js';
// problems as a JSON report gives them: the message in words
import type { JsonProblem as Problem } from '../../src/report/json.js';

const AS_OF = '2025-06-30';
/** Far longer than any of these runs takes (well under a second each); a hang is killed. */
const TIMEOUT = 30_000;

/** `in/` holds a sample and `x.yaml`, a link to the FIFO `p`; `pol/` holds a link to it too. */
function fifoFolder(): string {
  const dir = tempDir('care-check-fifo-');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', '450202.yaml'), validSample().text);
  execFileSync('mkfifo', [join(dir, 'p')]);
  symlinkSync('../p', join(dir, 'in', 'x.yaml'));
  mkdirSync(join(dir, 'pol'));
  symlinkSync('../p', join(dir, 'pol', 'x.yaml'));
  return dir;
}

function finished(run: CliRun): void {
  expect(run.signal, 'the run hung and was killed').toBeNull();
  expect([0, 1, 2], run.stderr).toContain(run.status);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

function problemsOf(run: CliRun): Problem[] {
  return (JSON.parse(run.stdout) as { problems: Problem[] }).problems;
}

describe('a FIFO never stalls a run', () => {
  beforeAll(() => ensureBuilt());

  test('a link to a FIFO in a scanned folder: named, skipped, the rest checked', () => {
    const dir = fifoFolder();
    const run = runCli(['check', 'in', '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], { cwd: dir, timeout: TIMEOUT });
    finished(run);
    const problems = problemsOf(run);
    expect(problems.map((p) => [p.file, p.code, p.severity])).toContainEqual(['in/x.yaml', 'unreadable', 'warning']);
    expect((JSON.parse(run.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
  });

  test('a glob that matches it: refused as not a regular file (exit 2)', () => {
    const dir = fifoFolder();
    const run = runCli(['check', 'in/*.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    finished(run);
    expect(run.status).toBe(2);
    expect(problemsOf(run).map((p) => [p.file, p.code, p.severity])).toContainEqual(['in/x.yaml', 'unreadable', 'error']);
  });

  test('named as a file, directly and through the link', () => {
    const dir = fifoFolder();
    for (const path of ['p', 'in/x.yaml']) {
      const run = runCli(['check', path, '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
      finished(run);
      expect(run.status, path).toBe(2);
    }
  });

  test('validate, on the folder and on the link', () => {
    const dir = fifoFolder();
    const folder = runCli(['validate', 'in', '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    finished(folder);
    const link = runCli(['validate', 'in/x.yaml'], { cwd: dir, timeout: TIMEOUT });
    finished(link);
    expect(link.status).toBe(2);
  });

  test('a --policies folder holding a link to a FIFO', () => {
    const dir = fifoFolder();
    const run = runCli(['check', 'in/450202.yaml', '--policies', 'pol', '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
    finished(run);
    expect(run.stderr).toContain('pol/x.yaml');
    for (const command of [['policies'], ['explain', 'liuzhou-2023/facility-area-new']]) {
      finished(runCli([...command, '--policies', 'pol'], { cwd: dir, timeout: TIMEOUT }));
    }
  });

  test('--baseline a FIFO, or a link to one: a problem (exit 2), the check still reported', () => {
    const dir = fifoFolder();
    for (const baseline of ['p', 'in/x.yaml']) {
      const run = runCli(['check', 'in/450202.yaml', '--baseline', baseline, '--as-of', AS_OF, '--format', 'json'], { cwd: dir, timeout: TIMEOUT });
      finished(run);
      expect(run.status, baseline).toBe(2);
      expect(problemsOf(run).map((p) => p.file)).toContain(baseline);
      expect((JSON.parse(run.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    }
  });
});
