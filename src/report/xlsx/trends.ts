// The Trends sheet: for each target, one block of units × months holding the history behind each
// pace, with the threshold under it and, for each result the Charts sheet draws with its deadline
// ahead, the path the target needs and the projection (xlsx/trend-plan.ts lays it out). Each block is
// a plain table (names down the side, months across the top): the native charts read its cells.
import type { Style, Workbook } from 'exceljs';
import { header } from '../../i18n/xlsx.js';
import type { CellValue } from './cells.js';
import type { WorkbookModel } from './model.js';
import { unitName } from './model.js';
import { ROW_POINTS, finishPrint, pageSetupFor, scaleFor } from './print.js';
import { RowWriter, Widths, displayWidth, ignoreNumbersAsText } from './sheet.js';
import { style } from './styles.js';
import type { PlannedRow, TrendPlan } from './trend-plan.js';

export const PERIOD_WIDTH = 11;
/** The narrowest the label column gets when it gives way to the months. */
const LABEL_MIN = 20;
/** How much wider bold text runs than plain. */
const BOLD_WIDTH = 1.1;
/** A line of 11 pt text, in points. */
const LINE_POINTS = 14.5;

/**
 * The label column's width: as wide as its longest label, unless that costs a page across (an
 * English path or projection label, `projection at the observed pace: 桂林市 (whole area)`, is half
 * as wide again as its Chinese one): then the widest that prints as few pages across as the months
 * allow, its longer labels wrapped.
 */
function labelWidth(widths: readonly number[]): number {
  const across = (label: number) => scaleFor(widths.map((w, i) => (i === 1 ? label : w)), 2).pagesWide;
  const fewest = across(LABEL_MIN);
  let label = widths[1] ?? LABEL_MIN;
  while (label > LABEL_MIN && across(label) > fewest) label -= 1;
  return label;
}

export async function writeTrends(wb: Workbook, name: string, model: WorkbookModel, plan: TrendPlan): Promise<void> {
  const { lang } = model;
  const widths = new Widths(8, 40, [10, 16]);
  for (const block of plan.blocks) {
    for (const r of block.rows) {
      widths.see(0, r.result.unit.code);
      widths.see(1, unitName(r.result.unit, r.result.aggregate, lang));
      if (r.required) widths.see(1, r.required.label);
      if (r.projection) widths.see(1, r.projection.label);
    }
    if (block.threshold) widths.see(1, block.threshold.label);
  }
  const fixed: Record<number, number> = {};
  for (let i = 0; i < plan.maxPeriods; i += 1) fixed[2 + i] = PERIOD_WIDTH;
  const columns = widths.columns(2 + plan.maxPeriods, fixed);
  const label = labelWidth(columns.map((c) => c.width));
  columns[1] = { width: label };
  // a text wider than its column wraps, in a row as tall as its lines (the width counts a Latin
  // letter as wide as a digit, which it seldom is: no line to spare on top); none for one line
  const wrappedHeight = (textWidth: number, column: number): number | undefined => {
    const lines = Math.ceil(textWidth / (column - 2));
    return lines > 1 ? Math.round(lines * LINE_POINTS + 4) : undefined;
  };
  const print = pageSetupFor(model, columns.map((c) => c.width), { titleColumns: 'A:B' });
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }], pageSetup: print.pageSetup, headerFooter: print.headerFooter });
  ws.columns = columns;
  const out = new RowWriter(ws);
  const headStyle = style({ header: true });

  const heights = new Map<number, number>();
  /** The next row, with its height when it wraps (the page breaks count it). */
  const add = (values: readonly CellValue[], styles: readonly (Partial<Style> | undefined)[], height: number | undefined) => {
    if (height !== undefined) heights.set(out.rowCount + 1, height);
    return out.addValues(values, styles, { height });
  };
  const write = async (planned: PlannedRow, muted: boolean) => {
    const values: CellValue[] = [planned.code, planned.label, ...planned.values];
    // a row of two lines sets its cells at the top: its room below parts it from the next pair of lines
    const height = wrappedHeight(displayWidth(planned.label), label);
    const wrap = height !== undefined;
    const labelStyle = muted || wrap ? style({ muted, wrap, top: wrap }) : undefined;
    const styles = [wrap ? style({ top: true }) : undefined, labelStyle, ...planned.formats.map((f) => (f ? style({ numFmt: f, top: wrap }) : undefined))];
    await add(values, styles, height);
  };
  const blockStarts: number[] = [];
  const titleWidth = (columns[0]?.width ?? 8) + label;
  for (const block of plan.blocks) {
    blockStarts.push(block.titleRow);
    // the title over the code and label columns, wrapped there: the months' columns do not repeat on
    // a page across, and LibreOffice cuts a printed title at the repeated columns' edge
    const height = wrappedHeight(displayWidth(block.title) * BOLD_WIDTH, titleWidth);
    ws.mergeCells(out.rowCount + 1, 1, out.rowCount + 1, 2);
    await add([block.title], [style({ bold: true, wrap: height !== undefined, top: height !== undefined })], height);
    await out.add([
      { value: header(lang, 'code'), style: headStyle },
      { value: header(lang, 'unitName'), style: headStyle },
      ...block.periods.map((p) => ({ value: p, style: headStyle })),
    ]);
    for (const r of block.rows) await write(r, false);
    if (block.threshold) await write(block.threshold, true);
    for (const r of block.rows) {
      if (r.required) await write(r.required, true);
      if (r.projection) await write(r.projection, true);
    }
    await out.blank();
  }
  if (out.rowCount !== plan.rowCount) throw new Error(`Trends: ${out.rowCount} rows written, ${plan.rowCount} planned`);
  // a block is never split over two pages when it fits on one
  finishPrint(ws, print, out.rowCount, blockStarts.map((start, i) => ({ first: start, last: (blockStarts[i + 1] ?? plan.rowCount + 1) - 1 })), 1, (row) => heights.get(row) ?? ROW_POINTS);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
