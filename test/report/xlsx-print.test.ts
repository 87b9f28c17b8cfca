// The workbook fit to hand over, read back from its parts: every sheet set up for A4 landscape with its
// print area, titles and page numbers, page breaks between units; every font named; the native charts
// (at least one per document) reading the Trends sheet's cells with those cells' values cached; the
// indicator column as wide as its longest name; and --only, --unit and --status narrowing the data,
// the counts and the late list as they narrow the results (the built CLI on whole areas of the sample
// set: an area's results come from its own files only, so they are those of the whole set).
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../src/i18n/xlsx.js';
import { writeWorkbook } from './write-workbook.js';
import { WORKBOOK_FACE } from '../../src/report/xlsx/fonts.js';
import { displayWidth } from '../../src/report/xlsx/sheet.js';
import { ROOT, runCli } from '../cli/run-cli.js';
import { chartsOf, open, plain, seriesOf, sheetParts } from '../support/ooxml-package.js';
import type { Package } from '../support/ooxml-package.js';
import { FIXTURE_DOCUMENTS, makeContext } from './fixtures.js';

const SAMPLES = join(ROOT, 'data', 'samples');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'care-check-xlsx-print-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface DefinedName {
  name: string;
  localSheetId: string;
  '#text': string;
}

async function definedNames(pkg: Package): Promise<DefinedName[]> {
  const book = plain.parse(await pkg.text('xl/workbook.xml')) as { workbook: { definedNames?: { definedName: DefinedName | DefinedName[] } } };
  const names = book.workbook.definedNames?.definedName ?? [];
  return Array.isArray(names) ? names : [names];
}

/** The value of a cell `'Sheet'!$C$5` as exceljs reads it. */
function cellOf(wb: ExcelJS.Workbook, ref: string): unknown {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  const ws = wb.getWorksheet((m[1] ?? '').replace(/''/g, "'"));
  const v = ws?.getCell(`${m[2]}${m[3]}`).value;
  return v === undefined ? null : v;
}

/** Every cell of a one-row range `'Sheet'!$C$5:$N$5` (or one cell). */
function rowOf(wb: ExcelJS.Workbook, ref: string): unknown[] {
  if (!ref.includes(':')) return [cellOf(wb, ref)];
  const m = /^('(?:[^']|'')+'!)\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  if (!m || m[3] !== m[5]) throw new Error(`not one row: ${ref}`);
  const n = (s: string) => [...s].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
  const letter = (c: number) => (c > 26 ? String.fromCharCode(64 + Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));
  const out: unknown[] = [];
  for (let c = n(m[2] ?? ''); c <= n(m[4] ?? ''); c++) out.push(cellOf(wb, `${m[1]}$${letter(c)}$${m[3]}`));
  return out;
}

