import { describe, expect, it } from 'vitest';
import { aggregateObservations } from '../../src/core/aggregate.js';
import { formulaValue, isBooleanEntry, measuresOf } from '../../src/core/formula.js';
import { levelOf, unitsUnder } from '../../src/core/levels.js';
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
    expect(unitsUnder(divisions, '4502')).toEqual(['450200', '450202', '450203']);
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

describe('aggregate', () => {
  const share = { numerator: ['n'], denominator: ['d'], scale: 100 };

  it('divides the sum of numerators by the sum of denominators, from the same units', () => {
    const observations = aggregateObservations(
      share,
      false,
      [
        makeUnitReport('450202', '2025-06', { n: 2, d: 10 }),
        makeUnitReport('450203', '2025-06', { n: 18, d: 20 }),
        makeUnitReport('450204', '2025-06', { n: 5 }),
      ],
      ['450200', '450202', '450203', '450204'],
    );
    expect(observations).toHaveLength(1);
    expect(observations[0]!.value).toBeCloseTo((100 * 20) / 30, 12);
    // 450200 sent no file; 450204's file lacks d, which the other counties report
    expect(observations[0]!.missingUnits).toEqual(['450200', '450204']);
  });

  it('keeps one observation per period, oldest first', () => {
    const observations = aggregateObservations(
      share,
      false,
      [
        makeUnitReport('450202', '2025-06', { n: 1, d: 2 }),
        makeUnitReport('450202', '2025-03', { n: 1, d: 4 }),
        makeUnitReport('450203', '2025-03', { n: 1, d: 4 }),
      ],
      ['450202', '450203'],
    );
    expect(observations.map((o) => [o.period, o.value, o.missingUnits])).toEqual([
      ['2025-03', 25, []],
      ['2025-06', 50, ['450203']],
    ]);
  });

  it('names a unit lacking a measure its level reports in every period it lacks it', () => {
    // 450203 never reports d while other counties do; the city's own file never holds n or d.
    const observations = aggregateObservations(
      share,
      false,
      [
        makeUnitReport('450200', '2025-05', { other: 1 }), makeUnitReport('450202', '2025-05', { n: 1, d: 2 }), makeUnitReport('450203', '2025-05', { n: 1 }),
        makeUnitReport('450200', '2025-06', { other: 1 }), makeUnitReport('450202', '2025-06', { n: 1, d: 4 }), makeUnitReport('450203', '2025-06', { n: 2 }),
      ],
      ['450200', '450202', '450203'],
    );
    expect(observations.map((o) => [o.period, o.value, o.missingUnits])).toEqual([
      ['2025-05', 50, ['450203']],
      ['2025-06', 25, ['450203']],
    ]);
  });

  it('names own accounts that lack in one period a measure they hold in another', () => {
    const networks = { numerator: ['k'] };
    const observations = aggregateObservations(
      networks,
      false,
      [makeUnitReport('450200', '2025-05', { k: 1 }), makeUnitReport('450202', '2025-05', { n: 1 }), makeUnitReport('450200', '2025-06', { other: 1 }), makeUnitReport('450202', '2025-06', { n: 1 })],
      ['450200', '450202'],
    );
    expect(observations.map((o) => [o.period, o.value, o.missingUnits])).toEqual([
      ['2025-05', 1, []],
      ['2025-06', null, ['450200']],
    ]);
  });

  it('has no value when no unit holds every measure, naming what is missing', () => {
    const [only] = aggregateObservations(share, false, [makeUnitReport('450202', '2025-06', { n: 1 }), makeUnitReport('450203', '2025-06', { d: 1 })], []);
    expect(only!.value).toBeNull();
    expect(only!.missingMeasures).toEqual(['n', 'd']);
  });

  it('holds a boolean true only if every contributing unit holds it', () => {
    const formula = { numerator: ['b'] };
    const all = aggregateObservations(
      formula,
      true,
      [makeUnitReport('450202', '2025-06', { b: true }), makeUnitReport('450203', '2025-06', { b: true }), makeUnitReport('450204', '2025-06', {})],
      [],
    );
    const one = aggregateObservations(formula, true, [makeUnitReport('450202', '2025-06', { b: true }), makeUnitReport('450203', '2025-06', { b: false })], []);
    expect(all[0]!.value).toBe(true);
    expect(one[0]!.value).toBe(false);
  });
});
