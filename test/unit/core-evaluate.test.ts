// Scope, whole areas, indicative values and ordering through evaluate().

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import { DEFAULT_THRESHOLDS, type PolicyDocument, type Thresholds, type UnitReport } from '../../src/core/types.js';
import { COUNT_FORMULA, makeDivisions, makeDocument, makeIndicator, makeMeasures, makeTarget, makeUnitReport, shareReport } from './core-builders.js';

const DIVISIONS = makeDivisions([
  ['450200', '柳州市'],
  ['450202', '城中区'],
  ['450203', '鱼峰区'],
  ['450204', '柳南区'],
  ['450300', '桂林市'],
]);

const AS_OF = '2025-06-30';

describe('whole-area targets', () => {
  const wholeArea = makeTarget('coverage', { scope: { type: 'whole-area' } });
  // the counties hold the share's measures and the running count; the city's own accounts its networks
  const measures = makeMeasures({
    'x.done': ['county'],
    'x.total': ['county'],
    'x.count': ['county'],
    'x.networks': ['city'],
    'lottery.welfare_fund': ['province', 'city', 'county'],
  });
  const run = (documents: PolicyDocument[], reports: UnitReport[], thresholds?: Partial<Thresholds>) =>
    evaluate({ documents, reports, divisions: DIVISIONS, asOf: AS_OF, measures, thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds } });
  const counties = ['450202', '450203', '450204'];

  it('divides summed numerators by summed denominators, never averages shares', () => {
    // 2/10, 18/20 and 10/20: the area has 30/50 = 60% (met); the average of shares, 53.3%, would not be.
    const { results, indicative } = run(
      [makeDocument([wholeArea])],
      [shareReport('450200', '2025-06', 0, 0), shareReport('450202', '2025-06', 2, 10), shareReport('450203', '2025-06', 18, 20), shareReport('450204', '2025-06', 10, 20)],
    );
    expect(results).toHaveLength(1);
    const area = results[0]!;
    expect(area.aggregate).toBe(true);
    expect(area.unit).toEqual({ code: '450200', name: '柳州市', level: 'city' });
    expect(area.value).toBeCloseTo(60, 12);
    expect(area.status).toBe('met');
    expect(area.source).toBeNull();
    expect(area.missingUnits).toEqual([]);
    expect(area.flags).toEqual([]);
    expect(area.coverage).toEqual([{ period: '2025-06', share: 1, used: true }]);
    // each county's own figure is shown, not judged; the city's own accounts have no value (0/0)
    expect(indicative.map((i) => [i.unit.code, i.reason, i.value])).toEqual([
      ['450202', 'whole-area', 20],
      ['450203', 'whole-area', 90],
      ['450204', 'whole-area', 50],
    ]);
    expect(indicative[0]!.source).toEqual({ file: 'data/2025-06/450202.yaml', line: 5 });
  });

  it('gives no verdict from a thin sum, and says why and who is missing', () => {
    // one county of three has both measures: 33% < 80% coverage.
    const reports = [shareReport('450202', '2025-06', 6, 10), makeUnitReport('450203', '2025-06', { 'x.done': 50 })];
    const [area] = run([makeDocument([wholeArea])], reports).results;
    expect(area!.status).toBe('no-data');
    expect(area!.noDataReason).toBe('thin-coverage');
    expect(area!.value).toBeNull();
    expect(area!.period).toBe('2025-06');
    expect(area!.missingUnits).toEqual(['450203', '450204']);
    expect(area!.flags).toEqual(['partial']);
    expect(area!.coverage).toEqual([{ period: '2025-06', share: 1 / 3, used: false }]);
    expect(area!.history).toEqual([]);
    // with coverage=0.3 the same period is an observation: 6/10 = 60%, partial
    const [lenient] = run([makeDocument([wholeArea])], reports, { coverage: 0.3 }).results;
    expect([lenient!.status, lenient!.value, lenient!.flags, lenient!.noDataReason]).toEqual(['met', 60, ['partial'], null]);
  });

  // The city's own file holds only its own accounts (here its lottery funds), never county figures.
  const ownAccounts = makeUnitReport('450200', '2025-06', { 'lottery.welfare_fund': 1200 });

  it("never expects the city's own accounts to report the counties' measures", () => {
    const reports = [ownAccounts, ...counties.map((code) => shareReport(code, '2025-06', 7, 10))];
    const [area] = run([makeDocument([wholeArea])], reports).results;
    expect(area!.value).toBe(70);
    expect(area!.missingUnits).toEqual([]);
    expect(area!.flags).toEqual([]);
  });

  it('never expects the counties to report a figure only the own accounts hold', () => {
    const networks = makeTarget('networks', { scope: { type: 'whole-area' }, formula: { numerator: ['x.networks'] }, unit: 'count', rule: { comparator: '>=', threshold: 2 } });
    const reports = [makeUnitReport('450200', '2025-06', { 'x.networks': 2 }), ...counties.map((code) => shareReport(code, '2025-06', 7, 10))];
    const [area] = run([makeDocument([networks])], reports).results;
    expect(area!.value).toBe(2);
    expect(area!.status).toBe('met');
    expect(area!.missingUnits).toEqual([]);
    expect(area!.flags).toEqual([]);
  });

  it('sums period by period, with the trend over the sums', () => {
    // March: (3 + 0 + 0)/30 = 10%; June: (5 + 3 + 4)/30 = 40%. s = 30/3 = 10, r = 20/6, ρ = 3.
    const reports = [
      ...counties.map((code, i) => shareReport(code, '2025-03', [3, 0, 0][i]!, 10)),
      ...counties.map((code, i) => shareReport(code, '2025-06', [5, 3, 4][i]!, 10)),
    ];
    const [area] = run([makeDocument([wholeArea])], reports).results;
    expect(area!.history).toEqual([{ period: '2025-03', value: 10 }, { period: '2025-06', value: 40 }]);
    expect(area!.status).toBe('on-track');
    expect(area!.trend.paceRatio).toBeCloseTo(3, 10);
    expect(area!.flags).toEqual(['low-confidence']);
  });

  it('carries a late county forward and names it with the period its figures come from', () => {
    // 450204 sent May but not June: June = (5 + 3 + May's 3)/30 = 36.7%, carried from 2025-05.
    const reports = [
      ...counties.map((code) => shareReport(code, '2025-05', 3, 10)),
      shareReport('450202', '2025-06', 5, 10),
      shareReport('450203', '2025-06', 3, 10),
    ];
    const [area] = run([makeDocument([wholeArea])], reports).results;
    expect(area!.period).toBe('2025-06');
    expect(area!.value).toBeCloseTo((11 / 30) * 100, 10);
    expect(area!.carried).toEqual([{ code: '450204', period: '2025-05' }]);
    expect(area!.flags).toContain('carried');
    expect(area!.missingUnits).toEqual([]);
  });

  it('sums the figures of a running total across units', () => {
    const total = makeTarget('adapted', {
      scope: { type: 'whole-area' }, formula: COUNT_FORMULA, unit: 'households', rule: { comparator: '>=', threshold: 1000 }, kind: 'cumulative', windowStart: '2025-01-01',
    });
    const reports = [
      makeUnitReport('450202', '2025-06', { 'x.count': 300 }),
      makeUnitReport('450203', '2025-06', { 'x.count': 200 }),
      makeUnitReport('450204', '2025-06', { 'x.count': 0 }),
    ];
    const [area] = run([makeDocument([total])], reports).results;
    expect(area!.value).toBe(500);
    // 0 → 500 over six months: s = r = 500/6
    expect(area!.status).toBe('on-track');
  });
});

