import type { BaselineEntry } from '../core/baseline.js';
import type { Evaluation, Lang, MeasureDef, PolicyDocument, Status, UnitReport } from '../core/types.js';
import type { Problem } from '../shared/problem.js';

/** Everything a report may show. A report turns it into text or bytes and prints nothing. */
export interface ReportContext {
  evaluation: Evaluation;
  problems: Problem[];
  documents: PolicyDocument[];
  /** the statistics files as read, for reports that show the data itself */
  reports: UnitReport[];
  /** the measure registry, for reports that name the measures (the workbook's data sheet) */
  measures: ReadonlyMap<string, MeasureDef>;
  lang: Lang;
  /** whether ANSI colour may be used (terminal formats only) */
  color: boolean;
  tool: { name: string; version: string };
  /** statuses that fail the run (`--fail-on`) */
  failOn: Status[];
  /** expected units of each area that sent no file at all (code → name), by document id */
  unreported: Record<string, { code: string; name: string }[]>;
  /** terminal width in columns, when known */
  width?: number;
  /** whether a baseline was given (results then carry `change`) */
  baseline: boolean;
  /** results the baseline had and this run lacks (a unit that stopped reporting, a target dropped); empty without a baseline */
  gone: BaselineEntry[];
  /** how the run was narrowed (`reports` and `unreported` are narrowed alike); absent: not narrowed */
  scope?: RunScope;
}

/** The narrowing options of a run, and how many statistics files it read before narrowing. */
export interface RunScope {
  only: string[] | null;
  units: string[] | null;
  statuses: Status[] | null;
  /** every valid file read (not after the as-of date), in scope or not */
  filesRead: number;
}
