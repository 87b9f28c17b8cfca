// The Overview sheet: what was checked, counts by status for each document and each area, the worst
// status of each unit under each document, and the units that sent nothing.
import type { Workbook } from 'exceljs';
import type { Result, Status, UnitRef } from '../../core/types.js';
import { STATUSES } from '../../core/types.js';
import { STATUS_HINTS } from '../../i18n/report.js';
import { worstStatus } from '../../core/order.js';
import { countByStatus } from '../order.js';
import { statusLabel } from '../labels.js';
import { isoDate } from './cells.js';
import type { WorkbookModel } from './model.js';
import { compareUnits, documentTitle, documentIds, groupBy, levelText, unitKey, unitName } from './model.js';
import { RowWriter, ignoreNumbersAsText } from './sheet.js';
import type { CellInput } from './sheet.js';
import { FORMATS, PRINT_WIDE, style } from './styles.js';
import { XLSX_TEXT, XLSX_HEADERS } from '../../i18n/xlsx.js';

/** The prefecture (or province) a result belongs to: a whole area is its own. */
function areaOf(r: Result): string {
  if (r.aggregate || r.unit.level === 'province') return r.unit.code;
  return `${r.unit.code.slice(0, 4)}00`;
}

function countCells(results: readonly Result[]): CellInput[] {
  const counts = countByStatus(results);
  return [
    ...STATUSES.map((s) => (counts[s] > 0 ? { value: counts[s], style: style({ numFmt: FORMATS.count, status: s }) } : 0)),
    { value: results.length, style: style({ numFmt: FORMATS.count, bold: true }) },
  ];
}

