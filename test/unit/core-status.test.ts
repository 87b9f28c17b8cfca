// Statuses and flags through evaluate(), on hand-worked figures (times in months; an observation
// sits at the end of its month, so 2025-06 → 2025-12-31 is 6 months).

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import { DEFAULT_THRESHOLDS, type Result, type Target, type Thresholds, type UnitReport } from '../../src/core/types.js';
import { COUNT_FORMULA, countReport, makeDivisions, makeDocument, makeTarget, makeUnitReport, shareReport } from './core-builders.js';

const COUNTY = '450202';

const COUNT: Partial<Target> = { formula: COUNT_FORMULA, unit: 'count', rule: { comparator: '>=', threshold: 100 } };

const report = (period: string, measures: UnitReport['measures']): UnitReport => makeUnitReport(COUNTY, period, measures);
const share = (period: string, done: number, total = 100): UnitReport => shareReport(COUNTY, period, done, total);
const count = (period: string, value: number): UnitReport => countReport(COUNTY, period, value);

const DIVISIONS = makeDivisions([[COUNTY, '城中区']]);

function one(t: Target, reports: UnitReport[], asOf: string, thresholds?: Thresholds): Result {
  const { results } = evaluate({ documents: [makeDocument([t])], reports, divisions: DIVISIONS, asOf, ...(thresholds ? { thresholds } : {}) });
  expect(results).toHaveLength(1);
  return results[0]!;
}

