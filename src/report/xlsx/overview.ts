// The Overview sheet, one printed page: what was checked, then what failed (the statuses of each
// document, worst first; the whole-area targets not met; the units with the most failing targets),
// then who is late or never reported, and the legend. Lists that grow with the set (every unit, every
// unit that sent nothing) have sheets of their own: Units and Late.
import type { Workbook } from 'exceljs';
import { lateUnits } from '../../core/late.js';
import { WORST_FIRST, statusBadness } from '../../core/order.js';
import type { Result } from '../../core/types.js';
import { STATUS_HINTS } from '../../i18n/report.js';
import { header, XLSX_TEXT } from '../../i18n/xlsx.js';
import { inParens, joinList, localize } from '../../i18n/index.js';
import { indicatorName } from '../catalog-index.js';
import { formatThreshold } from '../figure-text.js';
import { statusLabel } from '../labels.js';
import { countByStatus } from '../order.js';
import { narrowingOptions } from '../scope-text.js';
import { CHARTED_UNIT_STATUSES } from '../trend-selection.js';
import { formatted, isoDate } from './cells.js';
import type { WorkbookModel } from './model.js';
import { documentIds, groupBy, unitKey, unitName } from './model.js';
import { finishPrint, headerHeight, pageSetupFor } from './print.js';
import { RowWriter, displayWidth, ignoreNumbersAsText } from './sheet.js';
import type { CellInput } from './sheet.js';
import { FORMATS, style } from './styles.js';

/** The units with the most failing results, at most. */
export const WORST_UNITS_LISTED = 10;
/** Late units named per document, at most (the Late sheet lists them all). */
const LATE_NAMED = 5;

const BASE_WIDTHS = [20, 24, 11, 11, 16, 11, 11, 11, 11, 9, 30];

function countCells(results: readonly Result[]): CellInput[] {
  const counts = countByStatus(results);
  return [
    ...WORST_FIRST.map((s) => (counts[s] > 0 ? { value: counts[s], style: style({ numFmt: FORMATS.count, status: s }) } : { value: 0, style: style({ numFmt: FORMATS.count, muted: true }) })),
    { value: results.length, style: style({ numFmt: FORMATS.count, bold: true }) },
  ];
}

