// What goes into a cell: numbers as numbers under a format, text that is always text, dates as dates.
import type { Lang, Rule, ValueUnit } from '../../core/types.js';
import { satisfies, yesNo } from '../labels.js';
import { decimalsFor as unitDecimals } from '../labels.js';
import { numberFormat } from './styles.js';
import { escapeControls } from '../../printable.js';

export type CellValue = string | number | Date | null;

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;
// Characters that XML 1.0 cannot carry, and lone surrogates: either would make the file unreadable.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it may stand in a cell. A text is written as a string cell, never as a formula, whatever
 * it starts with (`=`, `+`, `-`, `@`); this shows control characters as escapes (src/printable.ts),
 * replaces what XML cannot hold and cuts what Excel cannot show.
 */
export function safeText(text: string): string {
  let out = escapeControls(text).replace(INVALID_XML, '\uFFFD');
  if (out.length > MAX_CELL_TEXT) {
    out = out.slice(0, MAX_CELL_TEXT - 1);
    // do not leave half of a surrogate pair at the cut
    if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
    out += '…';
  }
  return out;
}

/** A finite number, else null (NaN and infinities have no place in a workbook). */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `YYYY-MM-DD` as the date of that day (Excel dates have no time zone: the UTC day is the day). */
export function isoDate(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A value in the unit a cell stores it in: a percentage as a fraction (60 → 0.6). */
export function toCellNumber(value: number, unit: ValueUnit): number {
  return unit === 'percent' ? value / 100 : value;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Decimals to show a value with: the unit's usual ones, or more where the usual ones would round a
 * failing value onto its threshold (99.96% against ≥ 100% shows as 99.96%, never as 100.0%).
 */
export function decimalsFor(value: number, unit: ValueUnit, rule?: Rule): number {
  const base = unitDecimals(unit);
  if (!rule || typeof rule.threshold !== 'number') return base;
  const ok = satisfies(value, rule);
  for (let d = base; d <= base + 4; d += 1) if (satisfies(roundTo(value, d), rule) === ok) return d;
  return base + 4;
}

export interface Formatted {
  value: CellValue;
  numFmt?: string;
}

// A gap that is not zero must not show as zero: as a rule, "must be ≤ 0" fails for every such gap.
const NON_ZERO: Rule = { comparator: '<=', threshold: 0 };

/**
 * A target's value (or threshold, gap, projection) ready for a cell: a number under the unit's
 * format, `是`/`否` for a yes/no value, empty for none. `rule` keeps a failing value off its threshold,
 * `nonZero` keeps a small positive number (a gap) off zero, `extraDecimals` widens the format (paces).
 */
export function formatted(
  value: number | boolean | null | undefined,
  unit: ValueUnit,
  lang: Lang,
  options: { rule?: Rule; nonZero?: boolean; extraDecimals?: number } = {},
): Formatted {
  if (typeof value === 'boolean') return { value: yesNo(value, lang) };
  const n = finite(value);
  if (n === null) return { value: null };
  const rule = options.nonZero ? NON_ZERO : options.rule;
  const decimals = decimalsFor(n, unit, rule) + (options.extraDecimals ?? 0);
  return { value: toCellNumber(n, unit), numFmt: numberFormat(unit, decimals) };
}
