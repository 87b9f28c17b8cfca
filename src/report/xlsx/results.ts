// The Results sheet: one row per check, every figure that led to its status.
import { XLSX_HEADERS, XLSX_TEXT } from '../../i18n/xlsx.js';
import { joinClauses, joinList } from '../../i18n/index.js';
import type { Workbook } from 'exceljs';
import type { Result } from '../../core/types.js';
import { resultNotes } from '../result-words.js';
import type { HeaderKey } from '../../i18n/xlsx.js';
import { changeLabel, comparatorSymbol, flagLabel, statusLabel, unitLabel } from '../labels.js';
import { formatDeadline, progressPercent, resultMet } from '../figure-text.js';
import { indicatorName, valueUnitOf, deadlineOf } from '../catalog-index.js';
import { sortFlags } from '../order.js';
import { finite, formatted, formattedGap, isoDate } from './cells.js';
import type { Formatted } from './cells.js';
import type { WorkbookModel } from './model.js';
import { levelText, unitName } from './model.js';
import { finishPrint, pageSetupFor, runsOf } from './print.js';
import { RowWriter, Widths, addProgressDataBar, ignoreNumbersAsText } from './sheet.js';
import { columnLetter } from '../../shared/grid.js';
import type { CellInput } from './sheet.js';
import { FORMATS, style } from './styles.js';

/** `maxWidth` caps a column whose texts run long (they stay whole in the cell, a click away). */
type Column = { key: HeaderKey; cell: (r: Result) => CellInput; maxWidth?: number };

function cellOf(f: Formatted): CellInput {
  return f.numFmt ? { value: f.value, style: style({ numFmt: f.numFmt }) } : f.value;
}

function notes(model: WorkbookModel, r: Result): string {
  const { lang } = model;
  const parts: string[] = [];
  if (r.since) parts.push(XLSX_TEXT.since({ period: r.since })[lang]);
  if (r.metLate) parts.push(XLSX_TEXT.metLate({ period: r.metLate })[lang]);
  // why no data, what the area's sums carried forward (and from when) or lacked: as every format says it
  parts.push(...resultNotes(r, model.names, lang, model.ctx.evaluation.thresholds.coverage));
  return joinClauses(lang, parts);
}

function columns(model: WorkbookModel): Column[] {
  const { lang, catalog } = model;
  const unitOf = (r: Result) => valueUnitOf(r.target, catalog, { value: r.value, rule: r.rule });
  const cols: Column[] = [
    { key: 'code', cell: (r) => r.unit.code },
    { key: 'unitName', cell: (r) => unitName(r.unit, r.aggregate, lang) },
    { key: 'level', cell: (r) => levelText(r.unit.level, r.aggregate, lang) },
    { key: 'document', cell: (r) => r.document },
    { key: 'target', cell: (r) => r.target },
    // as wide as the longest name (en: 83 characters), so that none is cut
    { key: 'indicator', cell: (r) => indicatorName(r.target, catalog, lang), maxWidth: 90 },
    { key: 'period', cell: (r) => r.period },
    { key: 'value', cell: (r) => cellOf(formatted(r.value, unitOf(r), lang, { rule: r.rule })) },
    { key: 'comparator', cell: (r) => ({ value: comparatorSymbol(r.rule.comparator), style: style({ center: true }) }) },
    { key: 'threshold', cell: (r) => cellOf(formatted(r.rule.threshold, unitOf(r), lang)) },
    { key: 'valueUnit', cell: (r) => unitLabel(unitOf(r), lang) || null },
    { key: 'gap', cell: (r) => cellOf(formattedGap(r, unitOf(r), lang)) },
    {
      key: 'progress',
      cell: (r) => {
        const p = progressPercent(r.progress, resultMet(r));
        return p === null ? null : { value: p / 100, style: style({ numFmt: FORMATS.progress }) };
      },
    },
    { key: 'status', cell: (r) => ({ value: statusLabel(r.status, lang), style: style({ status: r.status }) }) },
    { key: 'flags', cell: (r) => joinList(lang, sortFlags(r.flags).map((f) => flagLabel(f, lang))) || null },
    {
      key: 'deadline',
      cell: (r) => {
        const date = r.deadline === null ? null : isoDate(r.deadline);
        if (date) return { value: date, style: style({ numFmt: FORMATS.date }) };
        return formatDeadline(deadlineOf(r.target, catalog), r.deadline, lang);
      },
    },
    {
      key: 'monthsLeft',
      cell: (r) => {
        const m = finite(r.monthsLeft);
        if (m === null) return null;
        return { value: m, style: style({ numFmt: Number.isInteger(m) ? FORMATS.months : FORMATS.monthsFraction }) };
      },
    },
    { key: 'observations', cell: (r) => r.trend.observations },
    { key: 'pace', cell: (r) => cellOf(formatted(r.trend.pace, unitOf(r), lang, { extraDecimals: 1 })) },
    { key: 'requiredPace', cell: (r) => cellOf(formatted(r.trend.requiredPace, unitOf(r), lang, { extraDecimals: 1 })) },
    {
      key: 'paceRatio',
      cell: (r) => {
        const v = finite(r.trend.paceRatio);
        return v === null ? null : { value: v, style: style({ numFmt: FORMATS.ratio }) };
      },
    },
    { key: 'projected', cell: (r) => cellOf(formatted(r.trend.projected, unitOf(r), lang, { rule: r.rule })) },
  ];
  if (model.ctx.baseline) cols.push({ key: 'change', cell: (r) => (r.change ? changeLabel(r.change, lang) : null) });
  cols.push(
    { key: 'notes', cell: (r) => notes(model, r) || null, maxWidth: 40 },
    { key: 'clause', cell: (r) => catalog.get(r.target)?.clause ?? null },
    { key: 'responsible', cell: (r) => r.responsible.join('、') || null, maxWidth: 30 },
    { key: 'sourceFile', cell: (r) => r.source?.file ?? null },
    { key: 'sourceLine', cell: (r) => r.source?.line ?? null },
  );
  return cols;
}

export async function writeResults(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const cols = columns(model);
  const headers = cols.map((c) => XLSX_HEADERS[c.key][model.lang]);
  const results = model.ctx.evaluation.results;
  const rows = results.map((r) => cols.map((c) => c.cell(r)));

  const widths = new Widths(6, 90);
  widths.seeRow(headers);
  for (const row of rows) widths.seeRow(row);

  const last = columnLetter(cols.length);
  const columnWidths = widths.columns(cols.length).map((w, i) => ({ width: Math.min(w.width, cols[i]?.maxWidth ?? 60) }));
  const print = pageSetupFor(model, columnWidths.map((c) => c.width), { titleRows: '1:1', titleColumns: 'A:B', titleHeight: 30 });
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1, activeCell: 'C2' }],
    pageSetup: print.pageSetup,
    headerFooter: print.headerFooter,
  });
  ws.columns = columnWidths;
  ws.autoFilter = `A1:${last}${Math.max(1, rows.length + 1)}`;
  const out = new RowWriter(ws);
  await out.add(headers.map((h) => ({ value: h, style: style({ header: true }) })), { height: 30 });
  for (const row of rows) await out.add(row);

  // a unit's results on one page: a break before a unit that would run over the page's end
  finishPrint(ws, print, out.rowCount, runsOf(results.map((r) => r.unit.code), 2), 2);
  const progress = columnLetter(cols.findIndex((c) => c.key === 'progress') + 1);
  if (rows.length > 0) addProgressDataBar(ws, `${progress}2:${progress}${rows.length + 1}`);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
