import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/core/types.js';
import { areaSeries } from '../../src/core/aggregate.js';
import { formulaValue, isBooleanEntry, measuresOf } from '../../src/core/formula.js';
import { levelOf } from '../../src/core/levels.js';
import { gapOf, progressOf, satisfies } from '../../src/core/rule.js';
import { roleOf } from '../../src/core/scope.js';
import { dateTime, dayStart, lastDayOf, periodTime } from '../../src/core/time.js';
import { paceOf, paceRatioOf, projectionOf, requiredPaceOf } from '../../src/core/trend.js';
import { makeDivisions, makeUnitReport } from './core-builders.js';

describe('time', () => {
  it('places an observation at the end of its month, which is the start of the next', () => {
    expect(periodTime('2025-06')).toBe(2025 * 12 + 6);
    expect(dayStart('2025-07-01')).toBe(periodTime('2025-06'));
    expect(dateTime('2025-06-30')).toBe(periodTime('2025-06'));
    expect(dateTime('2025-12-31')).toBe(periodTime('2025-12'));
  });

  it('counts a day as a fraction of its month, leap years included', () => {
    expect(dateTime('2025-06-15')).toBeCloseTo(2025 * 12 + 5.5, 12);
    expect(dateTime('2024-02-29')).toBe(periodTime('2024-02'));
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
    expect(lastDayOf('2025-11')).toBe('2025-11-30');
  });
});

describe('formula', () => {
  const share = { numerator: ['t.with'], denominator: ['t.total'], scale: 100 };

  it('scales a share to percent, exactly at 3 of 5', () => {
    expect(formulaValue(share, { 't.with': 3, 't.total': 5 }, false)).toEqual({ value: 60, missing: [] });
  });

  it('sums several measures on each side', () => {
    const formula = { numerator: ['a', 'b'], denominator: ['c', 'd'], scale: 100 };
    expect(formulaValue(formula, { a: 1, b: 2, c: 3, d: 1 }, false).value).toBe(75);
  });

  it('has no value without a measure, naming it', () => {
    expect(formulaValue(share, { 't.with': 3 }, false)).toEqual({ value: null, missing: ['t.total'] });
  });

  it('has no value when the denominator is 0, with nothing missing', () => {
    expect(formulaValue(share, { 't.with': 0, 't.total': 0 }, false)).toEqual({ value: null, missing: [] });
  });

  it('reads a boolean formula as true or false', () => {
    const formula = { numerator: ['n.built'] };
    expect(formulaValue(formula, { 'n.built': true }, true).value).toBe(true);
    expect(formulaValue(formula, { 'n.built': false }, true).value).toBe(false);
    expect(formulaValue(formula, { 'n.built': 1 }, true)).toEqual({ value: null, missing: ['n.built'] });
  });

  it('lists each measure once, numerator first', () => {
    expect(measuresOf({ numerator: ['a', 'b'], denominator: ['b', 'c'] })).toEqual(['a', 'b', 'c']);
  });

  it('knows a boolean entry by its unit or its threshold', () => {
    expect(isBooleanEntry({ unit: 'boolean' })).toBe(true);
    expect(isBooleanEntry({ unit: 'count', rule: { comparator: '==', threshold: true } })).toBe(true);
    expect(isBooleanEntry({ unit: 'percent', rule: { comparator: '>=', threshold: 60 } })).toBe(false);
  });
});

describe('rule', () => {
  const atLeast60 = { comparator: '>=' as const, threshold: 60 };
  const full = { comparator: '>=' as const, threshold: 100 };

  it('meets a threshold exactly at it, and not a hair below', () => {
    expect(satisfies(60, atLeast60)).toBe(true);
    expect(satisfies(59.999, atLeast60)).toBe(false);
  });

  it('does not round 99.6% up to 100%', () => {
    expect(satisfies((249 / 250) * 100, full)).toBe(false);
    expect(gapOf(99.6, full)).toBeCloseTo(0.4, 12);
  });

  it('absorbs floating error at the threshold, both ways', () => {
    expect(satisfies(0.1 + 0.2, { comparator: '<=', threshold: 0.3 })).toBe(true);
    expect(satisfies(0.07 * 100, { comparator: '>=', threshold: 7 })).toBe(true);
    expect(satisfies(60 - 1e-12, atLeast60)).toBe(true);
  });

  it('reverses every comparison for <=', () => {
    const atMost = { comparator: '<=' as const, threshold: 10 };
    expect(satisfies(10, atMost)).toBe(true);
    expect(satisfies(11, atMost)).toBe(false);
    expect(gapOf(14, atMost)).toBe(4);
    expect(gapOf(8, atMost)).toBe(0);
    expect(progressOf(20, atMost)).toBe(50);
    expect(progressOf(0, atMost)).toBe(100);
  });

  it('gives gap and progress for >=, none for a zero threshold or a boolean', () => {
    expect(gapOf(45, atLeast60)).toBe(15);
    expect(gapOf(75, atLeast60)).toBe(0);
    expect(progressOf(45, atLeast60)).toBe(75);
    expect(progressOf(5, { comparator: '>=', threshold: 0 })).toBeNull();
    const yes = { comparator: '==' as const, threshold: true };
    expect(gapOf(true, yes)).toBeNull();
    expect(progressOf(true, yes)).toBe(100);
    expect(progressOf(false, yes)).toBe(0);
    expect(progressOf(null, atLeast60)).toBeNull();
  });
});

