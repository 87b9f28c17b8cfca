// Promise: a malformed option is bad usage (exit 2) with a message that says what is wrong, never
// silently read as something else: `--thresholds on-track=0.9=1` is not 0.9, `0x1` is not 1, and
// `--fail-on never,missed` is refused for combining never, not for an "unknown" never; a second
// `--xlsx` is a second workbook, not a silent replacement of the first.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, runCli, SAMPLES, tempDir } from './run-cli.js';

const AS_OF = ['--as-of', '2025-06-30'];

beforeAll(() => ensureBuilt());

describe('option values are read whole, or refused', () => {
  test.each([
    'on-track=0.9=1',
    'on-track=0x1',
    'at-risk=1e-1',
    'on-track=+0.9',
    'on-track= 0.9',
    'trend-window=0b11',
    'on-track=Infinity',
  ])('--thresholds %s: exit 2, the item named', (value) => {
    const run = runCli(['check', 'data/samples', ...AS_OF, '--format', 'json', '--thresholds', value, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(value.trim());
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test.each(['on-track=0.9', 'on-track=.9,at-risk=0.5', 'trend-window=6', 'on-track=1.'])('--thresholds %s is taken', (value) => {
    const run = runCli(['check', 'data/samples', ...AS_OF, '--format', 'json', '--fail-on', 'never', '--thresholds', value]);
    expect(run.status, run.stderr).toBe(0);
  });

  test('--fail-on never with other statuses: refused for the combination, never not called unknown', () => {
    for (const value of ['never,missed', 'missed,never', 'never,never']) {
      const run = runCli(['check', 'data/samples', ...AS_OF, '--format', 'json', '--fail-on', value, '--lang', 'en']);
      expect(run.status, value).toBe(2);
      expect(run.stderr).toContain('never');
      expect(run.stderr).not.toMatch(/unknown status/);
    }
  });
});

test('--xlsx twice writes two workbooks; twice to one file is bad usage', () => {
  const dir = tempDir('care-check-xlsx-twice-');
  const run = runCli(['check', `${SAMPLES}/2025-06/450202.yaml`, ...AS_OF, '--format', 'json', '--xlsx', 'a.xlsx', '--xlsx', 'b.xlsx'], { cwd: dir });
  expect([0, 1], run.stderr).toContain(run.status);
  expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  const same = runCli(['check', `${SAMPLES}/2025-06/450202.yaml`, ...AS_OF, '--format', 'json', '--xlsx', 'c.xlsx', '--out', 'xlsx=./c.xlsx'], { cwd: dir });
  expect(same.status).toBe(2);
  expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
});
