// The Data sheet: the measures as read, one row per unit and period, with the file they came from,
// the latest month first. Set in 8 pt so that it prints legibly at full scale; it prints the latest
// month's files (the page header says so), the months before being what the Trends sheet shows.
import type { Workbook } from 'exceljs';
import type { MeasureDef, UnitReport } from '../../core/types.js';
import { levelLabel, yesNo } from '../labels.js';
import { RowWriter, Widths, ignoreNumbersAsText } from './sheet.js';
import type { CellInput } from './sheet.js';
import type { CellValue } from './cells.js';
import type { WorkbookModel } from './model.js';
import { finishPrint, pageSetupFor, wrappedHeight } from './print.js';
import { FORMATS, style } from './styles.js';
import { XLSX_HEADERS, XLSX_TEXT } from '../../i18n/xlsx.js';
import { localize } from '../../i18n/index.js';
import { columnLetter } from '../../shared/grid.js';

const LEAD = 5;
/** A measure's column: eleven digits of 8 pt type (not 9: exceljs drops a column of its default width). */
const MEASURE_WIDTH = 8.5;
/** Column widths count digits of the workbook's 11 pt type: 8 pt text takes this share of them. */
const SMALL = 0.75;
/** A row of 8 pt type. */
const SMALL_ROW = 11.25;

/** Measure ids present in the reports: in the registry's order, then any unknown ones by name. */
function measureColumns(reports: readonly UnitReport[], registry: ReadonlyMap<string, MeasureDef>): string[] {
  const present = new Set<string>();
  for (const r of reports) for (const id of Object.keys(r.measures)) present.add(id);
  const known = [...registry.keys()].filter((id) => present.has(id));
  const unknown = [...present].filter((id) => !registry.has(id)).sort();
  return [...known, ...unknown];
}

/** The latest month first, then by code. */
function compareReports(a: UnitReport, b: UnitReport): number {
  return a.period > b.period ? -1 : a.period < b.period ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export async function writeData(
  wb: Workbook,
  name: string,
  model: WorkbookModel,
  registry: ReadonlyMap<string, MeasureDef>,
): Promise<void> {
  const { lang } = model;
  const reports = [...model.ctx.reports].sort(compareReports);
  const ids = measureColumns(reports, registry);
  // a measure the registry calls a number gets decimals; so does one that holds a fraction anywhere
  const decimal = new Set(ids.filter((id) => registry.get(id)?.type === 'number'));
  for (const r of reports) {
    for (const [id, v] of Object.entries(r.measures)) if (typeof v === 'number' && !Number.isInteger(v)) decimal.add(id);
  }

  const widths = new Widths(8, 60, [8, 12, 6, 8, 20]);
  for (const r of reports) {
    widths.see(1, r.name ?? model.names.get(r.code) ?? null);
    widths.see(4, r.file);
  }
  const width = LEAD + ids.length;
  const columns = widths.columns(width).map((c, i) => ({ width: i < LEAD ? Math.ceil(c.width * SMALL) : MEASURE_WIDTH }));
  const headHeight = wrappedHeight(ids.map((id) => registry.get(id)?.[lang] ?? id), MEASURE_WIDTH / SMALL, 10.5);
  const latest = reports[0]?.period ?? '';
  const printed = reports.filter((r) => r.period === latest).length;
  const print = pageSetupFor(model, columns.map((c) => c.width), { titleRows: '1:2', titleColumns: 'A:B', titleHeight: SMALL_ROW + headHeight, minScale: 100 });
  const said = localize(XLSX_TEXT, lang).dataPrinted({ period: latest, n: printed, total: reports.length }).replace(/&/g, '&&');
  const headerFooter = { ...print.headerFooter, oddHeader: (print.headerFooter.oddHeader ?? '').replace('&R', `&C${said}&R`) };
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }], pageSetup: print.pageSetup, headerFooter });
  ws.columns = columns;
  ws.autoFilter = `A2:${columnLetter(width)}${reports.length + 2}`;

  const out = new RowWriter(ws);
  const caption = style({ caption: true, small: true });
  const headStyle = style({ header: true, small: true });
  await out.add([...Array<CellInput>(LEAD).fill(null), ...ids.map((id) => ({ value: id, style: caption }))], { height: SMALL_ROW });
  await out.add(
    [
      ...(['code', 'unitName', 'level', 'period', 'file'] as const).map((k) => ({ value: XLSX_HEADERS[k][lang], style: headStyle })),
      ...ids.map((id) => ({ value: registry.get(id)?.[lang] ?? id, style: headStyle })),
    ],
    { height: headHeight },
  );
  const integer = style({ numFmt: FORMATS.integer, small: true });
  const fraction = style({ numFmt: FORMATS.decimal, small: true });
  const text = style({ small: true });
  // one style per column, shared by every row
  const styles = [...Array<typeof text>(LEAD).fill(text), ...ids.map((id) => (decimal.has(id) ? fraction : integer))];
  const level = new Map(reports.map((r) => [r.level, levelLabel(r.level, lang)]));
  for (const r of reports) {
    const values: CellValue[] = [r.code, r.name ?? model.names.get(r.code) ?? null, level.get(r.level) ?? r.level, r.period, r.file];
    for (const id of ids) {
      const v = r.measures[id];
      if (typeof v === 'number') values.push(Number.isFinite(v) ? v : null);
      else if (typeof v === 'boolean') values.push(yesNo(v, lang));
      else values.push(null);
    }
    await out.addValues(values, styles, { height: SMALL_ROW });
  }
  // the print area: the heads and the latest month's files, a row per unit
  finishPrint(ws, print, 2 + printed, [], 3, () => SMALL_ROW);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
