// A check run's decisions, on what was read: which documents are checked, which files are used, what
// is shown, what fails the run and what is gone since the baseline. The order of the steps is the
// rule: files dated after the as-of month are left out; the baseline is compared before --unit
// narrows the results; failing results are counted before --status narrows what is shown; gone
// results are narrowed by --only and --unit. Pure: commands/check.ts reads the files and prints.
import { compareWithBaseline, type BaselineEntry } from './baseline.js';
import { evaluate } from './evaluate.js';
import { countFailing, narrowGone, narrowToStatuses, narrowToUnits } from './narrow.js';
import { periodOf } from './time.js';
import type { Divisions, Evaluation, IsoDate, MeasureDef, PolicyDocument, Status, Thresholds, UnitReport } from './types.js';
import { unreportedUnits } from './unreported.js';
import { narrowReports, narrowUnreported } from './narrow-inputs.js';

export interface CheckInput {
  /** every document of the catalog */
  documents: readonly PolicyDocument[];
  /** `--only`: the ids of the documents to check (each one of `documents`); null checks them all */
  only: readonly string[] | null;
  /** the statistics files read */
  reports: readonly UnitReport[];
  divisions: Divisions;
  measures: ReadonlyMap<string, MeasureDef>;
  asOf: IsoDate;
  thresholds: Thresholds;
  /** `--unit`: the codes of the units to report; null reports all */
  units: readonly string[] | null;
  /** `--status`: the statuses to show; null shows all */
  statuses: readonly Status[] | null;
  /** `--fail-on` */
  failOn: readonly Status[];
  /** the usable results of a baseline report; null without one, or when it held none */
  baseline: readonly BaselineEntry[] | null;
}

export interface CheckOutcome {
  /** the documents checked */
  documents: PolicyDocument[];
  /** the files used: those of the as-of month or before */
  reports: UnitReport[];
  /** the files behind the results shown (narrowed as they are by --only, --unit and --status): what a report's data and counts speak for */
  shownReports: UnitReport[];
  /** the files dated after the as-of month, not used */
  future: UnitReport[];
  /** what is shown: narrowed to the units, then to the statuses asked for */
  evaluation: Evaluation;
  /** how many results of the units asked for have a --fail-on status, whatever --status shows */
  failing: number;
  /** whether the results were compared with a baseline (they then carry `change`) */
  compared: boolean;
  /** the baseline's results that this run lacks, among the documents and units asked for */
  gone: BaselineEntry[];
  /** for each document checked, the units of its area that sent no file (narrowed as the results shown are) */
  unreported: Record<string, { code: string; name: string }[]>;
}

export function runChecks(input: CheckInput): CheckOutcome {
  const only = input.only === null ? null : new Set(input.only);
  const documents = input.documents.filter((d) => only === null || only.has(d.id));
  const month = periodOf(input.asOf);
  const future = input.reports.filter((r) => r.period > month);
  const reports = future.length > 0 ? input.reports.filter((r) => r.period <= month) : [...input.reports];

  let evaluation = evaluate({
    documents,
    reports,
    divisions: input.divisions,
    asOf: input.asOf,
    thresholds: input.thresholds,
    measures: input.measures,
  });
  let gone: BaselineEntry[] = [];
  const compared = input.baseline !== null && input.baseline.length > 0;
  if (compared) {
    const comparison = compareWithBaseline(evaluation.results, [...input.baseline!]);
    evaluation = { ...evaluation, results: comparison.results };
    gone = narrowGone(comparison.gone, input.documents.filter((d) => !documents.includes(d)), input.units);
  }
  evaluation = narrowToUnits(evaluation, input.units);
  const failing = countFailing(evaluation, input.failOn);
  const shown = narrowToStatuses(evaluation, input.statuses);
  // the files, counts and unreported units speak for the results shown, narrowed alike
  const scope = { documents, units: input.units, statuses: input.statuses, results: shown.results };
  return {
    documents,
    reports,
    shownReports: narrowReports(reports, scope),
    future,
    evaluation: shown,
    failing,
    compared,
    gone,
    unreported: narrowUnreported(unreportedUnits(documents, reports, input.divisions), scope),
  };
}