describe('each-level and each-county scope', () => {
  it('judges the named levels and shows the others without a verdict', () => {
    const cityOnly = makeTarget('lottery', { scope: { type: 'each-level', levels: ['province', 'city'] }, deadline: { type: 'ongoing' } });
    const { results, indicative } = evaluate({
      documents: [makeDocument([cityOnly])],
      reports: [shareReport('450200', '2025-06', 70, 100), shareReport('450202', '2025-06', 40, 100), makeUnitReport('450203', '2025-06', { 'x.done': 1 })],
      divisions: DIVISIONS,
      asOf: AS_OF,
    });
    expect(results.map((r) => [r.unit.code, r.status])).toEqual([['450200', 'met']]);
    expect(indicative.map((i) => [i.unit.code, i.reason, i.value, i.aggregate])).toEqual([['450202', 'other-level', 40, false]]);
  });

  it('judges county-level units of an each-county target, one result each', () => {
    const county = makeTarget('facility', { scope: { type: 'each-county' } });
    const { results } = evaluate({
      documents: [makeDocument([county])],
      reports: [shareReport('450203', '2025-06', 70, 100), shareReport('450202', '2025-06', 40, 100), shareReport('450300', '2025-06', 80, 100)],
      divisions: DIVISIONS,
      asOf: AS_OF,
    });
    // 450300 is outside the area; a unit without a file (450204) has no result
    expect(results.map((r) => [r.unit.code, r.status])).toEqual([
      ['450202', 'pending'],
      ['450203', 'met'],
    ]);
  });

  it('gives a no-data result to a unit in scope that lacks the measures', () => {
    const { results } = evaluate({
      documents: [makeDocument([makeTarget('facility', { scope: { type: 'each-county' } })])],
      reports: [makeUnitReport('450202', '2025-06', { 'y.other': 1 })],
      divisions: DIVISIONS,
      asOf: AS_OF,
    });
    expect(results.map((r) => [r.status, r.missingMeasures])).toEqual([['no-data', ['x.done', 'x.total']]]);
  });
});

