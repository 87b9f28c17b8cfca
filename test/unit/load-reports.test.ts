import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { displayPath, loadReports } from '../../src/load/reports.js';
import type { Problem } from '../../src/shared/problem.js';
import { said } from '../support/problems.js';

const root = resolve(import.meta.dirname, '../fixtures/input/reports');
const divisions = loadDivisions();
const measures = loadMeasures();

function load(paths: string[], cwd = root) {
  return loadReports(paths, { cwd, divisions, measures });
}

function brief(problems: Problem[]) {
  return problems.map(({ code, file, line, column, path, severity }) => ({ code, file, line, column, path, severity }));
}

describe('a valid file', () => {
  test('loads to flat measures with the position of each value', async () => {
    const { reports, problems, files } = await load(['valid/450202-2025-06.yaml']);
    expect(problems).toEqual([]);
    expect(files).toEqual(['valid/450202-2025-06.yaml']);
    expect(reports).toEqual([
      {
        file: 'valid/450202-2025-06.yaml',
        code: '450202',
        name: '城中区',
        level: 'county',
        period: '2025-06',
        periodAt: { line: 5, column: 9 },
        measures: {
          'residential_new.households': 12000,
          'residential_new.facility_area_m2': 2500,
          'townships.total': 8,
          'townships.with_regional_center': 5,
          'lottery.welfare_fund': 1200.5,
          'lottery.elderly_care': 700,
          'network.three_level_established': true,
        },
        positions: {
          'residential_new.households': { line: 8, column: 17 },
          'residential_new.facility_area_m2': { line: 9, column: 23 },
          'townships.total': { line: 11, column: 12 },
          'townships.with_regional_center': { line: 12, column: 27 },
          'lottery.welfare_fund': { line: 14, column: 19 },
          'lottery.elderly_care': { line: 15, column: 19 },
          'network.three_level_established': { line: 17, column: 30 },
        },
      },
    ]);
  });

  test('a folder is searched for .yaml and .yml files, in path order', async () => {
    const { reports, files, problems } = await load(['valid']);
    expect(problems).toEqual([]);
    expect(files).toEqual(['valid/450202-2025-06.yaml', 'valid/450203-2025-06.yml']);
    expect(reports.map((r) => r.code)).toEqual(['450202', '450203']);
    expect(reports[1]?.measures).toEqual({ 'townships.total': 7, 'townships.with_regional_center': 0 });
  });

  test('a glob selects files; the order of the results does not depend on the order of the paths', async () => {
    const a = await load(['valid/*.yml', 'valid/450202-2025-06.yaml']);
    const b = await load(['valid/450202-2025-06.yaml', 'valid/*.yml']);
    expect(a.files).toEqual(['valid/450202-2025-06.yaml', 'valid/450203-2025-06.yml']);
    expect(b.files).toEqual(a.files);
    expect(b.reports).toEqual(a.reports);
  });

  test('the same file named twice is read once', async () => {
    const { files, problems } = await load(['valid', 'valid/450202-2025-06.yaml', './valid/450202-2025-06.yaml']);
    expect(problems).toEqual([]);
    expect(files).toHaveLength(2);
  });

  test('BOM and CRLF are accepted', async () => {
    const { reports, problems } = await load(['bom-crlf.yaml']);
    expect(problems).toEqual([]);
    expect(reports[0]?.measures).toEqual({ 'beds.total': 300 });
    expect(reports[0]?.positions['beds.total']).toEqual({ line: 7, column: 12 });
  });

  test('an unquoted 6-digit code is taken as the code', async () => {
    const { reports, problems } = await load(['valid-variants-unquoted.yaml']);
    expect(problems).toEqual([]);
    expect(reports[0]).toMatchObject({ code: '450202', period: '2025-05', level: 'county' });
  });

  test('a name with its city and province before it agrees with the table', async () => {
    const { reports, problems } = await load(['name-full.yaml']);
    expect(problems).toEqual([]);
    expect(reports).toHaveLength(1);
  });

  test('a name that disagrees with the table is a warning; the report stays', async () => {
    const { reports, problems } = await load(['name-mismatch.yaml']);
    expect(brief(problems)).toEqual([
      { code: 'name-mismatch', file: 'name-mismatch.yaml', line: 3, column: 9, path: 'unit.name', severity: 'warning' },
    ]);
    expect(reports).toHaveLength(1);
  });

  test('a file outside cwd is shown by its absolute path; inside, relative with /', () => {
    expect(displayPath('/data/x/a.yaml', '/data')).toBe('x/a.yaml');
    expect(displayPath('/elsewhere/a.yaml', '/data')).toBe('/elsewhere/a.yaml');
  });
});

