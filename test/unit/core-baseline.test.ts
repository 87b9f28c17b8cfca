import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareStatus, compareWithBaseline } from '../../src/core/baseline.js';
import { STATUS_ORDER } from '../../src/core/order.js';
import { narrowGone } from '../../src/core/narrow.js';
import type { BaselineEntry } from '../../src/core/baseline.js';
import { STATUSES } from '../../src/core/types.js';
import type { Result, Status } from '../../src/core/types.js';
import { loadBaseline, parseBaseline } from '../../src/load/baseline.js';
import { render as renderJson } from '../../src/report/json.js';
import { FIXTURE_DOCUMENTS, fixtureResults, makeContext, makeResult } from '../report/fixtures.js';
import { said } from '../support/problems.js';

function entry(target: string, code: string, status: Status, aggregate = false): BaselineEntry {
  return { target, unit: { code, name: null }, aggregate, status, value: null, period: null };
}

function asBaseline(results: Result[]): BaselineEntry[] {
  return results.map((r) => ({ target: r.target, unit: { code: r.unit.code, name: r.unit.name }, aggregate: r.aggregate, status: r.status, value: r.value, period: r.period }));
}

// ---------------------------------------------------------------- the comparison

describe('compareWithBaseline', () => {
  it('orders statuses from met to missed, each once', () => {
    expect(STATUS_ORDER).toEqual(['met', 'on-track', 'pending', 'at-risk', 'no-data', 'off-track', 'missed']);
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort());
  });

  it('calls a move towards met improved, towards missed worsened, the same status unchanged', () => {
    expect(compareStatus('met', 'missed')).toBe('improved');
    expect(compareStatus('missed', 'met')).toBe('worsened');
    expect(compareStatus('pending', 'on-track')).toBe('worsened');
    expect(compareStatus('at-risk', 'no-data')).toBe('improved');
    expect(compareStatus('off-track', 'no-data')).toBe('worsened');
    const status = fc.constantFrom(...STATUSES);
    fc.assert(
      fc.property(status, status, (a, b) => {
        const forward = compareStatus(a, b);
        const back = compareStatus(b, a);
        if (a === b) return forward === 'unchanged';
        return forward !== 'unchanged' && back !== 'unchanged' && forward !== back &&
          (forward === 'improved') === STATUS_ORDER.indexOf(a) < STATUS_ORDER.indexOf(b);
      }),
    );
  });

  it('marks each result new, unchanged, improved or worsened, and names what became missed or met', () => {
    const results = [
      makeResult({ target: 'liuzhou-2023/facility-area-new', unit: { code: '450202' }, status: 'missed' }),
      makeResult({ target: 'liuzhou-2023/facility-area-new', unit: { code: '450203' }, status: 'met' }),
      makeResult({ target: 'liuzhou-2023/facility-area-existing', unit: { code: '450202' }, status: 'at-risk' }),
      makeResult({ target: 'liuzhou-2023/facility-area-existing', unit: { code: '450203' }, status: 'on-track' }),
      makeResult({ target: 'liuzhou-2023/centralized-support', unit: { code: '450202' }, status: 'met' }),
      makeResult({ target: 'liuzhou-2023/county-care-institution', unit: { code: '450202' }, status: 'pending' }),
    ];
    const baseline = [
      entry('liuzhou-2023/facility-area-new', '450202', 'at-risk'),
      entry('liuzhou-2023/facility-area-new', '450203', 'off-track'),
      entry('liuzhou-2023/facility-area-existing', '450202', 'on-track'),
      entry('liuzhou-2023/facility-area-existing', '450203', 'on-track'),
      entry('liuzhou-2023/centralized-support', '450202', 'met'),
      entry('liuzhou-2023/three-level-network', '450202', 'met'),
    ];
    const { results: marked, becameMissed, becameMet, gone } = compareWithBaseline(results, baseline);
    expect(marked.map((r) => r.change)).toEqual(['worsened', 'improved', 'worsened', 'unchanged', 'unchanged', 'new']);
    expect(marked.map((r) => r.previousStatus)).toEqual(['at-risk', 'off-track', 'on-track', 'on-track', 'met', undefined]);
    expect(becameMissed.map((r) => [r.target, r.unit.code])).toEqual([['liuzhou-2023/facility-area-new', '450202']]);
    expect(becameMet.map((r) => [r.target, r.unit.code])).toEqual([['liuzhou-2023/facility-area-new', '450203']]);
    expect(becameMet[0]?.change).toBe('improved');
    expect(gone.map((e) => e.target)).toEqual(['liuzhou-2023/three-level-network']);
  });

  it('matches on target, unit code and aggregate: a city own accounts and its whole area are apart', () => {
    const own = makeResult({ target: 'guizhou-2023/lottery-share', unit: { code: '520000' }, status: 'met' });
    const area = makeResult({ target: 'guizhou-2023/lottery-share', unit: { code: '520000' }, aggregate: true, status: 'missed' });
    const { results, gone } = compareWithBaseline([own, area], [entry('guizhou-2023/lottery-share', '520000', 'missed', true)]);
    expect(results.map((r) => r.change)).toEqual(['new', 'unchanged']);
    expect(gone).toEqual([]);
    // another unit with the same target does not match
    const other = compareWithBaseline([own], [entry('guizhou-2023/lottery-share', '520102', 'missed')]);
    expect(other.results[0]?.change).toBe('new');
    expect(other.gone.map((e) => e.unit.code)).toEqual(['520102']);
  });

  it('neither changes its input nor the order of results; a key twice in the baseline: the first counts', () => {
    const results = fixtureResults();
    const before = JSON.stringify(results);
    const baseline = asBaseline(results);
    const twice = [entry(results[0]!.target, results[0]!.unit.code, 'missed', results[0]!.aggregate), ...baseline];
    const { results: marked } = compareWithBaseline(results, twice);
    expect(JSON.stringify(results)).toBe(before);
    expect(marked.map((r) => `${r.unit.code} ${r.target} ${r.aggregate}`)).toEqual(results.map((r) => `${r.unit.code} ${r.target} ${r.aggregate}`));
    expect(marked[0]?.change).toBe(results[0]?.status === 'missed' ? 'unchanged' : 'improved');
    expect(marked.slice(1).every((r) => r.change === 'unchanged')).toBe(true);
  });

  it('sorts what is gone by unit code, then target', () => {
    const { gone } = compareWithBaseline([], [entry('b/x', '450203', 'met'), entry('a/y', '450203', 'met'), entry('z/z', '450202', 'met')]);
    expect(gone.map((e) => `${e.unit.code} ${e.target}`)).toEqual(['450202 z/z', '450203 a/y', '450203 b/x']);
  });

  it('keeps of what is gone only what the run was asked for: not a document left out, not a unit outside --unit', () => {
    const [liuzhou, guizhou] = FIXTURE_DOCUMENTS;
    const lzTarget = liuzhou!.targets[0]!.id;
    const gzTarget = guizhou!.targets[0]!.id;
    const gone = [
      entry(lzTarget, '450226', 'met'),
      entry(gzTarget, '520111', 'missed'),
      entry('dropped-2020/anything', '450226', 'met'),
      entry(lzTarget, '450200', 'at-risk', true),
    ];
    const key = (es: BaselineEntry[]) => es.map((e) => `${e.unit.code} ${e.target}`);
    expect(narrowGone(gone, [], null)).toEqual(gone);
    // --only liuzhou: guizhou was left out; a document no longer in the catalog did vanish
    expect(key(narrowGone(gone, [guizhou!], null))).toEqual([`450226 ${lzTarget}`, '450226 dropped-2020/anything', `450200 ${lzTarget}`]);
    // --unit: a whole area counts under its own code
    expect(key(narrowGone(gone, [], ['450200', '520111']))).toEqual([`520111 ${gzTarget}`, `450200 ${lzTarget}`]);
    expect(narrowGone(gone, [guizhou!], ['520111'])).toEqual([]);
  });

  it('with the run itself as its baseline: everything unchanged, nothing became missed or met, nothing gone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES), { minLength: 1, maxLength: 20 }), (statuses) => {
        const results = statuses.map((status, i) => makeResult({ unit: { code: `4502${String(10 + i)}` }, status }));
        const out = compareWithBaseline(results, asBaseline(results));
        return out.results.every((r) => r.change === 'unchanged') && out.becameMissed.length === 0 && out.becameMet.length === 0 && out.gone.length === 0;
      }),
    );
  });
});

