// Display helpers shared by every format: labels in the run's language, values formatted for
// people, orderings. No colour, no layout: those belong to each format.
import { WORST_FIRST, byText, byUnitThenTarget } from '../core/order.js';
import { satisfies } from '../core/rule.js';
import type {
  Change,
  Comparator,
  Deadline,
  Flag,
  IndicativeResult,
  Indicator,
  Lang,
  Level,
  PolicyDocument,
  Problem,
  Result,
  Rule,
  Status,
  Target,
  ValueUnit,
} from '../core/types.js';
import { FLAGS, STATUSES } from '../core/types.js';
import { decimalsFor, ownDecimals, roundTo, shownGap, shownProgress, shownValue } from './figures.js';
import {
  CHANGE_LABELS,
  COLUMN_LABELS,
  FLAG_LABELS,
  LEVEL_LABELS,
  PERCENT_POINTS,
  REASON_LABELS,
  STATUS_LABELS,
  VALUE_UNIT_LABELS,
  say,
} from '../i18n/report.js';
import type { ColumnKey } from '../i18n/report.js';
import type { ReportContext } from './context.js';

// ---------------------------------------------------------------- labels

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

export function flagLabel(flag: Flag, lang: Lang): string {
  return FLAG_LABELS[flag][lang];
}

export function levelLabel(level: Level, lang: Lang): string {
  return LEVEL_LABELS[level][lang];
}

export function reasonLabel(reason: IndicativeResult['reason'], lang: Lang): string {
  return REASON_LABELS[reason][lang];
}

export function changeLabel(change: Change, lang: Lang): string {
  return CHANGE_LABELS[change][lang];
}

export function columnLabel(column: ColumnKey, lang: Lang): string {
  return COLUMN_LABELS[column][lang];
}

export function unitLabel(unit: ValueUnit, lang: Lang): string {
  return VALUE_UNIT_LABELS[unit][lang];
}

export function comparatorSymbol(comparator: Comparator): string {
  return comparator === '>=' ? '≥' : comparator === '<=' ? '≤' : '=';
}

export function yesNo(value: boolean, lang: Lang): string {
  return say(lang, value ? 'yes' : 'no');
}

// ---------------------------------------------------------------- orderings and counts

// The one order of statuses is the core's (core/order.ts): worst first here, worsened in a baseline.
export { WORST_FIRST, worstStatus } from '../core/order.js';

/** 0 for the worst status; a larger number is better. */
export function statusRank(status: Status): number {
  return WORST_FIRST.indexOf(status);
}

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

/** File, line, column (a problem without a position first), then field, code and message. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    byText(a.file, b.file) ||
    (a.line ?? -1) - (b.line ?? -1) ||
    (a.column ?? -1) - (b.column ?? -1) ||
    byText(a.path ?? '', b.path ?? '') ||
    byText(a.code, b.code) ||
    byText(a.message, b.message)
  );
}

/** `file:line:column`, as far as it is known. */
export function problemLocation(problem: Problem): string {
  let out = problem.file;
  if (problem.line !== null) {
    out += `:${problem.line}`;
    if (problem.column !== null) out += `:${problem.column}`;
  }
  return out;
}

/**
 * Code → name of every unit the context names: a unit's own results first, then the files read,
 * the units that sent nothing, and the documents' areas.
 */
export function unitNames(ctx: Pick<ReportContext, 'evaluation' | 'reports' | 'unreported' | 'documents'>): Map<string, string> {
  const names = new Map<string, string>();
  const learn = (code: string, name: string | null | undefined): void => {
    if (name && !names.has(code)) names.set(code, name);
  };
  for (const r of ctx.evaluation.results) if (!r.aggregate) learn(r.unit.code, r.unit.name);
  for (const r of ctx.evaluation.indicative) if (!r.aggregate) learn(r.unit.code, r.unit.name);
  for (const r of ctx.reports) learn(r.code, r.name);
  for (const list of Object.values(ctx.unreported)) for (const u of list) learn(u.code, u.name);
  for (const doc of ctx.documents) learn(doc.area.code, doc.area.name);
  for (const r of ctx.evaluation.results) if (r.aggregate) learn(r.unit.code, r.unit.name);
  return names;
}

// ---------------------------------------------------------------- the catalog

export type CatalogItem = Target | Indicator;

/** Every target and indicator of the documents, by full id. */
export function catalogIndex(documents: readonly PolicyDocument[]): Map<string, CatalogItem> {
  const index = new Map<string, CatalogItem>();
  for (const doc of documents) {
    for (const t of doc.targets) index.set(t.id, t);
    for (const i of doc.indicators) if (!index.has(i.id)) index.set(i.id, i);
  }
  return index;
}

/** The indicator's name in the run's language, else the id itself. */
export function indicatorName(id: string, index: ReadonlyMap<string, CatalogItem>, lang: Lang): string {
  return index.get(id)?.indicator[lang] ?? id;
}

/** The value unit of a target or indicator; booleans and shares are inferred without a catalog entry. */
export function valueUnitOf(
  id: string,
  index: ReadonlyMap<string, CatalogItem>,
  fallback: { value: number | boolean | null; rule?: Rule },
): ValueUnit {
  const known = index.get(id)?.unit;
  if (known) return known;
  if (typeof fallback.value === 'boolean' || typeof fallback.rule?.threshold === 'boolean') return 'boolean';
  return 'count';
}

export function deadlineOf(id: string, index: ReadonlyMap<string, CatalogItem>): Deadline | undefined {
  const item = index.get(id);
  return item && 'deadline' in item ? item.deadline : undefined;
}