describe('indicators without a rule', () => {
  it('shows every unit with a value, and the area for a whole-area indicator', () => {
    const { results, indicative } = evaluate({
      documents: [makeDocument([], { indicators: [makeIndicator('lottery', { scope: { type: 'whole-area' } })] })],
      reports: [shareReport('450200', '2025-06', 30, 100), shareReport('450202', '2025-06', 30, 50), makeUnitReport('450203', '2025-06', {})],
      divisions: DIVISIONS,
      asOf: AS_OF,
      // without a registry every level holds x.*: 2 of the 4 units have figures, enough at coverage=0.5
      thresholds: { ...DEFAULT_THRESHOLDS, coverage: 0.5 },
    });
    expect(results).toEqual([]);
    expect(indicative.map((i) => [i.unit.code, i.aggregate, i.reason, i.value])).toEqual([
      ['450200', false, 'no-rule', 30],
      ['450200', true, 'no-rule', 40],
      ['450202', false, 'no-rule', 60],
    ]);
  });
});

describe('units and ordering', () => {
  it('names a unit from the division table, else its file, else its code', () => {
    const documents = [makeDocument([makeTarget('facility', { scope: { type: 'each-county' } })], { area: { prefix: '45', code: '450000', name: '广西' } })];
    const { results } = evaluate({
      documents,
      reports: [shareReport('450202', '2025-06', 1, 2), { ...shareReport('450299', '2025-06', 1, 2), name: '新区' }, shareReport('450298', '2025-06', 1, 2)],
      divisions: DIVISIONS,
      asOf: AS_OF,
    });
    expect(results.map((r) => r.unit.name)).toEqual(['城中区', '450298', '新区']);
  });

  it('sorts by unit code, then target id, then the unit before the area', () => {
    const documents = [
      makeDocument([
        makeTarget('b-county', { scope: { type: 'each-county' } }),
        makeTarget('a-area', { scope: { type: 'whole-area' } }),
        makeTarget('c-city', { scope: { type: 'each-level', levels: ['city'] } }),
      ]),
    ];
    const reports = [shareReport('450203', '2025-06', 1, 2), shareReport('450200', '2025-06', 1, 2), shareReport('450202', '2025-06', 1, 2)];
    const { results, indicative } = evaluate({ documents, reports, divisions: DIVISIONS, asOf: AS_OF });
    expect(results.map((r) => `${r.unit.code} ${r.target.split('/')[1]} ${r.aggregate}`)).toEqual([
      '450200 a-area true',
      '450200 c-city false',
      '450202 b-county false',
      '450203 b-county false',
    ]);
    expect(indicative.map((i) => `${i.unit.code} ${i.target.split('/')[1]} ${i.reason}`)).toEqual([
      '450200 a-area whole-area',
      '450200 b-county other-level',
      '450202 a-area whole-area',
      '450202 c-city other-level',
      '450203 a-area whole-area',
      '450203 c-city other-level',
    ]);
  });

  it('puts a unit before the area when both carry the same code and target', () => {
    const documents = [
      makeDocument([makeTarget('everyone', { scope: { type: 'each-level', levels: ['city', 'county'] } })]),
      makeDocument([makeTarget('everyone', { scope: { type: 'whole-area' } })]),
    ];
    const { results } = evaluate({ documents, reports: [shareReport('450200', '2025-06', 1, 2)], divisions: DIVISIONS, asOf: AS_OF });
    expect(results.map((r) => [r.unit.code, r.aggregate])).toEqual([['450200', false], ['450200', true]]);
  });

  it('applies no document to units outside its area', () => {
    const { results, indicative } = evaluate({
      documents: [makeDocument([makeTarget('coverage', { scope: { type: 'whole-area' } })])],
      reports: [shareReport('450300', '2025-06', 1, 2)],
      divisions: DIVISIONS,
      asOf: AS_OF,
    });
    expect(results).toEqual([]);
    expect(indicative).toEqual([]);
  });

  it('returns the as-of date it was given', () => {
    expect(evaluate({ documents: [], reports: [], divisions: DIVISIONS, asOf: AS_OF }).asOf).toBe(AS_OF);
  });
});