// ---------------------------------------------------------------- the loader

const work = mkdtempSync(join(tmpdir(), 'care-check-baseline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loading a baseline report', () => {
  it('reads the results of a report that itself lists gone results, and nothing of its gone list', () => {
    const results = [makeResult({ change: 'unchanged' })];
    const gone = [entry('guizhou-2023/monthly-visits', '520111', 'missed')];
    const { entries, problems } = parseBaseline(renderJson(makeContext({ baseline: true, results, gone })), 'r.json');
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.unit.code} ${e.target}`)).toEqual(results.map((r) => `${r.unit.code} ${r.target}`));
  });

  it('reads back what --format json writes', async () => {
    const ctx = makeContext();
    const file = join(work, 'last-month.json');
    writeFileSync(file, renderJson(ctx));
    const { entries, problems } = await loadBaseline(file);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(ctx.evaluation.results.length);
    const keys = (xs: { target: string; unit: { code: string }; aggregate: boolean; status: Status }[]) =>
      xs.map((x) => `${x.unit.code} ${x.target} ${x.aggregate} ${x.status}`).sort();
    expect(keys(entries)).toEqual(keys(ctx.evaluation.results));
    // and compared with the same results, nothing moved
    const { results } = compareWithBaseline(ctx.evaluation.results, entries);
    expect(results.every((r) => r.change === 'unchanged')).toBe(true);
  });

  it('reports a missing file as unreadable', async () => {
    const { entries, problems } = await loadBaseline(join(work, 'nowhere.json'));
    expect(entries).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['unreadable', 'error']]);
  });

  it('reports a file that is not JSON, at the line and column of the fault', () => {
    const { entries, problems } = parseBaseline('{\n  "schemaVersion": 1\n  "results": []\n}', 'b.json');
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unreadable', file: 'b.json', line: 3, column: 3 });
    // a file cut short: the fault is at its end
    expect(parseBaseline('{\n  "schemaVersion": 1,\n', 'b.json').problems[0]).toMatchObject({ code: 'unreadable', line: 3, column: 1 });
    // where the parser names no position, still a problem
    expect(parseBaseline('{"a": tru}', 'b.json').problems.map((p) => p.code)).toEqual(['unreadable']);
  });

  it('reports JSON that is not a report, or a report of another schema version', () => {
    for (const text of ['[]', '"x"', '{"a": 1}', 'null']) {
      const { entries, problems } = parseBaseline(text, 'b.json');
      expect(entries).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(['unreadable']);
    }
    expect(parseBaseline('{"schemaVersion": 2, "results": []}', 'b.json').problems[0]?.path).toBe('schemaVersion');
    expect(parseBaseline('{"results": []}', 'b.json').problems[0]?.path).toBe('schemaVersion');
    expect(parseBaseline('{"schemaVersion": 1, "results": {}}', 'b.json').problems[0]?.path).toBe('results');
    // an empty report is a report
    expect(parseBaseline('\uFEFF{"schemaVersion": 1, "results": []}', 'b.json')).toEqual({ entries: [], problems: [] });
  });

  it('keeps the good results of a report and names each malformed one, up to ten', () => {
    const good = { target: 'liuzhou-2023/facility-area-new', unit: { code: '450202', name: '城中区' }, aggregate: false, status: 'met', value: 20.8, period: '2025-06' };
    const results = [
      good,
      { ...good, status: 'great' },
      { ...good, unit: { name: 'x' } },
      { ...good, aggregate: 'no' },
      { ...good, target: '' },
      7,
    ];
    const { entries, problems } = parseBaseline(JSON.stringify({ schemaVersion: 1, results }), 'b.json');
    expect(entries).toEqual([{ target: good.target, unit: { code: '450202', name: '城中区' }, aggregate: false, status: 'met', value: 20.8, period: '2025-06' }]);
    expect(problems.map((p) => p.path)).toEqual(['results.1.status', 'results.2.unit.code', 'results.3.aggregate', 'results.4.target', 'results.5']);
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['unreadable']));

    const many = parseBaseline(JSON.stringify({ schemaVersion: 1, results: Array.from({ length: 25 }, () => ({ ...good, status: 1 })) }), 'b.json');
    expect(many.problems).toHaveLength(11);
    expect(many.problems.at(-1)?.path).toBe('results');
  });

  it('says its problems in either language', () => {
    const [problem] = parseBaseline('{"schemaVersion": 3}', 'b.json').problems;
    const zh = said(problem, 'zh');
    const en = said(problem, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