describe('trend', () => {
  it('takes the slope between two points', () => {
    expect(paceOf([{ time: 10, value: 30 }, { time: 13, value: 40 }])).toBeCloseTo(10 / 3, 12);
  });

  it('fits a least-squares line through more points', () => {
    const points = [0, 1, 2, 3].map((t) => ({ time: 24300 + t, value: [1, 3, 2, 6][t]! }));
    // slope = Σ(t−1.5)(v−3) / Σ(t−1.5)² = (3 + 0 + −0.5 + 4.5) / 5 = 1.4
    expect(paceOf(points)).toBeCloseTo(1.4, 12);
  });

  it('has no pace below two distinct times', () => {
    expect(paceOf([{ time: 1, value: 3 }])).toBeNull();
    expect(paceOf([{ time: 1, value: 3 }, { time: 1, value: 4 }])).toBeNull();
  });

  it('caps a projected percentage to [0, 100], not other units', () => {
    expect(projectionOf(90, 5, 6, 'percent')).toBe(100);
    expect(projectionOf(10, -5, 6, 'percent')).toBe(0);
    expect(projectionOf(90, 5, 6, 'count')).toBe(120);
  });

  it('asks for the pace that closes the gap in the time left, none without time', () => {
    expect(requiredPaceOf(60, 40, 6)).toBeCloseTo(10 / 3, 12);
    expect(requiredPaceOf(60, 40, 0)).toBeNull();
    expect(paceRatioOf(2, 4)).toBe(0.5);
    expect(paceRatioOf(null, 4)).toBeNull();
  });
});

describe('levels and scope', () => {
  it('reads the level from the code', () => {
    expect(levelOf('520000')).toBe('province');
    expect(levelOf('450200')).toBe('city');
    expect(levelOf('450202')).toBe('county');
  });

  it('lists the units of the division table under a prefix, sorted', () => {
    const divisions = makeDivisions(['450203', '450200', '450300', '450202']);
    expect(divisions.codesUnder('4502')).toEqual(['450200', '450202', '450203']);
  });

  it('gives verdicts to the named levels and indicative values to the others', () => {
    expect(roleOf({ type: 'each-county' }, 'county', true)).toBe('verdict');
    expect(roleOf({ type: 'each-county' }, 'city', true)).toBe('other-level');
    expect(roleOf({ type: 'each-level', levels: ['province', 'city'] }, 'city', true)).toBe('verdict');
    expect(roleOf({ type: 'each-level', levels: ['province', 'city'] }, 'county', true)).toBe('other-level');
    expect(roleOf({ type: 'whole-area' }, 'county', true)).toBe('whole-area');
    expect(roleOf({ type: 'whole-area' }, 'city', true)).toBe('whole-area');
    expect(roleOf({ type: 'whole-area' }, 'province', true)).toBe('whole-area');
    expect(roleOf({ type: 'each-county' }, 'county', false)).toBe('no-rule');
  });
});

