import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDivisions } from '../../src/load/divisions.js';
import { loadPolicies } from '../../src/load/policies.js';
import { documentIds } from '../support/catalog.js';
import type { Problem } from '../../src/shared/problem.js';
import { said } from '../support/problems.js';

const cwd = resolve(import.meta.dirname, '../fixtures/input/policies');

function brief(problems: Problem[]) {
  return problems.map(({ code, file, line, column, path }) => ({ code, file, line, column, path }));
}

describe('the bundled catalog', () => {
  test('loads without problems; target ids are <document>/<slug>', async () => {
    const { documents, problems } = await loadPolicies([], { divisions: loadDivisions() });
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id).sort()).toEqual(documentIds());
    const liuzhou = documents.find((d) => d.id === 'liuzhou-2023')!;
    expect(liuzhou.file).toBe('data/policies/liuzhou-2023.yaml');
    expect(liuzhou.area).toEqual({ prefix: '4502', code: '450200', name: '柳州市' });
    expect(liuzhou.targets.find((t) => t.id === 'liuzhou-2023/director-training')).toMatchObject({
      document: 'liuzhou-2023',
      deadline: { type: 'date', date: '2025-12-31' },
      scope: { type: 'whole-area' },
      rule: { comparator: '>=', threshold: 100 },
      formula: { numerator: ['staff.directors_trained'], denominator: ['staff.directors'], scale: 100 },
    });
    for (const doc of documents) for (const t of [...doc.targets, ...doc.indicators]) expect(t.id.startsWith(`${doc.id}/`)).toBe(true);
  });
});