describe('a county target before its deadline', () => {
  it('is on track at ρ = 1 with two observations (pace, required pace, projection by hand)', () => {
    // 30% at the end of March, 40% at the end of June: s = 10/3 per month; r = (60 − 40)/6 = 10/3; V̂ = 40 + 6s = 60.
    const r = one(makeTarget('share'), [share('2025-03', 30), share('2025-06', 40)], '2025-06-30');
    expect(r.status).toBe('on-track');
    expect(r.flags).toEqual(['low-confidence']);
    expect(r.period).toBe('2025-06');
    expect(r.value).toBe(40);
    expect(r.trend.observations).toBe(2);
    expect(r.trend.pace).toBeCloseTo(10 / 3, 10);
    expect(r.trend.requiredPace).toBeCloseTo(10 / 3, 10);
    expect(r.trend.projected).toBeCloseTo(60, 10);
    expect(r.trend.paceRatio).toBeCloseTo(1, 10);
    expect(r.deadline).toBe('2025-12-31');
    expect(r.monthsLeft).toBe(6);
    expect(r.gap).toBe(20);
    expect(r.progress).toBeCloseTo(200 / 3, 10);
    expect(r.source).toEqual({ file: `data/2025-06/${COUNTY}.yaml`, line: 5 });
    expect(r.unit).toEqual({ code: COUNTY, name: '城中区', level: 'county' });
    expect(r.history).toEqual([{ period: '2025-03', value: 30 }, { period: '2025-06', value: 40 }]);
  });

  it('is on track exactly at ρ = 0.95 and at risk just below', () => {
    // Vn = 40 at 2025-06, r = (100 − 40)/6 = 10; from 21 at 2025-04: s = 19/2 = 9.5, ρ = 0.95.
    const at = one(makeTarget('count', COUNT), [count('2025-04', 21), count('2025-06', 40)], '2025-06-30');
    expect(at.trend.paceRatio).toBe(0.95);
    expect(at.status).toBe('on-track');
    const below = one(makeTarget('count', COUNT), [count('2025-04', 21.2), count('2025-06', 40)], '2025-06-30');
    expect(below.status).toBe('at-risk');
  });

  it('is at risk exactly at ρ = 0.6 and off track just below', () => {
    // s = (40 − 28)/2 = 6, ρ = 0.6.
    const at = one(makeTarget('count', COUNT), [count('2025-04', 28), count('2025-06', 40)], '2025-06-30');
    expect(at.trend.paceRatio).toBe(0.6);
    expect(at.status).toBe('at-risk');
    expect(at.flags).toEqual(['low-confidence']);
    const below = one(makeTarget('count', COUNT), [count('2025-04', 28.2), count('2025-06', 40)], '2025-06-30');
    expect(below.status).toBe('off-track');
    expect(below.flags).toEqual(['low-confidence']);
  });

  it('is off track and regressing when the pace runs away from the threshold', () => {
    const r = one(makeTarget('count', COUNT), [count('2025-02', 60), count('2025-04', 50), count('2025-06', 40)], '2025-06-30');
    expect(r.status).toBe('off-track');
    expect(r.flags).toEqual(['regressing']);
    expect(r.trend.pace).toBeCloseTo(-5, 10);
    expect(r.trend.observations).toBe(3);
  });

  it('is off track but not regressing when the pace is flat', () => {
    const r = one(makeTarget('count', COUNT), [count('2025-04', 40), count('2025-06', 40)], '2025-06-30');
    expect(r.status).toBe('off-track');
    expect(r.flags).not.toContain('regressing');
  });

  it('is pending with one observation of a level target, still giving the required pace', () => {
    const r = one(makeTarget('share'), [share('2025-06', 40)], '2025-06-30');
    expect(r.status).toBe('pending');
    expect(r.flags).toEqual([]);
    expect(r.trend).toEqual({ observations: 1, pace: null, requiredPace: 20 / 6, projected: null, paceRatio: null });
  });

  it('is met at the threshold, without a trend from one observation', () => {
    const r = one(makeTarget('share'), [share('2025-06', 3, 5)], '2025-06-30');
    expect(r.status).toBe('met');
    expect(r.value).toBe(60);
    expect(r.gap).toBe(0);
    expect(r.flags).toEqual([]);
  });

  it('does not take 99.6% for 100%', () => {
    const r = one(makeTarget('full', { rule: { comparator: '>=', threshold: 100 } }), [share('2025-06', 249, 250)], '2025-06-30');
    expect(r.status).toBe('pending');
    expect(r.value).toBeCloseTo(99.6, 12);
  });

  it('is met but slipping when a level projection falls back below the threshold', () => {
    // 90% → 70% in 3 months: s = −20/3, V̂ = 70 − 40 = 30 < 60.
    const r = one(makeTarget('share'), [share('2025-03', 90), share('2025-06', 70)], '2025-06-30');
    expect(r.status).toBe('met');
    expect(r.flags).toEqual(['slipping']);
    expect(r.trend.projected).toBeCloseTo(30, 10);
    expect(r.trend.requiredPace).toBeNull();
  });

  it('caps the projection of a percentage at 100', () => {
    const r = one(makeTarget('share'), [share('2025-03', 50), share('2025-06', 80)], '2025-06-30');
    expect(r.status).toBe('met');
    expect(r.trend.projected).toBe(100);
  });

  it('is no-data when a measure is absent in the judged period, naming it, even with older figures', () => {
    const r = one(makeTarget('share'), [share('2025-03', 30), report('2025-06', { 'x.done': 40 })], '2025-06-30');
    expect(r.status).toBe('no-data');
    expect(r.value).toBeNull();
    expect(r.period).toBe('2025-06');
    expect(r.missingMeasures).toEqual(['x.total']);
    expect(r.gap).toBeNull();
    expect(r.history).toEqual([{ period: '2025-03', value: 30 }, { period: '2025-06', value: null }]);
  });

  it('points at the first numerator measure, else at the first measure the file holds', () => {
    const numerator = one(makeTarget('share'), [report('2025-06', { 'x.total': 10, 'x.done': 4 })], '2025-06-30');
    expect(numerator.source).toEqual({ file: `data/2025-06/${COUNTY}.yaml`, line: 6 });
    const denominator = one(makeTarget('share'), [report('2025-06', { 'x.total': 10 })], '2025-06-30');
    expect(denominator.source).toEqual({ file: `data/2025-06/${COUNTY}.yaml`, line: 5 });
    expect(denominator.missingMeasures).toEqual(['x.done']);
  });

  it('is no-data when the denominator is 0', () => {
    const r = one(makeTarget('share'), [share('2025-06', 0, 0)], '2025-06-30');
    expect(r.status).toBe('no-data');
    expect(r.missingMeasures).toEqual([]);
  });

  it('ignores periods after the as-of month entirely', () => {
    const r = one(makeTarget('share'), [share('2025-03', 30), share('2025-06', 40), share('2025-07', 90)], '2025-06-30');
    expect(r.period).toBe('2025-06');
    expect(r.status).toBe('on-track');
    expect(r.history.map((h) => h.period)).toEqual(['2025-03', '2025-06']);
  });

  it('takes the trend from the last trendWindow points only', () => {
    // 13 points of 0 then a rise: the default window of 13 sees one rise; a window of 2 sees the rise only.
    const flat = Array.from({ length: 12 }, (_, i) => count(`2024-${String(i + 1).padStart(2, '0')}`, 0));
    const series = [...flat, count('2025-01', 0), count('2025-02', 40)];
    const wide = one(makeTarget('count', COUNT), series, '2025-02-28');
    const narrow = one(makeTarget('count', COUNT), series, '2025-02-28', { ...DEFAULT_THRESHOLDS, onTrack: 0.95, atRisk: 0.6, trendWindow: 2 });
    expect(wide.trend.observations).toBe(13);
    expect(narrow.trend.observations).toBe(2);
    expect(narrow.trend.pace).toBe(40);
  });

  it('follows a threshold override', () => {
    // s = 4 (32 → 40 in 2 months), r = 10: ρ = 0.4 — off track by default, on track at on-track=0.4.
    const reports = [count('2025-04', 32), count('2025-06', 40)];
    expect(one(makeTarget('count', COUNT), reports, '2025-06-30').status).toBe('off-track');
    expect(one(makeTarget('count', COUNT), reports, '2025-06-30', { ...DEFAULT_THRESHOLDS, onTrack: 0.4, atRisk: 0.2, trendWindow: 13 }).status).toBe('on-track');
    expect(one(makeTarget('count', COUNT), reports, '2025-06-30', { ...DEFAULT_THRESHOLDS, onTrack: 0.9, atRisk: 0.4, trendWindow: 13 }).status).toBe('at-risk');
  });

  it('reverses the comparisons of a <= target', () => {
    const atMost = { ...COUNT, rule: { comparator: '<=' as const, threshold: 10 } };
    // 30 → 20 in 2 months: s = −5, r = (10 − 20)/6 = −5/3, ρ = 3.
    const falling = one(makeTarget('at-most', atMost), [count('2025-04', 30), count('2025-06', 20)], '2025-06-30');
    expect(falling.status).toBe('on-track');
    expect(falling.trend.paceRatio).toBeCloseTo(3, 10);
    expect(falling.gap).toBe(10);
    const rising = one(makeTarget('at-most', atMost), [count('2025-04', 15), count('2025-06', 20)], '2025-06-30');
    expect(rising.status).toBe('off-track');
    expect(rising.flags).toEqual(['low-confidence', 'regressing']);
    const below = one(makeTarget('at-most', atMost), [count('2025-06', 8)], '2025-06-30');
    expect(below.status).toBe('met');
  });
});

