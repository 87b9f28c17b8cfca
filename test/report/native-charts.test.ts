// Native Excel charts added to a finished workbook, read back: by exceljs (the workbook still opens,
// its cells unchanged), by a zip and XML parse (every part, relationship, range and cache where it
// belongs, every element in its schema order), by xmllint against the OOXML schemas; and refused
// clearly when a spec cannot be written.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNativeCharts, rangeRef } from '../../src/report/xlsx/native-charts/index.js';
import type { NativeChartSpec } from '../../src/report/xlsx/native-charts/index.js';
import { WORKSHEET_ORDER } from '../support/ooxml.js';
import { chartsOf, childOrder, expectChartInOrder, expectDrawingInOrder, expectInOrder, open, plain, relationships, seriesOf, sheetParts } from '../support/ooxml-package.js';
import type { Package } from '../support/ooxml-package.js';
import { CITY, COUNTY, OTHER, PERIODS, THRESHOLD, TRENDS, streamedWorkbook, threeCharts, trendChart, workbookWithImage } from './native-charts-fixtures.js';

// The ISO/IEC 29500 Transitional schemas are not part of this repository (their copies online carry
// no licence we could keep): a developer who has them points OOXML_SCHEMAS at their folder.
const SCHEMAS = process.env['OOXML_SCHEMAS'] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'ooxml-schemas');

// ---------------------------------------------------------------- the tests

