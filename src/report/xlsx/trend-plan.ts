// Where everything on the Trends sheet stands, worked out before any sheet is written: the workbook's
// native charts (Charts sheet, written earlier) read these cells, and their caches are these values.
// A block per target: its title, a header of every month from the first observation to the last (or
// to the latest deadline still ahead of a charted result), a row per result, the threshold row, and
// for each charted result with its deadline ahead, the straight path the target needs and the
// projection at the observed pace, as the HTML report's charts draw them.
import type { Result, ValueUnit } from '../../core/types.js';
import { header, XLSX_TEXT } from '../../i18n/xlsx.js';
import { localize, PUNCTUATION } from '../../i18n/index.js';
import { CHART_LABELS } from '../../i18n/charts.js';
import { unitLabel } from '../labels.js';
import { formatThreshold } from '../figure-text.js';
import { indicatorName, valueUnitOf } from '../catalog-index.js';
import { decimalsFor } from '../figures.js';
import { formatted, toCellNumber } from './cells.js';
import type { WorkbookModel } from './model.js';
import { compareUnits, documentIds, groupBy, unitName } from './model.js';
import { numberFormat } from './styles.js';

/** Months a block's header reaches past its last observation towards a deadline, at most (ten years). */
const MAX_MONTHS_AHEAD = 120;

/** One row of a block: its label cells and a value (or nothing) per month, with each value's format. */
export interface PlannedRow {
  row: number;
  code: string | null;
  label: string;
  values: (number | string | null)[];
  formats: (string | undefined)[];
}

export interface ResultRow extends PlannedRow {
  result: Result;
  /** the path the target needs and the projection, for a charted result with its deadline ahead */
  required: PlannedRow | null;
  projection: PlannedRow | null;
}

export interface TrendBlock {
  target: string;
  unit: ValueUnit;
  title: string;
  titleRow: number;
  headerRow: number;
  periods: string[];
  rows: ResultRow[];
  /** the threshold in every month (a numeric rule), else null */
  threshold: PlannedRow | null;
  /** the number format of the values */
  numberFormat: string;
}

export interface TrendPlan {
  blocks: TrendBlock[];
  /** the widest block's month count */
  maxPeriods: number;
  /** rows written, blank separators included */
  rowCount: number;
  byResult: Map<Result, { block: TrendBlock; row: ResultRow }>;
}

