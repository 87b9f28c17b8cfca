// One sheet per document: units as rows, the document's targets as columns, each cell the value
// coloured by its status. A whole plan at a glance.
import { header, XLSX_HEADERS, XLSX_TEXT } from '../../i18n/xlsx.js';
import { localize } from '../../i18n/index.js';
import { columnLetter } from '../../shared/grid.js';
import type { Workbook } from 'exceljs';
import type { IndicativeResult, PolicyDocument, Result, UnitRef } from '../../core/types.js';
import { STATUSES } from '../../core/types.js';
import { formatDeadline, formatThreshold } from '../figure-text.js';
import { statusLabel } from '../labels.js';
import type { CatalogItem } from '../catalog-index.js';
import { formatted } from './cells.js';
import type { WorkbookModel } from './model.js';
import { compareUnits, documentTitle, levelText, unitKey, unitName } from './model.js';
import { RowWriter, Widths, ignoreNumbersAsText } from './sheet.js';
import type { CellInput } from './sheet.js';
import { finishPrint, pageSetupFor, wrappedHeight } from './print.js';
import { style } from './styles.js';

export interface DocumentRow {
  unit: UnitRef;
  aggregate: boolean;
  results: Map<string, Result>;
  indicative: Map<string, IndicativeResult>;
}

const HEAD_ROWS = 4;
const LEAD_COLUMNS = 3;
/** A target's column: `100.0%` and a yes/no with room to spare, twelve across a landscape page. */
const ITEM_WIDTH = 12;

/** `facility-area-new` for `liuzhou-2023/facility-area-new`: the sheet already names the document. */
function slug(id: string, doc: string): string {
  return id.startsWith(`${doc}/`) ? id.slice(doc.length + 1) : id;
}

function ruleText(item: CatalogItem, model: WorkbookModel): string {
  const { lang } = model;
  if (!('rule' in item)) return XLSX_TEXT.noRule[lang];
  const deadline = item.deadline.type === 'date' ? item.deadline.date : formatDeadline(item.deadline, null, lang);
  return `${formatThreshold(item.rule, item.unit, lang)} · ${deadline}`;
}

/** A row per unit (and whole area) of the document: its results and indicative values by target, whole areas first. */
export function rowsOf(doc: PolicyDocument, model: WorkbookModel): DocumentRow[] {
  const rows = new Map<string, DocumentRow>();
  const rowFor = (unit: UnitRef, aggregate: boolean): DocumentRow => {
    const key = unitKey(unit, aggregate);
    let row = rows.get(key);
    if (!row) {
      row = { unit, aggregate, results: new Map(), indicative: new Map() };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of model.ctx.evaluation.results) if (r.document === doc.id) rowFor(r.unit, r.aggregate).results.set(r.target, r);
  for (const r of model.ctx.evaluation.indicative) {
    if (r.document === doc.id) rowFor(r.unit, r.aggregate).indicative.set(r.target, r);
  }
  return [...rows.values()].sort(compareUnits);
}

function valueCell(item: CatalogItem, row: DocumentRow, model: WorkbookModel): CellInput {
  const result = row.results.get(item.id);
  if (result) {
    const f = formatted(result.value, item.unit, model.lang, { rule: result.rule });
    return { value: f.value, style: style({ status: result.status, ...(f.numFmt ? { numFmt: f.numFmt } : {}) }) };
  }
  const shown = row.indicative.get(item.id);
  if (shown) {
    const f = formatted(shown.value, item.unit, model.lang);
    return { value: f.value, style: style({ italic: true, muted: true, ...(f.numFmt ? { numFmt: f.numFmt } : {}) }) };
  }
  return null;
}

export async function writeDocumentSheet(wb: Workbook, name: string, doc: PolicyDocument, model: WorkbookModel): Promise<void> {
  const { lang } = model;
  const items: CatalogItem[] = [...doc.targets, ...doc.indicators];
  const rows = rowsOf(doc, model);
  const width = LEAD_COLUMNS + items.length;

  const widths = new Widths(8, 40);
  for (const row of rows) {
    widths.see(0, row.unit.code);
    widths.see(1, unitName(row.unit, row.aggregate, lang));
    widths.see(2, levelText(row.unit.level, row.aggregate, lang));
  }
  const fixed: Record<number, number> = {};
  items.forEach((_, i) => {
    fixed[LEAD_COLUMNS + i] = ITEM_WIDTH;
  });
  const columns = widths.columns(width, fixed);
  // the head's rows as tall as their wrapped text (an id or a name never runs into the row under it)
  const names = wrappedHeight(items.map((i) => i.indicator[lang]), ITEM_WIDTH, 14.5);
  const rules = wrappedHeight(items.map((i) => ruleText(i, model)), ITEM_WIDTH, 14.5);
  const ids = wrappedHeight(items.map((i) => slug(i.id, doc.id)), ITEM_WIDTH, 12);
  const print = pageSetupFor(model, columns.map((c) => c.width), { titleRows: `1:${HEAD_ROWS}`, titleColumns: 'A:C', titleHeight: 22 + names + rules + ids });
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: LEAD_COLUMNS - 1, ySplit: HEAD_ROWS }],
    pageSetup: print.pageSetup,
    headerFooter: print.headerFooter,
  });
  ws.columns = columns;
  ws.autoFilter = `A${HEAD_ROWS}:${columnLetter(width)}${HEAD_ROWS + rows.length}`;

  const out = new RowWriter(ws);
  const lead = (cells: CellInput[]) => [...cells, ...Array<CellInput>(LEAD_COLUMNS - cells.length).fill(null)];
  await out.add([{ value: documentTitle(doc, lang), style: style({ title: true }) }], {
    height: 22,
  });
  await out.add(
    [...lead([]), ...items.map((i) => ({ value: i.indicator[lang], style: style({ bold: true, wrap: true }) }))],
    { height: names },
  );
  await out.add([...lead([]), ...items.map((i) => ({ value: ruleText(i, model), style: style({ wrap: true, muted: true }) }))], {
    height: rules,
  });
  const headStyle = style({ header: true });
  await out.add(
    [
      { value: header(lang, 'code'), style: headStyle },
      { value: header(lang, 'unitName'), style: headStyle },
      { value: header(lang, 'level'), style: headStyle },
      ...items.map((i) => ({ value: slug(i.id, doc.id), style: style({ header: true, caption: true }) })),
    ],
    { height: ids },
  );
  for (const row of rows) {
    await out.add([
      row.unit.code,
      unitName(row.unit, row.aggregate, lang),
      levelText(row.unit.level, row.aggregate, lang),
      ...items.map((i) => valueCell(i, row, model)),
    ]);
  }

  // the legend: colour alone must not carry the status
  await out.blank();
  await out.add([
    { value: XLSX_HEADERS.status[lang], style: style({ bold: true }) },
    ...STATUSES.map((s) => ({ value: statusLabel(s, lang), style: style({ status: s, center: true }) })),
  ]);
  await out.add([{ value: localize(XLSX_TEXT, lang).indicativeLegend, style: style({ italic: true, muted: true }) }]);
  finishPrint(ws, print, out.rowCount);
  ignoreNumbersAsText(ws, `A1:A${Math.max(1, out.rowCount)}`);
  ws.commit();
}
