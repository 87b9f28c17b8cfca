// A result in words for the machine formats (JUnit, Markdown, GitHub) and the workbook's notes: each
// piece in the run's language, the sentences made of them.
import type { Lang, Result } from '../core/types.js';
import { NO_DATA_REASON_LABELS } from '../i18n/report.js';
import type { CatalogItem } from './catalog-index.js';
import { changeLabel, flagLabel, statusLabel } from './labels.js';
import { deadlineOf, indicatorName, valueUnitOf } from './catalog-index.js';
import { formatDeadline, formatGap, formatNumber, formatProgress, formatThreshold, formatValue, resultMet } from './figure-text.js';
import { sortFlags } from './order.js';
import { FORMAT_TEXT } from '../i18n/formats.js';
import { REPORT_TEXT } from '../i18n/report.js';
import { inParens, joinClauses, joinList } from '../i18n/index.js';

// ---------------------------------------------------------------- a result, in words

/** The pieces of a result that the machine formats show, each already in the run's language. */
export interface ResultWords {
  /** `450202 城中区`, or `450200 柳州市（全域）` for a whole area */
  unit: string;
  /** the target's indicator in the run's language (the id when the catalog does not know it) */
  indicator: string;
  status: string;
  value: string;
  threshold: string;
  /** `6.7 百分点`, `—` when met or without a value */
  gap: string;
  /** `93%`, `—` without one */
  progress: string;
  /** a date, or the words for an ongoing / each-year target */
  deadline: string;
  flags: string[];
  /** `file:line`, or '' for an aggregate */
  source: string;
  /** '' without a baseline */
  change: string;
}

/** `450202 城中区`, or `450200 柳州市（全域）` for a whole area; the code alone without a name. */
export function unitWords(unit: { code: string; name: string | null }, aggregate: boolean, lang: Lang): string {
  return `${unit.code} ${unit.name ?? ''}`.trim() + (aggregate ? FORMAT_TEXT.wholeArea[lang] : '');
}

export function resultWords(result: Result, index: ReadonlyMap<string, CatalogItem>, lang: Lang): ResultWords {
  const unit = valueUnitOf(result.target, index, result);
  return {
    unit: unitWords(result.unit, result.aggregate, lang),
    indicator: indicatorName(result.target, index, lang),
    status: statusLabel(result.status, lang),
    value: formatValue(result.value, unit, lang, { rule: result.rule, withUnit: true }),
    threshold: formatThreshold(result.rule, unit, lang),
    gap: formatGap(result, unit, lang, { withUnit: true }),
    progress: formatProgress(result.progress, resultMet(result)),
    deadline: formatDeadline(deadlineOf(result.target, index), result.deadline, lang),
    flags: sortFlags(result.flags).map((flag) => flagLabel(flag, lang)),
    source: result.source ? `${result.source.file}:${result.source.line}` : '',
    change: result.change ? changeLabel(result.change, lang) : '',
  };
}

/** One sentence for a failing or notable result: status, value against threshold, deadline, flags. */
export function resultSentence(words: ResultWords, lang: Lang, options: { source: boolean }): string {
  const parts = [`${words.status}${REPORT_TEXT.colon[lang]}${FORMAT_TEXT.valueAgainstThreshold(words.value, words.threshold)[lang]}`];
  if (words.gap !== '—') parts.push(FORMAT_TEXT.gapAndProgress(words.gap, words.progress)[lang]);
  parts.push(FORMAT_TEXT.deadline(words.deadline)[lang]);
  if (words.flags.length > 0) parts.push(FORMAT_TEXT.flags(words.flags)[lang]);
  if (words.change) parts.push(FORMAT_TEXT.change(words.change)[lang]);
  if (options.source && words.source) parts.push(FORMAT_TEXT.source(words.source)[lang]);
  return joinClauses(lang, parts);
}

/** `450226 三江侗族自治县`: a code with its name when known. */
function named(code: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(code);
  return name ? `${code} ${name}` : code;
}

/** A share of units as a whole percentage: `9%`. */
export function coverageText(share: number, lang: Lang): string {
  return `${formatNumber(Math.floor(share * 100 + 1e-9), 0, lang)}%`;
}

/**
 * What qualifies a result beyond its status, one fact a line: why it has no data (for a thin
 * area, how thin), which units' figures are carried forward and from when, which are missing.
 */
export function resultNotes(
  result: Result,
  names: ReadonlyMap<string, string>,
  lang: Lang,
  coverageNeeded: number | null = null,
  maxUnits = Infinity,
): string[] {
  // at most maxUnits named, then how many in all: one item, joined as the list would be
  const some = (items: string[]): string[] =>
    items.length <= maxUnits ? items : [`${joinList(lang, items.slice(0, maxUnits))}${FORMAT_TEXT.moreUnits(items.length)[lang]}`];
  const lines: string[] = [];
  if (result.noDataReason !== null) {
    let reason = NO_DATA_REASON_LABELS[result.noDataReason][lang];
    if (result.noDataReason === 'missing-measure' && result.missingMeasures.length > 0) reason += `${REPORT_TEXT.colon[lang]}${joinList(lang, result.missingMeasures)}`;
    const thin = result.noDataReason === 'thin-coverage' ? result.coverage.at(-1) : undefined;
    if (thin) {
      const text = FORMAT_TEXT.coverage(coverageText(thin.share, lang), thin.period, coverageNeeded === null ? null : coverageText(coverageNeeded, lang))[lang];
      reason += inParens(lang, text);
    }
    lines.push(FORMAT_TEXT.noDataReason(reason)[lang]);
  }
  if (result.carried.length > 0) {
    lines.push(FORMAT_TEXT.carriedUnits(some(result.carried.map((c) => `${named(c.code, names)}${inParens(lang, c.period)}`)))[lang]);
  }
  if (result.missingUnits.length > 0) lines.push(FORMAT_TEXT.missingUnits(some(result.missingUnits.map((c) => named(c, names))))[lang]);
  const leftOut = result.noDataReason === 'thin-coverage' ? [] : result.coverage.filter((c) => !c.used);
  if (leftOut.length > 0) {
    const shown = leftOut.slice(-3).map((c) => `${c.period}${inParens(lang, coverageText(c.share, lang))}`);
    if (leftOut.length > shown.length) shown.unshift(FORMAT_TEXT.morePeriods(leftOut.length - shown.length)[lang]);
    lines.push(FORMAT_TEXT.leftOut(shown)[lang]);
  }
  return lines;
}
