// Hostile and odd input, end to end through the built CLI: alias bombs and over-size files are
// refused quickly, `__proto__` keys change nothing, duplicate keys are errors, BOM and CRLF are
// fine, GBK is named with the way to convert it. One bad file never stops the good ones.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { loadReports } from '../../src/load/reports.js';
import { ensureBuilt, runCli, tempDir } from '../cli/run-cli.js';
import { ALIAS_BOMB } from '../fuzz/mutations.js';
import { prototypeSnapshot, validSample } from '../fuzz/fuzz-support.js';
import type { Problem } from '../../src/shared/problem.js';

const AS_OF = '2025-06-30';
/** Refusing a hostile file is a matter of milliseconds; the margin is for a busy machine. */
const QUICK_MS = 10_000;

interface JsonReport {
  problems: Problem[];
  results: { unit: { code: string }; source: { file: string } | null }[];
}

const sample = validSample().text;
/** The sample as another unit, so that it can sit beside a bad copy of 450202. */
const otherUnit = sample.replace('code: "450202", name: 城中区', 'code: "450203", name: 鱼峰区');

function check(folder: string, extra: string[] = []) {
  const started = performance.now();
  const run = runCli(['check', folder, '--as-of', AS_OF, '--format', 'json', '--lang', 'en', ...extra], { cwd: folder });
  const ms = performance.now() - started;
  const report = run.stdout.trim() === '' ? null : (JSON.parse(run.stdout) as JsonReport);
  return { ...run, ms, report, codes: report?.problems.map((p) => p.code) ?? [] };
}

/** A folder holding the given files and a good file of another unit. */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir('care-check-hardening-');
  writeFileSync(join(dir, 'good.yaml'), otherUnit);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function expectCleanRefusal(run: ReturnType<typeof check>): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  // The good file was still checked.
  expect(run.report?.results.some((r) => r.unit.code === '450203')).toBe(true);
}

beforeAll(() => ensureBuilt());