describe('bad input: every problem with code, file, line and column; a file with an error yields no report', () => {
  const cases: [string, Partial<Problem>[]][] = [
    // the unclosed [ itself, where the parser only noticed the indentation of the next line
    ['yaml-syntax.yaml', [{ code: 'yaml-syntax', line: 6, column: 12 }]],
    ['wrong-type.yaml', [
      { code: 'wrong-type', line: 6, column: 12, path: 'measures.townships.total' },
      { code: 'wrong-type', line: 9, column: 30, path: 'measures.network.three_level_established' },
    ]],
    ['negative.yaml', [{ code: 'negative', line: 6, column: 12, path: 'measures.beds.total' }]],
    ['not-integer.yaml', [{ code: 'not-integer', line: 6, column: 12, path: 'measures.beds.total' }]],
    ['not-finite.yaml', [
      { code: 'not-finite', line: 6, column: 19, path: 'measures.lottery.welfare_fund' },
      { code: 'not-finite', line: 7, column: 19, path: 'measures.lottery.elderly_care' },
    ]],
    ['unknown-measure.yaml', [
      { code: 'unknown-measure', line: 7, column: 5, path: 'measures.townships.with_regional_centre' },
      { code: 'unknown-measure', line: 9, column: 5, path: 'measures.towships.total' },
      { code: 'unknown-measure', line: 10, column: 3, path: 'measures.townships.total' },
    ]],
    ['part-exceeds-whole.yaml', [{ code: 'part-exceeds-whole', line: 7, column: 27, path: 'measures.townships.with_regional_center' }]],
    ['unknown-unit.yaml', [{ code: 'unknown-unit', line: 2, column: 9, path: 'unit.code' }]],
    ['bad-period.yaml', [{ code: 'bad-period', line: 3, column: 9, path: 'period' }]],
    ['period-year.yaml', [{ code: 'bad-period', line: 3, column: 9, path: 'period' }]],
    ['bad-code.yaml', [{ code: 'bad-code', line: 2, column: 9, path: 'unit.code' }]],
    ['bad-code-string.yaml', [{ code: 'bad-code', line: 2, column: 9, path: 'unit.code' }]],
    ['duplicate-key.yaml', [{ code: 'duplicate-key', line: 7, column: 5 }]],
    ['fields.yaml', [
      { code: 'required', line: 1, column: 1, path: 'period' },
      { code: 'unknown-field', line: 3, column: 3, path: 'unit.county' },
      { code: 'unknown-field', line: 5, column: 1, path: 'remarks' },
    ]],
    ['proto.yaml', [
      { code: 'unknown-field', line: 4, column: 1, path: '__proto__' },
      { code: 'unknown-measure', line: 8, column: 5, path: 'measures.__proto__.polluted' },
      { code: 'unknown-measure', line: 10, column: 5, path: 'measures.constructor.prototype' },
    ]],
    ['empty.yaml', [{ code: 'wrong-type', line: 1, column: 1 }]],
    ['gbk.yaml', [{ code: 'gbk-encoding', line: 3, column: 9 }]],
    ['latin1.yaml', [{ code: 'not-utf8', line: 3, column: 12 }]],
    ['alias-bomb.yaml', [{ code: 'alias-limit', line: 2, column: 8 }]],
  ];

  for (const [name, expected] of cases) {
    test(name, async () => {
      const { reports, problems, files } = await load([join('bad', name)]);
      expect(files).toEqual([`bad/${name}`]);
      expect(reports).toEqual([]);
      expect(problems).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        expect(problems[i]).toMatchObject({ file: `bad/${name}`, severity: 'error', ...want });
      });
    });
  }

  test('did-you-mean names the nearest measure over the full dotted id', async () => {
    const { problems } = await load(['bad/unknown-measure.yaml']);
    expect(said(problems[0])).toContain('townships.with_regional_center');
    expect(said(problems[1])).toContain('townships.total');
  });

  test('part > whole names both values', async () => {
    const { problems } = await load(['bad/part-exceeds-whole.yaml']);
    expect(said(problems[0], 'zh')).toMatch(/9/);
    expect(said(problems[0], 'zh')).toMatch(/8/);
  });

  test('the __proto__ file changes no prototype', async () => {
    await load(['bad/proto.yaml']);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('messages exist in both languages and differ', async () => {
    const { problems } = await load(['bad/negative.yaml']);
    expect(said(problems[0], 'zh')).not.toEqual(said(problems[0], 'en'));
    expect(said(problems[0], 'zh')).toMatch(/[\u4e00-\u9fff]/);
  });

  test('one bad file does not stop the others', async () => {
    const { reports, problems, files } = await load(['bad/negative.yaml', 'valid']);
    expect(files).toHaveLength(3);
    expect(reports.map((r) => r.file)).toEqual(['valid/450202-2025-06.yaml', 'valid/450203-2025-06.yml']);
    expect(problems.map((p) => p.code)).toEqual(['negative']);
  });
});

describe('the reporting set', () => {
  test('two files for the same unit and period: both refused, each naming both', async () => {
    const { reports, problems } = await load(['dup']);
    expect(reports).toEqual([]);
    expect(brief(problems)).toEqual([
      { code: 'duplicate-report', file: 'dup/a.yaml', line: 2, column: 9, path: 'period', severity: 'error' },
      { code: 'duplicate-report', file: 'dup/b.yaml', line: 2, column: 9, path: 'period', severity: 'error' },
    ]);
    for (const p of problems) {
      expect(said(p)).toContain('dup/a.yaml');
      expect(said(p)).toContain('dup/b.yaml');
    }
  });

  test('a path that does not exist is unreadable; a glob without YAML is no-input', async () => {
    const { problems, reports } = await load(['nothing-here.yaml', 'nothing-*.yaml', 'valid/none/']);
    expect(reports).toEqual([]);
    expect(brief(problems)).toEqual([
      { code: 'unreadable', file: 'nothing-here.yaml', line: null, column: null, path: null, severity: 'error' },
      { code: 'no-input', file: 'nothing-*.yaml', line: null, column: null, path: null, severity: 'error' },
      { code: 'unreadable', file: 'valid/none/', line: null, column: null, path: null, severity: 'error' },
    ]);
  });

  test('a folder without YAML files is no-input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'care-check-empty-'));
    try {
      await writeFile(join(dir, 'readme.txt'), 'not yaml');
      const { problems, files } = await load([dir], dir);
      expect(files).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(['no-input']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('no paths: nothing read, nothing wrong', async () => {
    expect(await load([])).toEqual({ reports: [], problems: [], files: [] });
  });
});