describe('the mixed fixture set’s workbook, part by part', () => {
  let pkg: Package;
  let wb: ExcelJS.Workbook;
  const ctx = makeContext();

  beforeAll(async () => {
    const path = join(dir, 'fixture.xlsx');
    await writeWorkbook(ctx, path);
    pkg = await open(await readFile(path));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  it('sets up every sheet for A4 landscape, with a print area, the page number and the as-of date', async () => {
    const sheets = await sheetParts(pkg);
    const names = await definedNames(pkg);
    let index = 0;
    for (const [name, part] of sheets) {
      const xml = await pkg.text(part);
      expect(xml, name).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
      expect(xml, name).toMatch(/<oddFooter>[^<]*&amp;P[^<]*&amp;N[^<]*<\/oddFooter>/);
      expect(xml, name).toContain('2025-06-30');
      expect(names.some((d) => d.name === '_xlnm.Print_Area' && Number(d.localSheetId) === index), `${name}: print area`).toBe(true);
      index++;
    }
    const overview = await pkg.text(sheets.get(SHEET_NAMES.overview.zh) ?? '');
    expect(overview).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(overview).toMatch(/fitToWidth="1" fitToHeight="1"/);
  });

  it('repeats the header row and the code and name columns of the results on every page', async () => {
    const names = await definedNames(pkg);
    const results = [...(await sheetParts(pkg)).keys()].indexOf(SHEET_NAMES.results.zh);
    const titles = names.find((d) => d.name === '_xlnm.Print_Titles' && Number(d.localSheetId) === results);
    expect(titles?.['#text']).toBe(`'${SHEET_NAMES.results.zh}'!$A:$B,'${SHEET_NAMES.results.zh}'!$1:$1`);
    // a scale, not fit-to-page: Excel ignores manual page breaks under fit-to-page
    const xml = await pkg.text((await sheetParts(pkg)).get(SHEET_NAMES.results.zh) ?? '');
    expect(xml).toMatch(/<pageSetup [^>]*scale="\d+"/);
    expect(xml).not.toContain('fitToPage="1"');
  });

  it('names the face and size of every font, so that no reader falls back to a serif', async () => {
    const styles = await pkg.text('xl/styles.xml');
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '';
    const each = [...fonts.matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1] ?? '');
    expect(each.length).toBeGreaterThan(5);
    for (const font of each) {
      expect(font).toContain(`<name val="${WORKBOOK_FACE.zh}"/>`);
      expect(font).toMatch(/<sz val="\d+(\.\d+)?"\/>/);
      expect(font).toContain('<family val="2"/>');
      expect(font).not.toContain('<scheme');
    }
  });

  it('draws at least one native chart per document, each reading the Trends cells it caches', async () => {
    const charts = await chartsOf(pkg);
    expect(new Set(charts.map((c) => c.sheet))).toEqual(new Set([SHEET_NAMES.charts.zh]));
    const trendsName = SHEET_NAMES.trends.zh;
    const trends = wb.getWorksheet(trendsName);
    const documents = new Set<string>();
    for (const chart of charts) {
      const series = seriesOf(chart.xml);
      expect(series.length).toBeGreaterThanOrEqual(2);
      for (const s of series) {
        expect(s.val.f.startsWith(`'${trendsName}'!`), s.val.f).toBe(true);
        expect(rowOf(wb, s.cat.f)).toEqual(s.cat.cache);
        expect(rowOf(wb, s.val.f)).toEqual(s.val.cache);
        if (s.name.f) expect(cellOf(wb, s.name.f)).toBe(s.name.cache);
      }
      // the block's title, two rows above its header, names the target and so the document
      const header = Number(/\$(\d+)(?::|$)/.exec(series[0]?.cat.f ?? '')?.[1]);
      const title = String(trends?.getRow(header - 1).getCell(1).value ?? '');
      documents.add(title.split('/')[0] ?? '');
      // the threshold, in every month
      expect(new Set(series[1]?.val.cache)).toHaveProperty('size', 1);
    }
    expect([...documents].sort()).toEqual(FIXTURE_DOCUMENTS.map((d) => d.id).sort());
  });

  it('makes the indicator column as wide as its longest name', () => {
    const ws = wb.getWorksheet(SHEET_NAMES.results.zh);
    let column = 0;
    ws?.getRow(1).eachCell((cell, c) => {
      if (cell.value === '指标') column = c;
    });
    let longest = 0;
    ws?.getColumn(column).eachCell((cell, r) => {
      if (r > 1) longest = Math.max(longest, displayWidth(String(cell.value ?? '')));
    });
    expect(ws?.getColumn(column).width).toBeGreaterThanOrEqual(longest);
  });

  it('gives the head rows of a document sheet the height their wrapped names and ids take', () => {
    const ws = wb.worksheets[3];
    for (const r of [2, 4]) {
      const row = ws?.getRow(r);
      let tallest = 1;
      row?.eachCell((cell, c) => {
        if (c > 3) tallest = Math.max(tallest, Math.ceil(displayWidth(String(cell.value ?? '')) / ((ws?.getColumn(c).width ?? 12) - 1.5)));
      });
      expect(row?.height ?? 15, `row ${r}`).toBeGreaterThanOrEqual(tallest * 12);
    }
  });
});

// ---------------------------------------------------------------- narrowing, through the CLI

/** The statistics files of the sample set whose code starts with one of `prefixes`, every month. */
function areaFiles(...prefixes: string[]): string[] {
  const files: string[] = [];
  for (const month of readdirSync(SAMPLES).filter((m) => /^\d{4}-\d{2}$/.test(m))) {
    for (const file of readdirSync(join(SAMPLES, month))) if (prefixes.some((p) => file.startsWith(p)) && file.endsWith('.yaml')) files.push(join(SAMPLES, month, file));
  }
  return files;
}

function sampleFiles(prefix: string): number {
  return areaFiles(prefix).length;
}

/**
 * Two whole areas of the sample set, not all five: the files of the area the option leaves out are
 * in the input, so that the narrowing is seen, and under 1,000 files a run starts no load workers
 * (src/load/parallel/sizes.ts), which this test is not about. Liuzhou and Chaoyang (341 of the 1,078
 * files) hold every status; Guilin, whose whole area missed a target, is read for --status missed.
 */
const LIUZHOU_CHAOYANG = ['4502', '2113'];
const LIUZHOU_GUILIN = ['4502', '4503'];

async function workbookOf(areas: string[], args: string[]): Promise<ExcelJS.Workbook> {
  const file = join(dir, `narrow-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.xlsx`);
  const run = runCli(['check', ...areaFiles(...areas), '--as-of', '2025-06-30', '--fail-on', 'never', '--format', 'json', ...args, '--xlsx', file]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function column(ws: ExcelJS.Worksheet | undefined, c: number, from: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= (ws?.rowCount ?? 0); r++) out.push(String(ws?.getRow(r).getCell(c).value ?? ''));
  return out;
}

describe('--only, --unit and --status narrow the workbook as they narrow the results', () => {
  it('--only liuzhou-2023: Liuzhou’s files, counted, and 三江 late for June', async () => {
    const wb = await workbookOf(LIUZHOU_CHAOYANG, ['--only', 'liuzhou-2023']);
    const data = wb.getWorksheet(SHEET_NAMES.data.zh);
    const codes = column(data, 1, 3);
    expect(codes.length).toBe(sampleFiles('4502'));
    for (const code of codes) expect(code.startsWith('4502')).toBe(true);
    const overview = wb.getWorksheet(SHEET_NAMES.overview.zh);
    let files: unknown = null;
    let scope = '';
    overview?.eachRow((row) => {
      if (row.getCell(1).value === '读取统计报表') files = row.getCell(2).value;
      if (row.getCell(1).value === '检查范围') scope = String(row.getCell(2).value);
    });
    expect(files).toBe(sampleFiles('4502'));
    expect(scope).toBe('--only liuzhou-2023');
    const late = wb.getWorksheet(SHEET_NAMES.late.zh);
    const sanjiang = late?.getRows(2, (late?.rowCount ?? 1) - 1)?.find((r) => r.getCell(3).value === '450226');
    expect(sanjiang?.getCell(5).value).toBe('2025-06 迟报');
    expect(sanjiang?.getCell(6).value).toBe('2025-05');
    expect(column(late, 1, 2).every((d) => d === 'liuzhou-2023')).toBe(true);
  }, 120_000);

  it('--unit 450202: that unit’s files only', async () => {
    const wb = await workbookOf(LIUZHOU_CHAOYANG, ['--unit', '450202']);
    const codes = column(wb.getWorksheet(SHEET_NAMES.data.zh), 1, 3);
    expect(new Set(codes)).toEqual(new Set(['450202']));
    expect(codes.length).toBe(sampleFiles('450202'));
  }, 120_000);

  it('--status missed: the files of the units with a missed result, and of the areas whose whole area missed', async () => {
    const wb = await workbookOf(LIUZHOU_GUILIN, ['--status', 'missed']);
    const results = wb.getWorksheet(SHEET_NAMES.results.zh);
    const statuses = new Set(column(results, 14, 2));
    expect(statuses).toEqual(new Set(['未达标']));
    const withResult = new Set(column(results, 1, 2));
    const areas = column(results, 3, 2).some((level) => level.startsWith('全'));
    for (const code of new Set(column(wb.getWorksheet(SHEET_NAMES.data.zh), 1, 3))) {
      // Guilin's whole area missed a target: every Guilin unit's files are in its sums
      expect(withResult.has(code) || (areas && code.startsWith('4503')), code).toBe(true);
    }
  }, 120_000);
});
