import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaSeries } from '../../src/core/aggregate.js';
import { evaluate, type EvaluateInput } from '../../src/core/evaluate.js';
import { levelOf } from '../../src/core/levels.js';
import { satisfies } from '../../src/core/rule.js';
import { FLAGS, STATUSES, type Deadline, type Level, type MeasureValue, type Scope, type Target, type UnitReport } from '../../src/core/types.js';
import { makeDivisions, makeDocument, makeTarget, makeUnitReport } from './core-builders.js';

const CODES = ['450200', '450202', '450203'];
const DIVISIONS = makeDivisions(CODES);
const pad = (n: number): string => String(n).padStart(2, '0');

const dateArb = fc
  .record({ year: fc.integer({ min: 2023, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`);

const deadlineArb: fc.Arbitrary<Deadline> = fc.oneof(
  dateArb.map((date) => ({ type: 'date' as const, date })),
  fc.constant({ type: 'ongoing' as const }),
  fc.constant({ type: 'each-year' as const }),
);

const targetArb = (slug: string): fc.Arbitrary<Target> =>
  fc
    .record({
      comparator: fc.constantFrom('>=' as const, '<=' as const),
      threshold: fc.integer({ min: 0, max: 100 }),
      deadline: deadlineArb,
      kind: fc.constantFrom('level' as const, 'cumulative' as const),
      scope: fc.constantFrom<Scope>({ type: 'each-county' }, { type: 'whole-area' }, { type: 'each-level', levels: ['city'] }),
    })
    .map(({ comparator, threshold, deadline, kind, scope }) =>
      makeTarget(slug, { rule: { comparator, threshold }, deadline, scope, kind, ...(kind === 'cumulative' ? { windowStart: '2023-01-01' } : {}) }),
    );

const reportArb: fc.Arbitrary<UnitReport> = fc
  .record({
    code: fc.constantFrom(...CODES),
    year: fc.integer({ min: 2023, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    done: fc.option(fc.integer({ min: 0, max: 50 }), { freq: 8 }),
    total: fc.integer({ min: 0, max: 50 }),
  })
  .map(({ code, year, month, done, total }) => {
    const period = `${year}-${pad(month)}`;
    const measures: Record<string, MeasureValue> = done === null ? { 'x.total': total } : { 'x.done': Math.min(done, total), 'x.total': total };
    return makeUnitReport(code, period, measures);
  });

/** One report per unit and period, as validation guarantees. */
const reportsArb = fc.uniqueArray(reportArb, { selector: (r) => `${r.code} ${r.period}`, maxLength: 20 });

const inputArb: fc.Arbitrary<EvaluateInput> = fc
  .record({ targets: fc.tuple(targetArb('a'), targetArb('b')), reports: reportsArb, asOf: dateArb })
  .map(({ targets, reports, asOf }) => ({ documents: [makeDocument(targets, { issued: '2023-01-01' })], reports, divisions: DIVISIONS, asOf }));

const key = (r: { unit: { code: string }; target: string; aggregate: boolean }): string => `${r.unit.code} ${r.target} ${Number(r.aggregate)}`;

describe('evaluate, on any input', () => {
  it('gives known statuses and flags, each flag once, nothing after the as-of month', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const r of evaluate(input).results) {
          expect(STATUSES).toContain(r.status);
          for (const flag of r.flags) expect(FLAGS).toContain(flag);
          expect(new Set(r.flags).size).toBe(r.flags.length);
          if (r.period !== null) expect(r.period <= input.asOf.slice(0, 7)).toBe(true);
          for (const h of r.history) expect(h.period <= input.asOf.slice(0, 7)).toBe(true);
          if (r.flags.includes('low-confidence')) expect(r.trend.observations).toBe(2);
          if (r.deadline === null || input.asOf >= r.deadline) expect(['met', 'missed', 'no-data']).toContain(r.status);
          else expect(r.status).not.toBe('missed');
          expect(r.status === 'no-data').toBe(r.value === null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, sorted, and blind to the order of the files', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const first = evaluate(input);
        expect(evaluate({ ...input, reports: [...input.reports].reverse() })).toEqual(first);
        const keys = first.results.map(key);
        expect(keys).toEqual([...keys].sort());
        const shown = first.indicative.map(key);
        expect(shown).toEqual([...shown].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('meets an ongoing target exactly when its latest value satisfies the rule', () => {
    const ongoing = inputArb.map((input) => ({
      ...input,
      documents: input.documents.map((d) => ({ ...d, targets: d.targets.map((t) => ({ ...t, deadline: { type: 'ongoing' as const } })) })),
    }));
    fc.assert(
      fc.property(ongoing, (input) => {
        for (const r of evaluate(input).results) {
          if (r.value === null) {
            expect(r.status).toBe('no-data');
            continue;
          }
          expect(r.status).toBe(satisfies(r.value, r.rule) ? 'met' : 'missed');
          expect(r.since! <= r.period!).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('whole-area sums, on any input', () => {
  const AREA = ['450200', '450202', '450203', '450204'];
  const PERIODS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
  const formula = { numerator: ['x.done'], denominator: ['x.total'], scale: 100 };
  const slotArb = fc.option(
    fc.record({ done: fc.option(fc.integer({ min: 0, max: 9 }), { freq: 3 }), total: fc.option(fc.integer({ min: 0, max: 9 }), { freq: 3 }) }),
    { freq: 3 },
  );
  const levelsArb = fc.constantFrom<Level[]>(['county'], ['city', 'county']);
  const areaArb = fc.record({
    slots: fc.array(slotArb, { minLength: AREA.length * PERIODS.length, maxLength: AREA.length * PERIODS.length }),
    doneLevels: levelsArb,
    totalLevels: levelsArb,
    carry: fc.integer({ min: 0, max: 3 }),
    coverage: fc.constantFrom(0.5, 0.8, 1),
  });
  const month = (period: string): number => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7));

  it('sums, carries and leaves out periods exactly as tracking.md says (checked against a plain reading of it)', () => {
    fc.assert(
      fc.property(areaArb, ({ slots, doneLevels, totalLevels, carry, coverage }) => {
        const reports: UnitReport[] = [];
        slots.forEach((slot, i) => {
          if (slot === null) return;
          const measures: Record<string, MeasureValue> = { 'lottery.welfare_fund': 5 };
          if (slot.done !== null) measures['x.done'] = slot.done;
          if (slot.total !== null) measures['x.total'] = slot.total;
          reports.push(makeUnitReport(AREA[i % AREA.length]!, PERIODS[Math.floor(i / AREA.length)]!, measures));
        });
        const levels: Record<string, Level[]> = { 'x.done': doneLevels, 'x.total': totalLevels };
        const series = areaSeries({ formula, boolean: false, reports, expected: AREA, levelsOf: (id) => levels[id] ?? [], carry, coverage });

        // the plain reading: who holds what, each unit's figure (its own, else one at most `carry` months old)
        const ids = ['x.done', 'x.total'];
        const holds = (code: string, id: string): boolean => (levels[id] ?? []).includes(levelOf(code));
        const figure = (code: string, id: string, period: string): number | null => {
          const earlier = reports
            .filter((r) => r.code === code && typeof r.measures[id] === 'number' && month(r.period) <= month(period))
            .sort((a, b) => month(b.period) - month(a.period))[0];
          return earlier && month(period) - month(earlier.period) <= carry ? (earlier.measures[id] as number) : null;
        };
        const periods = PERIODS.filter((p) => reports.some((r) => r.period === p && ids.some((id) => holds(r.code, id) && typeof r.measures[id] === 'number')));
        expect(series.coverage.map((c) => c.period)).toEqual(periods);
        const observed: string[] = [];
        for (const period of periods) {
          const contributing = AREA.filter((code) => ids.some((id) => holds(code, id)) && ids.every((id) => !holds(code, id) || figure(code, id, period) !== null));
          const share = Math.min(...ids.map((id) => contributing.filter((c) => holds(c, id)).length / AREA.filter((c) => holds(c, id)).length));
          const entry = series.coverage.find((c) => c.period === period)!;
          expect(entry.share).toBeCloseTo(share, 12);
          expect(entry.used).toBe(share > 0 && share >= coverage - 1e-12);
          if (!entry.used) continue;
          observed.push(period);
          const o = series.observations.find((x) => x.period === period)!;
          const sum = (id: string) => contributing.filter((c) => holds(c, id)).reduce((total, c) => total + (figure(c, id, period) ?? 0), 0);
          if (sum('x.total') === 0) expect(o.value).toBeNull();
          else expect(o.value).toBeCloseTo((100 * sum('x.done')) / sum('x.total'), 9);
          expect(o.missingUnits).toEqual(AREA.filter((c) => ids.some((id) => holds(c, id)) && !contributing.includes(c)));
          const carried = contributing.filter((c) => !reports.some((r) => r.code === c && r.period === period && ids.every((id) => !holds(c, id) || typeof r.measures[id] === 'number')));
          expect(o.carried.map((x) => x.code)).toEqual(carried);
        }
        expect(series.observations.map((o) => o.period)).toEqual(observed);
      }),
      { numRuns: 300 },
    );
  });
});
