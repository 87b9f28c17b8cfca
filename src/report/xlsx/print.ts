// How each sheet prints: A4 landscape, its header rows (and code and name columns) repeated on every
// page, a print area, the page number and the as-of date in the footer, at a scale worked out from the
// column widths (one page wide where that stays legible, else as few pages wide as it takes at 60% or
// more), and page breaks between units so that a unit's rows are never split across two pages. The
// scale is set rather than "fit to width": Excel ignores manual page breaks under fit-to-page.
import type { HeaderFooter, PageSetup, Worksheet } from 'exceljs';
import { XLSX_TEXT } from '../../i18n/xlsx.js';
import { localize } from '../../i18n/index.js';
import type { WorkbookModel } from './model.js';
import { displayWidth } from './sheet.js';
import { columnLetter } from '../../shared/grid.js';

/** A4 landscape in points, and the margins (inches) every sheet prints with. */
const PAPER = { width: 841.89, height: 595.28 } as const;
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 } as const;
const PRINTABLE = {
  width: PAPER.width - (MARGINS.left + MARGINS.right) * 72,
  height: PAPER.height - (MARGINS.top + MARGINS.bottom) * 72,
} as const;
/** Below this scale a sheet's text is under 7 pt: it prints more pages wide instead. */
export const MIN_SCALE = 60;
/** A row of the default height, with a tenth to spare for a reader whose font sits taller. */
export const ROW_POINTS = 15 * 1.1;

/**
 * A column's printed width in points: `width × 9.5 + 5` pixels. A width counts digits of the workbook's
 * font: 7 pixels in Calibri and 8 in 等线 (DengXian) at 11 pt, but 9.3 in DejaVu Sans, which LibreOffice
 * puts in their place where neither is installed. The widest, so that no reader's page holds fewer
 * columns than planned.
 */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 9.5) + 5) * 0.75;
}

export interface PrintPlan {
  pageSetup: Partial<PageSetup>;
  /** the columns printed */
  columns: number;
  headerFooter: Partial<HeaderFooter>;
  /** points of rows that fit a page under the repeated title rows, at the sheet's scale */
  pagePoints: number;
  /** the pages across the sheet's columns */
  pagesWide: number;
}

export interface PrintOptions {
  /** the rows repeated at the top of every page, e.g. `1:1` */
  titleRows?: string;
  /** the columns repeated at the left of every page, e.g. `A:B` */
  titleColumns?: string;
  /** points taken by the title rows (default: a row each) */
  titleHeight?: number;
  /** the whole sheet on one page (the overview) */
  onePage?: boolean;
  /** the smallest scale (percent) the sheet may print at (default MIN_SCALE): 100 for a sheet set in small type already */
  minScale?: number;
}

function span(range: string | undefined): [number, number] | null {
  const m = range === undefined ? null : /^([A-Z]+|\d+):([A-Z]+|\d+)$/.exec(range);
  if (!m) return null;
  const n = (s: string) => (/^\d+$/.test(s) ? Number(s) : [...s].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0));
  return [n(m[1] ?? ''), n(m[2] ?? '')];
}

/** How many pages wide the columns print at `scale`, the title columns repeated on each page after the first. */
export function pagesAcross(widths: readonly number[], scale: number, titleColumns: number): number {
  const page = (PRINTABLE.width * 100) / scale;
  const titles = widths.slice(0, titleColumns).reduce((sum, w) => sum + columnPoints(w), 0);
  let pages = 1;
  let used = 0;
  widths.forEach((w, i) => {
    const points = columnPoints(w);
    if (used > 0 && used + points > page) {
      pages += 1;
      used = i >= titleColumns ? titles : 0;
    }
    used += points;
  });
  return pages;
}

/** The largest scale (percent) at which the columns print as few pages wide as they can at MIN_SCALE or more. */
export function scaleFor(widths: readonly number[], titleColumns = 0, minScale = MIN_SCALE): { scale: number; pagesWide: number } {
  for (let pages = 1; pages <= 20; pages++) {
    for (let scale = 100; scale >= minScale; scale--) {
      if (pagesAcross(widths, scale, titleColumns) <= pages) return { scale, pagesWide: pages };
    }
  }
  return { scale: minScale, pagesWide: pagesAcross(widths, minScale, titleColumns) };
}

