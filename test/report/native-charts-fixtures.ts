// Workbooks to add native charts to: written by exceljs's streaming writer as src/report/xlsx.ts
// writes the report (a Trends-like block: a title row, a row of periods, one row per unit, a row of the
// threshold), and one by exceljs's ordinary writer with an image, whose sheet already has a drawing.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { rangeRef } from '../../src/report/xlsx/native-charts/index.js';
import type { NativeChartSpec } from '../../src/report/xlsx/native-charts/index.js';
import { STATUS_PALETTE, CHART_INK } from '../../src/report/status-palette.js';

export const TRENDS = '趋势';
export const OTHER = "Bob's sheet";
export const PERIODS = ['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
/** shares as the workbook stores them (fractions under a % format); 2024-10 not reported */
export const CITY = [0.4, 0.41, 0.415, null, 0.42, 0.43, 0.44, 0.442, 0.45, 0.455, 0.46, 0.47];
export const COUNTY = [0.3, 0.31, 0.3, 0.29, 0.3, 0.28, 0.27, 0.27, 0.26, 0.25, 0.25, 0.24];
export const THRESHOLD = PERIODS.map(() => 0.6);

/** The Trends block: row 1 title, row 2 code/unit/periods (C2:N2), rows 3–4 units, row 5 the threshold. */
export async function streamedWorkbook(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet(TRENDS, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  const rows: (string | number | null)[][] = [
    ['liuzhou-2023/nursing-bed-share 护理型床位占比（%）'],
    ['代码', '单位', ...PERIODS],
    ['450200', '柳州市', ...CITY],
    ['450202', '城中区', ...COUNTY],
    ['', '目标值 ≥ 60%', ...THRESHOLD],
  ];
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    row.values = values;
    if (i >= 2) for (let c = 3; c <= 14; c++) row.getCell(c).numFmt = '0.0%';
    row.commit();
  });
  ws.commit();
  const other = wb.addWorksheet(OTHER, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  const row = other.getRow(1);
  row.values = ['the same trend, on another sheet'];
  row.commit();
  other.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

const cells = (sheet: string, row: number) => rangeRef(sheet, { column: 3, row }, { column: 14, row });

/** A chart of the block's unit rows (3 = the city, 4 = the county) against the threshold row. */
export function trendChart(title: string, sheet: string, from: string, to: string, unitRows: readonly (3 | 4)[]): NativeChartSpec {
  return {
    sheet,
    from,
    to,
    title,
    lang: 'zh',
    numberFormat: '0%',
    valueAxisTitle: '%',
    categories: { ref: cells(TRENDS, 2), cache: PERIODS },
    series: [
      ...unitRows.map((row) => ({
        name: { ref: rangeRef(TRENDS, { column: 2, row }), cache: row === 3 ? '柳州市' : '城中区' },
        values: { ref: cells(TRENDS, row), cache: row === 3 ? CITY : COUNTY },
        color: row === 3 ? STATUS_PALETTE['at-risk'].mark : STATUS_PALETTE['off-track'].mark,
      })),
      {
        name: { ref: rangeRef(TRENDS, { column: 2, row: 5 }), cache: '目标值 ≥ 60%' },
        values: { ref: cells(TRENDS, 5), cache: THRESHOLD },
        color: CHART_INK.reference,
        dash: 'dash' as const,
        markers: false,
        width: 1.5,
      },
    ],
  };
}

/** Two charts on the Trends sheet, below the block, and one on the other sheet reading the same cells. */
export function threeCharts(): NativeChartSpec[] {
  return [
    trendChart('护理型床位占比 · 柳州市', TRENDS, 'B7', 'H24', [3]),
    trendChart('护理型床位占比 · 城中区', TRENDS, 'I7', 'O24', [4]),
    trendChart('Nursing-bed share, city and county', OTHER, 'A3', 'H20', [3, 4]),
  ];
}

/** 1×1 transparent PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A workbook whose first sheet already has a drawing: exceljs's ordinary writer, an image in B2:C4. */
export async function workbookWithImage(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TRENDS);
  ws.getRow(2).values = ['代码', '单位', ...PERIODS];
  ws.getRow(3).values = ['450200', '柳州市', ...CITY];
  ws.getRow(4).values = ['450202', '城中区', ...COUNTY];
  ws.getRow(5).values = ['', '目标值 ≥ 60%', ...THRESHOLD];
  const image = wb.addImage({ buffer: PIXEL as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'P2:Q4');
  wb.addWorksheet(OTHER).getCell('A1').value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
