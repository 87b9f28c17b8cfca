// The Units sheet: every unit (and whole area) with its worst status under each document and how
// many of its results are missed, off track, at risk or without data, worst first.
import type { Workbook } from 'exceljs';
import { WORST_FIRST, byText, statusBadness, worstStatus } from '../../core/order.js';
import type { Result, Status, UnitRef } from '../../core/types.js';
import { header } from '../../i18n/xlsx.js';
import { statusLabel } from '../labels.js';
import type { WorkbookModel } from './model.js';
import { documentIds, levelText, unitKey, unitName } from './model.js';
import { finishPrint, headerHeight, pageSetupFor } from './print.js';
import { RowWriter, Widths, ignoreNumbersAsText } from './sheet.js';
import { columnLetter } from '../../shared/grid.js';
import type { CellInput } from './sheet.js';
import { FORMATS, style } from './styles.js';

/** The statuses counted beside each unit: those that need a look. */
const COUNTED: readonly Status[] = ['missed', 'off-track', 'no-data', 'at-risk'];

interface UnitRow {
  unit: UnitRef;
  aggregate: boolean;
  results: Result[];
}

function compareRows(a: UnitRow, b: UnitRow): number {
  const count = (row: UnitRow, s: Status) => row.results.filter((r) => r.status === s).length;
  const worst = (row: UnitRow) => statusBadness(worstStatus(row.results) ?? 'met');
  return (
    worst(b) - worst(a) ||
    WORST_FIRST.reduce((diff, s) => diff || count(b, s) - count(a, s), 0) ||
    Number(b.aggregate) - Number(a.aggregate) ||
    byText(a.unit.code, b.unit.code)
  );
}

export async function writeUnits(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { lang } = model;
  const docs = documentIds(model);
  const rows = new Map<string, UnitRow>();
  for (const r of model.ctx.evaluation.results) {
    const key = unitKey(r.unit, r.aggregate);
    const row = rows.get(key) ?? { unit: r.unit, aggregate: r.aggregate, results: [] };
    row.results.push(r);
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort(compareRows);
  const heads = [header(lang, 'code'), header(lang, 'unitName'), header(lang, 'level'), ...docs, ...COUNTED.map((s) => statusLabel(s, lang)), header(lang, 'total')];
  const widths = new Widths(8, 30, [8, 14, 6]);
  widths.seeRow(heads);
  for (const row of sorted) widths.see(1, unitName(row.unit, row.aggregate, lang));
  const columns = widths.columns(heads.length);
  const print = pageSetupFor(model, columns.map((c) => c.width), { titleRows: '1:1', titleColumns: 'A:B' });
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }], pageSetup: print.pageSetup, headerFooter: print.headerFooter });
  ws.columns = columns;
  ws.autoFilter = `A1:${columnLetter(heads.length)}${sorted.length + 1}`;
  const out = new RowWriter(ws);
  await out.add(
    heads.map((h, i) => ({ value: h, style: i >= 3 + docs.length ? style({ header: true, center: true }) : style({ header: true }) })),
    { height: headerHeight(heads, columns.map((c) => c.width)) },
  );
  for (const row of sorted) {
    const cells: CellInput[] = [row.unit.code, unitName(row.unit, row.aggregate, lang), levelText(row.unit.level, row.aggregate, lang)];
    for (const doc of docs) {
      const worst = worstStatus(row.results.filter((r) => r.document === doc));
      cells.push(worst ? { value: statusLabel(worst, lang), style: style({ status: worst, center: true }) } : null);
    }
    for (const s of COUNTED) {
      const n = row.results.filter((r) => r.status === s).length;
      cells.push(n > 0 ? { value: n, style: style({ numFmt: FORMATS.count, status: s }) } : null);
    }
    cells.push({ value: row.results.length, style: style({ numFmt: FORMATS.count }) });
    await out.add(cells);
  }
  finishPrint(ws, print, out.rowCount);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
