// The Problems sheet (only when there are any): every input problem with its file, line and column.
import type { Workbook } from 'exceljs';
import type { HeaderKey } from '../../i18n/xlsx.js';
import { problemOrder } from '../order.js';
import { problemMessage } from '../problem-text.js';
import type { WorkbookModel } from './model.js';
import { RowWriter, Widths } from './sheet.js';
import { style } from './styles.js';
import { REPORT_TEXT } from '../../i18n/report.js';
import { XLSX_HEADERS } from '../../i18n/xlsx.js';
import { columnLetter } from '../../shared/grid.js';

const KEYS: HeaderKey[] = ['file', 'line', 'column', 'field', 'problemCode', 'severity', 'message'];

export async function writeProblems(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { lang } = model;
  const problems = [...model.ctx.problems].sort(problemOrder(model.lang));
  const rows = problems.map((p) => [
    p.file,
    p.line,
    p.column,
    p.path,
    p.code,
    p.severity === 'error' ? { value: REPORT_TEXT.error[lang], style: style({ status: 'missed' }) } : REPORT_TEXT.warning[lang],
    problemMessage(p, model.lang),
  ]);
  const headers = KEYS.map((k) => XLSX_HEADERS[k][lang]);
  const widths = new Widths(6, 80);
  widths.seeRow(headers);
  for (const row of rows) widths.seeRow(row);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = widths.columns(KEYS.length, { 1: 6, 2: 6 });
  ws.autoFilter = `A1:${columnLetter(KEYS.length)}${rows.length + 1}`;
  const out = new RowWriter(ws);
  await out.add(headers.map((h) => ({ value: h, style: style({ header: true }) })));
  for (const row of rows) await out.add(row);
  ws.commit();
}