export async function writeOverview(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { ctx, lang } = model;
  const results = ctx.evaluation.results;
  const docs = documentIds(model);
  const ws = wb.addWorksheet(name, { pageSetup: PRINT_WIDE });
  ws.columns = [{ width: 16 }, { width: 26 }, ...Array.from({ length: Math.max(8, docs.length) + 1 }, () => ({ width: 12 }))];
  const out = new RowWriter(ws);
  const bold = style({ bold: true });
  const section = bold;
  const headStyle = style({ header: true });
  const statusHeads = STATUSES.map((s) => ({ value: statusLabel(s, lang), style: style({ status: s, center: true, bold: true }) }));

  await out.add([{ value: XLSX_TEXT.workbookTitle[lang], style: style({ title: true }) }], { height: 24 });
  const asOf = isoDate(ctx.evaluation.asOf);
  await out.add([{ value: XLSX_TEXT.asOf[lang], style: bold }, asOf ? { value: asOf, style: style({ numFmt: FORMATS.date }) } : ctx.evaluation.asOf]);
  await out.add([{ value: XLSX_TEXT.generatedBy[lang], style: bold }, `${ctx.tool.name} ${ctx.tool.version}`]);
  await out.add([{ value: XLSX_TEXT.filesRead[lang], style: bold }, { value: ctx.reports.length, style: style({ numFmt: FORMATS.count }) }]);
  await out.add([{ value: XLSX_TEXT.problems[lang], style: bold }, { value: ctx.problems.length, style: style({ numFmt: FORMATS.count }) }]);
  await out.blank();

  await out.add([{ value: XLSX_TEXT.legend[lang], style: section }]);
  for (const s of STATUSES) await out.add([{ value: statusLabel(s, lang), style: style({ status: s }) }, STATUS_HINTS[s][lang]]);
  await out.blank();

  // documents checked
  const byDoc = groupBy(results, (r) => r.document);
  await out.add([{ value: XLSX_TEXT.documentsTitle[lang], style: section }]);
  await out.add(
    (['document', 'area', 'issued', 'targets', 'checks', 'title'] as const).map((k) => ({ value: XLSX_HEADERS[k][lang], style: headStyle })),
  );
  for (const id of docs) {
    const doc = model.documents.get(id);
    const issued = doc ? isoDate(doc.issued) : null;
    await out.add([
      id,
      doc?.area.name ?? null,
      issued ? { value: issued, style: style({ numFmt: FORMATS.date }) } : null,
      doc ? doc.targets.length : null,
      { value: byDoc.get(id)?.length ?? 0, style: style({ numFmt: FORMATS.count }) },
      doc ? documentTitle(doc, lang) : null,
    ]);
  }
  await out.blank();

  // counts by status: per document, per area
  await out.add([{ value: XLSX_TEXT.byDocumentTitle[lang], style: section }]);
  await out.add([{ value: XLSX_HEADERS.document[lang], style: headStyle }, { value: XLSX_HEADERS.area[lang], style: headStyle }, ...statusHeads, { value: XLSX_HEADERS.total[lang], style: headStyle }]);
  for (const id of docs) {
    await out.add([id, model.documents.get(id)?.area.name ?? null, ...countCells(byDoc.get(id) ?? [])]);
  }
  await out.add([{ value: XLSX_HEADERS.total[lang], style: bold }, null, ...countCells(results)]);
  await out.blank();

  const byArea = groupBy(results, areaOf);
  await out.add([{ value: XLSX_TEXT.byAreaTitle[lang], style: section }]);
  await out.add([{ value: XLSX_HEADERS.code[lang], style: headStyle }, { value: XLSX_HEADERS.area[lang], style: headStyle }, ...statusHeads, { value: XLSX_HEADERS.total[lang], style: headStyle }]);
  for (const code of [...byArea.keys()].sort()) {
    await out.add([code, model.names.get(code) ?? null, ...countCells(byArea.get(code) ?? [])]);
  }
  await out.blank();

  // expected units that sent no file
  await out.add([{ value: XLSX_TEXT.unreportedTitle[lang], style: section }]);
  const unreported = docs.flatMap((id) => (ctx.unreported[id] ?? []).map((u) => ({ doc: id, ...u })));
  if (unreported.length === 0) {
    await out.add([XLSX_TEXT.noneUnreported[lang]]);
  } else {
    await out.add([
      { value: XLSX_HEADERS.code[lang], style: headStyle },
      { value: XLSX_HEADERS.unitName[lang], style: headStyle },
      { value: XLSX_HEADERS.document[lang], style: headStyle },
    ]);
    for (const u of unreported) await out.add([u.code, u.name, u.doc]);
  }
  await out.blank();

  // units × documents: each unit's worst status
  await out.add([{ value: XLSX_TEXT.matrixTitle[lang], style: section }]);
  await out.add([
    { value: XLSX_HEADERS.code[lang], style: headStyle },
    { value: XLSX_HEADERS.unitName[lang], style: headStyle },
    { value: XLSX_HEADERS.level[lang], style: headStyle },
    ...docs.map((id) => ({ value: id, style: headStyle })),
  ]);
  const units = new Map<string, { unit: UnitRef; aggregate: boolean; byDoc: Map<string, Result[]> }>();
  for (const r of results) {
    const key = unitKey(r.unit, r.aggregate);
    let entry = units.get(key);
    if (!entry) {
      entry = { unit: r.unit, aggregate: r.aggregate, byDoc: new Map() };
      units.set(key, entry);
    }
    const list = entry.byDoc.get(r.document);
    if (list) list.push(r);
    else entry.byDoc.set(r.document, [r]);
  }
  for (const entry of [...units.values()].sort(compareUnits)) {
    await out.add([
      entry.unit.code,
      unitName(entry.unit, entry.aggregate, lang),
      levelText(entry.unit.level, entry.aggregate, lang),
      ...docs.map((id): CellInput => {
        const worst: Status | null = worstStatus(entry.byDoc.get(id) ?? []);
        return worst ? { value: statusLabel(worst, lang), style: style({ status: worst, center: true }) } : null;
      }),
    ]);
  }
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
