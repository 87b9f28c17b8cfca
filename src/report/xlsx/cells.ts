// What goes into a cell: numbers as numbers under a format, text that is always text, dates as dates.
import type { Lang, Rule, ValueUnit } from '../../core/types.js';
import { yesNo } from '../labels.js';
import { decimalsFor as unitDecimals, roundTo, shownGap, shownValue } from '../figures.js';
import { gapFormat, numberFormat } from './styles.js';
import { escapeControls } from '../printable.js';

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

export interface Formatted {
  value: CellValue;
  numFmt?: string;
}

/**
 * A target's value (or threshold, projection) ready for a cell, as every format shows it
 * (../figures.ts): the number rounded as shown, under a format of exactly its decimals, so that
 * the cell reads as the terminal does; `是`/`否` for a yes/no value, empty for none. `rule` keeps a
 * value on its side of the rule; `extraDecimals` widens the unit's usual decimals (paces).
 */
export function formatted(
  value: number | boolean | null | undefined,
  unit: ValueUnit,
  lang: Lang,
  options: { rule?: Rule; extraDecimals?: number } = {},
): Formatted {
  if (typeof value === 'boolean') return { value: yesNo(value, lang) };
  const n = finite(value);
  if (n === null) return { value: null };
  if (options.extraDecimals) {
    const decimals = unitDecimals(unit) + options.extraDecimals;
    return { value: toCellNumber(roundTo(n, decimals), unit), numFmt: numberFormat(unit, decimals) };
  }
  const shown = shownValue(n, unit, options.rule);
  return { value: toCellNumber(shown.value, unit), numFmt: numberFormat(unit, shown.decimals) };
}

/** A result's gap for a cell: the threshold less the value as shown, a percentage's in points (`6.7 百分点`). */
export function formattedGap(result: { gap: number | null; value: number | boolean | null; rule: Rule }, unit: ValueUnit, lang: Lang): Formatted {
  const shown = shownGap(result.gap, result.value, unit, result.rule);
  if (shown === null) return { value: null };
  return { value: shown.value, numFmt: gapFormat(unit, shown.decimals, lang) };
}
