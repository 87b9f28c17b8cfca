// The Trends sheet: for each target, one block of units × months holding the history behind each
// pace, with the threshold under it and, for each result the Charts sheet draws with its deadline
// ahead, the path the target needs and the projection (xlsx/trend-plan.ts lays it out). Each block is
// a plain table (names down the side, months across the top): the native charts read its cells.
import type { Workbook } from 'exceljs';
import { header } from '../../i18n/xlsx.js';
import type { CellValue } from './cells.js';
import type { WorkbookModel } from './model.js';
import { unitName } from './model.js';
import { finishPrint, pageSetupFor } from './print.js';
import { RowWriter, Widths, ignoreNumbersAsText } from './sheet.js';
import { style } from './styles.js';
import type { PlannedRow, TrendPlan } from './trend-plan.js';

export const PERIOD_WIDTH = 11;

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
  const print = pageSetupFor(model, columns.map((c) => c.width), { titleColumns: 'A:B' });
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }], pageSetup: print.pageSetup, headerFooter: print.headerFooter });
  ws.columns = columns;
  const out = new RowWriter(ws);
  const headStyle = style({ header: true });
  const muted = style({ muted: true });

  const write = async (planned: PlannedRow, label: ReturnType<typeof style> | undefined) => {
    const values: CellValue[] = [planned.code, planned.label, ...planned.values];
    const styles = [undefined, label, ...planned.formats.map((f) => (f ? style({ numFmt: f }) : undefined))];
    await out.addValues(values, styles);
  };
  const blockStarts: number[] = [];
  for (const block of plan.blocks) {
    blockStarts.push(block.titleRow);
    await out.add([{ value: block.title, style: style({ bold: true }) }]);
    await out.add([
      { value: header(lang, 'code'), style: headStyle },
      { value: header(lang, 'unitName'), style: headStyle },
      ...block.periods.map((p) => ({ value: p, style: headStyle })),
    ]);
    for (const r of block.rows) await write(r, undefined);
    if (block.threshold) await write(block.threshold, muted);
    for (const r of block.rows) {
      if (r.required) await write(r.required, muted);
      if (r.projection) await write(r.projection, muted);
    }
    await out.blank();
  }
  if (out.rowCount !== plan.rowCount) throw new Error(`Trends: ${out.rowCount} rows written, ${plan.rowCount} planned`);
  // a block is never split over two pages when it fits on one
  finishPrint(ws, print, out.rowCount, blockStarts.map((start, i) => ({ first: start, last: (blockStarts[i + 1] ?? plan.rowCount + 1) - 1 })));
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
