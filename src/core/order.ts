// The orders every output shares, so that two runs over the same input give the same bytes.

import type { Status } from './types.js';

/** Plain code-unit order, independent of the locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unit code, then target id, then a unit's own result before its whole area's. */
export function byUnitThenTarget(
  a: { unit: { code: string }; target: string; aggregate: boolean },
  b: { unit: { code: string }; target: string; aggregate: boolean },
): number {
  return byText(a.unit.code, b.unit.code) || byText(a.target, b.target) || Number(a.aggregate) - Number(b.aggregate);
}

/**
 * Statuses from best to worst: the one order behind "worst first" in every report and behind
 * "improved" / "worsened" against a baseline.
 *
 * - `met` first: the rule holds.
 * - `on-track` next: not met, but the trend is measured and reaches the threshold in time.
 * - `pending`: not met and nothing says it will fail either: too little history for a trend,
 *   with the deadline still ahead. Less assurance than on-track, no evidence of a shortfall.
 * - `at-risk`: a measured trend that falls short by a margin.
 * - `no-data`: nothing can be said at all (the figures are missing, a whole area is covered too
 *   thinly, a figure is unusable): worse than a known small shortfall (whoever should report has
 *   stopped), but better than positive evidence of failure, which is what the last two are.
 * - `off-track`: the trend falls far short or runs away, while the deadline is still ahead.
 * - `missed`: the deadline has passed (or an ongoing rule fails): final, nothing left to recover.
 */
export const STATUS_ORDER: readonly Status[] = ['met', 'on-track', 'pending', 'at-risk', 'no-data', 'off-track', 'missed'];

/** Worst first: the order in which a person should look at results. */
export const WORST_FIRST: readonly Status[] = [...STATUS_ORDER].reverse();

const badness = new Map<Status, number>(STATUS_ORDER.map((status, index) => [status, index]));

/** How bad a status is: 0 for `met`, larger is worse. */
export function statusBadness(status: Status): number {
  return badness.get(status) ?? 0;
}

/** Worst status first. */
export function byWorstStatus(a: Status, b: Status): number {
  return statusBadness(b) - statusBadness(a);
}

/** The worst status among results; null for none. */
export function worstStatus(results: readonly { status: Status }[]): Status | null {
  let worst: Status | null = null;
  for (const r of results) if (worst === null || statusBadness(r.status) > statusBadness(worst)) worst = r.status;
  return worst;
}
