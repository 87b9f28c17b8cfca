// The drawing part (xl/drawings/drawingN.xml): one two-cell anchor per chart, holding a graphic
// frame that points at the chart part (ECMA-376 part 1, 20.5: CT_Drawing, CT_TwoCellAnchor,
// CT_GraphicalObjectFrame).
import { NS } from './chart-part.js';
import type { CellAddress } from './refs.js';
import { attributes, escapeAttribute, rootOf, xmlSafe } from './xml.js';

export interface Anchor {
  from: CellAddress;
  to: CellAddress;
  /** the relationship id of the chart part in the drawing's rels */
  relId: string;
  /** unique among the drawing's objects */
  objectId: number;
  /** the chart's title, as the frame's name and description (what a screen reader says) */
  title: string;
}

function marker(tag: 'from' | 'to', cell: CellAddress, p: string): string {
  return `<${p}:${tag}><${p}:col>${cell.column - 1}</${p}:col><${p}:colOff>0</${p}:colOff><${p}:row>${cell.row - 1}</${p}:row><${p}:rowOff>0</${p}:rowOff></${p}:${tag}>`;
}

/**
 * One anchor: it moves with its cells but keeps its size (`oneCell`), as Excel's own charts do when
 * columns are resized. `p` is the spreadsheetDrawing prefix of the part it goes in; `declare` adds the
 * namespace declarations the part's root lacks.
 */
export function anchorXml(anchor: Anchor, p = 'xdr', declare = ''): string {
  const title = escapeAttribute(xmlSafe(anchor.title));
  return (
    `<${p}:twoCellAnchor editAs="oneCell"${declare}>` +
    marker('from', anchor.from, p) +
    marker('to', anchor.to, p) +
    `<${p}:graphicFrame macro="">` +
    `<${p}:nvGraphicFramePr><${p}:cNvPr id="${anchor.objectId}" name="${title}" descr="${title}"/><${p}:cNvGraphicFramePr/></${p}:nvGraphicFramePr>` +
    `<${p}:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></${p}:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${anchor.relId}"/></a:graphicData></a:graphic>` +
    `</${p}:graphicFrame><${p}:clientData/></${p}:twoCellAnchor>`
  );
}

export function newDrawingXml(anchors: readonly Anchor[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.map((a) => anchorXml(a)).join('')}</xdr:wsDr>`
  );
}

/** The object ids a drawing already uses (`cNvPr id`), so that a new chart takes one above them all. */
export function maxObjectId(xml: string): number {
  let max = 1;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?cNvPr\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
    const id = Number(attributes(m[0]).get('id'));
    if (Number.isInteger(id) && id > max) max = id;
  }
  return max;
}

/** Anchors added at the end of an existing drawing part (exceljs writes one for a sheet's images). */
export function appendToDrawing(xml: string, anchors: readonly Anchor[]): string {
  const root = rootOf(xml);
  if (root.localName !== 'wsDr') throw new Error(`a sheet's drawing part has the root <${root.prefix}${root.localName}>, not wsDr`);
  const p = [...root.namespaces].find(([, uri]) => uri === NS.xdr)?.[0];
  const hasA = [...root.namespaces].some(([prefix, uri]) => prefix === 'a' && uri === NS.a);
  // a default-namespace root (no prefix for spreadsheetDrawing) gets our anchors with their own prefix
  const prefix = p === undefined || p === '' ? 'xdr' : p;
  const declare = (p === undefined || p === '' ? ` xmlns:xdr="${NS.xdr}"` : '') + (hasA ? '' : ` xmlns:a="${NS.a}"`);
  const close = xml.lastIndexOf(`</${root.prefix}wsDr>`);
  if (close < 0) throw new Error('a drawing part without its end tag');
  return xml.slice(0, close) + anchors.map((a) => anchorXml(a, prefix, declare)).join('') + xml.slice(close);
}
