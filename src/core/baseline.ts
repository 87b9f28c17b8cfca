import { byUnitThenTarget, statusBadness } from './order.js';
import type { Change, Result, Status } from './types.js';

/** One result of an earlier run, as read back from its JSON report (`--baseline`). */
export interface BaselineEntry {
  target: string;
  unit: { code: string; name: string | null };
  aggregate: boolean;
  status: Status;
  /** the value judged then, when the report had one */
  value: number | boolean | null;
  /** the period judged then, when the report had one */
  period: string | null;
}

export interface BaselineComparison {
  /** the results in their given order, each a copy with `change` set */
  results: Result[];
  /** results that are `missed` now and were something else in the baseline */
  becameMissed: Result[];
  /** results that are `met` now and were something else in the baseline */
  becameMet: Result[];
  /** baseline entries that no result of this run matches (a document or unit dropped), sorted by unit code, target */
  gone: BaselineEntry[];
}

/** A move towards the worse end of STATUS_ORDER (core/order.ts) is `worsened`, towards the better end `improved`. */
export function compareStatus(now: Status, before: Status): Exclude<Change, 'new'> {
  const a = statusBadness(now);
  const b = statusBadness(before);
  if (a === b) return 'unchanged';
  return a < b ? 'improved' : 'worsened';
}

/** The key a result and a baseline entry are matched on. */
export function baselineKey(entry: { target: string; unit: { code: string }; aggregate: boolean }): string {
  return `${entry.target}\u0000${entry.unit.code}\u0000${entry.aggregate ? 'area' : 'unit'}`;
}

/**
 * Marks each result as new, unchanged, improved or worsened against the same target, unit and
 * aggregate in a baseline report. A result without a baseline entry is `new`; when the baseline
 * holds the same key twice, the first entry counts.
 */
export function compareWithBaseline(results: Result[], baseline: BaselineEntry[]): BaselineComparison {
  const before = new Map<string, BaselineEntry>();
  for (const entry of baseline) {
    const key = baselineKey(entry);
    if (!before.has(key)) before.set(key, entry);
  }

  const seen = new Set<string>();
  const becameMissed: Result[] = [];
  const becameMet: Result[] = [];
  const marked = results.map((result): Result => {
    const key = baselineKey(result);
    seen.add(key);
    const previous = before.get(key);
    if (!previous) return { ...result, change: 'new' };
    const change = compareStatus(result.status, previous.status);
    const copy: Result = { ...result, change, previousStatus: previous.status };
    if (change !== 'unchanged') {
      if (result.status === 'missed') becameMissed.push(copy);
      if (result.status === 'met') becameMet.push(copy);
    }
    return copy;
  });

  const gone = [...before.entries()]
    .filter(([key]) => !seen.has(key))
    .map(([, entry]) => entry)
    .sort(byUnitThenTarget);

  return { results: marked, becameMissed, becameMet, gone };
}

