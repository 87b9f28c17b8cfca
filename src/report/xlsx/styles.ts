// Fills, fonts and number formats of the workbook. Every style object is built once and shared:
// exceljs's streaming writer recognises a style object it has seen and reuses its style id, so a
// cell never gets a copy of its own (and a shared object is never mutated after it is built).
import type { Style } from 'exceljs';
import type { Lang, Status, ValueUnit } from '../../core/types.js';
import { PERCENT_POINTS } from '../../i18n/report.js';

/**
 * The terminal's palette (green, cyan, yellow, red, bold red, blue, dim) as cell fills: background and
 * text colour (ARGB), and whether the text is bold.
 */
export const STATUS_COLORS: Record<Status, { fill: string; font: string; bold?: boolean }> = {
  met: { fill: 'FFC6EFCE', font: 'FF006100' },
  'on-track': { fill: 'FFCCEBE4', font: 'FF115E52' },
  'at-risk': { fill: 'FFFFE699', font: 'FF7F5F00' },
  'off-track': { fill: 'FFF8CBAD', font: 'FF843C0C' },
  missed: { fill: 'FFFFC7CE', font: 'FF9C0006', bold: true },
  pending: { fill: 'FFDDEBF7', font: 'FF1F4E79' },
  'no-data': { fill: 'FFF2F2F2', font: 'FF7F7F7F' },
};

export const DATA_BAR_COLOR = 'FF5B9BD5';
const HEADER_BORDER = 'FF7F7F7F';
const MUTED_FONT = 'FF7F7F7F';

export const FORMATS = {
  date: 'yyyy-mm-dd',
  integer: '#,##0',
  count: '#,##0',
  decimal: '#,##0.00',
  progress: '0%',
  ratio: '0.00',
  months: '0',
  monthsFraction: '0.0',
} as const;

/**
 * The number format of a value of this unit with this many decimals. Percentages are stored as
 * fractions (0.6) under a `%` format; counts carry thousands separators.
 */
export function numberFormat(unit: ValueUnit, decimals: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (unit === 'percent') return `0${fraction}%`;
  if (unit === 'm2-per-100-households' || unit === 'm2-per-capita' || unit === 'per-1000-elderly') return `0${fraction}`;
  return `#,##0${fraction}`;
}

/**
 * The number format of a gap: a percentage's gap is in points, never in per cent (`6.7 百分点`,
 * `6.7 points`); any other unit's as its values.
 */
export function gapFormat(unit: ValueUnit, decimals: number, lang: Lang): string {
  if (unit !== 'percent') return numberFormat(unit, decimals);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return `0${fraction}" ${PERCENT_POINTS[lang]}"`;
}

export interface StyleSpec {
  numFmt?: string;
  status?: Status;
  header?: boolean;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
  wrap?: boolean;
  title?: boolean;
  /** a small grey caption (ids above labels) */
  caption?: boolean;
  center?: boolean;
  /** set at the top of its cell: a row taller than one line reads with its neighbours above */
  top?: boolean;
  /** 8 pt: the smallest that prints legibly, for a sheet of many columns (the Data sheet) */
  small?: boolean;
}

const cache = new Map<string, Partial<Style>>();

function build(spec: StyleSpec): Partial<Style> {
  const style: Partial<Style> = {};
  if (spec.numFmt) style.numFmt = spec.numFmt;
  const font: NonNullable<Style['font']> = {};
  if (spec.bold || spec.header || spec.title || (spec.status && STATUS_COLORS[spec.status].bold)) font.bold = true;
  if (spec.title) font.size = 14;
  if (spec.caption) font.size = 9;
  if (spec.small) font.size = 8;
  if (spec.italic) font.italic = true;
  if (spec.status) font.color = { argb: STATUS_COLORS[spec.status].font };
  else if (spec.muted || spec.caption) font.color = { argb: MUTED_FONT };
  if (Object.keys(font).length > 0) style.font = font;
  if (spec.status) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_COLORS[spec.status].fill } };
  if (spec.header) {
    style.border = { bottom: { style: 'medium', color: { argb: HEADER_BORDER } } };
  }
  const alignment: NonNullable<Style['alignment']> = {};
  if (spec.wrap || spec.header) alignment.wrapText = true;
  if (spec.header || spec.top) alignment.vertical = 'top';
  if (spec.center) alignment.horizontal = 'center';
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return Object.freeze(style);
}

const FLAGS = ['header', 'bold', 'italic', 'muted', 'wrap', 'title', 'caption', 'center', 'small', 'top'] as const;
const FLAG_KEYS = ['H', 'B', 'I', 'M', 'W', 'T', 'C', 'X', 'S', 'V'];

/** One shared, frozen style object per distinct spec. */
export function style(spec: StyleSpec): Partial<Style> {
  let key = `${spec.numFmt ?? ''}|${spec.status ?? ''}|`;
  FLAGS.forEach((flag, i) => {
    if (spec[flag]) key += FLAG_KEYS[i] ?? flag;
  });
  let s = cache.get(key);
  if (!s) {
    s = build(spec);
    cache.set(key, s);
  }
  return s;
}