// ---------------------------------------------------------------- numbers
// How a figure is rounded is decided in one place (./figures.ts); this turns it into text.

export { decimalsFor } from './figures.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with thousands separators and exactly `decimals` decimals (already rounded by the caller). */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  // -0 would print as "-0"
  return f.format(value === 0 ? 0 : value);
}

// The core's comparison, floating-point guard included, so that a value shows as meeting its rule
// exactly when its status says so.
export { satisfies };

export interface FormatOptions {
  /** the rule the value is judged by: a value is never shown on the other side of it */
  rule?: Rule;
  /** append the unit (`20.83 m²/百户`); a percentage always carries `%` */
  withUnit?: boolean;
}

function withUnitSuffix(number: string, unit: ValueUnit, lang: Lang, wanted: boolean): string {
  if (unit === 'percent') return `${number}%`;
  const label = unitLabel(unit, lang);
  return wanted && label ? `${number} ${label}` : number;
}

/** A value for people: `57.3%`, `20.83 m²/百户`, `6,040`, `是`; `—` for no value. */
export function formatValue(
  value: number | boolean | null,
  unit: ValueUnit,
  lang: Lang,
  options: FormatOptions = {},
): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '—';
  if (typeof value === 'boolean') return yesNo(value, lang);
  const shown = shownValue(value, unit, options.rule);
  return withUnitSuffix(formatNumber(shown.value, shown.decimals, lang), unit, lang, options.withUnit ?? false);
}

/** The rule for people: `≥ 60%`, `≥ 20 m²/百户`, `= 是`. */
export function formatThreshold(rule: Rule, unit: ValueUnit, lang: Lang, options: { withUnit?: boolean } = {}): string {
  const symbol = comparatorSymbol(rule.comparator);
  if (typeof rule.threshold === 'boolean') return `${symbol} ${yesNo(rule.threshold, lang)}`;
  // a threshold shows the decimals it has (0.1 m²/人, not 0.10), up to what its unit is shown with
  const decimals = Math.min(ownDecimals(rule.threshold), Math.max(decimalsFor(unit), 2));
  const number = formatNumber(roundTo(rule.threshold, decimals), decimals, lang);
  return `${symbol} ${withUnitSuffix(number, unit, lang, options.withUnit ?? true)}`;
}

/** The unit a gap is shown in: points (百分点) for a percentage, else the value's own unit. */
export function gapUnitLabel(unit: ValueUnit, lang: Lang): string {
  return unit === 'percent' ? PERCENT_POINTS[lang] : unitLabel(unit, lang);
}

/**
 * How far a result still is from its threshold: the threshold less the value as shown, a
 * percentage's in points (`6.7 百分点`); `—` when met or without one.
 */
export function formatGap(
  result: { gap: number | null; value: number | boolean | null; rule: Rule },
  unit: ValueUnit,
  lang: Lang,
  options: { withUnit?: boolean } = {},
): string {
  const shown = shownGap(result.gap, result.value, unit, result.rule);
  if (shown === null || unit === 'boolean') return '—';
  const number = formatNumber(shown.value, shown.decimals, lang);
  if (unit === 'percent') return `${number} ${PERCENT_POINTS[lang]}`;
  const label = unitLabel(unit, lang);
  return (options.withUnit ?? false) && label ? `${number} ${label}` : number;
}

/** Progress as a whole percentage; a result that is not met never shows 100%. */
export function progressPercent(progress: number | null, met: boolean): number | null {
  return shownProgress(progress, met);
}

export function formatProgress(progress: number | null, met: boolean): string {
  const p = progressPercent(progress, met);
  return p === null ? '—' : `${p}%`;
}

/** `██████░░░░`: filled cells by progress; full only when met. Empty string without progress. */
export function progressBar(progress: number | null, met: boolean, cells = 10, glyphs = { full: '█', empty: '░' }): string {
  const p = progressPercent(progress, met);
  if (p === null || cells < 1) return '';
  let filled = Math.min(cells, Math.floor((p / 100) * cells));
  if (!met) filled = Math.max(0, Math.min(filled, cells - 1));
  return glyphs.full.repeat(filled) + glyphs.empty.repeat(cells - filled);
}

/** `2025-12-31`, `长期` / `ongoing`, `每年` / `each year`. */
export function formatDeadline(deadline: Deadline | undefined, date: string | null, lang: Lang): string {
  if (deadline?.type === 'each-year') return say(lang, 'eachYear');
  if (deadline?.type === 'ongoing' || (deadline === undefined && date === null)) return say(lang, 'ongoing');
  return date ?? (deadline?.type === 'date' ? deadline.date : '—');
}

/** Months to the deadline: `剩 4 个月` / `4 mo left`, `已到期` / `past` once reached, `` for ongoing. */
export function formatMonthsLeft(monthsLeft: number | null, lang: Lang): string {
  if (monthsLeft === null || !Number.isFinite(monthsLeft)) return '';
  if (monthsLeft <= 0) return say(lang, 'deadlinePassed');
  const n = roundTo(monthsLeft, Number.isInteger(monthsLeft) ? 0 : 1, 'floor');
  return say(lang, 'monthsLeft', { n: formatNumber(n, Number.isInteger(n) ? 0 : 1, lang) });
}

/** Whether a result's value satisfies its rule (false without a value). */
export function resultMet(result: Pick<Result, 'status' | 'value' | 'rule'>): boolean {
  if (result.status === 'met') return true;
  return result.value !== null && satisfies(result.value, result.rule);
}
