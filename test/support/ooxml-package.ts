// Reading an Office Open XML package in a test the way a reader does: the workbook's sheets, each
// sheet's drawing, each drawing's anchors and the chart parts they point at, the series of a chart with
// its ranges and caches; and the order ECMA-376 gives the children of each chart and drawing element.
import { posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { expect } from 'vitest';


type XmlNode = Record<string, unknown>;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
export const plain = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Relationship', 'Override', 'c:ser', 'c:pt', 'xdr:twoCellAnchor', 'sheet'].includes(name) });

export interface Package {
  zip: JSZip;
  text(path: string): Promise<string>;
  has(path: string): boolean;
}

export async function open(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    zip,
    has: (path) => zip.file(path) !== null,
    text: async (path) => {
      const f = zip.file(path);
      if (!f) throw new Error(`no part ${path}`);
      return f.async('string');
    },
  };
}

export function relsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

export async function relationships(pkg: Package, part: string): Promise<{ Id: string; Type: string; Target: string }[]> {
  if (!pkg.has(relsOf(part))) return [];
  const doc = plain.parse(await pkg.text(relsOf(part))) as { Relationships: { Relationship?: { Id: string; Type: string; Target: string }[] } };
  return doc.Relationships.Relationship ?? [];
}

/** The children of the root element, by name, in document order. */
export function childOrder(xml: string, path: string[] = []): string[] {
  let nodes = ordered.parse(xml) as XmlNode[];
  for (const name of path) {
    const node = nodes.find((n) => name in n);
    if (!node) throw new Error(`no ${name} in ${path.join('/')}`);
    nodes = node[name] as XmlNode[];
  }
  const root = nodes.find((n) => !('?xml' in n));
  const rootName = Object.keys(root ?? {}).find((k) => k !== ':@') ?? '';
  return path.length > 0 ? nodes.map((n) => Object.keys(n).find((k) => k !== ':@') ?? '').filter((n) => n !== '#text') : ((root?.[rootName] as XmlNode[]) ?? []).map((n) => Object.keys(n).find((k) => k !== ':@') ?? '').filter((n) => n !== '#text');
}

/** Checks `names` follow `sequence` (each name in it, in its order; repeats allowed). */
export function expectInOrder(names: string[], sequence: readonly string[], where: string): void {
  const ranks = names.map((n) => sequence.indexOf(n));
  expect(ranks, `${where}: ${names.join(' ')}`).not.toContain(-1);
  expect(ranks, `${where}: ${names.join(' ')}`).toEqual([...ranks].sort((a, b) => a - b));
}

/** Sheet name → its part, from the workbook and its relationships. */
export async function sheetParts(pkg: Package): Promise<Map<string, string>> {
  const book = plain.parse(await pkg.text('xl/workbook.xml')) as { workbook: { sheets: { sheet: { name: string; 'r:id': string }[] } } };
  const rels = await relationships(pkg, 'xl/workbook.xml');
  return new Map(book.workbook.sheets.sheet.map((s) => [String(s.name), posix.join('xl', rels.find((r) => r.Id === s['r:id'])?.Target ?? '')]));
}

export interface ChartFound {
  sheet: string;
  part: string;
  from: { col: number; row: number };
  to: { col: number; row: number };
  xml: string;
}

