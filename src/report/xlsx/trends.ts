// The Trends sheet: for each target, one block of units × periods holding the history behind each
// pace. Each block is a plain table (names down the side, periods across the top), so that selecting
// it and inserting a line chart is all a chart takes.
import type { Workbook } from 'exceljs';
import type { Result } from '../../core/types.js';
import { indicatorName, valueUnitOf } from '../catalog-index.js';
import { unitLabel } from '../labels.js';
import { formatted } from './cells.js';
import type { CellValue } from './cells.js';
import type { WorkbookModel } from './model.js';
import { compareUnits, documentIds, groupBy, unitName } from './model.js';
import { RowWriter, Widths, ignoreNumbersAsText } from './sheet.js';
import { style } from './styles.js';
import { XLSX_TEXT, XLSX_HEADERS } from '../../i18n/xlsx.js';

const PERIOD_WIDTH = 11;

/** Targets in catalog order (document by document), each with its results that have a history. */
function blocks(model: WorkbookModel): { target: string; results: Result[] }[] {
  const byTarget = groupBy(
    model.ctx.evaluation.results.filter((r) => r.history.length > 0),
    (r) => r.target,
  );
  const order: string[] = [];
  for (const docId of documentIds(model)) {
    for (const t of model.documents.get(docId)?.targets ?? []) if (byTarget.has(t.id)) order.push(t.id);
  }
  for (const id of [...byTarget.keys()].sort()) if (!order.includes(id)) order.push(id);
  return order.map((target) => ({ target, results: [...(byTarget.get(target) ?? [])].sort(compareUnits) }));
}

export async function writeTrends(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { lang, catalog } = model;
  const list = blocks(model);
  let maxPeriods = 0;
  const widths = new Widths(8, 40, [10, 16]);
  for (const block of list) {
    const periods = new Set<string>();
    for (const r of block.results) {
      for (const p of r.history) periods.add(p.period);
      widths.see(0, r.unit.code);
      widths.see(1, unitName(r.unit, r.aggregate, lang));
    }
    maxPeriods = Math.max(maxPeriods, periods.size);
  }
  const fixed: Record<number, number> = {};
  for (let i = 0; i < maxPeriods; i += 1) fixed[2 + i] = PERIOD_WIDTH;

  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 0 }] });
  ws.columns = widths.columns(2 + maxPeriods, fixed);
  const out = new RowWriter(ws);
  const headStyle = style({ header: true });

  for (const block of list) {
    const first = block.results[0];
    if (!first) continue;
    const unit = valueUnitOf(block.target, catalog, { value: first.value, rule: first.rule });
    const periods = [...new Set(block.results.flatMap((r) => r.history.map((p) => p.period)))].sort();
    const column = new Map(periods.map((p, i) => [p, i]));
    const title = XLSX_TEXT.trendBlock({
      target: block.target,
      indicator: indicatorName(block.target, catalog, lang),
      unit: unitLabel(unit, lang) || '—',
    })[lang];
    await out.add([{ value: title, style: style({ bold: true }) }]);
    await out.add([
      { value: XLSX_HEADERS.code[lang], style: headStyle },
      { value: XLSX_HEADERS.unitName[lang], style: headStyle },
      ...periods.map((p) => ({ value: p, style: headStyle })),
    ]);
    // every point as every format shows a value: on its side of the target's rule
    for (const r of block.results) {
      const values: CellValue[] = [r.unit.code, unitName(r.unit, r.aggregate, lang), ...Array<CellValue>(periods.length).fill(null)];
      const styles: (ReturnType<typeof style> | undefined)[] = [undefined, undefined, ...periods.map(() => undefined)];
      for (const point of r.history) {
        const i = column.get(point.period);
        if (i === undefined) continue;
        const f = formatted(point.value, unit, lang, { rule: r.rule });
        values[2 + i] = f.value;
        if (f.numFmt) styles[2 + i] = style({ numFmt: f.numFmt });
      }
      await out.addValues(values, styles);
    }
    await out.blank();
  }
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
