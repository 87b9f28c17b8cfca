// Native Excel line charts (DrawingML) added to a finished workbook: exceljs writes none. The
// workbook's bytes go in with a list of charts, and come out with, for each chart, a chart part
// (xl/charts/chartN.xml), an anchor in its sheet's drawing part (xl/drawings/drawingN.xml, made or
// added to), the relationships between them and the sheet's `<drawing r:id>`, and a content type for
// each new part. Every part written keeps the element order of ECMA-376, so Excel opens the file
// without offering to repair it. See docs/charts.md.
import type JSZipType from 'jszip';
import { chartPartXml } from './chart-part.js';
import { appendToDrawing, maxObjectId, newDrawingXml } from './drawing-part.js';
import type { Anchor } from './drawing-part.js';
import {
  CONTENT_TYPE,
  REL,
  Relationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  withOverrides,
  workbookPart,
  worksheets,
} from './package-parts.js';
import { cellCount, parseCell, parseRange } from './refs.js';
import { drawingRelId, withDrawing } from './sheet-part.js';
import type { NativeChartSpec } from './spec.js';
import { tags } from './xml.js';

export type { NativeChartSpec, NativeSeriesSpec } from './spec.js';
export { rangeRef } from './refs.js';

const DASHES = new Set(['solid', 'dash', 'sysDot', 'sysDash', 'lgDash']);

