import type { Evaluation, Status } from './types.js';

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