describe('native charts added to a workbook written by exceljs\'s streaming writer', () => {
  let before: Buffer;
  let after: Buffer;
  let pkg: Package;
  beforeAll(async () => {
    before = await streamedWorkbook();
    after = await addNativeCharts(before, threeCharts());
    pkg = await open(after);
  });

  it('opens in exceljs with every cell as it was', async () => {
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.load(before as unknown as ExcelJS.Buffer);
    await b.xlsx.load(after as unknown as ExcelJS.Buffer);
    expect(b.worksheets.map((w) => w.name)).toEqual([TRENDS, OTHER]);
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name);
      for (let r = 1; r <= ws.rowCount; r++) expect(other?.getRow(r).values, `${ws.name} row ${r}`).toEqual(ws.getRow(r).values);
    }
  });

  it('finds each chart from its sheet through the drawing, anchored where asked', async () => {
    const charts = await chartsOf(pkg);
    expect(charts.map((c) => [c.sheet, c.part, c.from, c.to])).toEqual([
      [TRENDS, 'xl/charts/chart1.xml', { col: 1, row: 6 }, { col: 7, row: 23 }],
      [TRENDS, 'xl/charts/chart2.xml', { col: 8, row: 6 }, { col: 14, row: 23 }],
      [OTHER, 'xl/charts/chart3.xml', { col: 0, row: 2 }, { col: 7, row: 19 }],
    ]);
    // one drawing per sheet
    expect(Object.keys(pkg.zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).sort()).toEqual(['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
  });

  it('reads each series from its cells, with the cells\' values cached', async () => {
    const [city, county, both] = await chartsOf(pkg);
    const categories = { f: `'${TRENDS}'!$C$2:$N$2`, cache: PERIODS };
    expect(seriesOf(city?.xml ?? '')).toEqual([
      { name: { f: `'${TRENDS}'!$B$3`, cache: '柳州市' }, cat: categories, val: { f: `'${TRENDS}'!$C$3:$N$3`, cache: CITY } },
      { name: { f: `'${TRENDS}'!$B$5`, cache: '目标值 ≥ 60%' }, cat: categories, val: { f: `'${TRENDS}'!$C$5:$N$5`, cache: THRESHOLD } },
    ]);
    expect(seriesOf(county?.xml ?? '').map((s) => s.val.cache)).toEqual([COUNTY, THRESHOLD]);
    expect(seriesOf(both?.xml ?? '').map((s) => s.name.cache)).toEqual(['柳州市', '城中区', '目标值 ≥ 60%']);
  });

  it('caches exactly what the referenced cells hold, as exceljs reads them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as unknown as ExcelJS.Buffer);
    const valueAt = (ref: string): unknown[] => {
      const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
      if (!m) throw new Error(ref);
      const ws = wb.getWorksheet((m[1] ?? '').replace(/''/g, "'"));
      const out: unknown[] = [];
      const row = Number(m[3]);
      const first = ws?.getColumn(m[2] ?? '').number ?? 0;
      const last = m[4] ? (ws?.getColumn(m[4]).number ?? 0) : first;
      for (let c = first; c <= last; c++) out.push(ws?.getRow(row).getCell(c).value ?? null);
      return out;
    };
    for (const chart of await chartsOf(pkg)) {
      for (const s of seriesOf(chart.xml)) {
        expect(valueAt(s.cat.f), s.cat.f).toEqual(s.cat.cache);
        expect(valueAt(s.val.f), s.val.f).toEqual(s.val.cache);
        if (s.name.f) expect(valueAt(s.name.f)).toEqual([s.name.cache]);
      }
    }
  });

  it('declares a content type for every new part, and each relationship points at a part that exists', async () => {
    const types = plain.parse(await pkg.text('[Content_Types].xml')) as { Types: { Override: { PartName: string; ContentType: string }[] } };
    const byPart = new Map(types.Types.Override.map((o) => [o.PartName, o.ContentType]));
    for (const n of [1, 2, 3]) expect(byPart.get(`/xl/charts/chart${n}.xml`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    for (const n of [1, 2]) expect(byPart.get(`/xl/drawings/drawing${n}.xml`)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    for (const path of Object.keys(pkg.zip.files).filter((p) => p.endsWith('.rels'))) {
      const source = path === '_rels/.rels' ? '' : posix.join(posix.dirname(posix.dirname(path)), posix.basename(path, '.rels'));
      const rels = plain.parse(await pkg.text(path)) as { Relationships: { Relationship?: { Id: string; Target: string }[] } };
      const list = rels.Relationships.Relationship ?? [];
      expect(new Set(list.map((r) => r.Id)).size, path).toBe(list.length);
      for (const r of list) expect(pkg.has(posix.normalize(posix.join(posix.dirname(source), r.Target))), `${path}: ${r.Target}`).toBe(true);
    }
  });

  it('puts <drawing> where CT_Worksheet wants it in every sheet (else Excel offers to repair the file)', async () => {
    for (const [name, part] of await sheetParts(pkg)) {
      const order = childOrder(await pkg.text(part));
      expect(order, name).toContain('drawing');
      expectInOrder(order, WORKSHEET_ORDER, name);
    }
  });

  it('puts the chart and drawing elements in the order their schema types want', async () => {
    const [chart] = await chartsOf(pkg);
    expectChartInOrder(chart?.xml ?? '');
    expectDrawingInOrder(await pkg.text('xl/drawings/drawing1.xml'));
  });

  it('gives the same bytes for the same workbook and charts', async () => {
    expect((await addNativeCharts(before, threeCharts())).equals(after)).toBe(true);
  });

  it('changes nothing it did not have to', async () => {
    const original = await open(before);
    for (const path of Object.keys(original.zip.files)) {
      if (['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].includes(path)) continue;
      expect(await pkg.text(path), path).toBe(await original.text(path));
    }
    // the sheets: the same but for the one new element
    const sheet = await pkg.text('xl/worksheets/sheet1.xml');
    expect(sheet.replace(/<drawing r:id="rId\d+"\/>/, '')).toBe(await original.text('xl/worksheets/sheet1.xml'));
  });
});

describe('native charts on a sheet that already has a drawing (an image exceljs wrote)', () => {
  let pkg: Package;
  let after: Buffer;
  beforeAll(async () => {
    after = await addNativeCharts(await workbookWithImage(), [trendChart('护理型床位占比 · 柳州市', TRENDS, 'B7', 'H24', [3])]);
    pkg = await open(after);
  });

  it('adds the chart to that drawing, beside the picture, with ids of its own', async () => {
    const parts = await sheetParts(pkg);
    const sheet = await pkg.text(parts.get(TRENDS) ?? '');
    expect(sheet.match(/<drawing\b/g)).toHaveLength(1);
    const drawings = Object.keys(pkg.zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(1);
    const drawing = await pkg.text(drawings[0] ?? '');
    expect(drawing).toMatch(/<xdr:pic>/);
    expect(drawing).toMatch(/<xdr:graphicFrame macro="">/);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const rels = await relationships(pkg, drawings[0] ?? '');
    expect(rels.map((r) => r.Type.split('/').pop()).sort()).toEqual(['chart', 'image']);
    expect(await chartsOf(pkg)).toHaveLength(1);
  });

  it('still opens in exceljs with its image', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(TRENDS)?.getImages()).toHaveLength(1);
  });
});

describe('what addNativeCharts refuses', () => {
  let book: Buffer;
  beforeAll(async () => {
    book = await streamedWorkbook();
  });

  const refused = async (change: (spec: NativeChartSpec) => NativeChartSpec, message: RegExp) => {
    const spec = change(trendChart('t', TRENDS, 'B7', 'H24', [3]));
    await expect(addNativeCharts(book, [spec])).rejects.toThrow(message);
  };

  it('a sheet the workbook does not have', () => refused((s) => ({ ...s, sheet: 'Trends' }), /no such worksheet .*"趋势", "Bob's sheet"/));
  it('a range on a sheet the workbook does not have', () => refused((s) => ({ ...s, categories: { ref: rangeRef('Nope', { column: 3, row: 2 }, { column: 14, row: 2 }), cache: PERIODS } }), /names no worksheet/));
  it('a cache of another length than its range', () => refused((s) => ({ ...s, categories: { ...s.categories, cache: PERIODS.slice(1) } }), /holds 12 cells, its cache 11/));
  it('a block instead of a row or column', () => refused((s) => ({ ...s, categories: { ref: `'${TRENDS}'!$C$2:$N$3`, cache: PERIODS } }), /2 rows by 12 columns/));
  it('series longer than the categories', () => refused((s) => ({ ...s, series: [{ ...(s.series[0] as NativeChartSpec['series'][number]), values: { ref: `'${TRENDS}'!$C$3:$O$3`, cache: [...CITY, 1] } }] }), /13 values for 12 categories/));
  it('a value that is not a number', () => refused((s) => ({ ...s, series: [{ ...(s.series[0] as NativeChartSpec['series'][number]), values: { ref: `'${TRENDS}'!$C$3:$N$3`, cache: [...CITY.slice(1), Number.NaN] } }] }), /not a finite number/));
  it('a colour that is not #RRGGBB', () => refused((s) => ({ ...s, series: [{ ...(s.series[0] as NativeChartSpec['series'][number]), color: 'red' }] }), /colour "red"/));
  it('an anchor that runs backwards', () => refused((s) => ({ ...s, from: 'H24', to: 'B7' }), /not below and right of/));
  it('a reference that is not one', () => refused((s) => ({ ...s, categories: { ref: 'C2:N2', cache: PERIODS } }), /not a range/));

  it('returns the workbook unchanged for no chart', async () => {
    expect((await addNativeCharts(book, [])).equals(book)).toBe(true);
  });
});

// ---------------------------------------------------------------- the schemas

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const CAN_VALIDATE = hasXmllint() && existsSync(join(SCHEMAS, 'dml-chart.xsd'));

describe.skipIf(!CAN_VALIDATE)('the parts, validated against the ECMA-376 schemas (skipped without xmllint or the schemas in OOXML_SCHEMAS)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-ooxml-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /**
   * xmllint's verdict on a part. Markup-compatibility attributes (`mc:Ignorable` and those of the
   * namespaces it names, such as exceljs's x14ac:dyDescent) are what a consumer ignores: they go first.
   */
  async function validate(name: string, xml: string, schema: string): Promise<string> {
    const ignorable = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    let cleaned = xml.replace(/\s+mc:Ignorable="[^"]*"/g, '');
    for (const prefix of ignorable) cleaned = cleaned.replace(new RegExp(`\\s+${prefix}:[\\w.-]+="[^"]*"`, 'g'), '');
    const file = join(dir, name.replace(/[^\w.-]/g, '_'));
    await writeFile(file, cleaned);
    try {
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(SCHEMAS, schema), file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return 'valid';
    } catch (error) {
      return String((error as { stderr?: string }).stderr ?? error);
    }
  }

  for (const [label, make] of [
    ['a streamed workbook', async () => addNativeCharts(await streamedWorkbook(), threeCharts())],
    ['a workbook with an image', async () => addNativeCharts(await workbookWithImage(), [trendChart('t', TRENDS, 'B7', 'H24', [3, 4])])],
  ] as const) {
    it(`${label}: every chart, drawing, sheet, relationship and content-type part`, async () => {
      const pkg = await open(await make());
      const schemaOf = (path: string) =>
        path.startsWith('xl/charts/') ? 'dml-chart.xsd'
        : /^xl\/drawings\/drawing\d+\.xml$/.test(path) ? 'dml-spreadsheetDrawing.xsd'
        : path.startsWith('xl/worksheets/sheet') ? 'sml.xsd'
        : path.endsWith('.rels') ? 'opc-relationships.xsd'
        : path === '[Content_Types].xml' ? 'opc-contentTypes.xsd'
        : null;
      const checked: string[] = [];
      for (const path of Object.keys(pkg.zip.files).sort()) {
        const schema = schemaOf(path);
        if (!schema || pkg.zip.files[path]?.dir) continue;
        expect(await validate(path, await pkg.text(path), schema), path).toBe('valid');
        checked.push(path);
      }
      expect(checked.filter((p) => p.startsWith('xl/charts/')).length).toBeGreaterThan(0);
      expect(checked.filter((p) => p.startsWith('xl/drawings/drawing')).length).toBeGreaterThan(0);
    });
  }

  it('would catch an element out of order', async () => {
    const pkg = await open(await addNativeCharts(await streamedWorkbook(), threeCharts()));
    const chart = await pkg.text('xl/charts/chart1.xml');
    // the chart's title after autoTitleDeleted instead of before
    const swapped = chart.replace(/(<c:title>.*?<\/c:title>)(<c:autoTitleDeleted val="0"\/>)/, '$2$1');
    expect(swapped).not.toBe(chart);
    expect(await validate('swapped.xml', swapped, 'dml-chart.xsd')).toMatch(/not expected|fails to validate/);
  });
});