/** Throws, naming the chart and what is wrong, when a spec cannot be written as it says. */
export function checkChart(chart: NativeChartSpec, sheetNames: ReadonlySet<string>): void {
  const fail = (what: string): never => {
    throw new Error(`native chart "${chart.title}" on sheet "${chart.sheet}": ${what}`);
  };
  const guard = <T>(f: () => T): T => {
    try {
      return f();
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  };
  if (!sheetNames.has(chart.sheet)) fail(`no such worksheet (the workbook has ${[...sheetNames].map((s) => `"${s}"`).join(', ')})`);
  const from = guard(() => parseCell(chart.from));
  const to = guard(() => parseCell(chart.to));
  if (to.column <= from.column || to.row <= from.row) fail(`${chart.to} is not below and right of ${chart.from}`);
  if (chart.title.trim() === '') fail('no title');
  if (chart.series.length === 0) fail('no series');
  const range = (ref: string, cache: number) => {
    const r = guard(() => parseRange(ref));
    if (!sheetNames.has(r.sheet)) fail(`${ref} names no worksheet of the workbook`);
    const n = guard(() => cellCount(r, ref));
    if (n !== cache) fail(`${ref} holds ${n} cells, its cache ${cache} values`);
    return n;
  };
  const categories = range(chart.categories.ref, chart.categories.cache.length);
  for (const series of chart.series) {
    const label = typeof series.name === 'string' ? series.name : series.name.cache;
    if (typeof series.name !== 'string') range(series.name.ref, 1);
    range(series.values.ref, series.values.cache.length);
    if (series.values.cache.length !== categories) fail(`series "${label}" has ${series.values.cache.length} values for ${categories} categories`);
    if (series.values.cache.some((v) => v !== null && !Number.isFinite(v))) fail(`series "${label}" caches a value that is not a finite number`);
    if (!/^#[0-9A-Fa-f]{6}$/.test(series.color)) fail(`series "${label}": colour ${JSON.stringify(series.color)} is not #RRGGBB`);
    if (series.dash !== undefined && !DASHES.has(series.dash)) fail(`series "${label}": dash ${JSON.stringify(series.dash)}`);
    if (series.width !== undefined && !(series.width > 0 && series.width <= 20)) fail(`series "${label}": width ${series.width} pt`);
  }
}

async function text(zip: JSZipType, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

async function required(zip: JSZipType, path: string): Promise<string> {
  const content = await text(zip, path);
  if (content === null) throw new Error(`the workbook has no part ${path}`);
  return content;
}

/** The next free N of `folder/nameN.xml` among the package's parts. */
function nextNumber(zip: JSZipType, folder: string, name: string): number {
  const re = new RegExp(`^${folder}/${name}(\\d+)\\.xml$`);
  let max = 0;
  for (const path of Object.keys(zip.files)) {
    const n = Number(re.exec(path)?.[1] ?? 0);
    if (n > max) max = n;
  }
  return max + 1;
}

/**
 * The workbook `xlsx` with `charts` added, as new bytes. Charts on the same sheet share its drawing;
 * a sheet that already has a drawing (exceljs writes one for images) gets the charts added to it.
 * Throws an Error naming the chart when a spec cannot be written as it says (see checkChart), and
 * when the workbook is not one it can read.
 */
export async function addNativeCharts(xlsx: Uint8Array, charts: readonly NativeChartSpec[]): Promise<Buffer> {
  if (charts.length === 0) return Buffer.from(xlsx);
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToZip(zip, charts);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The charts added to a workbook already opened with jszip (so that other edits share one load and one write). */
export async function addChartsToZip(zip: JSZipType, charts: readonly NativeChartSpec[]): Promise<void> {
  if (charts.length === 0) return;
  // every part written gets the date of the parts already there: the same input, the same bytes
  const date = zip.file('[Content_Types].xml')?.date ?? new Date(Date.UTC(1980, 0, 1));
  const put = (path: string, content: string) => zip.file(path, content, { date, createFolders: false });

  const bookPath = workbookPart(await required(zip, '_rels/.rels'));
  const sheets = worksheets(await required(zip, bookPath), bookPath, await required(zip, relsPathOf(bookPath)));
  const sheetNames = new Set(sheets.map((s) => s.name));
  for (const chart of charts) checkChart(chart, sheetNames);

  const overrides: { part: string; type: string }[] = [];
  let chartNumber = nextNumber(zip, 'xl/charts', 'chart');
  let drawingNumber = nextNumber(zip, 'xl/drawings', 'drawing');
  const bySheet = new Map<string, NativeChartSpec[]>();
  for (const chart of charts) bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);

  for (const [name, onSheet] of bySheet) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no worksheet ${name}`);
    let sheetXml = await required(zip, sheet.part);
    const sheetRels = new Relationships(await text(zip, relsPathOf(sheet.part)));

    const existingId = drawingRelId(sheetXml);
    let drawingPath: string;
    let drawingXml: string | null = null;
    if (existingId !== null) {
      const rel = sheetRels.byId(existingId);
      if (!rel || rel.type !== REL.drawing) throw new Error(`sheet "${name}": its <drawing r:id="${existingId}"> has no drawing relationship`);
      drawingPath = resolveTarget(sheet.part, rel.target);
      drawingXml = await required(zip, drawingPath);
    } else {
      drawingPath = `xl/drawings/drawing${drawingNumber++}.xml`;
      sheetXml = withDrawing(sheetXml, sheetRels.add(REL.drawing, relativeTarget(sheet.part, drawingPath)));
      overrides.push({ part: drawingPath, type: CONTENT_TYPE.drawing });
    }
    const drawingRels = new Relationships(await text(zip, relsPathOf(drawingPath)));

    let objectId = drawingXml === null ? 1 : maxObjectId(drawingXml);
    const anchors: Anchor[] = onSheet.map((chart) => {
      const chartPath = `xl/charts/chart${chartNumber++}.xml`;
      put(chartPath, chartPartXml(chart));
      overrides.push({ part: chartPath, type: CONTENT_TYPE.chart });
      objectId += 1;
      return {
        from: parseCell(chart.from),
        to: parseCell(chart.to),
        relId: drawingRels.add(REL.chart, relativeTarget(drawingPath, chartPath)),
        objectId,
        title: chart.title,
      };
    });
    put(drawingPath, drawingXml === null ? newDrawingXml(anchors) : appendToDrawing(drawingXml, anchors));
    put(relsPathOf(drawingPath), drawingRels.toXml());
    put(sheet.part, sheetXml);
    if (sheetRels.changed) put(relsPathOf(sheet.part), sheetRels.toXml());
  }

  let contentTypes = await required(zip, '[Content_Types].xml');
  if (!tags(contentTypes, 'Default').some((d) => d.get('Extension')?.toLowerCase() === 'rels')) {
    contentTypes = contentTypes.replace('</Types>', `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/></Types>`);
  }
  put('[Content_Types].xml', withOverrides(contentTypes, overrides));
}