function monthIndex(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

function periodOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Targets in catalog order (document by document), each with its results that have a history. */
function targetsInOrder(model: WorkbookModel): { target: string; results: Result[] }[] {
  const byTarget = groupBy(
    model.ctx.evaluation.results.filter((r) => r.history.length > 0),
    (r) => r.target,
  );
  const order: string[] = [];
  for (const docId of documentIds(model)) {
    for (const t of model.documents.get(docId)?.targets ?? []) if (byTarget.has(t.id) && !order.includes(t.id)) order.push(t.id);
  }
  for (const id of [...byTarget.keys()].sort()) if (!order.includes(id)) order.push(id);
  return order.map((target) => ({ target, results: [...(byTarget.get(target) ?? [])].sort(compareUnits) }));
}

function latestNumber(r: Result): { period: string; value: number } | null {
  for (let i = r.history.length - 1; i >= 0; i--) {
    const p = r.history[i];
    if (p && typeof p.value === 'number' && Number.isFinite(p.value)) return { period: p.period, value: p.value };
  }
  return null;
}

/** The deadline's month when it is after the latest observation: the months a path or projection runs to. */
function deadlineAhead(r: Result): string | null {
  const latest = latestNumber(r);
  if (r.deadline === null || latest === null) return null;
  const month = r.deadline.slice(0, 7);
  return monthIndex(month) > monthIndex(latest.period) ? month : null;
}

/** A straight line from the latest value to `end` at the deadline's month, in every month between. */
function line(r: Result, end: number, periods: readonly string[], unit: ValueUnit): (number | null)[] | null {
  const latest = latestNumber(r);
  const deadline = deadlineAhead(r);
  if (latest === null || deadline === null) return null;
  const from = monthIndex(latest.period);
  const to = monthIndex(deadline);
  return periods.map((p) => {
    const m = monthIndex(p);
    if (m < from || m > to) return null;
    return toCellNumber(latest.value + ((end - latest.value) * (m - from)) / (to - from), unit);
  });
}

/**
 * The Trends sheet's layout. `charted` are the results the Charts sheet draws: their blocks reach to
 * the deadline, and they get a path and a projection row.
 */
export function planTrends(model: WorkbookModel, charted: ReadonlySet<Result>): TrendPlan {
  const { lang, catalog } = model;
  const sep = PUNCTUATION.colon[lang];
  const blocks: TrendBlock[] = [];
  const byResult = new Map<Result, { block: TrendBlock; row: ResultRow }>();
  let row = 0;
  let maxPeriods = 0;
  for (const { target, results } of targetsInOrder(model)) {
    const first = results[0];
    if (!first) continue;
    const unit = valueUnitOf(target, catalog, { value: first.value, rule: first.rule });
    const seen = results.flatMap((r) => r.history.map((p) => monthIndex(p.period)));
    const start = Math.min(...seen);
    let end = Math.max(...seen);
    for (const r of results) {
      const deadline = charted.has(r) ? deadlineAhead(r) : null;
      if (deadline !== null) end = Math.max(end, Math.min(monthIndex(deadline), Math.max(...seen) + MAX_MONTHS_AHEAD));
    }
    const periods = Array.from({ length: end - start + 1 }, (_, i) => periodOf(start + i));
    const column = new Map(periods.map((p, i) => [p, i]));
    const decimals = decimalsFor(unit);
    const format = numberFormat(unit, decimals);
    const block: TrendBlock = {
      target,
      unit,
      title: localize(XLSX_TEXT, lang).trendBlock({ target, indicator: indicatorName(target, catalog, lang), unit: unitLabel(unit, lang) || '—' }),
      titleRow: ++row,
      headerRow: ++row,
      periods,
      rows: [],
      threshold: null,
      numberFormat: format,
    };
    maxPeriods = Math.max(maxPeriods, periods.length);
    const reference: ResultRow[] = [];
    for (const r of results) {
      const values: (number | string | null)[] = periods.map(() => null);
      const formats: (string | undefined)[] = periods.map(() => undefined);
      // every point as every format shows a value: on its side of the target's rule
      for (const point of r.history) {
        const i = column.get(point.period);
        if (i === undefined) continue;
        const f = formatted(point.value, unit, lang, { rule: r.rule });
        values[i] = f.value instanceof Date ? null : f.value;
        formats[i] = f.numFmt;
      }
      const planned: ResultRow = { row: ++row, code: r.unit.code, label: unitName(r.unit, r.aggregate, lang), values, formats, result: r, required: null, projection: null };
      block.rows.push(planned);
      if (charted.has(r) && typeof r.rule.threshold === 'number') reference.push(planned);
    }
    if (typeof first.rule.threshold === 'number') {
      const threshold = first.rule.threshold;
      const label = `${header(lang, 'threshold')} ${formatThreshold(first.rule, unit, lang)}`;
      block.threshold = { row: ++row, code: null, label, values: periods.map(() => toCellNumber(threshold, unit)), formats: periods.map(() => format) };
      for (const planned of reference) {
        const r = planned.result;
        const name = planned.label;
        const required = line(r, threshold, periods, unit);
        if (required) planned.required = { row: ++row, code: null, label: `${CHART_LABELS.required[lang]}${sep}${name}`, values: required, formats: periods.map(() => format) };
        const projected = r.trend.projected;
        const projection = projected === null ? null : line(r, projected, periods, unit);
        if (projection) planned.projection = { row: ++row, code: null, label: `${CHART_LABELS.projection[lang]}${sep}${name}`, values: projection, formats: periods.map(() => format) };
      }
    }
    row += 1; // a blank row between blocks
    blocks.push(block);
    for (const planned of block.rows) byResult.set(planned.result, { block, row: planned });
  }
  return { blocks, maxPeriods, rowCount: row, byResult };
}
