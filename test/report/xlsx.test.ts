// The workbook, read back with exceljs: sheets, values, number formats, fills, frozen panes, filters.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/types.js';
import { CareCheckError } from '../../src/shared/errors.js';
import { SHEET_NAMES, XLSX_HEADERS } from '../../src/i18n/xlsx.js';
import type { HeaderKey } from '../../src/i18n/xlsx.js';
import type { ReportContext } from '../../src/report/context.js';
import { sheetNames } from '../../src/report/xlsx.js';
import { writeWorkbook } from './write-workbook.js';
import { safeText } from '../../src/report/xlsx/cells.js';
import { sheetName } from '../../src/report/xlsx/sheet.js';
import { STATUS_COLORS } from '../../src/report/xlsx/styles.js';
import { WORKSHEET_ORDER } from '../support/ooxml.js';
import { FIXTURE_AS_OF, fixtureUnitReport, makeContext, makeLargeContext, makeResult } from './fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'care-check-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function write(ctx: ReportContext): Promise<{ wb: ExcelJS.Workbook; path: string }> {
  counter += 1;
  const path = join(dir, `report-${counter}.xlsx`);
  await writeWorkbook(ctx, path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { wb, path };
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; have ${wb.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
}

/** The 1-based column under a header in a header row. */
function col(ws: ExcelJS.Worksheet, key: HeaderKey, headerRow = 1, lang: 'zh' | 'en' = 'zh'): number {
  const wanted = XLSX_HEADERS[key][lang];
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === wanted) return c;
  throw new Error(`no column ${wanted} in row ${headerRow} of ${ws.name}`);
}

/** The first row (from `from`) whose cells satisfy every column → value pair. */
function findRow(ws: ExcelJS.Worksheet, match: Record<number, unknown>, from = 1): ExcelJS.Row {
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (Object.entries(match).every(([c, v]) => row.getCell(Number(c)).value === v)) return row;
  }
  throw new Error(`no row matching ${JSON.stringify(match)} in ${ws.name}`);
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe('the workbook for the mixed fixture set', () => {
  let wb: ExcelJS.Workbook;
  let path: string;
  let ctx: ReportContext;
  beforeAll(async () => {
    ctx = makeContext();
    ({ wb, path } = await write(ctx));
  });

  it('has the sheets in order, named in the run language', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET_NAMES.overview.zh,
      SHEET_NAMES.results.zh,
      'liuzhou-2023',
      'guizhou-2023',
      'guilin-2020',
      SHEET_NAMES.trends.zh,
      SHEET_NAMES.data.zh,
      SHEET_NAMES.targets.zh,
      SHEET_NAMES.problems.zh,
    ]);
  });

  it('sets the workbook properties from the as-of date, not the clock', () => {
    expect(wb.creator).toBe('care-check');
    expect(wb.created.toISOString()).toBe(`${FIXTURE_AS_OF}T00:00:00.000Z`);
    expect(wb.modified.toISOString()).toBe(`${FIXTURE_AS_OF}T00:00:00.000Z`);
    expect(wb.title).toContain(FIXTURE_AS_OF);
  });

  describe('Results', () => {
    let ws: ExcelJS.Worksheet;
    let xml: string;
    beforeAll(async () => {
      ws = sheet(wb, SHEET_NAMES.results.zh);
      const zip = await JSZip.loadAsync(await readFile(path));
      xml = (await zip.file(`xl/worksheets/sheet${ws.id}.xml`)?.async('string')) ?? '';
    });

    it('has one row per check, a frozen header and an autofilter over every row', () => {
      expect(ws.rowCount).toBe(1 + ctx.evaluation.results.length);
      const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view.state).toBe('frozen');
      expect(view.ySplit).toBe(1);
      expect(view.xSplit).toBe(2);
      const last = ws.getRow(1).cellCount;
      expect(ws.autoFilter).toBe(`A1:${ws.getColumn(last).letter}${1 + ctx.evaluation.results.length}`);
    });

    it('stores a share as a fraction under a % format, never rounded onto a threshold it misses', () => {
      const row = findRow(ws, { [col(ws, 'code')]: '450202', [col(ws, 'target')]: 'liuzhou-2023/centralized-support' });
      const value = row.getCell(col(ws, 'value'));
      expect(value.type).toBe(ExcelJS.ValueType.Number);
      expect(value.value).toBeCloseTo(0.9996, 10);
      // 99.96% against ≥ 100%: two decimals, so that it does not read 100.0%
      expect(value.numFmt).toBe('0.00%');
      expect(row.getCell(col(ws, 'threshold')).value).toBe(1);
      expect(row.getCell(col(ws, 'threshold')).numFmt).toBe('0.0%');
      // a gap of 0.04 points, in points (百分点) as every format shows it, never 0.0 or a per cent
      const gap = row.getCell(col(ws, 'gap'));
      expect(gap.value).toBeCloseTo(0.04, 10);
      expect(gap.numFmt).toBe('0.00" 百分点"');
      // progress: 99%, never 100% while missed
      expect(row.getCell(col(ws, 'progress')).value).toBe(0.99);
      expect(row.getCell(col(ws, 'progress')).numFmt).toBe('0%');
    });

    it('formats m² per 100 households with two decimals and counts with thousands separators', () => {
      const area = findRow(ws, { [col(ws, 'code')]: '450202', [col(ws, 'target')]: 'liuzhou-2023/facility-area-new' });
      expect(area.getCell(col(ws, 'value')).value).toBe(20.83);
      expect(area.getCell(col(ws, 'value')).numFmt).toBe('0.00');
      const homes = findRow(ws, { [col(ws, 'target')]: 'liuzhou-2023/home-adaptation' });
      expect(homes.getCell(col(ws, 'value')).value).toBe(6312);
      expect(homes.getCell(col(ws, 'value')).numFmt).toBe('#,##0');
      expect(homes.getCell(col(ws, 'threshold')).value).toBe(6040);
      expect(homes.getCell(col(ws, 'level')).value).toBe('全市');
      expect(homes.getCell(col(ws, 'sourceFile')).value).toBeNull();
    });

    it('shows yes/no targets as 是/否 and a missing value as an empty cell', () => {
      const network = findRow(ws, { [col(ws, 'code')]: '450203', [col(ws, 'target')]: 'liuzhou-2023/three-level-network' });
      expect(network.getCell(col(ws, 'value')).value).toBe('否');
      expect(network.getCell(col(ws, 'threshold')).value).toBe('是');
      const noData = findRow(ws, { [col(ws, 'code')]: '450203', [col(ws, 'target')]: 'liuzhou-2023/county-care-institution' });
      expect(noData.getCell(col(ws, 'value')).value).toBeNull();
      expect(String(noData.getCell(col(ws, 'notes')).value)).toContain('institutions.county_disability_care');
    });

    it('fills each status cell with its colour', () => {
      const statusCol = col(ws, 'status');
      const codeCol = col(ws, 'code');
      const targetCol = col(ws, 'target');
      for (let r = 2; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const result = ctx.evaluation.results.find(
          (x) => x.unit.code === row.getCell(codeCol).value && x.target === row.getCell(targetCol).value,
        );
        expect(result, `row ${r}`).toBeDefined();
        if (!result) continue;
        expect(fillOf(row.getCell(statusCol)), `row ${r}`).toBe(STATUS_COLORS[result.status].fill);
      }
    });

    it('keeps the trend figures, the deadline as a date and the source line as numbers', () => {
      const row = findRow(ws, { [col(ws, 'code')]: '450203', [col(ws, 'target')]: 'liuzhou-2023/facility-area-existing' });
      expect(row.getCell(col(ws, 'pace')).value).toBe(-0.1);
      expect(row.getCell(col(ws, 'requiredPace')).value).toBe(0.82);
      expect(row.getCell(col(ws, 'paceRatio')).value).toBe(-0.12);
      expect(row.getCell(col(ws, 'projected')).value).toBe(9.5);
      expect(row.getCell(col(ws, 'observations')).value).toBe(5);
      const deadline = row.getCell(col(ws, 'deadline'));
      expect(deadline.value).toBeInstanceOf(Date);
      expect((deadline.value as Date).toISOString().slice(0, 10)).toBe('2025-12-31');
      expect(deadline.numFmt).toBe('yyyy-mm-dd');
      expect(row.getCell(col(ws, 'monthsLeft')).value).toBe(6);
      expect(row.getCell(col(ws, 'sourceLine')).value).toBe(5);
      expect(row.getCell(col(ws, 'clause')).value).toBe('二(四)11');
    });

    it('puts data bars on the progress column, as a plain rule without a dangling extension id', () => {
      const letter = ws.getColumn(col(ws, 'progress')).letter;
      // read back by exceljs, though its types do not declare the property
      const all = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      const bars = all.filter((cf) => cf.rules.some((rule) => rule.type === 'dataBar'));
      expect(bars.map((cf) => cf.ref)).toEqual([`${letter}2:${letter}${ws.rowCount}`]);
      expect(xml).toContain('<cfRule type="dataBar"');
      expect(xml).not.toContain('x14:id');
    });

    it('tells Excel that the division codes are text on purpose', () => {
      expect(xml).toContain(`<ignoredError sqref="A1:A${ws.rowCount}" numberStoredAsText="1"/>`);
    });
  });

  describe('a document sheet', () => {
    let ws: ExcelJS.Worksheet;
    beforeAll(() => {
      ws = sheet(wb, 'liuzhou-2023');
    });

    it('has units as rows and targets as columns, each value coloured by its status', () => {
      const head = 4;
      const target = (slug: string) => {
        const row = ws.getRow(head);
        for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === slug) return c;
        throw new Error(`no column ${slug}`);
      };
      const county = findRow(ws, { 1: '450203' }, head + 1);
      const missed = county.getCell(target('facility-area-new'));
      expect(missed.value).toBe(18.2);
      expect(fillOf(missed)).toBe(STATUS_COLORS.missed.fill);
      expect(fillOf(county.getCell(target('facility-area-existing')))).toBe(STATUS_COLORS['off-track'].fill);
      // a whole area is its own row, first
      const area = ws.getRow(head + 1);
      expect(area.getCell(1).value).toBe('450200');
      expect(area.getCell(target('director-training')).value).toBeCloseTo(0.824, 10);
      expect(fillOf(area.getCell(target('director-training')))).toBe(STATUS_COLORS['at-risk'].fill);
      // a county's own figure for a whole-area target: shown, not judged
      const shown = findRow(ws, { 1: '450202' }, head + 1).getCell(target('director-training'));
      expect(shown.value).toBeCloseTo(0.925, 10);
      expect(fillOf(shown)).toBeUndefined();
      expect(shown.font?.italic).toBe(true);
      // a target that does not apply to a unit stays empty
      expect(findRow(ws, { 1: '450200' }, head + 1).getCell(target('facility-area-new')).value).toBeNull();
    });

    it('freezes the header rows and the unit columns', () => {
      const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view.state).toBe('frozen');
      expect(view.ySplit).toBe(4);
      expect(view.xSplit).toBe(2);
      expect(ws.autoFilter).toMatch(/^A4:/);
    });
  });

  it('lays out the history of each target as units × periods under a title', () => {
    const ws = sheet(wb, SHEET_NAMES.trends.zh);
    expect(String(ws.getRow(1).getCell(1).value)).toContain('liuzhou-2023/director-training');
    let start = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (String(ws.getRow(r).getCell(1).value ?? '').startsWith('liuzhou-2023/facility-area-existing')) start = r;
    }
    expect(start).toBeGreaterThan(0);
    const headRow = ws.getRow(start + 1);
    expect([headRow.getCell(3).value, headRow.getCell(4).value]).toEqual(['2025-05', '2025-06']);
    const county = findRow(ws, { 1: '450202' }, start + 2);
    expect([county.getCell(3).value, county.getCell(4).value]).toEqual([13.1, 13.5]);
    expect(county.getCell(3).numFmt).toBe('0.00');
  });

  it('lists the measures as read, one row per file', () => {
    const ws = sheet(wb, SHEET_NAMES.data.zh);
    expect(ws.rowCount).toBe(2 + ctx.reports.length);
    const ids = ws.getRow(1);
    let households = 0;
    for (let c = 1; c <= ids.cellCount; c++) if (ids.getCell(c).value === 'residential_new.households') households = c;
    expect(households).toBeGreaterThan(0);
    const report = ctx.reports[0];
    if (!report) throw new Error('fixture without reports');
    const row = findRow(ws, { 1: report.code }, 3);
    expect(row.getCell(col(ws, 'file', 2)).value).toBe(report.file);
    expect(row.getCell(col(ws, 'period', 2)).value).toBe(report.period);
    expect(row.getCell(households).value).toBe(report.measures['residential_new.households']);
    expect(row.getCell(households).numFmt).toBe('#,##0');
  });

  it('lists the catalog with each target’s clause and quoted sentence', () => {
    const ws = sheet(wb, SHEET_NAMES.targets.zh);
    const items = ctx.documents.flatMap((d) => [...d.targets, ...d.indicators]);
    expect(ws.rowCount).toBe(1 + items.length);
    const t = ctx.documents[0]?.targets[0];
    if (!t) throw new Error('fixture without targets');
    const row = findRow(ws, { 1: t.id });
    expect(row.getCell(col(ws, 'clause')).value).toBe(t.clause);
    expect(row.getCell(col(ws, 'quote')).value).toBe(t.quote);
    expect(row.getCell(col(ws, 'formula')).value).toBe('staff.directors_trained / staff.directors × 100');
  });

  it('sums each document by status and shows each unit’s worst status', () => {
    const ws = sheet(wb, SHEET_NAMES.overview.zh);
    const asOf = findRow(ws, { 1: '截至日期' }).getCell(2);
    expect((asOf.value as Date).toISOString().slice(0, 10)).toBe(FIXTURE_AS_OF);
    // the counts: the document's row under the status header
    const statusHead = findRow(ws, { 3: '已达标', 9: '缺数据' });
    const liuzhou = findRow(ws, { 1: 'liuzhou-2023', 2: '柳州市' }, statusHead.number + 1);
    const results = ctx.evaluation.results.filter((r) => r.document === 'liuzhou-2023');
    expect(liuzhou.getCell(8).value).toBe(results.filter((r) => r.status === 'missed').length);
    expect(liuzhou.getCell(10).value).toBe(results.length);
    // the matrix: 鱼峰区 has a missed Liuzhou target
    const matrixHead = findRow(ws, { 4: 'liuzhou-2023', 5: 'guizhou-2023' });
    const yufeng = findRow(ws, { 1: '450203' }, matrixHead.number + 1);
    expect(yufeng.getCell(4).value).toBe('未达标');
    expect(fillOf(yufeng.getCell(4))).toBe(STATUS_COLORS.missed.fill);
    // the whole province and the province's own accounts are two rows under one code
    const rows520000: string[] = [];
    for (let r = matrixHead.number + 1; r <= ws.rowCount; r++) {
      if (ws.getRow(r).getCell(1).value === '520000') rows520000.push(String(ws.getRow(r).getCell(3).value));
    }
    expect(rows520000.sort()).toEqual(['全省', '省本级']);
    // units that sent no file
    expect(findRow(ws, { 1: '450226', 3: 'liuzhou-2023' }).getCell(2).value).toBe('三江侗族自治县');
  });
});

