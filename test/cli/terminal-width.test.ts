// Promise: at 80 columns and up, every line the tool prints for a person fits the terminal, in
// Chinese and in English, a Chinese character counting two columns (the one width rule,
// src/shared/text-width.ts, held to cli-table3's measure in test/unit/text-width.test.ts). A pipe
// is laid out for `COLUMNS` when it is set, as a terminal of that width would be.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/shared/text-width.js';
import { ensureBuilt, runCli, tempDir } from './run-cli.js';

const AS_OF = ['--as-of', '2025-06-30'];
/**
 * The samples read in this thread (--jobs 1): the layout is what is tested here, and the report is
 * the same bytes at any --jobs (parallel.test.ts's proof, on the samples in every format); two
 * worker threads cost each of the seven runs about 1.5 s of CPU more.
 */
const SAMPLE_RUN = ['check', 'data/samples', ...AS_OF, '--jobs', '1'];
const LANGS = ['zh', 'en'] as const;

beforeAll(() => ensureBuilt());

/** The lines wider than `width`, with their widths, for a readable failure. */
function tooWide(text: string, width: number): string[] {
  return text
    .split('\n')
    .filter((line) => displayWidth(line) > width)
    .map((line) => `[${displayWidth(line)}] ${line}`);
}

function at(width: number, args: string[], cwd?: string) {
  return runCli(args, { env: { COLUMNS: String(width) }, ...(cwd ? { cwd } : {}) });
}

describe('the default report of the samples', () => {
  test.each(LANGS.flatMap((lang) => [80, 100, 120].map((width) => [lang, width] as const)))('%s at %i columns: every line fits', (lang, width) => {
    const run = at(width, [...SAMPLE_RUN, '--lang', lang]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout.split('\n').length).toBeGreaterThan(300);
    expect(tooWide(run.stdout, width)).toEqual([]);
    // laid out for the width: the summary and the tables use it
    expect(Math.max(...run.stdout.split('\n').map(displayWidth))).toBeGreaterThan(width - 10);
  });

  test('a pipe without COLUMNS keeps the natural width (a log, a file)', () => {
    const run = runCli([...SAMPLE_RUN, '--lang', 'en']);
    expect(tooWide(run.stdout, 120).length).toBeGreaterThan(0);
  });
});

describe('the other commands at 80 columns', () => {
  test.each(LANGS)('policies, a document, explain, help (%s)', (lang) => {
    for (const args of [
      ['policies'],
      ['policies', 'liuzhou-2023'],
      ['policies', 'guilin-2020'],
      ['explain', 'liuzhou-2023/facility-area-new'],
      ['explain', 'guizhou-2023/township-center-rate'],
      ['--help'],
      ['check', '--help'],
      ['template', '--help'],
    ]) {
      const run = at(80, [...args, '--lang', lang]);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(tooWide(run.stdout, 80), args.join(' ')).toEqual([]);
    }
  });

  test.each(LANGS)('validate, init, template and import summaries (%s)', (lang) => {
    const dir = tempDir('care-check-width-');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'unit: {code: "450202", name: 城中区}\nperiod: "2025-06"\nmeasures:\n  townships:\n    total: 8\n    with_regional_center: 9\n  population:\n    elderly_60plus: "一万四千两百七十三人（据第七次全国人口普查和本年度户籍统计推算的常住老年人口）"\n');
    const validate = at(80, ['validate', bad, '--lang', lang], dir);
    expect(validate.status).toBe(2);
    expect(validate.stdout).toContain('bad.yaml');
    expect(tooWide(validate.stdout, 80)).toEqual([]);
    for (const args of [
      ['init', '--area', '4502', '--period', '2025-06', '--output', 'init'],
      ['template', '--area', '4502', '--period', '2025-06', '--output', 'form.xlsx'],
      ['import', 'form.xlsx', '--output', 'imported'],
    ]) {
      const run = at(80, [...args, '--lang', lang], dir);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(tooWide(run.stdout, 80), args.join(' ')).toEqual([]);
    }
  });
});
