import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateObservations } from '../../src/core/aggregate.js';
import { evaluate, type EvaluateInput } from '../../src/core/evaluate.js';
import { levelOf } from '../../src/core/levels.js';
import { satisfies } from '../../src/core/rule.js';
import { FLAGS, STATUSES, type Deadline, type MeasureValue, type Scope, type Target, type UnitReport } from '../../src/core/types.js';
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
  const PERIODS = ['2025-01', '2025-02', '2025-03'];
  const formula = { numerator: ['x.done'], denominator: ['x.total'], scale: 100 };
  const slotArb = fc.option(
    fc.record({ done: fc.option(fc.integer({ min: 0, max: 9 }), { freq: 3 }), total: fc.option(fc.integer({ min: 0, max: 9 }), { freq: 3 }) }),
    { freq: 4 },
  );
  // ownAccountsReport false: the city's own file holds only its lottery funds, as most do
  const areaArb = fc.record({ ownAccountsReport: fc.boolean(), slots: fc.array(slotArb, { minLength: AREA.length * PERIODS.length, maxLength: AREA.length * PERIODS.length }) });

  it('sums the units that hold every measure; names exactly the units without a file or with a measure their level reports', () => {
    fc.assert(
      fc.property(areaArb, ({ ownAccountsReport, slots }) => {
        const reports: UnitReport[] = [];
        slots.forEach((slot, i) => {
          if (slot === null) return;
          const code = AREA[i % AREA.length]!;
          const period = PERIODS[Math.floor(i / AREA.length)]!;
          const measures: Record<string, MeasureValue> = { 'lottery.welfare_fund': 5 };
          if (levelOf(code) === 'county' || ownAccountsReport) {
            if (slot.done !== null) measures['x.done'] = slot.done;
            if (slot.total !== null) measures['x.total'] = slot.total;
          }
          reports.push(makeUnitReport(code, period, measures));
        });
        const holds = (r: UnitReport, id: string): boolean => typeof r.measures[id] === 'number';
        const complete = (r: UnitReport): boolean => holds(r, 'x.done') && holds(r, 'x.total');
        const reportingLevels = new Set(reports.filter((r) => holds(r, 'x.done') || holds(r, 'x.total')).map((r) => r.level));
        for (const o of aggregateObservations(formula, false, reports, AREA)) {
          const inPeriod = reports.filter((r) => r.period === o.period);
          const contributing = inPeriod.filter(complete);
          const done = contributing.reduce((sum, r) => sum + (r.measures['x.done'] as number), 0);
          const total = contributing.reduce((sum, r) => sum + (r.measures['x.total'] as number), 0);
          if (contributing.length === 0 || total === 0) expect(o.value).toBeNull();
          else expect(o.value).toBeCloseTo((100 * done) / total, 9);
          const missing = AREA.filter((code) => {
            const file = inPeriod.find((r) => r.code === code);
            return file === undefined || (!complete(file) && reportingLevels.has(file.level));
          });
          expect(o.missingUnits).toEqual(missing);
          // own accounts that hold none of the measures are missing only when they sent no file
          if (!ownAccountsReport && o.missingUnits.includes('450200')) expect(inPeriod.some((r) => r.code === '450200')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
