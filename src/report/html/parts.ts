// The pieces every section of the HTML report is made of, each with the room it takes on the page.
import { WORST_FIRST } from '../../core/order.js';
import type { Lang, PolicyDocument, Result, Status } from '../../core/types.js';
import { HTML_TEXT, STATUS_SIGNS } from '../../i18n/html.js';
import { localize, PUNCTUATION } from '../../i18n/index.js';
import { indicatorName } from '../catalog-index.js';
import { statusLabel } from '../labels.js';
import { anchorId, esc } from './escape.js';
import { lineCount, linesHeightMm, rowCells, rowLines } from './measure.js';
import type { HtmlModel } from './model.js';
import type { BlockItem, Item, TableItem, TableRow } from './pages.js';
import { PAGE, TYPE } from './styles.js';

/** A section's heading, on a new sheet, named in the table of contents. */
export function sectionStart(anchor: string, title: string): Item[] {
  return [{ kind: 'break' }, { kind: 'block', html: `<h2 id="${anchor}">${esc(title)}</h2>`, height: TYPE.h2, keepWithNext: true, anchor }];
}

/** A section that goes document by document in the run's order: its heading, then each document's items. */
export function documentSection(anchor: string, title: string, model: HtmlModel, perDocument: (doc: PolicyDocument, model: HtmlModel) => Item[]): Item[] {
  const items = sectionStart(anchor, title);
  for (const id of model.docIds) {
    const doc = model.documents.get(id);
    if (doc) items.push(...perDocument(doc, model));
  }
  return items;
}

export function subheading(title: string, id?: string): BlockItem {
  const attr = id === undefined ? '' : ` id="${esc(id)}"`;
  return { kind: 'block', html: `<h3${attr}>${esc(title)}</h3>`, height: TYPE.h3, keepWithNext: true };
}

/** A paragraph of body text, its height from its length. */
export function paragraph(text: string, className = ''): BlockItem {
  const lines = lineCount(text, PAGE.content, TYPE.bodyPt);
  const cls = className ? ` class="${className}"` : '';
  return { kind: 'block', html: `<p${cls}>${esc(text)}</p>`, height: linesHeightMm(lines, TYPE.bodyPt) + TYPE.paragraphGap + 0.5 };
}

export interface Column {
  /** millimetres; the widths of a table add up to the content width */
  width: number;
  head: string;
  className?: string;
}

/** The height of a table row of `lines` lines of small type, with its padding. */
function linesRowHeight(lines: number): number {
  return lines <= 1 ? TYPE.row : lines * TYPE.smallLine + TYPE.rowPadding;
}

/**
 * A table's opening: its columns and head; the rows follow (html/pages.ts splits them over sheets).
 * Cells wrap, never cut: each row (and the head) is as tall as its tallest cell's text wraps to in its
 * column, or the height it was given if that is more.
 */
export function table(columns: readonly Column[], rows: TableRow[], className = ''): TableItem {
  const cols = columns.map((c) => `<col style="width:${c.width.toFixed(1)}mm">`).join('');
  const head = columns.map((c) => `<th${c.className ? ` class="${c.className}"` : ''}>${c.head}</th>`).join('');
  const cls = className ? ` class="${className}"` : '';
  const widths = columns.map((c) => c.width);
  const padding = className === 'grid' ? 0.6 : 2;
  const headLines = rowLines(columns.map((c) => ({ html: c.head, span: 1 })), widths, TYPE.smallPt, padding);
  const fitted = rows.map((r) => ({ ...r, height: Math.max(r.height, linesRowHeight(rowLines(rowCells(r.html), widths, TYPE.smallPt, padding))) }));
  const headHeight = Math.max(TYPE.tableHead, linesRowHeight(headLines) + 0.4) + TYPE.tableGap;
  return { kind: 'table', open: `<table${cls}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead>`, headHeight, rows: fitted };
}

/** One row of one line. */
export function row(cells: readonly string[], options: { className?: string; id?: string; keepWithNext?: boolean; height?: number } = {}): TableRow {
  const attrs = `${options.id ? ` id="${esc(options.id)}"` : ''}${options.className ? ` class="${options.className}"` : ''}`;
  return {
    html: `<tr${attrs}>${cells.join('')}</tr>`,
    height: options.height ?? TYPE.row,
    ...(options.keepWithNext ? { keepWithNext: true } : {}),
  };
}

export function td(content: string, className = '', title?: string): string {
  const cls = className ? ` class="${className}"` : '';
  const tip = title === undefined ? '' : ` title="${esc(title)}"`;
  return `<td${cls}${tip}>${content}</td>`;
}

/**
 * A short list of results: the unit (its code and `unitName`, linked to the result's details), the
 * indicator, and a last cell; `widths` the columns' shares of the page.
 */
export function resultList(
  model: Pick<HtmlModel, 'lang' | 'catalog'>,
  results: readonly Result[],
  head: string,
  widths: readonly [number, number, number],
  cells: { unitName: (r: Result) => string; last: (r: Result) => string },
): TableItem {
  const { lang, catalog } = model;
  const w = PAGE.content;
  return table(
    [
      { width: w * widths[0], head: esc(head) },
      { width: w * widths[1], head: esc(localize(HTML_TEXT, lang).indicator) },
      { width: w * widths[2], head: '' },
    ],
    results.map((r) =>
      row([
        td(link(resultAnchor(r), esc(`${r.unit.code} ${cells.unitName(r)}`))),
        td(esc(indicatorName(r.target, catalog, lang)), '', r.target),
        td(cells.last(r)),
      ]),
    ),
  );
}

/** The status in words, in its colours. */
export function badge(status: Status, lang: Lang): string {
  return `<span class="badge s-${status}">${esc(statusLabel(status, lang))}</span>`;
}

/** The id of a result's row in the details. */
export function resultAnchor(r: Pick<Result, 'document' | 'target' | 'unit' | 'aggregate'>): string {
  return anchorId('r', r.target, r.unit.code, r.aggregate ? 'area' : 'unit');
}

/** The id of a target in the catalog section. */
export function targetAnchor(target: string): string {
  return anchorId('t', target);
}

export function link(href: string, content: string, className = ''): string {
  return `<a href="#${esc(href)}"${className ? ` class="${className}"` : ''}>${content}</a>`;
}

/** The height of a wrapped cell's text of small type in a column of `width` millimetres, with the row's padding. */
export function wrappedRowHeight(texts: readonly { text: string; width: number }[]): number {
  const lines = Math.max(1, ...texts.map((t) => lineCount(t.text, t.width - 2, TYPE.smallPt)));
  return Math.max(TYPE.row, lines * TYPE.smallLine + TYPE.rowPadding);
}

/** `责任单位：民政局、财政局` / `responsible: 民政局、财政局`, or '' with none (the departments' names are Chinese in both languages). */
export function responsibleLine(responsible: readonly string[], lang: Lang): string {
  return responsible.length > 0 ? `${localize(HTML_TEXT, lang).responsible}${PUNCTUATION.colon[lang]}${responsible.join('、')}` : '';
}

/** Each status's sign and name, worst first: `✗ 未达标  ↘ 进度滞后 …`. */
export function statusLegend(lang: Lang): string {
  return WORST_FIRST.map((s) => `${STATUS_SIGNS[s]} ${statusLabel(s, lang)}`).join(PUNCTUATION.legend[lang]);
}