/** Every chart of the package, found the way a reader finds it: sheet → drawing → anchor → chart part. */
export async function chartsOf(pkg: Package): Promise<ChartFound[]> {
  const found: ChartFound[] = [];
  for (const [sheet, part] of await sheetParts(pkg)) {
    const ws = plain.parse(await pkg.text(part)) as { worksheet: { drawing?: { 'r:id': string } } };
    if (!ws.worksheet.drawing) continue;
    const drawingRel = (await relationships(pkg, part)).find((r) => r.Id === ws.worksheet.drawing?.['r:id']);
    expect(drawingRel?.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
    const drawingPart = posix.normalize(posix.join(posix.dirname(part), drawingRel?.Target ?? ''));
    const drawing = plain.parse(await pkg.text(drawingPart)) as { 'xdr:wsDr': { 'xdr:twoCellAnchor': XmlNode[] } };
    const drawingRels = await relationships(pkg, drawingPart);
    for (const anchor of drawing['xdr:wsDr']['xdr:twoCellAnchor']) {
      const frame = anchor['xdr:graphicFrame'] as XmlNode | undefined;
      if (!frame) continue;
      const chartRef = ((frame['a:graphic'] as XmlNode)['a:graphicData'] as XmlNode)['c:chart'] as Record<string, string>;
      const rel = drawingRels.find((r) => r.Id === chartRef['r:id']);
      expect(rel?.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
      const chartPart = posix.normalize(posix.join(posix.dirname(drawingPart), rel?.Target ?? ''));
      const cell = (m: XmlNode) => ({ col: Number(m['xdr:col']), row: Number(m['xdr:row']) });
      found.push({ sheet, part: chartPart, from: cell(anchor['xdr:from'] as XmlNode), to: cell(anchor['xdr:to'] as XmlNode), xml: await pkg.text(chartPart) });
    }
  }
  return found;
}

export interface SeriesFound {
  name: { f?: string; cache?: string; v?: string };
  cat: { f: string; cache: string[] };
  val: { f: string; cache: (number | null)[] };
}

export function seriesOf(chartXml: string): SeriesFound[] {
  const doc = plain.parse(chartXml) as { 'c:chartSpace': { 'c:chart': { 'c:plotArea': { 'c:lineChart': { 'c:ser': XmlNode[] } } } } };
  return doc['c:chartSpace']['c:chart']['c:plotArea']['c:lineChart']['c:ser'].map((ser) => {
    const tx = ser['c:tx'] as XmlNode;
    const strRef = tx['c:strRef'] as XmlNode | undefined;
    const cat = (ser['c:cat'] as XmlNode)['c:strRef'] as XmlNode;
    const val = (ser['c:val'] as XmlNode)['c:numRef'] as XmlNode;
    const catCache = cat['c:strCache'] as { 'c:ptCount': { val: string }; 'c:pt'?: { idx: string; 'c:v': unknown }[] };
    const valCache = val['c:numCache'] as { 'c:ptCount': { val: string }; 'c:pt'?: { idx: string; 'c:v': unknown }[] };
    const dense = <T>(cache: typeof catCache, as: (v: unknown) => T): (T | null)[] => {
      const out: (T | null)[] = Array.from({ length: Number(cache['c:ptCount'].val) }, () => null);
      for (const pt of cache['c:pt'] ?? []) out[Number(pt.idx)] = as(pt['c:v']);
      return out;
    };
    const nameCache = strRef ? (strRef['c:strCache'] as { 'c:pt': { 'c:v': unknown }[] })['c:pt'][0]?.['c:v'] : undefined;
    return {
      name: strRef ? { f: String(strRef['c:f']), cache: String(nameCache) } : { v: String(tx['c:v']) },
      cat: { f: String(cat['c:f']), cache: dense(catCache, String) as string[] },
      val: { f: String(val['c:f']), cache: dense(valCache, Number) },
    };
  });
}


/** The children of a chart part's elements in the order of CT_ChartSpace, CT_Chart, CT_PlotArea, CT_LineChart, CT_LineSer, CT_CatAx, CT_ValAx. */
export function expectChartInOrder(xml: string): void {
    expectInOrder(childOrder(xml), ['c:date1904', 'c:lang', 'c:roundedCorners', 'c:style', 'c:clrMapOvr', 'c:pivotSource', 'c:protection', 'c:chart', 'c:spPr', 'c:txPr', 'c:externalData', 'c:printSettings', 'c:userShapes', 'c:extLst'], 'CT_ChartSpace');
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart']), ['c:title', 'c:autoTitleDeleted', 'c:pivotFmts', 'c:view3D', 'c:floor', 'c:sideWall', 'c:backWall', 'c:plotArea', 'c:legend', 'c:plotVisOnly', 'c:dispBlanksAs', 'c:extLst'], 'CT_Chart');
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea']), ['c:layout', 'c:lineChart', 'c:catAx', 'c:valAx', 'c:dTable', 'c:spPr', 'c:extLst'], 'CT_PlotArea');
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:lineChart']), ['c:grouping', 'c:varyColors', 'c:ser', 'c:dLbls', 'c:dropLines', 'c:hiLowLines', 'c:upDownBars', 'c:marker', 'c:smooth', 'c:axId', 'c:extLst'], 'CT_LineChart');
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:lineChart', 'c:ser']), ['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:marker', 'c:dPt', 'c:dLbls', 'c:trendline', 'c:errBars', 'c:cat', 'c:val', 'c:smooth', 'c:extLst'], 'CT_LineSer');
    const axis = ['c:axId', 'c:scaling', 'c:delete', 'c:axPos', 'c:majorGridlines', 'c:minorGridlines', 'c:title', 'c:numFmt', 'c:majorTickMark', 'c:minorTickMark', 'c:tickLblPos', 'c:spPr', 'c:txPr', 'c:crossAx', 'c:crosses', 'c:crossesAt'];
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:catAx']), [...axis, 'c:auto', 'c:lblAlgn', 'c:lblOffset', 'c:tickLblSkip', 'c:tickMarkSkip', 'c:noMultiLvlLbl', 'c:extLst'], 'CT_CatAx');
    expectInOrder(childOrder(xml, ['c:chartSpace', 'c:chart', 'c:plotArea', 'c:valAx']), [...axis, 'c:crossBetween', 'c:majorUnit', 'c:minorUnit', 'c:dispUnits', 'c:extLst'], 'CT_ValAx');
}

/** The children of each anchor of a drawing part in the order of CT_TwoCellAnchor. */
export function expectDrawingInOrder(drawing: string): void {
    expectInOrder(childOrder(drawing, ['xdr:wsDr', 'xdr:twoCellAnchor']), ['xdr:from', 'xdr:to', 'xdr:sp', 'xdr:grpSp', 'xdr:graphicFrame', 'xdr:cxnSp', 'xdr:pic', 'xdr:contentPart', 'xdr:clientData'], 'CT_TwoCellAnchor');
}
