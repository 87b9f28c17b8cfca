// Promise: a malformed option is bad usage (exit 2) with a message that says what is wrong, never
// silently read as something else: `--thresholds on-track=0.9=1` is not 0.9, `0x1` is not 1, and
// `--fail-on never,missed` is refused for combining never, not for an "unknown" never; a second
// `--xlsx` is a second workbook, not a silent replacement of the first.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, runCli, SAMPLES, tempDir } from './run-cli.js';

const AS_OF = ['--as-of', '2025-06-30'];
/**
 * The samples of Liuzhou and Chaoyang, April to June 2025 (57 of the 1,078 files): every status
 * occurs in them (a missed target, an off-track one, a met one in Chaoyang, no at-risk one there),
 * which is all these tests of the options need; a refused option is tried on the whole sample set.
 * The three months give the statuses, and the counts of each, that every month of the two areas
 * gives (met 43, on-track 5, at-risk 3, off-track 5, pending 4, missed 6, no-data 1 as of
 * 2025-06-30); a run costs half the CPU of one over the 341 files of every month.
 */
const SOME = 'data/samples/2025-0[456]/{4502,2113}*.yaml';

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
    const run = runCli(['check', SOME, ...AS_OF, '--format', 'json', '--fail-on', 'never', '--thresholds', value]);
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

// Promise: a status is named as the run's language names it, or by its id: `--status 未达标`,
// `--fail-on 未达标、进度滞后`, `--fail-on Missed`; the refusal lists the names too.
describe('statuses by name, in the run language, or by id', () => {
  const statusesOf = (stdout: string): string[] =>
    [...new Set((JSON.parse(stdout) as { results: { status: string }[] }).results.map((r) => r.status))].sort();

  test('--status 未达标 keeps what --status missed keeps; a list may use 、 or ，', () => {
    const byId = runCli(['check', SOME, ...AS_OF, '--format', 'json', '--status', 'missed,off-track', '--fail-on', 'never']);
    expect(byId.status, byId.stderr).toBe(0);
    expect(statusesOf(byId.stdout)).toEqual(['missed', 'off-track']);
    for (const value of ['未达标,进度滞后', '未达标、进度滞后', '未达标，进度滞后', 'missed,进度滞后']) {
      const run = runCli(['check', SOME, ...AS_OF, '--format', 'json', '--status', value, '--fail-on', 'never']);
      expect(run.status, `${value}: ${run.stderr}`).toBe(0);
      expect(run.stdout, value).toBe(byId.stdout);
    }
    // the English names too, whatever the case
    const en = runCli(['check', SOME, ...AS_OF, '--format', 'json', '--status', 'Missed,OFF-TRACK', '--fail-on', 'never', '--lang', 'en']);
    expect(en.stdout).toBe(byId.stdout);
  });

  test('--fail-on 未达标 fails on a missed target, 从不 never fails, 已达标 fails on a met one', () => {
    // --status narrows what is shown, not what fails the run (as with the ids)
    expect(runCli(['check', SOME, ...AS_OF, '--format', 'json', '--status', 'pending', '--fail-on', '未达标']).status).toBe(1);
    expect(runCli(['check', SOME, ...AS_OF, '--format', 'json', '--fail-on', '未达标']).status).toBe(1);
    expect(runCli(['check', SOME, ...AS_OF, '--format', 'json', '--fail-on', '待观察', '--only', 'chaoyang-2023']).status).toBe(0);
    expect(runCli(['check', SOME, ...AS_OF, '--format', 'json', '--fail-on', '从不']).status).toBe(0);
    const junit = runCli(['check', SOME, ...AS_OF, '--format', 'junit', '--status', '已达标', '--fail-on', '已达标']);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(/<failure [^>]*type="met"/);
  });

  test('an unknown status is refused with the ids and, in Chinese, the names', () => {
    const zh = runCli(['check', 'data/samples', ...AS_OF, '--fail-on', '没达标']);
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain('没达标');
    expect(zh.stderr).toContain('missed（未达标）');
    const en = runCli(['check', 'data/samples', ...AS_OF, '--status', 'failed', '--lang', 'en']);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('"failed"');
    expect(en.stderr).toContain('missed');
  });
});

// Promise: the Chinese help is Chinese down to its usage line; the English help keeps commander's words.
describe('the usage line in the run language', () => {
  test('zh: 用法 with [选项] [命令], the arguments named in Chinese; en unchanged', () => {
    const top = runCli(['--help']);
    expect(top.stdout.split('\n')[0]).toBe('用法： care-check [选项] [命令]');
    const check = runCli(['check', '--help']);
    expect(check.stdout.split('\n')[0]).toBe('用法： care-check check [选项] [路径...]');
    expect(check.stdout).toContain('--format <格式>');
    expect(runCli(['explain', '--help']).stdout.split('\n')[0]).toBe('用法： care-check explain [选项] <目标>');
    for (const run of [top, check]) expect(run.stdout).not.toMatch(/\[options\]|\[command\]|\[paths\.\.\.\]/);
    const en = runCli(['check', '--help', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe('Usage: care-check check [options] [paths...]');
  });
});
