// The orders and counts every report shares, so that two runs over the same input give the same bytes.
import { byText, byUnitThenTarget } from '../core/order.js';
import type { Flag, Lang, Result, Status } from '../core/types.js';
import { FLAGS, STATUSES } from '../core/types.js';
import type { Problem } from '../shared/problem.js';
import { problemMessage } from './problem-text.js';

// ---------------------------------------------------------------- orderings and counts

/** Every status with its count, zeros included, in the order of STATUSES. */
export function countByStatus(results: readonly { status: Status }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...new Set(flags)].sort((a, b) => FLAGS.indexOf(a) - FLAGS.indexOf(b));
}

/** Unit code, then target id, then a unit's own result before the whole area's. */
export function compareResults(
  a: Pick<Result, 'unit' | 'target' | 'aggregate' | 'document'>,
  b: Pick<Result, 'unit' | 'target' | 'aggregate' | 'document'>,
): number {
  return byUnitThenTarget(a, b) || byText(a.document, b.document);
}

/** Problems by file, line, column (a problem without a position first), then field, code and message as `lang` words it. */
export function problemOrder(lang: Lang): (a: Problem, b: Problem) => number {
  return (a, b) =>
    byText(a.file, b.file) ||
    (a.line ?? -1) - (b.line ?? -1) ||
    (a.column ?? -1) - (b.column ?? -1) ||
    byText(a.path ?? '', b.path ?? '') ||
    byText(a.code, b.code) ||
    byText(problemMessage(a, lang), problemMessage(b, lang));
}