describe('hostile files are refused quickly and cleanly', () => {
  test('an alias bomb ("billion laughs")', () => {
    const bomb = `${sample}${ALIAS_BOMB.split('\n').map((l) => `  ${l.replace(/^(\w):/, 'x$1:')}`).join('\n')}\n`;
    const run = check(folderWith({ 'bomb.yaml': bomb }));
    expectCleanRefusal(run);
    expect(run.ms).toBeLessThan(QUICK_MS);
    const problem = run.report!.problems.find((p) => p.file === 'bomb.yaml');
    expect(problem?.code).toBe('alias-limit');
    expect(problem?.line).toBeGreaterThan(1);
  });

  test('a file over the size limit is refused from its size', () => {
    const big = `${sample}# ${'x'.repeat(2 * 1024 * 1024)}\n`;
    const run = check(folderWith({ 'big.yaml': big }));
    expectCleanRefusal(run);
    expect(run.ms).toBeLessThan(QUICK_MS);
    expect(run.report!.problems.filter((p) => p.file === 'big.yaml').map((p) => p.code)).toEqual(['too-large']);
  });

  test('a file of many long unknown keys is refused quickly', () => {
    // Each key is near the YAML limit for a plain key; a suggestion per key must stay cheap.
    const keys = Array.from({ length: 60 }, (_, i) => `    ${'k'.repeat(1000)}${i}: 1`).join('\n');
    const run = check(folderWith({ 'keys.yaml': `${sample}  townships2:\n${keys}\n` }));
    expectCleanRefusal(run);
    expect(run.ms).toBeLessThan(QUICK_MS);
    expect(run.report!.problems.filter((p) => p.file === 'keys.yaml').every((p) => p.code === 'unknown-measure')).toBe(true);
  });

  test('deep nesting is a syntax problem, not a crash', () => {
    const deep = `${sample}deep: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const run = check(folderWith({ 'deep.yaml': deep }));
    expectCleanRefusal(run);
    expect(run.ms).toBeLessThan(QUICK_MS);
    const problems = run.report!.problems.filter((p) => p.file === 'deep.yaml');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.line !== null)).toBe(true);
  });

  test('a complex (collection) key is reported, without a Node warning', () => {
    const run = check(folderWith({ 'complex.yaml': `${sample}? [a, b]\n: 1\n` }));
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/Warning/);
    expect(run.report!.problems.some((p) => p.file === 'complex.yaml' && p.line !== null)).toBe(true);
  });
});

describe('keys that name object internals', () => {
  const hostile = sample
    .replace('measures:\n', 'measures:\n  __proto__: {polluted: 1}\n  constructor: {prototype: {polluted: 1}}\n')
    .replace('  townships:\n', '  townships:\n    __proto__: 5\n');
  const topLevel = `__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\n${sample}`;

  test('in process: no prototype changes, the keys are reported as unknown with their lines', async () => {
    const dir = folderWith({ 'measures.yaml': hostile, 'top.yaml': topLevel });
    const before = prototypeSnapshot();
    const { reports, problems } = await loadReports([dir], { cwd: dir, divisions: loadDivisions(), measures: loadMeasures() });
    expect(prototypeSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(reports.map((r) => r.file)).toEqual(['good.yaml']);
    for (const file of ['measures.yaml', 'top.yaml']) {
      const own = problems.filter((p) => p.file === file);
      expect(own.length, file).toBeGreaterThan(0);
      expect(own.every((p) => p.line !== null && ['unknown-field', 'unknown-measure'].includes(p.code)), JSON.stringify(own)).toBe(true);
    }
    for (const report of reports) expect(Object.getPrototypeOf(report.measures)).toBe(Object.prototype);
  });

  test('through the CLI: exit 2, the good file still checked', () => {
    expectCleanRefusal(check(folderWith({ 'measures.yaml': hostile, 'top.yaml': topLevel })));
  });
});

describe('forgiving what editors do', () => {
  test('a duplicate key is an error at the second key', () => {
    const dup = sample.replace('    total: 8\n', '    total: 8\n    total: 9\n');
    const run = check(folderWith({ 'dup.yaml': dup }));
    expectCleanRefusal(run);
    const line = dup.split('\n').indexOf('    total: 9') + 1;
    expect(run.report!.problems.filter((p) => p.file === 'dup.yaml').map((p) => [p.code, p.line])).toEqual([['duplicate-key', line]]);
  });

  test('a BOM and CRLF line ends are accepted, and lines are counted as the editor shows them', () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample.replace(/\n/g, '\r\n'))]);
    const negative = Buffer.from(sample.replace('    total: 8', '    total: -8').replace(/\n/g, '\r\n'));
    const ok = check(folderWith({ 'bom.yaml': crlf }));
    expect(ok.status, ok.stderr).not.toBe(2);
    expect(ok.report!.problems).toEqual([]);
    const bad = check(folderWith({ 'crlf.yaml': negative }));
    const line = sample.split('\n').indexOf('    total: 8') + 1;
    expect(bad.report!.problems.filter((p) => p.file === 'crlf.yaml').map((p) => [p.code, p.line])).toEqual([['negative', line]]);
  });

  test('a GBK file is named as GBK, and the message says how to convert it (both languages)', () => {
    const gbk = Buffer.concat([
      Buffer.from(sample.slice(0, sample.indexOf('城中区')), 'utf8'),
      Buffer.from([0xb3, 0xc7, 0xd6, 0xd0, 0xc7, 0xf8]),
      Buffer.from(sample.slice(sample.indexOf('城中区') + 3), 'utf8'),
    ]);
    const dir = folderWith({ 'gbk.yaml': gbk });
    for (const lang of ['en', 'zh']) {
      const run = check(dir, ['--lang', lang]);
      expectCleanRefusal(run);
      const problem = run.report!.problems.find((p) => p.file === 'gbk.yaml');
      expect(problem?.code).toBe('gbk-encoding');
      expect(problem?.line).toBe(2);
      // The way to convert: the iconv command line for this very file.
      expect(problem?.message).toContain('iconv -f GBK -t UTF-8 gbk.yaml');
    }
    // Nothing the tool reads is changed.
    expect(readFileSync(join(dir, 'gbk.yaml')).equals(gbk)).toBe(true);
  });
});
