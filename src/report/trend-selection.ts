// Which results get a trend chart, in the HTML report and in the workbook alike: every whole-area
// result, and the unit results that need action (at risk, off track, missed) worst first, up to a
// limit. A chart costs 10–50 ms to draw (docs/charts.md), so a set with thousands of failing unit
// results is drawn up to the limit and the rest listed, with how to narrow the run to see them.
import { byText, statusBadness } from '../core/order.js';
import type { PolicyDocument, Result, Status } from '../core/types.js';

/** The unit results that get a chart: those that need action. */
export const CHARTED_UNIT_STATUSES: readonly Status[] = ['missed', 'off-track', 'at-risk'];

/**
 * At most this many unit charts in one report: ~2–8 s of drawing on the 2-core machine of the bench,
 * and 161 would do for the whole national set (the five bundled plans); see docs/charts.md.
 */
export const UNIT_CHART_LIMIT = 200;

export interface TrendSelection {
  /** every whole-area result, document by document in catalog order */
  wholeArea: Result[];
  /** the unit results drawn, worst first */
  units: Result[];
  /** unit results that need action but are past the limit, worst first */
  unitsLeftOut: Result[];
}

/** A result whose history holds at least one number (a yes/no target has no trend to draw). */
export function hasNumericHistory(r: Result): boolean {
  return typeof r.rule.threshold === 'number' && r.history.some((p) => typeof p.value === 'number' && Number.isFinite(p.value));
}

/** The position of each target in the catalog, documents in the order given. */
function catalogOrder(documents: readonly PolicyDocument[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const doc of documents) for (const t of doc.targets) if (!order.has(t.id)) order.set(t.id, order.size);
  return order;
}

/** Worst status first; then the furthest from its threshold (least progress); then document, unit, target. */
export function worstFirst(order: ReadonlyMap<string, number> = new Map()): (a: Result, b: Result) => number {
  const position = (r: Result) => order.get(r.target) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) =>
    statusBadness(b.status) - statusBadness(a.status) ||
    (a.progress ?? Number.POSITIVE_INFINITY) - (b.progress ?? Number.POSITIVE_INFINITY) ||
    byText(a.document, b.document) ||
    byText(a.unit.code, b.unit.code) ||
    position(a) - position(b) ||
    byText(a.target, b.target);
}

export function selectTrends(results: readonly Result[], documents: readonly PolicyDocument[], limit = UNIT_CHART_LIMIT): TrendSelection {
  const order = catalogOrder(documents);
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const wholeArea = results
    .filter((r) => r.aggregate)
    .sort(
      (a, b) =>
        (docIndex.get(a.document) ?? Number.MAX_SAFE_INTEGER) - (docIndex.get(b.document) ?? Number.MAX_SAFE_INTEGER) ||
        byText(a.document, b.document) ||
        (order.get(a.target) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.target) ?? Number.MAX_SAFE_INTEGER) ||
        byText(a.target, b.target) ||
        byText(a.unit.code, b.unit.code),
    );
  const failing = results
    .filter((r) => !r.aggregate && CHARTED_UNIT_STATUSES.includes(r.status) && hasNumericHistory(r))
    .sort(worstFirst(order));
  const cap = Math.max(0, Math.floor(limit));
  return { wholeArea, units: failing.slice(0, cap), unitsLeftOut: failing.slice(cap) };
}