export async function writeOverview(wb: Workbook, name: string, model: WorkbookModel, sheets: { results: string; units: string; late: string }): Promise<void> {
  const { ctx, lang, catalog } = model;
  const results = ctx.evaluation.results;
  const docs = documentIds(model);
  const late = lateUnits(ctx.documents, ctx.reports, ctx.unreported);
  const failingAreas = results
    .filter((r) => r.aggregate && statusBadness(r.status) >= statusBadness('at-risk'))
    .sort((a, b) => statusBadness(b.status) - statusBadness(a.status));
  const byUnit = groupBy(
    results.filter((r) => !r.aggregate && CHARTED_UNIT_STATUSES.includes(r.status)),
    (r) => unitKey(r.unit, false),
  );
  const worstUnits = [...byUnit.values()]
    .sort((a, b) => {
      const c = (list: Result[], s: Result['status']) => list.filter((r) => r.status === s).length;
      return c(b, 'missed') - c(a, 'missed') || c(b, 'off-track') - c(a, 'off-track') || b.length - a.length || ((a[0]?.unit.code ?? '') < (b[0]?.unit.code ?? '') ? -1 : 1);
    })
    .slice(0, WORST_UNITS_LISTED);
  // the rule's column as wide as its longest rule, the last as wide as the longest text that runs on
  // into it (an indicator from the 7th column, a list of late units from the 6th): the print area ends there
  const indicatorText = (r: Result) => `${indicatorName(r.target, catalog, lang)}${inParens(lang, r.target)}`;
  const thresholdText = (r: Result) => formatThreshold(r.rule, catalog.get(r.target)?.unit ?? 'count', lang);
  const lateText = (l: (typeof late)[number]) =>
    joinList(lang, l.late.slice(0, LATE_NAMED).map((u) => `${u.code} ${u.name}${inParens(lang, u.lastPeriod)}`)) +
    (l.late.length > LATE_NAMED ? localize(XLSX_TEXT, lang).andMore({ n: l.late.length }) : '');
  const WIDTHS = [...BASE_WIDTHS];
  const runOn = (from: number, texts: string[]) => Math.max(0, ...texts.map(displayWidth)) + 2 - BASE_WIDTHS.slice(from, -1).reduce((a, b) => a + b, 0);
  WIDTHS[4] = Math.max(BASE_WIDTHS[4] ?? 16, ...failingAreas.map((r) => displayWidth(thresholdText(r)) + 2));
  WIDTHS[10] = Math.max(BASE_WIDTHS[10] ?? 30, runOn(6, failingAreas.map(indicatorText)), runOn(5, late.map(lateText)));
  const print = pageSetupFor(model, WIDTHS, { onePage: true });
  const ws = wb.addWorksheet(name, { pageSetup: print.pageSetup, headerFooter: print.headerFooter });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const out = new RowWriter(ws);
  const bold = style({ bold: true });
  const section = style({ bold: true, title: false });
  const headStyle = style({ header: true });
  const note = style({ muted: true, italic: true });
  // a table's last head runs on over the empty columns to its right: it wraps only past the sheet's edge
  const head = async (cells: { value: string; style: ReturnType<typeof style> }[]) => {
    const widths = WIDTHS.slice(0, cells.length);
    widths[cells.length - 1] = WIDTHS.slice(cells.length - 1).reduce((a, b) => a + b, 0);
    return out.add(cells, { height: headerHeight(cells.map((c) => c.value), widths) });
  };
  const statusHeads = WORST_FIRST.map((s) => ({ value: statusLabel(s, lang), style: style({ status: s, center: true, bold: true }) }));

  // what was checked
  await out.add([{ value: localize(XLSX_TEXT, lang).workbookTitle, style: style({ title: true }) }], { height: 24 });
  const asOf = isoDate(ctx.evaluation.asOf);
  await out.add([{ value: localize(XLSX_TEXT, lang).asOf, style: bold }, asOf ? { value: asOf, style: style({ numFmt: FORMATS.date }) } : ctx.evaluation.asOf]);
  const units = new Set(ctx.reports.map((r) => r.code)).size;
  const read = ctx.scope && ctx.scope.filesRead !== ctx.reports.length ? localize(XLSX_TEXT, lang).filesOfRead({ n: ctx.scope.filesRead }) : '';
  await out.add([{ value: localize(XLSX_TEXT, lang).filesRead, style: bold }, { value: ctx.reports.length, style: style({ numFmt: FORMATS.count }) }, inParens(lang, `${localize(XLSX_TEXT, lang).unitsCount({ n: units })}${read}`)]);
  const narrowed = narrowingOptions(ctx.scope);
  await out.add([{ value: localize(XLSX_TEXT, lang).scope, style: bold }, narrowed.length > 0 ? narrowed.join(' ') : localize(XLSX_TEXT, lang).notNarrowed]);
  await out.add([{ value: localize(XLSX_TEXT, lang).problems, style: bold }, { value: ctx.problems.length, style: style({ numFmt: FORMATS.count }) }]);
  await out.add([{ value: localize(XLSX_TEXT, lang).generatedBy, style: bold }, `${ctx.tool.name} ${ctx.tool.version}`]);
  await out.blank();

  // what failed: the statuses of each document, worst first
  await out.add([{ value: localize(XLSX_TEXT, lang).byDocumentTitle, style: section }]);
  await head([{ value: header(lang, 'document'), style: headStyle }, { value: header(lang, 'area'), style: headStyle }, ...statusHeads, { value: header(lang, 'total'), style: style({ header: true, center: true }) }]);
  const byDoc = groupBy(results, (r) => r.document);
  for (const id of docs) await out.add([id, model.documents.get(id)?.area.name ?? null, ...countCells(byDoc.get(id) ?? [])]);
  await out.add([{ value: header(lang, 'total'), style: bold }, null, ...countCells(results)]);
  await out.blank();

  await out.add([{ value: localize(XLSX_TEXT, lang).failingAreasTitle, style: section }]);
  await head([header(lang, 'code'), header(lang, 'unitName'), header(lang, 'status'), header(lang, 'value'), header(lang, 'threshold'), header(lang, 'deadline'), header(lang, 'indicator')].map((h) => ({ value: h, style: headStyle })));
  if (failingAreas.length === 0) await out.add([localize(XLSX_TEXT, lang).noneFailing]);
  for (const r of failingAreas) {
    const unit = catalog.get(r.target)?.unit ?? 'count';
    const value = formatted(r.value, unit, lang, { rule: r.rule });
    await out.add([
      r.unit.code,
      unitName(r.unit, r.aggregate, lang),
      { value: statusLabel(r.status, lang), style: style({ status: r.status }) },
      value.numFmt ? { value: value.value, style: style({ numFmt: value.numFmt }) } : value.value,
      thresholdText(r),
      r.deadline,
      indicatorText(r),
    ]);
  }
  await out.blank();

  await out.add([{ value: localize(XLSX_TEXT, lang).worstUnitsTitle({ n: WORST_UNITS_LISTED }), style: section }]);
  await head([
    { value: header(lang, 'code'), style: headStyle },
    { value: header(lang, 'unitName'), style: headStyle },
    ...CHARTED_UNIT_STATUSES.map((s) => ({ value: statusLabel(s, lang), style: style({ status: s, center: true, bold: true }) })),
    { value: header(lang, 'document'), style: headStyle },
  ]);
  if (worstUnits.length === 0) await out.add([localize(XLSX_TEXT, lang).noneFailing]);
  for (const list of worstUnits) {
    const first = list[0] as Result;
    const count = (s: Result['status']) => list.filter((r) => r.status === s).length;
    await out.add([
      first.unit.code,
      first.unit.name,
      ...CHARTED_UNIT_STATUSES.map((s) => (count(s) > 0 ? { value: count(s), style: style({ numFmt: FORMATS.count, status: s, center: true }) } : null)),
      joinList(lang, [...new Set(list.map((r) => r.document))]),
    ]);
  }
  await out.add([{ value: localize(XLSX_TEXT, lang).seeSheets({ results: sheets.results, units: sheets.units }), style: note }]);
  await out.blank();

  // then who is late or never reported
  await out.add([{ value: localize(XLSX_TEXT, lang).lateTitle, style: section }]);
  await head([header(lang, 'document'), header(lang, 'area'), header(lang, 'period'), localize(XLSX_TEXT, lang).lateCount, localize(XLSX_TEXT, lang).neverCount, localize(XLSX_TEXT, lang).lateNames].map((h) => ({ value: h, style: headStyle })));
  for (const l of late) {
    const names = lateText(l);
    await out.add([
      l.document,
      model.documents.get(l.document)?.area.name ?? null,
      l.period ?? localize(XLSX_TEXT, lang).noFiles,
      // counts centred under their heads, clear of the names that follow
      { value: l.late.length, style: l.late.length > 0 ? style({ status: 'at-risk', center: true }) : style({ center: true }) },
      { value: l.never.length, style: l.never.length > 0 ? style({ status: 'missed', center: true }) : style({ center: true }) },
      names || null,
    ]);
  }
  await out.add([{ value: localize(XLSX_TEXT, lang).seeLate({ late: sheets.late }), style: note }]);
  await out.blank();

  // the legend, last: colour is never the only cue, the words are in every cell
  await out.add([{ value: localize(XLSX_TEXT, lang).legend, style: section }]);
  for (const s of WORST_FIRST) await out.add([{ value: statusLabel(s, lang), style: style({ status: s }) }, STATUS_HINTS[s][lang]]);
  finishPrint(ws, print, out.rowCount);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
