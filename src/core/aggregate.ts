// Whole areas (tracking.md, "Whole areas"): the same formula over the sums of the units' measures.

import { formulaValue, measuresOf } from './formula.js';
import type { Observation } from './series.js';
import { periodTime } from './time.js';
import { byText } from './order.js';
import type { Formula, MeasureValue, Period, UnitReport } from './types.js';

/**
 * One observation per period in which a unit of the area reported. Each period sums the units that
 * hold every measure of the formula, so that numerators and denominators come from the same units;
 * a boolean is true only if it is true for every such unit.
 */
export function aggregateObservations(
  formula: Formula,
  boolean: boolean,
  reports: readonly UnitReport[],
  expected: readonly string[],
): Observation[] {
  const ids = measuresOf(formula);
  const byPeriod = new Map<Period, UnitReport[]>();
  for (const report of reports) {
    const list = byPeriod.get(report.period) ?? [];
    list.push(report);
    byPeriod.set(report.period, list);
  }
  return [...byPeriod.keys()].sort(byText).map((period) => {
    const reporting = byPeriod.get(period) ?? [];
    const reported = new Set(reporting.map((r) => r.code));
    const missingUnits = expected.filter((code) => !reported.has(code));
    const contributing = reporting.filter((r) => formulaValue(formula, r.measures, boolean).missing.length === 0);
    const base = { period, time: periodTime(period), source: null, missingUnits };
    if (contributing.length === 0) {
      const absent = new Set(reporting.flatMap((r) => formulaValue(formula, r.measures, boolean).missing));
      return { ...base, value: null, missingMeasures: ids.filter((id) => absent.has(id)) };
    }
    const sums: Record<string, MeasureValue> = {};
    for (const id of ids) {
      const values = contributing.map((r) => r.measures[id] as MeasureValue);
      sums[id] = boolean ? values.every((v) => v === true) : values.reduce<number>((total, v) => total + (v as number), 0);
    }
    const { value, missing } = formulaValue(formula, sums, boolean);
    return { ...base, value, missingMeasures: missing };
  });
}