describe('a running total', () => {
  const total = (over: Partial<Target> = {}): Target =>
    makeTarget('total', { ...COUNT, rule: { comparator: '>=', threshold: 1200 }, kind: 'cumulative', windowStart: '2025-01-01', ...over });

  it('starts from an implicit 0 at the window start', () => {
    // 0 at the start of 2025, 500 at the end of June: s = 500/6, r = 700/6, ρ = 5/7, V̂ = 1000.
    const r = one(total(), [count('2025-06', 500)], '2025-06-30');
    expect(r.status).toBe('at-risk');
    expect(r.flags).toEqual(['low-confidence']);
    expect(r.trend.observations).toBe(2);
    expect(r.trend.pace).toBeCloseTo(500 / 6, 10);
    expect(r.trend.requiredPace).toBeCloseTo(700 / 6, 10);
    expect(r.trend.paceRatio).toBeCloseTo(5 / 7, 10);
    expect(r.trend.projected).toBeCloseTo(1000, 10);
  });

  it('counts from a window start years back', () => {
    // since 2021-01-01: 54 months to the end of 2025-06, 6 more to the deadline.
    const r = one(total({ windowStart: '2021-01-01', rule: { comparator: '>=', threshold: 6000 } }), [count('2025-06', 5400)], '2025-06-30');
    expect(r.trend.pace).toBeCloseTo(100, 10);
    expect(r.trend.requiredPace).toBeCloseTo(100, 10);
    expect(r.status).toBe('on-track');
  });

  it('never slips, whatever the projection', () => {
    const r = one(total({ rule: { comparator: '>=', threshold: 100 } }), [count('2025-03', 300), count('2025-06', 200)], '2025-06-30');
    expect(r.status).toBe('met');
    expect(r.flags).toEqual([]);
  });
});

