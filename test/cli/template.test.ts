// `care-check template` as the analyst who sends it out and the county that opens it see it: the
// workbook read back with exceljs (and LibreOffice), cell by cell.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ensureBuilt, ROOT, runCli, SAMPLES, tempDir } from './run-cli.js';
import { WORKSHEET_ORDER } from '../support/ooxml.js';
import { hasSoffice, ID_ROW, layoutOf, sofficeConvert } from './form-support.js';

const PERIOD = '2025-06';
const registry = parse(readFileSync(join(ROOT, 'data', 'measures.yaml'), 'utf8')) as Record<string, { type: string; partOf?: string }>;
const REGISTRY_ORDER = Object.keys(registry);

/** The measure ids of a statistics file, in its order. */
function idsOf(text: string): string[] {
  const data = parse(text) as { measures: Record<string, Record<string, unknown>> };
  return Object.entries(data.measures).flatMap(([group, keys]) => Object.keys(keys).map((key) => `${group}.${key}`));
}

/** The `→ target, …` lines init writes above a measure. */
function feedsInInit(text: string, id: string): string[] {
  const lines = text.split('\n');
  const [group, key] = id.split('.');
  const groupAt = lines.findIndex((l) => l === `  ${group}:`);
  const at = lines.findIndex((l, i) => i > groupAt && new RegExp(`^\\s+${key}:\\s*$`).test(l));
  const comment: string[] = [];
  for (let i = at - 1; i >= 0 && lines[i]!.trim().startsWith('#'); i -= 1) comment.unshift(lines[i]!.trim().slice(1).trim());
  return (/→ (.*)$/.exec(comment.join(' '))?.[1] ?? '').split(/[，,]\s*/).map((f) => f.split(' ')[0]!).filter((f) => f !== '');
}

let dir: string;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
const initFiles = new Map<string, string>();

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir('care-check-template-');
  const run = runCli(['template', '--area', '4502', '--period', PERIOD, '--output', 'lz.xlsx', '--contact', '市民政局养老服务科 李明 0772-1234567，7 月 5 日前'], { cwd: dir });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('lz.xlsx');
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'lz.xlsx'));
  ws = wb.worksheets[0]!;
  // the same units through init: one file each, holding what the unit is asked for
  mkdirSync(join(dir, 'init'));
  expect(runCli(['init', '--area', '4502', '--period', PERIOD, '--output', 'init'], { cwd: dir }).status).toBe(0);
  for (const file of readdirSync(join(dir, 'init', PERIOD))) initFiles.set(file.slice(0, 6), readFileSync(join(dir, 'init', PERIOD, file), 'utf8'));
});

