// A worksheet's `<drawing r:id>`: found where it is, or put where CT_Worksheet (ECMA-376 part 1,
// 18.3.1.99) wants it, after everything up to `smartTags` and before `legacyDrawing`, `tableParts`
// and `extLst`. Only the part of the sheet after `</sheetData>` is scanned: a data sheet can be large.
import { NS } from './chart-part.js';
import { attributes, childrenFrom, rootOf } from './xml.js';

/** CT_Worksheet's children, in their order. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

const DRAWING_RANK = WORKSHEET_ORDER.indexOf('drawing');

interface SheetTail {
  prefix: string;
  /** the relationships namespace's prefix on the root, if it declares one */
  relPrefix: string | undefined;
  /** where the children after sheetData begin */
  from: number;
}

function tailOf(xml: string): SheetTail {
  const root = rootOf(xml);
  if (root.localName !== 'worksheet') throw new Error(`not a worksheet part (root <${root.prefix}${root.localName}>)`);
  const p = root.prefix;
  const close = xml.lastIndexOf(`</${p}sheetData>`);
  let from: number;
  if (close >= 0) from = close + `</${p}sheetData>`.length;
  else {
    const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
    if (!empty) throw new Error('a worksheet without sheetData');
    from = empty.index + empty[0].length;
  }
  const relPrefix = [...root.namespaces].find(([prefix, uri]) => prefix !== '' && uri === NS.r)?.[0];
  return { prefix: p, relPrefix, from };
}

/** The relationship id of the sheet's drawing, if it has one. */
export function drawingRelId(xml: string): string | null {
  const tail = tailOf(xml);
  const { children } = childrenFrom(xml, tail.from);
  const drawing = children.find((c) => c.name === 'drawing');
  if (!drawing) return null;
  const tag = xml.slice(drawing.start, xml.indexOf('>', drawing.start) + 1);
  const id = [...attributes(tag)].find(([name]) => name.endsWith(':id'))?.[1];
  if (!id) throw new Error('a <drawing> without r:id');
  return id;
}

/** The sheet with `<drawing r:id="…"/>` in its place; throws if it already has one. */
export function withDrawing(xml: string, relId: string): string {
  const tail = tailOf(xml);
  const { children, rootEnd } = childrenFrom(xml, tail.from);
  if (children.some((c) => c.name === 'drawing')) throw new Error('the sheet already has a drawing');
  const next = children.find((c) => {
    const rank = (WORKSHEET_ORDER as readonly string[]).indexOf(c.name);
    return rank > DRAWING_RANK;
  });
  const at = next?.start ?? rootEnd;
  const r = tail.relPrefix ?? 'r';
  const declare = tail.relPrefix === undefined ? ` xmlns:r="${NS.r}"` : '';
  return `${xml.slice(0, at)}<${tail.prefix}drawing${declare} ${r}:id="${relId}"/>${xml.slice(at)}`;
}
