// The JSON report (spec/cli.md "JSON output", published as schemas/report.schema.json). Every object
// is built key by key, so that the key order is fixed, and every list is sorted, so that two runs
// over the same input give the same bytes.
import type { BaselineEntry } from '../core/baseline.js';
import { byText, byUnitThenTarget } from '../core/order.js';
import type { IndicativeResult, IsoDate, Lang, PolicyDocument, Result, Status, Text, Thresholds, UnitRef } from '../core/types.js';
import type { ReportContext } from './context.js';
import { compareResults, countByStatus, problemOrder, sortFlags } from './order.js';
import { problemMessage } from './problem-text.js';
import type { Problem } from '../shared/problem.js';

export const SCHEMA_VERSION = 1;

// A result and an indicative value keep the core's shape (core/types.ts) in the JSON report: the
// writers below copy them key by key in the published order, numbers made finite, lists sorted.
type JsonUnit = UnitRef;
type JsonSource = NonNullable<Result['source']>;
export type JsonResult = Result;
export type JsonIndicative = IndicativeResult;

export interface JsonProblem {
  file: string;
  line: number | null;
  column: number | null;
  path: string | null;
  message: string;
  code: Problem['code'];
  severity: Problem['severity'];
}

export interface JsonDocument {
  id: string;
  title: Text;
  number: string | null;
  issued: IsoDate;
  area: { prefix: string; code: string; name: string };
}

/** A result the baseline had and this run lacks, as the baseline told it. */
export interface JsonGone {
  target: string;
  unit: { code: string; name: string | null };
  aggregate: boolean;
  previousStatus: Status;
  previousValue: number | boolean | null;
  previousPeriod: string | null;
}

/** The thresholds under the names of `--thresholds`. */
export interface JsonThresholds {
  'on-track': number;
  'at-risk': number;
  'trend-window': number;
  carry: number;
  coverage: number;
}

export interface JsonReport {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: string; version: string };
  asOf: IsoDate;
  summary: Record<Status, number>;
  results: JsonResult[];
  problems: JsonProblem[];
  indicative: JsonIndicative[];
  documents: JsonDocument[];
  unreported: Record<string, { code: string; name: string }[]>;
  /** the thresholds the statuses were decided with */
  thresholds: JsonThresholds;
  /** only when a baseline was given */
  gone?: JsonGone[];
}

/** JSON has no NaN or Infinity; a number that is not finite is no number. */
function num(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : value;
}

function numOrBool(value: number | boolean | null): number | boolean | null {
  return typeof value === 'boolean' ? value : num(value);
}

function unitOf(unit: JsonUnit): JsonUnit {
  return { code: unit.code, name: unit.name, level: unit.level };
}

function sourceOf(source: JsonSource | null): JsonSource | null {
  return source === null ? null : { file: source.file, line: source.line };
}

function sortedStrings(items: readonly string[]): string[] {
  return [...new Set(items)].sort();
}

export function jsonResult(r: Result): JsonResult {
  const out: JsonResult = {
    target: r.target,
    document: r.document,
    unit: unitOf(r.unit),
    aggregate: r.aggregate,
    period: r.period,
    status: r.status,
    value: numOrBool(r.value),
    rule: { comparator: r.rule.comparator, threshold: r.rule.threshold },
    deadline: r.deadline,
    flags: sortFlags(r.flags),
    trend: {
      observations: r.trend.observations,
      pace: num(r.trend.pace),
      requiredPace: num(r.trend.requiredPace),
      projected: num(r.trend.projected),
      paceRatio: num(r.trend.paceRatio),
    },
    source: sourceOf(r.source),
    gap: num(r.gap),
    progress: num(r.progress),
    monthsLeft: num(r.monthsLeft),
    since: r.since,
    metLate: r.metLate,
    missingUnits: sortedStrings(r.missingUnits),
    carried: [...r.carried].sort((a, b) => byText(a.code, b.code)).map((c) => ({ code: c.code, period: c.period })),
    coverage: [...r.coverage].sort((a, b) => byText(a.period, b.period)).map((c) => ({ period: c.period, share: c.share, used: c.used })),
    missingMeasures: sortedStrings(r.missingMeasures),
    noDataReason: r.noDataReason,
    responsible: [...r.responsible],
    history: [...r.history]
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
      .map((h) => ({ period: h.period, value: numOrBool(h.value) })),
  };
  if (r.change !== undefined) out.change = r.change;
  if (r.previousStatus !== undefined) out.previousStatus = r.previousStatus;
  return out;
}

export function jsonThresholds(t: Thresholds): JsonThresholds {
  return { 'on-track': t.onTrack, 'at-risk': t.atRisk, 'trend-window': t.trendWindow, carry: t.carry, coverage: t.coverage };
}

export function jsonIndicative(i: IndicativeResult): JsonIndicative {
  return {
    target: i.target,
    document: i.document,
    unit: unitOf(i.unit),
    aggregate: i.aggregate,
    period: i.period,
    value: numOrBool(i.value),
    reason: i.reason,
    source: sourceOf(i.source),
  };
}

export function jsonProblem(p: Problem, lang: Lang): JsonProblem {
  return {
    file: p.file,
    line: p.line,
    column: p.column,
    path: p.path,
    message: problemMessage(p, lang),
    code: p.code,
    severity: p.severity,
  };
}

export function jsonDocument(d: PolicyDocument): JsonDocument {
  return {
    id: d.id,
    title: { zh: d.title.zh, en: d.title.en },
    number: d.number,
    issued: d.issued,
    area: { prefix: d.area.prefix, code: d.area.code, name: d.area.name },
  };
}

export function jsonGone(e: BaselineEntry): JsonGone {
  return {
    target: e.target,
    unit: { code: e.unit.code, name: e.unit.name },
    aggregate: e.aggregate,
    previousStatus: e.status,
    previousValue: numOrBool(e.value),
    previousPeriod: e.period,
  };
}

/** The report as a plain object, keys in their published order. */
export function buildJsonReport(ctx: ReportContext): JsonReport {
  const results = [...ctx.evaluation.results].sort(compareResults).map(jsonResult);
  const indicative = [...ctx.evaluation.indicative].sort(compareResults).map(jsonIndicative);
  const problems = [...ctx.problems].sort(problemOrder(ctx.lang)).map((p) => jsonProblem(p, ctx.lang));
  const documents = [...ctx.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(jsonDocument);
  const unreported: JsonReport['unreported'] = {};
  for (const doc of Object.keys(ctx.unreported).sort()) {
    unreported[doc] = [...(ctx.unreported[doc] ?? [])]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((u) => ({ code: u.code, name: u.name }));
  }
  const report: JsonReport = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: ctx.tool.name, version: ctx.tool.version },
    asOf: ctx.evaluation.asOf,
    summary: countByStatus(ctx.evaluation.results),
    results,
    problems,
    indicative,
    documents,
    unreported,
    thresholds: jsonThresholds(ctx.evaluation.thresholds),
  };
  if (ctx.baseline) report.gone = [...ctx.gone].sort(byUnitThenTarget).map(jsonGone);
  return report;
}

export function render(ctx: ReportContext): string {
  return `${JSON.stringify(buildJsonReport(ctx), null, 2)}\n`;
}