describe('the Liuzhou form', () => {
  test('three sheets: the form first, then the instructions and the measures', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['填报表', '填写说明', '指标说明']);
  });

  test("one row per reporting unit (the city's own accounts and every county), as init enumerates them", () => {
    const layout = layoutOf(ws);
    expect([...layout.rowOf.keys()]).toEqual([...initFiles.keys()].sort());
    expect([...layout.rowOf.keys()]).toContain('450200');
    expect(ws.getCell(layout.rowOf.get('450226')!, 2).value).toBe('三江侗族自治县');
  });

  test("one column per measure any unit is asked for, in the registry's order, under its group, name, unit and id", () => {
    const layout = layoutOf(ws);
    const union = new Set([...initFiles.values()].flatMap(idsOf));
    expect(layout.ids).toEqual(REGISTRY_ORDER.filter((id) => union.has(id)));
    const column = layout.columnOf.get('townships.total')!;
    // the band names the group (data/measure-groups.yaml), not its id
    expect(ws.getCell(4, column).value).toBe('乡镇（街道）');
    expect(ws.getCell(4, layout.columnOf.get('population.elderly_60plus')!).value).toBe('人口');
    expect(ws.getCell(5, column).value).toBe('乡镇（街道）数');
    expect(ws.getCell(6, column).value).toBe('个');
    expect(ws.getCell(ID_ROW, column).value).toBe('townships.total');
  });

  test('every cell a unit is asked for is open, validated, with an input message naming the targets it feeds; the rest is locked', () => {
    const layout = layoutOf(ws);
    let open = 0;
    for (const [code, row] of layout.rowOf) {
      const asked = new Set(idsOf(initFiles.get(code)!));
      expect(ws.getCell(row, 1).protection?.locked, code).not.toBe(false);
      expect(ws.getCell(row, 2).protection?.locked, code).not.toBe(false);
      for (const [id, column] of layout.columnOf) {
        const cell = ws.getCell(row, column);
        const validation = cell.dataValidation;
        if (!asked.has(id)) {
          expect(cell.protection?.locked, `${code} ${id}`).not.toBe(false);
          expect(validation, `${code} ${id}`).toBeUndefined();
          continue;
        }
        open += 1;
        expect(cell.protection?.locked, `${code} ${id}`).toBe(false);
        expect(cell.value).toBeNull();
        expect(validation?.showInputMessage).toBe(true);
        expect(validation?.showErrorMessage).toBe(true);
        // Excel's limits: a longer title or message makes it call the file damaged
        expect((validation?.promptTitle ?? '').length).toBeLessThanOrEqual(32);
        expect((validation?.prompt ?? '').length).toBeLessThanOrEqual(255);
        expect((validation?.error ?? '').length).toBeLessThanOrEqual(225);
        expect(validation?.prompt).toContain('不是 0');
        const feeds = feedsInInit(initFiles.get(code)!, id);
        expect(feeds.length, `${code} ${id}`).toBeGreaterThan(0);
        for (const feed of feeds) expect(validation?.prompt, `${code} ${id}`).toContain(feed);
        const { type, partOf } = registry[id]!;
        const withWhole = partOf !== undefined && asked.has(partOf) && layout.columnOf.has(partOf);
        const withParts = Object.entries(registry).some(([other, def]) => def.partOf === id && asked.has(other) && layout.columnOf.has(other));
        if (type === 'boolean') {
          expect(validation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
        } else if (withWhole || withParts) {
          expect(validation?.type).toBe('custom');
        } else {
          expect(validation).toMatchObject({ type: type === 'integer' ? 'whole' : 'decimal', operator: 'greaterThanOrEqual' });
        }
      }
    }
    expect(open).toBe([...initFiles.values()].reduce((n, text) => n + idsOf(text).length, 0));
  });

  test('a part may not exceed its whole: the formula of the part names the whole on the same row', () => {
    const layout = layoutOf(ws);
    const row = layout.rowOf.get('450202')!;
    const whole = layout.columnOf.get('townships.total')!;
    const part = ws.getCell(row, layout.columnOf.get('townships.with_regional_center')!);
    const wholeAddress = ws.getCell(row, whole).address;
    expect(part.dataValidation?.formulae?.[0]).toContain(`${part.address}<=${wholeAddress}`);
    expect(part.dataValidation?.formulae?.[0]).toContain(`${part.address}=INT(${part.address})`);
    expect(ws.getCell(row, whole).dataValidation?.formulae?.[0]).toContain(`${wholeAddress}>=${part.address}`);
  });

  test('the form says its period and area, is protected, frozen under its header, and prints on A4 landscape with the header repeated', () => {
    expect(ws.getCell('A2').value).toBe('统计期');
    expect(ws.getCell('B2').value).toBe(PERIOD);
    expect(ws.getCell('D2').value).toBe('4502 柳州市');
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: ID_ROW });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:7', printTitlesColumn: 'A:C' });
  });

  test('every part is well-formed XML, and each sheet holds its parts in the order Excel requires', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'lz.xlsx')));
    const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels|vml)$/.test(name));
    expect(parts).toContain('xl/worksheets/sheet1.xml');
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true });
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string');
      expect(XMLValidator.validate(xml), name).toBe(true);
      if (!name.startsWith('xl/worksheets/sheet')) continue;
      const root = (parser.parse(xml) as Record<string, unknown>[]).find((node) => 'worksheet' in node)!;
      const children = (root['worksheet'] as Record<string, unknown>[]).map((node) => Object.keys(node)[0]!);
      const ranks = children.map((child) => WORKSHEET_ORDER.indexOf(child as (typeof WORKSHEET_ORDER)[number]));
      expect(ranks, `${name}: ${children.join(' ')}`).not.toContain(-1);
      expect(ranks, `${name}: ${children.join(' ')}`).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  test('the instructions: empty means unknown, not zero; where to send it; the documents', () => {
    const text = wb.getWorksheet('填写说明')!.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('空白表示“不掌握”，不是 0');
    expect(text).toContain('市民政局养老服务科 李明 0772-1234567，7 月 5 日前');
    expect(text).toContain('liuzhou-2023');
    const measures = wb.getWorksheet('指标说明')!;
    expect(measures.getColumn(1).values.filter((v) => typeof v === 'string' && v.includes('.'))).toEqual(layoutOf(ws).ids);
  });
});

