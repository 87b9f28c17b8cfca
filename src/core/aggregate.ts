// Whole areas (tracking.md, "Whole areas"): the same formula over the sums of the units' measures,
// each measure summed over the units whose level holds it, late units carried forward, thin
// periods left out.

import { formulaValue, measuresOf } from './formula.js';
import { levelOf } from './levels.js';
import { byText } from './order.js';
import { atLeast } from './rule.js';
import type { Observation, Unusable } from './series.js';
import { periodTime } from './time.js';
import type { CarriedUnit, Formula, Level, MeasureValue, Period, PeriodCoverage, UnitReport } from './types.js';

export interface AreaInput {
  formula: Formula;
  boolean: boolean;
  /** the statistics files of the area's units, any order, one per unit and period */
  reports: readonly UnitReport[];
  /** every code of the area in the division table */
  expected: readonly string[];
  /** the levels whose own accounts hold a measure */
  levelsOf: (measure: string) => readonly Level[];
  /** months a late unit's figure may be carried forward (0: never) */
  carry: number;
  /** the least share of expected units that makes a period an observation */
  coverage: number;
}

export interface AreaSeries {
  /** the periods covered well enough, oldest first: the area's observations */
  observations: Observation[];
  /** every period considered, used or left out, oldest first */
  coverage: PeriodCoverage[];
  /** the latest period left out for thin coverage (with the units it lacked); null when none */
  latestThin: Observation | null;
  /** the expected units of a level that holds one of the formula's measures */
  holders: string[];
}

/** One unit's figures of one measure, oldest first. */
interface Figure {
  time: number;
  period: Period;
  value: MeasureValue;
  file: string;
  line: number | null;
  column: number | null;
}

interface Holder {
  code: string;
  /** the formula's measures its level holds */
  measures: string[];
  /** per measure, its figures oldest first, and how far the walk over periods has gone */
  figures: Map<string, { list: Figure[]; next: number }>;
}

/**
 * The area's series of a formula. In each period in which a unit of the area reported one of the
 * formula's measures, every expected unit of a level that holds a measure contributes its figure:
 * the one of that period, else its latest earlier one if at most `carry` months older (carried).
 * A unit that holds several of the formula's measures contributes to the sums only when it has a
 * figure for each of them, so that a share's numerator and denominator come from the same units;
 * a unit with nothing to contribute is missing. A period is an observation when the share of
 * expected units contributing, for the formula's measure with the least, is at least `coverage`.
 * Booleans: true when every contributing unit's figure is true.
 */
export function areaSeries(input: AreaInput): AreaSeries {
  const { formula, boolean } = input;
  const ids = measuresOf(formula);
  const wanted = boolean ? 'boolean' : 'number';

  const holdersOf = new Map<string, number>(ids.map((id) => [id, 0]));
  const holders: Holder[] = [];
  const byCode = new Map<string, Holder>();
  for (const code of input.expected) {
    const level = levelOf(code);
    const measures = ids.filter((id) => input.levelsOf(id).includes(level));
    if (measures.length === 0) continue;
    for (const id of measures) holdersOf.set(id, (holdersOf.get(id) ?? 0) + 1);
    const holder: Holder = { code, measures, figures: new Map(measures.map((id) => [id, { list: [], next: 0 }])) };
    holders.push(holder);
    byCode.set(code, holder);
  }

  const periods = new Set<Period>();
  for (const report of input.reports) {
    const holder = byCode.get(report.code);
    if (!holder) continue;
    for (const id of holder.measures) {
      const value = report.measures[id];
      if (typeof value !== wanted) continue;
      const position = report.positions[id];
      holder.figures.get(id)?.list.push({
        time: periodTime(report.period),
        period: report.period,
        value: value as MeasureValue,
        file: report.file,
        line: position?.line ?? null,
        column: position?.column ?? null,
      });
      periods.add(report.period);
    }
  }
  for (const holder of holders) for (const entry of holder.figures.values()) entry.list.sort((a, b) => a.time - b.time);

  const observations: Observation[] = [];
  const coverage: PeriodCoverage[] = [];
  let latestThin: Observation | null = null;
  for (const period of [...periods].sort(byText)) {
    const time = periodTime(period);
    const sums = new Map<string, { total: number; all: boolean; count: number; largest: Figure | null }>(
      ids.map((id) => [id, { total: 0, all: true, count: 0, largest: null }]),
    );
    const missingUnits: string[] = [];
    const carried: CarriedUnit[] = [];
    for (const holder of holders) {
      const figures: Figure[] = [];
      for (const id of holder.measures) {
        const figure = latestUpTo(holder.figures.get(id), time);
        if (figure === null || time - figure.time > input.carry) break;
        figures.push(figure);
      }
      if (figures.length < holder.measures.length) {
        missingUnits.push(holder.code);
        continue;
      }
      let oldest: Period | null = null;
      holder.measures.forEach((id, i) => {
        const figure = figures[i] as Figure;
        const sum = sums.get(id)!;
        sum.count += 1;
        if (typeof figure.value === 'boolean') sum.all &&= figure.value;
        else {
          sum.total += figure.value;
          if (sum.largest === null || Math.abs(figure.value) > Math.abs(sum.largest.value as number)) sum.largest = figure;
        }
        if (figure.period !== period && (oldest === null || figure.period < oldest)) oldest = figure.period;
      });
      if (oldest !== null) carried.push({ code: holder.code, period: oldest });
    }

    const share = Math.min(...ids.map((id) => {
      const expected = holdersOf.get(id) ?? 0;
      return expected === 0 ? 0 : (sums.get(id)?.count ?? 0) / expected;
    }));
    const used = share > 0 && atLeast(share, input.coverage);
    coverage.push({ period, share, used });

    const absent = ids.filter((id) => (sums.get(id)?.count ?? 0) === 0);
    const base = { period, time, source: null, missingUnits, carried };
    let observation: Observation;
    if (absent.length > 0) {
      observation = { ...base, value: null, missingMeasures: absent, unusable: null };
    } else {
      const figures: Record<string, MeasureValue> = {};
      for (const id of ids) {
        const sum = sums.get(id)!;
        figures[id] = boolean ? sum.all : sum.total;
      }
      const { value, missing, notFinite } = formulaValue(formula, figures, boolean);
      observation = { ...base, value, missingMeasures: missing, unusable: notFinite ? largestOf(ids, sums) : null };
    }
    if (used) observations.push(observation);
    else latestThin = observation;
  }
  return { observations, coverage, latestThin, holders: holders.map((h) => h.code) };
}

/** The latest figure at or before `time`; the walk only moves forward, as the periods do. */
function latestUpTo(entry: { list: Figure[]; next: number } | undefined, time: number): Figure | null {
  if (!entry) return null;
  while (entry.next < entry.list.length && (entry.list[entry.next] as Figure).time <= time) entry.next += 1;
  return entry.next > 0 ? (entry.list[entry.next - 1] as Figure) : null;
}

/** The largest single figure behind a sum that overflowed: the file and line to look at. */
function largestOf(ids: readonly string[], sums: Map<string, { largest: Figure | null }>): Unusable | null {
  let best: { id: string; figure: Figure } | null = null;
  for (const id of ids) {
    const figure = sums.get(id)?.largest ?? null;
    if (figure && (best === null || Math.abs(figure.value as number) > Math.abs(best.figure.value as number))) best = { id, figure };
  }
  return best && { file: best.figure.file, measure: best.id, line: best.figure.line, column: best.figure.column };
}