describe('text that looks like a formula', () => {
  it('is stored as text, never as a formula', async () => {
    const names = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3', '@SUM(A1)', '=1+1'];
    const results: Result[] = names.map((name, i) =>
      makeResult({ unit: { code: `45020${i + 2}`, name }, target: 'liuzhou-2023/facility-area-new', status: 'met', value: 21 }),
    );
    const ctx = makeContext({ results, reports: results.map((r) => fixtureUnitReport(r.unit.code, { name: r.unit.name })) });
    const { wb } = await write(ctx);
    const ws = sheet(wb, SHEET_NAMES.results.zh);
    const nameCol = col(ws, 'unitName');
    for (let r = 2; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(nameCol);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    const stored = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(nameCol).value);
    expect(stored.sort()).toEqual([...names].sort());
    const data = sheet(wb, SHEET_NAMES.data.zh);
    const dataNames = Array.from({ length: data.rowCount - 2 }, (_, i) => data.getRow(i + 3).getCell(2));
    expect(dataNames.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it('shows control characters as escapes, loses what XML cannot hold and is cut at Excel’s cell limit', () => {
    expect(safeText('a\u0001b\u001Fc\u009b\u007f')).toBe('a\\u0001b\\u001fc\\u009b\\u007f');
    expect(safeText('two\nlines\tand a tab')).toBe('two\nlines\tand a tab');
    expect(safeText('\uD800x')).toBe('\uFFFDx');
    expect(safeText('柳'.repeat(40000)).length).toBeLessThanOrEqual(32767);
    expect(safeText('=A1')).toBe('=A1');
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\, and unique without regard to case', () => {
    const used = new Set<string>();
    const names = [
      sheetName('a/b[c]:d*e?f\\g', used),
      sheetName('x'.repeat(40), used),
      sheetName('X'.repeat(40), used),
      sheetName("'quoted'", used),
      sheetName('History', used),
      sheetName('', used),
      sheetName('𠀀'.repeat(20), used),
      sheetName(`${'y'.repeat(30)}'tail`, used),
    ];
    expect(names[0]).toBe('a_b_c__d_e_f_g');
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
      expect(n).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[4]).not.toBe('History');
  });

  it('give a document whose id is a sheet name of its own a sheet of its own', () => {
    const ctx = makeContext({ lang: 'en' });
    const first = ctx.documents[0];
    if (!first) throw new Error('fixture without documents');
    const clash = { ...first, id: 'Results', targets: [], indicators: [] };
    const names = sheetNames({ ...ctx, documents: [clash, ...ctx.documents.slice(1)] }).map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toContain('Results');
  });
});

describe('English', () => {
  it('names sheets and headers in English and marks the change against a baseline', async () => {
    const results = [makeResult({ status: 'missed', value: 18, change: 'worsened' })];
    const { wb } = await write(makeContext({ lang: 'en', baseline: true, results }));
    expect(wb.worksheets.map((w) => w.name)).toContain(SHEET_NAMES.results.en);
    const ws = sheet(wb, SHEET_NAMES.results.en);
    expect(ws.getRow(2).getCell(col(ws, 'status', 1, 'en')).value).toBe('missed');
    expect(ws.getRow(2).getCell(col(ws, 'change', 1, 'en')).value).toBe('worsened');
    expect(wb.worksheets.map((w) => w.name)).not.toContain(SHEET_NAMES.problems.en);
  });
});

describe('writing the file', () => {
  it('gives the same content for the same input', async () => {
    const ctx = makeContext();
    const a = await write(ctx);
    const b = await write(ctx);
    const [za, zb] = await Promise.all([JSZip.loadAsync(await readFile(a.path)), JSZip.loadAsync(await readFile(b.path))]);
    const names = Object.keys(za.files).sort();
    expect(Object.keys(zb.files).sort()).toEqual(names);
    for (const name of names) {
      const [ta, tb] = await Promise.all([za.file(name)?.async('string'), zb.file(name)?.async('string')]);
      expect(ta, name).toBe(tb);
    }
  });

  it('puts the parts of every sheet in the order the schema requires (else Excel offers to repair it)', async () => {
    const { path } = await write(makeContext());
    const zip = await JSZip.loadAsync(await readFile(path));
    const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true });
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(9);
    for (const name of sheets) {
      const doc = parser.parse((await zip.file(name)?.async('string')) ?? '') as Record<string, unknown>[];
      const worksheet = doc.find((node) => 'worksheet' in node)?.['worksheet'] as Record<string, unknown>[];
      const order = worksheet.map((node) => Object.keys(node)[0] ?? '');
      const ranks = order.map((el) => (WORKSHEET_ORDER as readonly string[]).indexOf(el));
      expect(ranks, `${name}: ${order.join(' ')}`).not.toContain(-1);
      expect(ranks, `${name}: ${order.join(' ')}`).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('refuses to overwrite an input file', async () => {
    const input = join(dir, 'input.yaml');
    await writeFile(input, 'unit: {code: "450202"}\n');
    const error = await writeWorkbook(makeContext(), input, [input]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareCheckError);
    expect(await readFile(input, 'utf8')).toBe('unit: {code: "450202"}\n');
  });

  it('refuses a folder that does not exist', async () => {
    const error = await writeWorkbook(makeContext(), join(dir, 'missing', 'r.xlsx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CareCheckError);
  });

  it('leaves nothing behind when writing fails half-way', async () => {
    const folder = await mkdtemp(join(dir, 'fail-'));
    const broken = makeResult();
    Object.defineProperty(broken, 'history', {
      get() {
        throw new Error('boom');
      },
    });
    await expect(writeWorkbook(makeContext({ results: [broken] }), join(folder, 'r.xlsx'))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });

  it('loads exceljs only when a workbook is asked for', async () => {
    const root = join(import.meta.dirname, '../../src/report');
    const files = [join(root, 'xlsx.ts'), ...(await readdir(join(root, 'xlsx'), { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'xlsx', f))];
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      expect(source, file).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/m);
    }
    expect(await readFile(join(root, 'xlsx.ts'), 'utf8')).toContain("await import('exceljs/lib/stream/xlsx/workbook-writer.js')");
  });
});

describe('a province-sized set', () => {
  it('has a row per check, a column per target and a trend block per target', async () => {
    const periods = Array.from({ length: 18 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    const base = makeLargeContext({ units: 30, targets: 12 });
    const results = base.evaluation.results.map((r) => ({
      ...r,
      history: typeof r.value === 'number' ? periods.map((period, i) => ({ period, value: (r.value as number) * (0.5 + i / 36) })) : r.history,
    }));
    const ctx = { ...base, evaluation: { ...base.evaluation, results } };
    const { wb } = await write(ctx);
    expect(sheet(wb, SHEET_NAMES.results.zh).rowCount).toBe(1 + 30 * 12);
    const doc = sheet(wb, 'sample-province');
    expect(doc.getRow(4).cellCount).toBe(3 + 12);
    const trends = sheet(wb, SHEET_NAMES.trends.zh);
    let blocks = 0;
    for (let r = 1; r <= trends.rowCount; r++) if (String(trends.getRow(r).getCell(1).value ?? '').startsWith('sample-province/')) blocks++;
    expect(blocks).toBe(12);
  });
});
