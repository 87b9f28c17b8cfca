// The Targets sheet: the catalog as checked, each target with the sentence of the document it comes from.
import type { Workbook } from 'exceljs';
import type { Deadline, Formula, Lang, Scope } from '../../core/types.js';
import type { HeaderKey } from '../../i18n/xlsx.js';
import { formatThreshold } from '../figure-text.js';
import { levelLabel, unitLabel } from '../labels.js';
import type { CatalogItem } from '../catalog-index.js';
import type { WorkbookModel } from './model.js';
import { RowWriter } from './sheet.js';
import type { CellInput } from './sheet.js';
import { style } from './styles.js';
import { XLSX_TEXT, XLSX_HEADERS } from '../../i18n/xlsx.js';
import { REPORT_TEXT } from '../../i18n/report.js';
import { columnLetter } from '../../shared/grid.js';
import { joinList } from '../../i18n/index.js';

function sum(ids: readonly string[]): string {
  return ids.length > 1 ? `(${ids.join(' + ')})` : (ids[0] ?? '');
}

export function formulaText(formula: Formula): string {
  let text = sum(formula.numerator);
  if (formula.denominator && formula.denominator.length > 0) text += ` / ${sum(formula.denominator)}`;
  if (formula.scale !== undefined && formula.scale !== 1) text += ` × ${formula.scale}`;
  return text;
}

export function deadlineText(deadline: Deadline, lang: Lang): string {
  if (deadline.type === 'date') return deadline.date;
  if (deadline.type === 'each-year') return XLSX_TEXT.eachYear[lang];
  return deadline.from ? XLSX_TEXT.ongoingFrom({ date: deadline.from })[lang] : REPORT_TEXT.ongoing[lang];
}

export function scopeText(scope: Scope, lang: Lang): string {
  if (scope.type === 'each-county') return XLSX_TEXT.eachCounty[lang];
  if (scope.type === 'whole-area') return XLSX_TEXT.wholeArea[lang];
  return XLSX_TEXT.eachLevel({ levels: joinList(lang, scope.levels.map((l) => levelLabel(l, lang))) })[lang];
}

const COLUMNS: { key: HeaderKey; width: number; cell: (item: CatalogItem, lang: Lang) => CellInput }[] = [
  { key: 'target', width: 36, cell: (i) => i.id },
  { key: 'document', width: 14, cell: (i) => i.document },
  { key: 'indicator', width: 30, cell: (i, lang) => i.indicator[lang] },
  { key: 'clause', width: 10, cell: (i) => i.clause },
  { key: 'responsible', width: 30, cell: (i) => ({ value: i.responsible.join('、') || null, style: style({ wrap: true }) }) },
  { key: 'quote', width: 70, cell: (i) => ({ value: i.quote, style: style({ wrap: true }) }) },
  { key: 'formula', width: 50, cell: (i) => ({ value: formulaText(i.formula), style: style({ wrap: true }) }) },
  { key: 'rule', width: 16, cell: (i, lang) => ('rule' in i ? formatThreshold(i.rule, i.unit, lang) : XLSX_TEXT.noRule[lang]) },
  { key: 'valueUnit', width: 12, cell: (i, lang) => unitLabel(i.unit, lang) || null },
  { key: 'deadline', width: 18, cell: (i, lang) => ('deadline' in i ? deadlineText(i.deadline, lang) : null) },
  { key: 'scope', width: 20, cell: (i, lang) => scopeText(i.scope, lang) },
  {
    key: 'kind',
    width: 10,
    cell: (i, lang) => ('kind' in i ? XLSX_TEXT[i.kind === 'cumulative' ? 'kindCumulative' : 'kindLevel'][lang] : null),
  },
  { key: 'note', width: 50, cell: (i, lang) => (i.note ? { value: i.note[lang], style: style({ wrap: true }) } : null) },
];

export async function writeTargets(wb: Workbook, name: string, model: WorkbookModel): Promise<void> {
  const { lang } = model;
  const items: CatalogItem[] = model.ctx.documents.flatMap((d) => [...d.targets, ...d.indicators]);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.autoFilter = `A1:${columnLetter(COLUMNS.length)}${items.length + 1}`;
  const out = new RowWriter(ws);
  await out.add(
    COLUMNS.map((c) => ({ value: XLSX_HEADERS[c.key][lang], style: style({ header: true }) })),
    { height: 20 },
  );
  for (const item of items) await out.add(COLUMNS.map((c) => c.cell(item, lang)));
  ws.commit();
}