describe('a whole area (areaSeries)', () => {
  const share = { numerator: ['n'], denominator: ['d'], scale: 100 };
  const COUNTIES: Level[] = ['county'];
  const CITY_AND_COUNTIES: Level[] = ['city', 'county'];
  const levels = (map: Record<string, Level[]>) => (id: string): readonly Level[] => map[id] ?? ['province', 'city', 'county'];
  const base = { boolean: false, carry: 3, coverage: 0.8 };

  it("sums each measure over the units whose level holds it: a city's own figure counts beside the counties' population", () => {
    // n held by the city and counties, d by counties only: (10 + 2 + 3) / (40 + 60) × 100 = 15%.
    const { observations } = areaSeries({
      ...base,
      formula: share,
      reports: [
        makeUnitReport('450200', '2025-06', { n: 10 }),
        makeUnitReport('450202', '2025-06', { n: 2, d: 40 }),
        makeUnitReport('450203', '2025-06', { n: 3, d: 60 }),
      ],
      expected: ['450200', '450202', '450203'],
      levelsOf: levels({ n: CITY_AND_COUNTIES, d: COUNTIES }),
    });
    expect(observations.map((o) => [o.period, o.value, o.missingUnits, o.carried])).toEqual([['2025-06', 15, [], []]]);
  });

  it('never counts the figure of a unit whose level does not hold the measure', () => {
    // the city's file holds d (its counties' sum, say): left out, (2 + 3) / (40 + 60) = 5%.
    const { observations } = areaSeries({
      ...base,
      formula: share,
      reports: [
        makeUnitReport('450200', '2025-06', { n: 10, d: 100 }),
        makeUnitReport('450202', '2025-06', { n: 2, d: 40 }),
        makeUnitReport('450203', '2025-06', { n: 3, d: 60 }),
      ],
      expected: ['450200', '450202', '450203'],
      levelsOf: levels({ n: COUNTIES, d: COUNTIES }),
    });
    expect(observations[0]!.value).toBe(5);
  });

  it('carries a late unit forward up to `carry` months, naming it and the period its figure comes from', () => {
    // 450203 sends nothing after 2025-03. Running total: March 10 + 20 = 30; June 16 + 20 (March's, 3 months old) = 36.
    // In July its figure is 4 months old: missing, and with 1 of 2 units the period is too thin (50% < 80%).
    const count = { numerator: ['k'] };
    const input = {
      ...base,
      formula: count,
      reports: [
        makeUnitReport('450202', '2025-03', { k: 10 }),
        makeUnitReport('450203', '2025-03', { k: 20 }),
        makeUnitReport('450202', '2025-06', { k: 16 }),
        makeUnitReport('450202', '2025-07', { k: 18 }),
      ],
      expected: ['450202', '450203'],
      levelsOf: levels({ k: COUNTIES }),
    };
    const series = areaSeries(input);
    expect(series.observations.map((o) => [o.period, o.value, o.carried, o.missingUnits])).toEqual([
      ['2025-03', 30, [], []],
      ['2025-06', 36, [{ code: '450203', period: '2025-03' }], []],
    ]);
    expect(series.coverage).toEqual([
      { period: '2025-03', share: 1, used: true },
      { period: '2025-06', share: 1, used: true },
      { period: '2025-07', share: 0.5, used: false },
    ]);
    expect(series.latestThin?.period).toBe('2025-07');
    expect(series.latestThin?.missingUnits).toEqual(['450203']);
    // carry=0 turns carrying off: June has 1 of 2 units, too thin.
    const none = areaSeries({ ...input, carry: 0 });
    expect(none.observations.map((o) => o.period)).toEqual(['2025-03']);
  });

  it('names a unit with nothing young enough to carry as missing, and keeps a period covered well enough', () => {
    // five counties; 450206 last reported in 2025-01, five months before June: 4 of 5 = 80% ≥ 80%.
    const codes = ['450202', '450203', '450204', '450205', '450206'];
    const reports = [
      ...codes.map((c) => makeUnitReport(c, '2025-01', { k: 1 })),
      ...codes.slice(0, 4).map((c) => makeUnitReport(c, '2025-06', { k: 2 })),
    ];
    const { observations } = areaSeries({ ...base, formula: { numerator: ['k'] }, reports, expected: codes, levelsOf: levels({ k: COUNTIES }) });
    expect(observations.map((o) => [o.period, o.value, o.missingUnits])).toEqual([
      ['2025-01', 5, []],
      ['2025-06', 8, ['450206']],
    ]);
  });

  it('takes a share from units that have both its measures: a unit lacking one counts in neither', () => {
    // 450203 reports n but not d in June (and no d ever): June is 2 / 10 = 20% from 450202 alone.
    const { coverage, observations } = areaSeries({
      ...base,
      coverage: 0.5,
      formula: share,
      reports: [makeUnitReport('450202', '2025-06', { n: 2, d: 10 }), makeUnitReport('450203', '2025-06', { n: 7 })],
      expected: ['450202', '450203'],
      levelsOf: levels({ n: COUNTIES, d: COUNTIES }),
    });
    expect(observations.map((o) => [o.value, o.missingUnits])).toEqual([[20, ['450203']]]);
    expect(coverage[0]!.share).toBe(0.5);
  });

  it('holds a boolean true only if every contributing unit holds it', () => {
    const formula = { numerator: ['b'] };
    const run = (values: boolean[]) =>
      areaSeries({
        ...base,
        boolean: true,
        formula,
        reports: values.map((b, i) => makeUnitReport(`45020${i + 2}`, '2025-06', { b })),
        expected: values.map((_, i) => `45020${i + 2}`),
        levelsOf: levels({ b: COUNTIES }),
      }).observations[0]!.value;
    expect(run([true, true])).toBe(true);
    expect(run([true, false])).toBe(false);
  });

  it('has no observation when no expected unit holds a measure of the formula', () => {
    const series = areaSeries({
      ...base,
      formula: share,
      reports: [makeUnitReport('450202', '2025-06', { n: 1, d: 2 })],
      expected: ['450202'],
      levelsOf: levels({ n: COUNTIES, d: ['province'] }),
    });
    expect(series.observations).toEqual([]);
    expect(series.coverage).toEqual([{ period: '2025-06', share: 0, used: false }]);
  });

  it('traces a sum that overflows to its largest figure', () => {
    const { observations } = areaSeries({
      ...base,
      formula: { numerator: ['k'], scale: 100 },
      reports: [makeUnitReport('450202', '2025-06', { k: 1.7e308 }), makeUnitReport('450203', '2025-06', { k: 5 })],
      expected: ['450202', '450203'],
      levelsOf: levels({ k: COUNTIES }),
    });
    expect(observations[0]!.value).toBeNull();
    expect(observations[0]!.unusable).toEqual({ file: 'data/2025-06/450202.yaml', measure: 'k', line: 5, column: 7 });
  });
});
