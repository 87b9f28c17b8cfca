// The observations of one target for one unit (or one whole area), and the part of them a target
// is judged on: its frame.

import { formulaValue, largestMeasure, measuresOf } from './formula.js';
import { dayStart, lastDayOf, periodTime, yearOf } from './time.js';
import type { CarriedUnit, Formula, IsoDate, MeasureValue, Period, Target, UnitReport } from './types.js';

/** Where the figure behind a value that is not a finite number stands. */
export interface Unusable {
  file: string;
  measure: string;
  line: number | null;
  column: number | null;
}

export interface Observation {
  period: Period;
  /** the end of the period's month, in months */
  time: number;
  value: number | boolean | null;
  missingMeasures: string[];
  source: { file: string; line: number } | null;
  /** whole areas: expected units with nothing to contribute in this period */
  missingUnits: string[];
  /** whole areas: units whose figures are carried forward into this period */
  carried: CarriedUnit[];
  /** the value is null because it is not a finite number: the figure it comes from */
  unusable: Unusable | null;
}

/** A unit's observations of a formula, in the order of its reports (oldest first). */
export function unitObservations(formula: Formula, boolean: boolean, reports: readonly UnitReport[]): Observation[] {
  return reports.map((report) => {
    const { value, missing, notFinite } = formulaValue(formula, report.measures, boolean);
    return {
      period: report.period,
      time: periodTime(report.period),
      value,
      missingMeasures: missing,
      source: sourceOf(formula, report),
      missingUnits: [],
      carried: [],
      unusable: notFinite ? unusableIn(formula, report.measures, (id) => ({ file: report.file, position: report.positions[id] })) : null,
    };
  });
}

/** The largest figure of a formula whose value is not finite, placed by `where`. */
export function unusableIn(
  formula: Formula,
  measures: Readonly<Record<string, MeasureValue>>,
  where: (measure: string) => { file: string; position: { line: number; column: number } | undefined },
): Unusable | null {
  const measure = largestMeasure(formula, measures);
  if (measure === null) return null;
  const { file, position } = where(measure);
  return { file, measure, line: position?.line ?? null, column: position?.column ?? null };
}

/** The file and line of the formula's first numerator measure, else of its first measure the file holds. */
function sourceOf(formula: Formula, report: UnitReport): { file: string; line: number } | null {
  for (const id of measuresOf(formula)) {
    const position = report.positions[id];
    if (position) return { file: report.file, line: position.line };
  }
  return null;
}

export interface Frame {
  /** the observations the target is judged on, oldest first */
  observations: Observation[];
  /** null for an ongoing target */
  deadline: IsoDate | null;
  /** where a cumulative target's implicit 0 sits, in months; null without one */
  windowStart: number | null;
}

/**
 * Each-year targets keep the judged year only (the as-of year if it has an observation, else the
 * latest observation's year); ongoing targets drop observations before their start.
 */
export function frameOf(target: Target, issued: IsoDate, observations: Observation[], asOf: IsoDate): Frame {
  const cumulative = target.kind === 'cumulative';
  const deadline = target.deadline;
  if (deadline.type === 'each-year') {
    const asOfYear = yearOf(asOf);
    const latest = observations.at(-1);
    const year = latest === undefined || observations.some((o) => yearOf(o.period) === asOfYear) ? asOfYear : yearOf(latest.period);
    return {
      observations: observations.filter((o) => yearOf(o.period) === year),
      deadline: `${year}-12-31`,
      windowStart: cumulative ? dayStart(`${year}-01-01`) : null,
    };
  }
  const windowStart = cumulative && target.windowStart !== undefined ? dayStart(target.windowStart) : null;
  if (deadline.type === 'ongoing') {
    const from = deadline.from ?? issued;
    return {
      observations: observations.filter((o) => lastDayOf(o.period) >= from),
      deadline: null,
      windowStart,
    };
  }
  return { observations, deadline: deadline.date, windowStart };
}

export interface Point {
  time: number;
  value: number;
}

/**
 * The points a trend rests on, up to and including `last`: the implicit 0 at the window start, then
 * every numeric observation inside the window; only the latest `window` of them.
 */
export function trendPoints(frame: Frame, last: Observation, window: number): Point[] {
  const start = frame.windowStart;
  const points: Point[] = [];
  if (start !== null) points.push({ time: start, value: 0 });
  for (const o of frame.observations) {
    if (o.time > last.time || typeof o.value !== 'number') continue;
    if (start !== null && o.time <= start) continue;
    points.push({ time: o.time, value: o.value });
  }
  return points.slice(-Math.max(1, window));
}
