// The sample set's workbook printed by a second, independent reader: LibreOffice converts it to PDF,
// and the pages are what the workbook's print setup planned. The overview on exactly one page; the
// Charts sheet on one page per planned break and its charts drawn (titles in the text, series colours
// in the pixels); the Results sheet never broken inside a unit (every set of columns on as many pages
// as there are planned breaks plus one); the Data sheet's print area (the latest month) honoured at full
// scale; no serif face anywhere. CI installs LibreOffice and poppler
// (.ci/run); without them this file skips itself.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_NAMES } from '../../src/i18n/xlsx.js';
import { STATUS_PALETTE } from '../../src/report/status-palette.js';
import { SAMPLES } from '../cli/run-cli.js';
import { hasSoffice } from '../support/ooxml.js';
import { chartsOf, open, sheetParts } from '../support/ooxml-package.js';
import type { Package } from '../support/ooxml-package.js';
import { hasPoppler, pdfPageCount, pdfPageToPng } from '../support/pdf.js';
import { countColour, decodePng } from '../support/png.js';
import { sampleWorkbook } from '../support/sample-html.js';
import { sofficeConvertAll } from '../support/soffice.js';

const READY = hasSoffice() && hasPoppler();

describe.skipIf(!READY)('LibreOffice prints the sample set’s workbook as planned (skipped without soffice and poppler-utils)', () => {
  let dir: string;
  let pdf: string;
  let pkg: Package;
  /** the sheet each page of the PDF belongs to, from its footer */
  let pages: string[];
  /** the same for the workbook in English */
  let pagesEn: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-print-'));
    // the workbook of the sample set's Chinese run (which writes the HTML report too, for html.test.ts)
    const { xlsx, run } = await sampleWorkbook('zh', dir);
    expect(run.status).toBe(0);
    pkg = await open(await readFile(xlsx));
    const { xlsx: xlsxEn, run: runEn } = await sampleWorkbook('en', dir);
    expect(runEn.status).toBe(0);
    sofficeConvertAll([xlsx, xlsxEn], 'pdf', dir, dir, 400_000);
    pdf = join(dir, 'report-zh.pdf');
    // the footer's left part is the sheet's name (&A), its right part the page number
    const sheetsOf = (file: string, footer: RegExp) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
        .split('\f')
        .slice(0, pdfPageCount(file))
        .map((page) => (page.split('\n').reverse().find((line) => footer.test(line)) ?? '').trim().split(/\s{2,}/)[0] ?? '');
    pages = sheetsOf(pdf, /第 \d+ 页，共 \d+ 页/);
    pagesEn = sheetsOf(join(dir, 'report-en.pdf'), /page \d+ of \d+/);
  }, 500_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const pagesOf = (sheet: string) => pages.filter((p) => p === sheet).length;
  const breaksOf = async (sheet: string) => {
    const xml = await pkg.text((await sheetParts(pkg)).get(sheet) ?? '');
    return Number(/<rowBreaks count="(\d+)"/.exec(xml)?.[1] ?? 0);
  };

  it('names its sheet in the footer of every page', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => p === '')).toEqual([]);
  });

  it('prints the overview on exactly one page, the first', () => {
    expect(pages[0]).toBe(SHEET_NAMES.overview.zh);
    expect(pagesOf(SHEET_NAMES.overview.zh)).toBe(1);
  });

  it('prints the charts one page per planned break, each chart drawn with its title and colours', async () => {
    const charts = SHEET_NAMES.charts.zh;
    expect(pagesOf(charts)).toBe((await breaksOf(charts)) + 1);
    const first = pages.indexOf(charts) + 1;
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(first), '-l', String(first + pagesOf(charts) - 1), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const found = await chartsOf(pkg);
    expect(found.length).toBeGreaterThan(20);
    for (const chart of found) {
      const title = /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(chart.xml)?.[1] ?? '';
      expect(text, title).toContain(title.replace(/\s+/g, ''));
    }
    // the second page of charts: lines in the status colours (no cell of the sheet has them)
    const image = decodePng(await readFile(pdfPageToPng(pdf, first + 1, join(dir, 'charts'), 60)));
    const marks = Object.values(STATUS_PALETTE).map((c) => countColour(image, c.mark, 25));
    expect(Math.max(...marks)).toBeGreaterThan(100);
  });

  it('never breaks a unit’s results over two pages', async () => {
    const results = SHEET_NAMES.results.zh;
    const breaks = await breaksOf(results);
    expect(breaks).toBeGreaterThan(0);
    // as many pages down as planned, for each set of columns across
    expect(pagesOf(results) % (breaks + 1)).toBe(0);
  });

  it('prints the Data sheet as its print area says: the latest month’s files at full scale, on a page per set of columns', async () => {
    const data = SHEET_NAMES.data.zh;
    const xml = await pkg.text((await sheetParts(pkg)).get(data) ?? '');
    expect(/<pageSetup [^>]*scale="(\d+)"/.exec(xml)?.[1]).toBe('100');
    const workbook = await pkg.text('xl/workbook.xml');
    const index = [...(await sheetParts(pkg)).keys()].indexOf(data);
    const area = new RegExp(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">[^<]*!\\$A\\$1:\\$([A-Z]+)\\$(\\d+)<`).exec(workbook);
    // the heads and a row per unit that sent a file for June (one file a unit and month: the sample
    // set's June folder, 59 files for 60 units as generated, counted so that a plan added to data/
    // with its samples is no exception)
    const june = readdirSync(join(SAMPLES, '2025-06')).filter((name) => name.endsWith('.yaml')).length;
    expect(june).toBeGreaterThan(0);
    expect(Number(area?.[2])).toBe(2 + june);
    // the 68 measures' columns, a dozen to a page across, on two pages down at most
    const across = Math.ceil(pagesOf(data) / 2);
    expect(pagesOf(data)).toBeLessThanOrEqual(2 * across);
    expect(pagesOf(data)).toBeLessThan(20);
    const first = pages.indexOf(data) + 1;
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(first), '-l', String(first), pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(`打印 2025-06 期的 ${june} 份报表`);
    expect(text).not.toContain('2025-05');
  });

  it('prints the English Trends sheet on about as many pages as the Chinese one (its long labels wrap, not a third page across)', () => {
    const zh = pagesOf(SHEET_NAMES.trends.zh);
    const en = pagesEn.filter((p) => p === SHEET_NAMES.trends.en).length;
    expect(zh).toBeGreaterThan(10);
    // as many pages across, a few more down for the rows of wrapped labels (57 against 28 when the
    // label column took a third page across)
    expect(en).toBeLessThanOrEqual(Math.ceil(zh * 1.2));
  });

  it('uses no serif face', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts.replace(/Sans/g, '')).not.toMatch(/Serif/);
  });
});
