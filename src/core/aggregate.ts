// Whole areas (tracking.md, "Whole areas"): the same formula over the sums of the units' measures.

import { formulaValue, measuresOf } from './formula.js';
import type { Observation } from './series.js';
import { periodTime } from './time.js';
import { byText } from './order.js';
import type { Formula, MeasureValue, Period, UnitReport } from './types.js';

/**
 * One observation per period in which a unit of the area reported. Each period sums the units that
 * hold every measure of the formula, so that numerators and denominators come from the same units;
 * a boolean is true only if it is true for every such unit. An expected unit is missing from a
 * period when it sent no file, or when its file lacks a measure of the formula that its level
 * reports: left out of the sums, it makes the period partial.
 */
export function aggregateObservations(
  formula: Formula,
  boolean: boolean,
  reports: readonly UnitReport[],
  expected: readonly string[],
): Observation[] {
  const ids = measuresOf(formula);
  const lacks = new Map(reports.map((r) => [r, formulaValue(formula, r.measures, boolean).missing]));
  const lacking = (report: UnitReport): string[] => lacks.get(report) ?? [];
  // Every province, city and county code under the area is expected to send a file, but a city's
  // or the province's own accounts hold only what those accounts report (data-format.md): a city's
  // file never holds township counts, while some figures are held by the city's file alone.
  // Whole-area targets name no levels in the catalog, so the files say which levels report a
  // target: those of which some unit holds one of its measures in some period. A unit of such a
  // level whose file lacks one of them did not report the target in that period, whether or not it
  // ever did.
  const reportingLevels = new Set(reports.filter((r) => lacking(r).length < ids.length).map((r) => r.level));
  const byPeriod = new Map<Period, UnitReport[]>();
  for (const report of reports) {
    const list = byPeriod.get(report.period) ?? [];
    list.push(report);
    byPeriod.set(report.period, list);
  }
  return [...byPeriod.keys()].sort(byText).map((period) => {
    const reporting = byPeriod.get(period) ?? [];
    const reported = new Set(reporting.map((r) => r.code));
    const incomplete = new Set(
      reporting.filter((r) => lacking(r).length > 0 && reportingLevels.has(r.level)).map((r) => r.code),
    );
    const missingUnits = expected.filter((code) => !reported.has(code) || incomplete.has(code));
    const contributing = reporting.filter((r) => lacking(r).length === 0);
    const base = { period, time: periodTime(period), source: null, missingUnits };
    if (contributing.length === 0) {
      const absent = new Set(reporting.flatMap(lacking));
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
