// core/check decides what a check run shows, what fails it and what is gone, on plain objects: the
// rules that once only a spawned CLI could test.
//
// The figures, worked by hand. Two documents of the Liuzhou area, each with one target: a county's
// share x.done / x.total × 100 ≥ 60, due 2025-03-31, judged on 2025-06-30 (past the deadline: met
// or missed). 城中区 450202 sent 4 of 10 = 40 % (missed), 鱼峰区 450203 sent 7 of 10 = 70 % (met),
// and 450202 also sent a file for 2025-07, after the as-of month (left out). 柳州市本级 450200 and
// 柳南区 450204 sent nothing.
import { describe, expect, test } from 'vitest';
import type { BaselineEntry } from '../../src/core/baseline.js';
import { runChecks, type CheckInput } from '../../src/core/check.js';
import { DEFAULT_THRESHOLDS, type Status } from '../../src/core/types.js';
import { makeDivisions, makeDocument, makeMeasures, makeTarget, shareReport } from './core-builders.js';

const due = { deadline: { type: 'date', date: '2025-03-31' } } as const;
const docA = makeDocument([makeTarget('share', { document: 'a-doc', ...due })], { id: 'a-doc' });
const docB = makeDocument([makeTarget('share', { document: 'b-doc', ...due })], { id: 'b-doc' });
const july = shareReport('450202', '2025-07', 9, 10);

function input(over: Partial<CheckInput> = {}): CheckInput {
  return {
    documents: [docA, docB],
    only: null,
    reports: [shareReport('450202', '2025-06', 4, 10), shareReport('450203', '2025-06', 7, 10), july],
    divisions: makeDivisions(['450200', ['450202', '城中区'], ['450203', '鱼峰区'], ['450204', '柳南区']]),
    measures: makeMeasures({ 'x.done': ['county'], 'x.total': ['county'] }),
    asOf: '2025-06-30',
    thresholds: DEFAULT_THRESHOLDS,
    units: null,
    statuses: null,
    failOn: ['missed', 'off-track'],
    baseline: null,
    ...over,
  };
}

const brief = (rs: readonly { target: string; unit: { code: string }; status: Status; change?: string }[]) =>
  rs.map((r) => [r.target, r.unit.code, r.status, ...(r.change ? [r.change] : [])]).sort();

function entry(target: string, code: string, status: Status): BaselineEntry {
  return { target, unit: { code, name: null }, aggregate: false, status, value: null, period: '2025-05' };
}

describe('a check run, decided in the core', () => {
  test('every document and unit: 40 % missed and 70 % met in each document; the July file left out; the silent units named', () => {
    const out = runChecks(input());
    expect(out.documents.map((d) => d.id)).toEqual(['a-doc', 'b-doc']);
    expect(out.future).toEqual([july]);
    expect(out.reports).not.toContain(july);
    expect(brief(out.evaluation.results)).toEqual([
      ['a-doc/share', '450202', 'missed'],
      ['a-doc/share', '450203', 'met'],
      ['b-doc/share', '450202', 'missed'],
      ['b-doc/share', '450203', 'met'],
    ]);
    expect(out.evaluation.results.find((r) => r.unit.code === '450202')?.value).toBe(40);
    expect(out.failing).toBe(2);
    expect(out.compared).toBe(false);
    expect(out.gone).toEqual([]);
    expect(out.unreported['a-doc']?.map((u) => u.code)).toEqual(['450200', '450204']);
  });

  test('--only keeps its documents', () => {
    const out = runChecks(input({ only: ['b-doc'] }));
    expect(out.documents.map((d) => d.id)).toEqual(['b-doc']);
    expect(brief(out.evaluation.results)).toEqual([
      ['b-doc/share', '450202', 'missed'],
      ['b-doc/share', '450203', 'met'],
    ]);
    expect(Object.keys(out.unreported)).toEqual(['b-doc']);
  });

  test('failing results are counted before --status narrows what is shown', () => {
    const out = runChecks(input({ statuses: ['met'] }));
    expect(brief(out.evaluation.results)).toEqual([
      ['a-doc/share', '450203', 'met'],
      ['b-doc/share', '450203', 'met'],
    ]);
    // the two missed results of 450202 are not shown, and still fail the run
    expect(out.failing).toBe(2);
    expect(runChecks(input({ statuses: ['met'], failOn: ['met'] })).failing).toBe(2);
  });

  test('--unit narrows what is shown and what fails', () => {
    const out = runChecks(input({ units: ['450203'] }));
    expect(brief(out.evaluation.results)).toEqual([
      ['a-doc/share', '450203', 'met'],
      ['b-doc/share', '450203', 'met'],
    ]);
    expect(out.failing).toBe(0);
  });

  test('the baseline is compared before --unit; gone results are narrowed by --only and --unit', () => {
    const baseline = [
      entry('a-doc/share', '450202', 'met'), // now missed: worsened
      entry('a-doc/share', '450203', 'missed'), // now met, but 450203 is not asked for
      entry('a-doc/old', '450202', 'met'), // gone, and of the unit and document asked for
      entry('a-doc/old', '450203', 'met'), // gone, of a unit not asked for
      entry('b-doc/share', '450202', 'met'), // a target of the document left out by --only: not asked for, not gone
    ];
    const out = runChecks(input({ only: ['a-doc'], units: ['450202'], baseline }));
    expect(out.compared).toBe(true);
    expect(brief(out.evaluation.results)).toEqual([['a-doc/share', '450202', 'missed', 'worsened']]);
    expect(out.evaluation.results[0]?.previousStatus).toBe('met');
    expect(out.gone.map((e) => [e.target, e.unit.code])).toEqual([['a-doc/old', '450202']]);
    expect(out.failing).toBe(1);
  });

  test('without --only or --unit every gone result counts; an empty baseline compares nothing', () => {
    const baseline = [entry('a-doc/old', '450203', 'met'), entry('b-doc/old', '450202', 'met')];
    expect(runChecks(input({ baseline })).gone.map((e) => [e.target, e.unit.code])).toEqual([
      ['b-doc/old', '450202'],
      ['a-doc/old', '450203'],
    ]);
    const none = runChecks(input({ baseline: null }));
    expect(none.compared).toBe(false);
    expect(none.evaluation.results.every((r) => r.change === undefined)).toBe(true);
  });
});
