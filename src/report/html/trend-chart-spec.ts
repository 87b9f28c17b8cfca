// What a trend chart shows, as plain data, and the months it spans. The HTML report builds one spec
// per chart from a Result (see docs/charts.md); trend-chart-option.ts turns it into an ECharts option.
import type { Comparator, Lang, Status } from '../../core/types.js';

export interface TrendChartSpec {
  /**
   * The prefix of the SVG's internal ids (clip paths), unique on the page: letters, digits, `-`, `_`,
   * starting with a letter. Default: one made from the spec's content, so that equal specs give
   * equal bytes and different charts on one page never share an id.
   */
  id?: string;
  lang: Lang;
  /** the first line, e.g. `liuzhou-2023/nursing-bed-share 护理型床位占比` */
  title: string;
  /** the second line, after the status, e.g. the unit's name */
  subtitle?: string;
  /** `YYYY-MM`, ascending, no repeats; a month missing between two is drawn as a gap */
  periods: readonly string[];
  /** one per period; null where the period has no value */
  values: readonly (number | null)[];
  threshold: number;
  comparator: Comparator;
  /** `YYYY-MM-DD` (or `YYYY-MM`); null for an ongoing target (no deadline, no projection, no path) */
  deadline: string | null;
  /**
   * The value the observed pace reaches at the deadline (Result.trend.projected): drawn from the
   * latest value to the deadline. Null or absent: no projection line.
   */
  projected?: number | null;
  /**
   * The straight path to the threshold at the deadline: from the latest value (the required pace
   * the status is judged on, the default), from the first value, or not drawn.
   */
  requiredFrom?: 'latest' | 'first' | 'none';
  /** the unit, shown as the value axis's name and after the threshold (`%`, `张/千名老人`); may be empty */
  unit: string;
  /** decimals of the threshold and projection in labels (default 2, trailing zeros dropped) */
  decimals?: number;
  status: Status;
  /** pixels (default 640 × 320) */
  width?: number;
  height?: number;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DEADLINE = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** more months than this on one axis is a spec gone wrong (a deadline in year 9999), not a chart */
export const MAX_MONTHS = 600;

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function periodOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month of a deadline: `2025-12-31` → `2025-12`. */
export function deadlineMonth(deadline: string): string {
  return deadline.slice(0, 7);
}

/** Throws (a bug in the caller, not an input error) when the spec cannot be drawn as it says. */
export function checkSpec(spec: TrendChartSpec): void {
  const fail = (what: string): never => {
    throw new Error(`trend chart "${spec.title}": ${what}`);
  };
  if (spec.id !== undefined && !ID.test(spec.id)) fail(`id ${JSON.stringify(spec.id)} is not letters, digits, - and _ starting with a letter`);
  if (spec.periods.length === 0) fail('no periods');
  if (spec.values.length !== spec.periods.length) fail(`${spec.values.length} values for ${spec.periods.length} periods`);
  spec.periods.forEach((p, i) => {
    if (!PERIOD.test(p)) fail(`period ${JSON.stringify(p)} is not YYYY-MM`);
    const before = spec.periods[i - 1];
    if (before !== undefined && monthIndex(before) >= monthIndex(p)) fail(`periods not ascending at ${before}, ${p}`);
  });
  spec.values.forEach((v, i) => {
    if (v !== null && !Number.isFinite(v)) fail(`value ${String(v)} of ${spec.periods[i]} is not a finite number`);
  });
  if (!Number.isFinite(spec.threshold)) fail(`threshold ${String(spec.threshold)} is not a finite number`);
  if (spec.deadline !== null && !DEADLINE.test(spec.deadline)) fail(`deadline ${JSON.stringify(spec.deadline)} is not YYYY-MM-DD or YYYY-MM`);
  if (spec.projected !== undefined && spec.projected !== null && !Number.isFinite(spec.projected)) fail('projected is not a finite number');
  if (spec.decimals !== undefined && !(Number.isInteger(spec.decimals) && spec.decimals >= 0 && spec.decimals <= 10)) fail('decimals is not 0–10');
  for (const [name, px] of [['width', spec.width], ['height', spec.height]] as const) {
    if (px !== undefined && !(Number.isInteger(px) && px >= 120 && px <= 4000)) fail(`${name} ${px} is not a whole number of pixels in 120–4000`);
  }
  const span = months(spec).length;
  if (span > MAX_MONTHS) fail(`${span} months from the first period to the deadline (at most ${MAX_MONTHS})`);
}

/**
 * Every month from the first period (or the deadline, if earlier) to the last period (or the deadline,
 * if later); at least two, so that the threshold spans the plot even under a single observation.
 */
export function months(spec: Pick<TrendChartSpec, 'periods' | 'deadline'>): string[] {
  const first = spec.periods[0];
  const last = spec.periods[spec.periods.length - 1];
  if (first === undefined || last === undefined) return [];
  let from = monthIndex(first);
  let to = monthIndex(last);
  if (spec.deadline !== null) {
    const d = monthIndex(deadlineMonth(spec.deadline));
    from = Math.min(from, d);
    to = Math.max(to, d);
  }
  if (to === from) to += 1;
  const out: string[] = [];
  for (let i = from; i <= to && out.length <= MAX_MONTHS; i += 1) out.push(periodOf(i));
  return out;
}

/** The first and the latest period that has a value, with the value. */
export function observedEnds(spec: TrendChartSpec): { first: { period: string; value: number }; latest: { period: string; value: number } } | null {
  let first: { period: string; value: number } | null = null;
  let latest: { period: string; value: number } | null = null;
  spec.periods.forEach((period, i) => {
    const value = spec.values[i];
    if (value === null || value === undefined) return;
    first ??= { period, value };
    latest = { period, value };
  });
  return first && latest ? { first, latest } : null;
}

export { monthIndex };