describe('documents of a --policies DIR', () => {
  test('a valid document converts every form of deadline and scope', async () => {
    const { documents, problems } = await loadPolicies(['good'], { cwd, bundledDir: null });
    expect(problems).toEqual([]);
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc).toMatchObject({ id: 'sample-2024', number: null, issued: '2024-03-01', file: 'good/sample-2024.yaml' });
    expect(doc.notes).toEqual([{ zh: '测试用文件', en: 'A test document' }]);
    const byId = Object.fromEntries(doc.targets.map((t) => [t.id, t]));
    expect(byId['sample-2024/center-coverage']).toMatchObject({ deadline: { type: 'date', date: '2025-12-31' }, scope: { type: 'whole-area' }, kind: 'level' });
    expect(byId['sample-2024/lottery-share']).toMatchObject({
      deadline: { type: 'ongoing', from: '2024-06-30' },
      scope: { type: 'each-level', levels: ['city', 'county'] },
      note: { zh: '自6月底起判定', en: 'Judged from the end of June' },
      responsible: ['市民政局', '财政局'],
    });
    // a document of one's own may leave the responsible units out
    expect(byId['sample-2024/center-coverage']?.responsible).toEqual([]);
    expect(byId['sample-2024/training-sessions']).toMatchObject({ deadline: { type: 'each-year' }, kind: 'cumulative' });
    expect(byId['sample-2024/training-sessions']?.windowStart).toBeUndefined();
    expect(byId['sample-2024/adaptation']).toMatchObject({ kind: 'cumulative', windowStart: '2021-01-01' });
    expect(byId['sample-2024/network']).toMatchObject({ unit: 'boolean', rule: { comparator: '==', threshold: true } });
    expect(doc.indicators).toEqual([
      {
        id: 'sample-2024/beds', document: 'sample-2024', indicator: { zh: '床位数', en: 'Beds' },
        formula: { numerator: ['beds.total'] }, unit: 'count', clause: '一(四)6', quote: '增加床位。', scope: { type: 'whole-area' },
        responsible: [],
      },
    ]);
  });

  test('what a schema cannot see: dates, prefixes, duplicate targets, from and windowStart', async () => {
    const { documents, problems } = await loadPolicies(['bad/broken-2024.yaml'], { cwd, bundledDir: null });
    expect(documents).toEqual([]);
    const file = 'bad/broken-2024.yaml';
    expect(brief(problems)).toEqual([
      { code: 'policy-invalid', file, line: 5, column: 9, path: 'issued' },
      { code: 'policy-invalid', file, line: 6, column: 30, path: 'area.code' },
      { code: 'policy-invalid', file, line: 13, column: 27, path: 'targets[0].formula.numerator[0]' },
      { code: 'policy-invalid', file, line: 17, column: 5, path: 'targets[0].from' },
      { code: 'policy-invalid', file, line: 20, column: 9, path: 'targets[1].id' },
      { code: 'policy-invalid', file, line: 30, column: 18, path: 'targets[1].windowStart' },
    ]);
    expect(said(problems[2])).toContain('townships.with_regional_center');
  });

  test('schema problems point at the value: a misspelt deadline, a field that does not apply, a yes/no measure in a sum', async () => {
    const { documents, problems } = await loadPolicies(['bad/shapes-2024.yaml'], { cwd, bundledDir: null });
    expect(documents).toEqual([]);
    const file = 'bad/shapes-2024.yaml';
    expect(brief(problems)).toEqual([
      { code: 'policy-invalid', file, line: 16, column: 15, path: 'targets[0].deadline' },
      { code: 'policy-invalid', file, line: 18, column: 5, path: 'targets[0].levels' },
      { code: 'policy-invalid', file, line: 25, column: 27, path: 'indicators[0].formula.numerator[0]' },
    ]);
    // the allowed forms of a deadline are named, $ref'd date included
    expect(said(problems[0])).toMatch(/YYYY-MM-DD.*ongoing.*each-year/);
  });

  test('a YAML error keeps its own code; the document is left out', async () => {
    const { documents, problems } = await loadPolicies(['bad/syntax-2024.yaml'], { cwd, bundledDir: null });
    expect(documents).toEqual([]);
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'bad/syntax-2024.yaml' });
    expect(problems[0]?.line).not.toBeNull();
  });

  test('a document id seen before is refused; the first, in the order of the DIRs, is kept', async () => {
    const a = await loadPolicies(['good', 'dup'], { cwd, bundledDir: null });
    expect(a.documents.map((d) => d.file)).toEqual(['good/sample-2024.yaml']);
    expect(brief(a.problems)).toEqual([{ code: 'policy-invalid', file: 'dup/sample-2024.yaml', line: 1, column: 5, path: 'id' }]);
    const b = await loadPolicies(['dup', 'good'], { cwd, bundledDir: null });
    expect(b.documents.map((d) => d.file)).toEqual(['dup/sample-2024.yaml']);
  });

  test('a user document may not take the id of a bundled one', async () => {
    const { documents, problems } = await loadPolicies([resolve(cwd, 'good')], {
      cwd, bundledDir: resolve(cwd, 'dup'),
    });
    expect(documents.map((d) => d.area.code)).toEqual(['450300']);
    expect(problems.map((p) => [p.code, p.file])).toEqual([['policy-invalid', 'good/sample-2024.yaml']]);
  });

  test('a DIR that does not exist is unreadable', async () => {
    const { problems } = await loadPolicies(['nowhere'], { cwd, bundledDir: null });
    expect(problems).toMatchObject([{ code: 'unreadable', file: 'nowhere' }]);
  });
});

describe('the checks a schema cannot make (validate/policy.ts)', () => {
  const good = readFileSync(resolve(cwd, 'good/sample-2024.yaml'), 'utf8');
  async function problemsOf(text: string): Promise<Problem[]> {
    const dir = mkdtempSync(join(tmpdir(), 'care-check-policy-'));
    writeFileSync(join(dir, 'sample-2024.yaml'), text);
    return (await loadPolicies([dir], { cwd: dir, bundledDir: null })).problems;
  }

  test('a date of the year 99 is a real date, out of the range a plan may name', async () => {
    const problems = await problemsOf(good.replace('issued: 2024-03-01', 'issued: 0099-03-01'));
    expect(problems.map((p) => [p.path, said(p)])).toEqual([['issued', 'the date 0099-03-01 should be between 2000-01-01 and 2100-12-31']]);
  });

  test('a blank responsible unit is refused, whatever else is wrong', async () => {
    const text = good.replace('responsible: [市民政局, 财政局]', 'responsible: [市民政局, "  "]');
    expect(text).not.toBe(good);
    expect((await problemsOf(text)).map((p) => p.path)).toEqual(['targets[1].responsible']);
    const alsoBadDate = text.replace('issued: 2024-03-01', 'issued: 2024-02-30');
    expect((await problemsOf(alsoBadDate)).map((p) => p.path)).toEqual(['issued', 'targets[1].responsible']);
  });
});
