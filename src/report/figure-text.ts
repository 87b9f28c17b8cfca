// A figure as people read it, in the run's language: how it is rounded is decided in figures.ts,
// this turns it into text (thousands separators, units, points, progress, deadlines).
import { satisfies } from '../core/rule.js';
import type { Deadline, Lang, Result, Rule, ValueUnit } from '../core/types.js';
import { decimalsFor, ownDecimals, roundTo, shownGap, shownProgress, shownValue } from './figures.js';
import { PERCENT_POINTS, REPORT_TEXT } from '../i18n/report.js';
import { LOCALE_TAGS } from '../i18n/index.js';
import { unitLabel, comparatorSymbol, yesNo } from './labels.js';

// ---------------------------------------------------------------- numbers
// How a figure is rounded is decided in one place (./figures.ts); this turns it into text.

const formatters = new Map<string, Intl.NumberFormat>();

/** A number with thousands separators and exactly `decimals` decimals (already rounded by the caller). */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const key = `${lang}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS.region[lang], {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    formatters.set(key, f);
  }
  // -0 would print as "-0"
  return f.format(value === 0 ? 0 : value);
}

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
  if (deadline?.type === 'each-year') return REPORT_TEXT.eachYear[lang];
  if (deadline?.type === 'ongoing' || (deadline === undefined && date === null)) return REPORT_TEXT.ongoing[lang];
  return date ?? (deadline?.type === 'date' ? deadline.date : '—');
}

/** Months to the deadline: `剩 4 个月` / `4 mo left`, `已到期` / `past` once reached, `` for ongoing. */
export function formatMonthsLeft(monthsLeft: number | null, lang: Lang): string {
  if (monthsLeft === null || !Number.isFinite(monthsLeft)) return '';
  if (monthsLeft <= 0) return REPORT_TEXT.deadlinePassed[lang];
  const n = roundTo(monthsLeft, Number.isInteger(monthsLeft) ? 0 : 1, 'floor');
  return REPORT_TEXT.monthsLeft({ n: formatNumber(n, Number.isInteger(n) ? 0 : 1, lang) })[lang];
}

/** Whether a result's value satisfies its rule (false without a value). */
export function resultMet(result: Pick<Result, 'status' | 'value' | 'rule'>): boolean {
  if (result.status === 'met') return true;
  return result.value !== null && satisfies(result.value, result.rule);
}