describe('deadlines', () => {
  const early = (over: Partial<Target> = {}): Target => makeTarget('early', { deadline: { type: 'date', date: '2024-12-31' }, ...over });

  it('is final on the deadline day itself', () => {
    const on = one(makeTarget('share'), [share('2025-09', 40), share('2025-12', 50)], '2025-12-31');
    expect(on.status).toBe('missed');
    expect(on.monthsLeft).toBe(0);
    expect(on.trend.requiredPace).toBeNull();
    const before = one(makeTarget('share'), [share('2025-09', 40), share('2025-12', 50)], '2025-12-30');
    expect(before.status).toBe('off-track');
    expect(before.monthsLeft).toBe(0);
  });

  it('counts the months left to one decimal', () => {
    expect(one(makeTarget('share'), [share('2025-06', 40)], '2025-06-15').monthsLeft).toBe(6.5);
  });

  it('is met after the deadline when the deadline month meets the rule', () => {
    const r = one(early(), [share('2024-06', 40), share('2024-12', 60), share('2025-03', 50)], '2025-06-30');
    expect(r.status).toBe('met');
    expect(r.period).toBe('2024-12');
    expect(r.flags).toEqual([]);
    expect(r.metLate).toBeNull();
    expect(r.history).toHaveLength(3);
  });

  it('is provisional when the deadline month is not in, and says when it was met late', () => {
    const r = one(early(), [share('2024-09', 40), share('2025-03', 65), share('2025-06', 70)], '2025-06-30');
    expect(r.status).toBe('missed');
    expect(r.period).toBe('2024-09');
    expect(r.flags).toEqual(['provisional']);
    expect(r.metLate).toBe('2025-03');
    expect(r.monthsLeft).toBe(0);
  });

  it('lets the latest decide when every observation is after the deadline', () => {
    const missed = one(early(), [share('2025-03', 70), share('2025-05', 50)], '2025-06-30');
    expect(missed.status).toBe('missed');
    expect(missed.period).toBe('2025-05');
    expect(missed.flags).toEqual(['after-deadline']);
    const met = one(early(), [share('2025-03', 50), share('2025-05', 70)], '2025-06-30');
    expect(met.status).toBe('met');
    expect(met.flags).toEqual(['after-deadline']);
  });
});

describe('yes/no targets', () => {
  const yes = (over: Partial<Target> = {}): Target =>
    makeTarget('built', { formula: { numerator: ['x.built'] }, unit: 'boolean', rule: { comparator: '==', threshold: true }, ...over });
  const built = (period: string, value: boolean): UnitReport => report(period, { 'x.built': value });

  it('is pending before the deadline until met, with no trend', () => {
    const pending = one(yes(), [built('2025-03', false), built('2025-06', false)], '2025-06-30');
    expect(pending.status).toBe('pending');
    expect(pending.trend).toEqual({ observations: 2, pace: null, requiredPace: null, projected: null, paceRatio: null });
    expect(pending.gap).toBeNull();
    expect(pending.progress).toBe(0);
    const met = one(yes(), [built('2025-06', true)], '2025-06-30');
    expect(met.status).toBe('met');
    expect(met.value).toBe(true);
    expect(met.progress).toBe(100);
  });

  it('is missed after the deadline, and met late when it later holds', () => {
    const r = one(yes(), [built('2025-12', false), built('2026-02', true)], '2026-03-31');
    expect(r.status).toBe('missed');
    expect(r.metLate).toBe('2026-02');
  });
});

