import type { BaselineEntry } from './baseline.js';
import type { Evaluation, PolicyDocument, Status } from './types.js';

/** Keeps the results of the given units (a whole area counts under its own code); null keeps all. */
export function narrowToUnits(evaluation: Evaluation, units: readonly string[] | null): Evaluation {
  if (units === null) return evaluation;
  const keep = new Set(units);
  return {
    ...evaluation,
    results: evaluation.results.filter((r) => keep.has(r.unit.code)),
    indicative: evaluation.indicative.filter((r) => keep.has(r.unit.code)),
  };
}

/**
 * The gone entries (core/baseline) that this run speaks for: a target of a document left out
 * with `--only` was not asked for, it did not vanish; nor did a unit outside `--unit`.
 */
export function narrowGone(
  gone: readonly BaselineEntry[],
  leftOut: readonly PolicyDocument[],
  units: readonly string[] | null,
): BaselineEntry[] {
  const notAsked = new Set(leftOut.flatMap((d) => d.targets.map((t) => t.id)));
  const keep = units === null ? null : new Set(units);
  return gone.filter((e) => !notAsked.has(e.target) && (keep === null || keep.has(e.unit.code)));
}

/** Keeps the results of the given statuses; null keeps all. */
export function narrowToStatuses(evaluation: Evaluation, statuses: readonly Status[] | null): Evaluation {
  if (statuses === null) return evaluation;
  const keep = new Set<Status>(statuses);
  return { ...evaluation, results: evaluation.results.filter((r) => keep.has(r.status)) };
}

export function countFailing(evaluation: Evaluation, failOn: readonly Status[]): number {
  const fail = new Set<Status>(failOn);
  return evaluation.results.filter((r) => fail.has(r.status)).length;
}
