// Promise: a slip of typing in a statistics file is named as what it is, with the fix, once per
// cause: a figure typed as text (`14,273`, `14，273`, `65%`, `８`, `1.4万`, `是`/`否`) gets the
// figure meant, read by the recogniser the form's import uses (validate/number-slips.ts); a
// full-width colon is called one; tabs give one problem, not a dozen follow-ons; a code that is
// no unit suggests the unit the file names.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { problemMessage } from '../../src/report/problem-text.js';
import type { Problem } from '../../src/shared/problem.js';
import { SLIP_NAMES } from '../../src/i18n/slips.js';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadMeasures } from '../../src/load/measures.js';
import { loadReports } from '../../src/load/reports.js';
import { findSyntaxSlips } from '../../src/validate/syntax-slips.js';

const divisions = loadDivisions();
const measures = loadMeasures();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'care-check-slips-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The file's problems, each with its message in `lang` (problems carry their message as data). */
async function problemsOf(text: string, lang: Lang): Promise<(Omit<Problem, 'message'> & { message: string })[]> {
  const file = `f${Math.random().toString(36).slice(2)}.yaml`;
  await writeFile(join(dir, file), text);
  const { problems, reports } = await loadReports([file], { cwd: dir, divisions, measures });
  expect(reports).toEqual([]);
  return problems.map((p) => ({ ...p, message: problemMessage(p, lang) }));
}

const HEAD = 'unit: {code: "450202", name: 城中区}\nperiod: "2025-06"\nmeasures:\n';

describe('a figure typed as text', () => {
  test.each([
    ['population:\n    elderly_60plus: 14,273', 'measures.population.elderly_60plus', 'thousands-separator', '14273'],
    ['population:\n    elderly_60plus: 14，273', 'measures.population.elderly_60plus', 'thousands-separator', '14273'],
    ['townships:\n    with_regional_center: 65%', 'measures.townships.with_regional_center', 'percent-sign', '65'],
    ['townships:\n    total: ８', 'measures.townships.total', 'full-width-digit', '8'],
    ['population:\n    residents: 1.4万', 'measures.population.residents', 'wan', '14000'],
    ['planning:\n    layout_plan_completed: 是', 'measures.planning.layout_plan_completed', 'yes-no-word', 'true'],
    ['network:\n    three_level_established: 否', 'measures.network.three_level_established', 'yes-no-word', 'false'],
  ] as const)('%s: named, with the figure meant', async (body, path, kind, meant) => {
    for (const lang of ['zh', 'en'] as const) {
      const problems = await problemsOf(`${HEAD}  ${body}\n`, lang);
      expect(problems.map((p) => [p.code, p.path, p.line])).toEqual([['wrong-type', path, 5]]);
      const message = problems[0]?.message ?? '';
      expect(message).toContain(SLIP_NAMES[kind][lang]);
      expect(message).toContain(lang === 'zh' ? `是否应为 ${meant}？` : `did you mean ${meant}?`);
    }
  });

  test('text that is no slip keeps the plain type error', async () => {
    const problems = await problemsOf(`${HEAD}  townships:\n    total: 八个左右吧\n`, 'en');
    expect(problems.map((p) => p.code)).toEqual(['wrong-type']);
    expect(problems[0]?.message).not.toMatch(/did you mean/);
  });
});

describe('YAML slips: one problem per cause', () => {
  test('a full-width colon is named, at the colon, with the line written right', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const problems = await problemsOf(`${HEAD}  townships:\n    total：8\n    with_regional_center: 5\n`, lang);
      expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-syntax', 5, 10]]);
      expect(problems[0]?.message).toContain('total: 8');
      expect(problems[0]?.message).toContain(lang === 'zh' ? '全角冒号' : 'full-width colon');
      expect(problems[0]?.message).not.toMatch(/span lines|跨行/);
    }
  });

  test('one tab: one problem; every line tabbed: still one, naming the lines, and no duplicate keys', async () => {
    const one = await problemsOf(`${HEAD}  townships:\n\ttotal: 8\n    with_regional_center: 5\n  beds:\n    total: 100\n`, 'en');
    expect(one.map((p) => [p.code, p.line, p.column])).toEqual([['yaml-syntax', 5, 1]]);
    expect(one[0]?.message).toMatch(/line 5 .*tab/);
    const all = await problemsOf('unit:\n\tcode: "450202"\n\tname: 城中区\nperiod: "2025-06"\nmeasures:\n\ttownships:\n\t\ttotal: 8\n\t\twith_regional_center: 5\n\tbeds:\n\t\ttotal: 100\n\t\tnursing_type: 40\n', 'zh');
    expect(all.map((p) => [p.code, p.line])).toEqual([['yaml-syntax', 2]]);
    expect(all[0]?.message).toContain('第 2–3、6–11 行');
    expect(all.some((p) => p.code === 'duplicate-key')).toBe(false);
  });

  test('a tab after a key, or in a comment, is no slip', () => {
    expect(findSyntaxSlips('a:\t1\n# \tnote\n  \t\n')).toEqual([]);
    expect(findSyntaxSlips('notes: 备注：无\nname: "城中区：说明"\n')).toEqual([]);
  });
});

describe('a code that is no unit', () => {
  test('450292 with 城中区: did you mean 450202', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const problems = await problemsOf('unit: {code: "450292", name: 城中区}\nperiod: "2025-06"\nmeasures:\n  townships:\n    total: 8\n', lang);
      expect(problems.map((p) => [p.code, p.path])).toEqual([['unknown-unit', 'unit.code']]);
      expect(problems[0]?.message).toContain('450202');
      expect(problems[0]?.message).toContain('柳州市城中区');
    }
    // of the units named 城中区 (柳州 450202, 西宁 630103), the one nearest the code typed
    const xining = await problemsOf('unit: {code: "630193", name: 城中区}\nperiod: "2025-06"\nmeasures: {}\n', 'en');
    expect(xining[0]?.message).toContain('630103');
    // a name no unit has: the plain message
    const none = await problemsOf('unit: {code: "450292", name: 不存在区}\nperiod: "2025-06"\nmeasures: {}\n', 'en');
    expect(none[0]?.message).not.toMatch(/did you mean/);
  });
});