/** `&` is a code in a header or footer: a literal one is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, '&&');
}

/** The page setup of a sheet: A4 landscape, the scale its columns need, titles, print area, header and footer. */
export function pageSetupFor(model: WorkbookModel, widths: readonly number[], options: PrintOptions = {}): PrintPlan {
  const { lang, ctx } = model;
  const titleColumns = span(options.titleColumns);
  const titleRows = span(options.titleRows);
  const base: Partial<PageSetup> = {
    paperSize: 9,
    orientation: 'landscape',
    margins: { ...MARGINS },
    horizontalCentered: false,
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
    ...(options.titleColumns ? { printTitlesColumn: options.titleColumns } : {}),
  };
  const headerFooter: Partial<HeaderFooter> = {
    oddHeader: `&L&"-,Bold"${literal(localize(XLSX_TEXT, lang).workbookTitle)}&R${literal(localize(XLSX_TEXT, lang).asOf)} ${literal(ctx.evaluation.asOf)}`,
    oddFooter: `&L&A&R${localize(XLSX_TEXT, lang).pageFooter}`,
  };
  if (options.onePage) {
    return {
      pageSetup: { ...base, fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
      columns: widths.length,
      headerFooter,
      pagePoints: Number.POSITIVE_INFINITY,
      pagesWide: 1,
    };
  }
  const { scale, pagesWide } = scaleFor(widths, titleColumns ? titleColumns[1] : 0, options.minScale);
  const titleHeight = options.titleHeight ?? (titleRows ? (titleRows[1] - titleRows[0] + 1) * ROW_POINTS : 0);
  const pagePoints = Math.max(ROW_POINTS, (PRINTABLE.height * 100) / scale - titleHeight);
  return {
    pageSetup: { ...base, fitToPage: false, scale, pageOrder: 'overThenDown' },
    columns: widths.length,
    headerFooter,
    pagePoints,
    pagesWide,
  };
}

/** A run of rows that belong together (a unit, a target's block): kept on one page when it fits on one. */
export interface RowGroup {
  first: number;
  last: number;
}

/** Runs of equal keys in rows written one after the other from `firstRow`: a group per run. */
export function runsOf(keys: readonly string[], firstRow: number): RowGroup[] {
  const groups: RowGroup[] = [];
  keys.forEach((key, i) => {
    const row = firstRow + i;
    const last = groups.at(-1);
    if (last && keys[i - 1] === key) last.last = row;
    else groups.push({ first: row, last: row });
  });
  return groups;
}

/**
 * Manual page breaks before each group that would otherwise run over a page end, where the group fits
 * on a page of its own. `firstBody` is the first row under the title rows; `heightOf` a row's points
 * (default: a row of the default height, with room to spare).
 */
export function groupBreaks(groups: readonly RowGroup[], pagePoints: number, firstBody: number, heightOf: (row: number) => number = () => ROW_POINTS): number[] {
  const breaks: number[] = [];
  const points = (first: number, last: number) => {
    let sum = 0;
    for (let row = first; row <= last; row++) sum += heightOf(row);
    return sum;
  };
  let used = 0;
  let next = firstBody;
  for (const g of groups) {
    // rows between groups (blank rows, a heading) take their room too
    used += points(next, g.first - 1);
    const size = points(g.first, g.last);
    if (used > 0 && used + size > pagePoints && size <= pagePoints) {
      breaks.push(g.first - 1);
      used = 0;
    }
    used = (used + size) % pagePoints;
    next = g.last + 1;
  }
  return breaks;
}

/**
 * What a sheet's printing needs once its rows are written: the print area over them, and the page
 * breaks that keep each group on one page. Call before the sheet is committed.
 */
export function finishPrint(
  ws: Worksheet,
  plan: PrintPlan,
  rows: number,
  groups: readonly RowGroup[] = [],
  firstBody = 1,
  heightOf?: (row: number) => number,
): void {
  const setup = (ws as unknown as { pageSetup?: Partial<PageSetup> }).pageSetup;
  const breaks = (ws as unknown as { rowBreaks?: { id: number; max: number; man: number }[] }).rowBreaks;
  if (!setup || !Array.isArray(breaks)) throw new Error('not an exceljs 4 streaming worksheet (pageSetup, rowBreaks): check the exceljs version');
  // absolute rows: exceljs puts a `$` before each corner's column only, and LibreOffice reads `$A1:$K60` as
  // no print area at all (every row printed)
  setup.printArea = `A$1:${columnLetter(Math.max(1, plan.columns))}$${Math.max(1, rows)}`;
  if (!Number.isFinite(plan.pagePoints)) return;
  for (const row of groupBreaks(groups, plan.pagePoints, firstBody, heightOf)) breaks.push({ id: row, max: 16383, man: 1 });
}

/**
 * The height (points) of a row whose cells wrap these texts in columns `width` characters wide, a
 * line `linePoints` high: the tallest cell's lines, a line breaking anywhere (ids break at hyphens,
 * Chinese anywhere), with one line to spare over a guess that runs short.
 */
export function wrappedHeight(texts: readonly string[], width: number, linePoints: number): number {
  const lines = Math.max(1, ...texts.map((t) => Math.ceil(displayWidth(t) / Math.max(1, width - 1.5))));
  return Math.min(409, Math.round((lines + (lines > 1 ? 0.5 : 0)) * linePoints + 4));
}

/** The height of a header row whose cells wrap their texts in the sheet's columns (bold 11 pt). */
export function headerHeight(texts: readonly (string | null | undefined)[], widths: readonly number[]): number {
  return Math.max(15, ...texts.map((t, i) => (t ? wrappedHeight([t], widths[i] ?? 8.43, 14.5) : 15)));
}