describe('template options', () => {
  test("--from shows each unit's last figures as comments, never in the input cells", async () => {
    const out = tempDir('care-check-template-');
    const run = runCli(['template', '--area', '4502', '--period', PERIOD, '--from', SAMPLES, '--output', 'lz.xlsx'], { cwd: out });
    expect(run.status, run.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'lz.xlsx'));
    const sheet = book.worksheets[0]!;
    const layout = layoutOf(sheet);
    const cell = sheet.getCell(layout.rowOf.get('450202')!, layout.columnOf.get('townships.total')!);
    expect(cell.value).toBeNull();
    const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
    const may = parse(readFileSync(join(SAMPLES, '2025-05', '450202.yaml'), 'utf8')) as { measures: { townships: { total: number } } };
    expect(note).toContain(`2025-05`);
    expect(note).toContain(String(may.measures.townships.total));
    for (const row of layout.rowOf.values()) for (const column of layout.columnOf.values()) expect(sheet.getCell(row, column).value).toBeNull();
  });

  test('--lang en: English words, a yes/no list, the same ids', async () => {
    const out = tempDir('care-check-template-');
    expect(runCli(['template', '--code', '450202,450203', '--period', PERIOD, '--lang', 'en', '--output', 'two.xlsx'], { cwd: out }).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'two.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Form', 'Instructions', 'Measures']);
    const sheet = book.worksheets[0]!;
    const layout = layoutOf(sheet);
    expect([...layout.rowOf.keys()]).toEqual(['450202', '450203']);
    expect(sheet.getCell('C2').value).toBe('Units');
    expect(sheet.getCell('D2').value).toBe('450202,450203');
    const yesNo = sheet.getCell(layout.rowOf.get('450202')!, layout.columnOf.get('network.three_level_established')!).dataValidation;
    expect(yesNo).toMatchObject({ type: 'list', formulae: ['"yes,no"'] });
  });

  test('a province: its own accounts, each city’s, and every county a document asks for figures', async () => {
    const out = tempDir('care-check-template-');
    expect(runCli(['template', '--area', '52', '--period', PERIOD, '--output', 'gz.xlsx'], { cwd: out }).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'gz.xlsx'));
    const codes = [...layoutOf(book.worksheets[0]!).rowOf.keys()];
    expect(codes[0]).toBe('520000');
    expect(codes).toContain('520100');
    expect(codes).toContain('522732');
    expect(codes.length).toBeGreaterThan(90);
  });

  test('an existing file is never overwritten; bad options are usage errors with the fix named', () => {
    const out = tempDir('care-check-template-');
    writeFileSync(join(out, 'filled.xlsx'), 'a filled form');
    const exists = runCli(['template', '--area', '4502', '--period', PERIOD, '--output', 'filled.xlsx'], { cwd: out });
    expect(exists.status).toBe(2);
    expect(readFileSync(join(out, 'filled.xlsx'), 'utf8')).toBe('a filled form');
    const cases: [string[], RegExp][] = [
      [['--area', '4502', '--also', 'populaton'], /population/],
      [['--area', '45x2'], /--area/],
      [['--area', '4502', '--code', '450302'], /450302/],
      [['--area', '4502', '--period', '2025-13'], /--period/],
      [[], /--area/],
    ];
    for (const [args, message] of cases) {
      const run = runCli(['template', ...args], { cwd: out });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
    expect(readdirSync(out)).toEqual(['filled.xlsx']);
  });

  test('the default period is last month', () => {
    const out = tempDir('care-check-template-');
    const lastMonth = (d: Date) => {
      const m = new Date(d.getFullYear(), d.getMonth() - 1, 1);
      return `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}`;
    };
    const before = lastMonth(new Date());
    expect(runCli(['template', '--area', '4502'], { cwd: out }).status).toBe(0);
    const after = lastMonth(new Date());
    expect([`form-4502-${before}.xlsx`, `form-4502-${after}.xlsx`]).toContain(readdirSync(out)[0]);
  });

  test.skipIf(!hasSoffice())('LibreOffice opens the form, prints it, and keeps its validation when it saves it (skipped without soffice)', async () => {
    const out = join(dir, 'lo');
    mkdirSync(out);
    const pdf = sofficeConvert(join(dir, 'lz.xlsx'), 'pdf', out, 'pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const saved = sofficeConvert(join(dir, 'lz.xlsx'), 'xlsx', join(out), 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.worksheets[0]!;
    const layout = layoutOf(sheet);
    expect(layout.ids).toEqual(layoutOf(ws).ids);
    const cell = sheet.getCell(layout.rowOf.get('450202')!, layout.columnOf.get('townships.with_regional_center')!);
    expect(cell.dataValidation?.type).toBe('custom');
    expect(cell.dataValidation?.prompt).toContain('乡镇（街道）数');
    // two LibreOffice conversions, each allowed 180 s by sofficeConvert: the 60 s default is too short on a loaded machine
  }, 400_000);
});