describe('ongoing targets', () => {
  const lottery = (over: Partial<Target> = {}): Target =>
    makeTarget('lottery', { rule: { comparator: '>=', threshold: 55 }, deadline: { type: 'ongoing' }, ...over });

  it('is decided by the latest observation and says since when', () => {
    const r = one(lottery(), [share('2024-01', 60), share('2024-02', 50), share('2024-03', 56), share('2024-04', 58)], '2024-06-30');
    expect(r.status).toBe('met');
    expect(r.since).toBe('2024-03');
    expect(r.deadline).toBeNull();
    expect(r.monthsLeft).toBeNull();
    expect(r.flags).toEqual([]);
  });

  it('is missed, never pending, with one failing observation', () => {
    const r = one(lottery(), [share('2024-04', 40)], '2024-06-30');
    expect(r.status).toBe('missed');
    expect(r.since).toBe('2024-04');
  });

  it('ignores observations before its start (the issue date unless given)', () => {
    // issued 2023-03-03: 2023-02 ends before it, 2023-03 does not.
    const r = one(lottery(), [share('2023-02', 40), share('2023-03', 40), share('2023-04', 40)], '2023-06-30');
    expect(r.since).toBe('2023-03');
    expect(r.history).toHaveLength(3);
    const later = one(lottery({ deadline: { type: 'ongoing', from: '2023-04-30' } }), [share('2023-03', 40), share('2023-04', 40)], '2023-06-30');
    expect(later.since).toBe('2023-04');
  });

  it('is no-data when every observation is before its start', () => {
    const r = one(lottery({ deadline: { type: 'ongoing', from: '2024-01-01' } }), [share('2023-06', 60)], '2024-06-30');
    expect(r.status).toBe('no-data');
    expect(r.period).toBeNull();
  });
});

describe('each-year targets', () => {
  const sessions = (): Target =>
    makeTarget('sessions', { ...COUNT, rule: { comparator: '>=', threshold: 4 }, deadline: { type: 'each-year' }, kind: 'cumulative' });

  it('judges a running year from 1 January, with the implicit 0', () => {
    // points (0, 0), (3, 1), (6, 2): s = 1/3; r = (4 − 2)/6 = 1/3; ρ = 1.
    const r = one(sessions(), [count('2024-11', 6), count('2025-03', 1), count('2025-06', 2)], '2025-06-30');
    expect(r.deadline).toBe('2025-12-31');
    expect(r.status).toBe('on-track');
    expect(r.flags).toEqual([]);
    expect(r.trend.observations).toBe(3);
    expect(r.trend.pace).toBeCloseTo(1 / 3, 10);
    expect(r.trend.paceRatio).toBeCloseTo(1, 10);
    expect(r.history).toHaveLength(3);
  });

  it('judges a finished year as met or missed', () => {
    const met = one(sessions(), [count('2025-06', 2), count('2025-12', 4)], '2026-01-15');
    expect(met.status).toBe('met');
    expect(met.deadline).toBe('2025-12-31');
    expect(met.flags).toEqual([]);
    const missed = one(sessions(), [count('2025-06', 2), count('2025-11', 3)], '2026-01-15');
    expect(missed.status).toBe('missed');
    expect(missed.flags).toEqual(['provisional']);
  });

  it('moves to the as-of year once it has an observation', () => {
    const r = one(sessions(), [count('2025-12', 4), count('2026-01', 1)], '2026-01-31');
    expect(r.deadline).toBe('2026-12-31');
    expect(r.period).toBe('2026-01');
    expect(r.status).toBe('on-track');
  });
});
