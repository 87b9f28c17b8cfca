// A second, independent reader of the native charts: LibreOffice opens the workbook and prints it to
// PDF; the charts are on the pages, titled, and drawn in their series' colours. CI installs
// LibreOffice and poppler (see .ci/run); without soffice or pdftoppm this file skips itself.
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSoffice } from '../support/ooxml.js';
import { sofficeConvertAll } from '../support/soffice.js';
import { STATUS_PALETTE } from '../../src/report/status-palette.js';
import { addNativeCharts } from '../../src/report/xlsx/native-charts/index.js';
import { hasPoppler, pdfPageCount, pdfPageToPng, pdfText } from '../support/pdf.js';
import { countColour, decodePng } from '../support/png.js';
import { streamedWorkbook, threeCharts } from './native-charts-fixtures.js';


const READY = hasSoffice() && hasPoppler();

describe.skipIf(!READY)('LibreOffice prints the native charts (skipped without soffice and poppler-utils)', () => {
  let dir: string;
  let withCharts: string;
  let without: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-lo-charts-'));
    const plain = await streamedWorkbook();
    await writeFile(join(dir, 'plain.xlsx'), plain);
    await writeFile(join(dir, 'charts.xlsx'), await addNativeCharts(plain, threeCharts()));
    sofficeConvertAll([join(dir, 'plain.xlsx'), join(dir, 'charts.xlsx')], 'pdf', dir, dir);
    withCharts = join(dir, 'charts.pdf');
    without = join(dir, 'plain.pdf');
  }, 240_000);

  afterAll(async () => {
    if (dir && !process.env['KEEP_CHART_PAGES']) await rm(dir, { recursive: true, force: true });
  });

  it('prints each sheet on its one page, the charts within it', () => {
    // both sheets are set to fit one page: the charts must not spill onto more
    expect(pdfPageCount(without)).toBe(2);
    expect(pdfPageCount(withCharts)).toBe(2);
  });

  it('titles each chart on its sheet\'s page, with its legend', () => {
    const [trends = '', other = ''] = pdfText(withCharts).split('\f');
    expect(trends).toContain('护理型床位占比 · 柳州市');
    expect(trends).toContain('护理型床位占比 · 城中区');
    expect(other).toContain('Nursing-bed share, city and county');
    expect(other).toContain('目标值 ≥ 60%');
    expect(pdfText(without)).not.toContain('护理型床位占比 · 柳州市');
  });

  it('draws the lines in their series\' colours, which no cell has', async () => {
    const city = STATUS_PALETTE['at-risk'].mark;
    const county = STATUS_PALETTE['off-track'].mark;
    const page = async (pdf: string, n: number, name: string) => decodePng(await readFile(pdfPageToPng(pdf, n, join(dir, name), 60)));
    const [plain1, charts1, charts2] = await Promise.all([page(without, 1, 'plain-1'), page(withCharts, 1, 'charts-1'), page(withCharts, 2, 'charts-2')]);
    if (process.env['KEEP_CHART_PAGES']) process.stderr.write(`pages: ${join(dir, 'charts-1.png')}, ${join(dir, 'charts-2.png')}\n`);
    expect(countColour(plain1, city)).toBe(0);
    expect(countColour(charts1, city)).toBeGreaterThan(100);
    expect(countColour(charts1, county)).toBeGreaterThan(100);
    // page 2: one chart with both lines
    expect(countColour(charts2, city)).toBeGreaterThan(100);
    expect(countColour(charts2, county)).toBeGreaterThan(100);
  });
});
