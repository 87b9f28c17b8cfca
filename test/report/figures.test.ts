// One reading of a figure in every output (issue 9, point 4): the same value, gap and progress in
// the terminal, Markdown, JUnit, GitHub annotations and the workbook, each read back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/types.js';
import { SHEET_NAMES, XLSX_HEADERS } from '../../src/i18n/xlsx.js';
import type { ReportContext } from '../../src/report/context.js';
import { shownGap, shownProgress, shownValue } from '../../src/report/figures.js';
import { render as github } from '../../src/report/github.js';
import { render as junit } from '../../src/report/junit.js';
import { render as markdown } from '../../src/report/markdown.js';
import { render as table } from '../../src/report/table.js';
import { writeWorkbook } from './write-workbook.js';
import { makeContext, makeResult } from './fixtures.js';

const ge = (threshold: number) => ({ comparator: '>=' as const, threshold });

describe('the display rule', () => {
  it('rounds a value to the nearest, and the gap is the threshold less the value shown', () => {
    // 93.29% against ≥ 100%: 93.3% and 100 − 93.3 = 6.7 points; progress 93.29 / 100 → 93%
    expect(shownValue(93.29, 'percent', ge(100))).toEqual({ value: 93.3, decimals: 1 });
    expect(shownGap(100 - 93.29, 93.29, 'percent', ge(100))).toEqual({ value: 6.7, decimals: 1 });
    expect(shownProgress(93.29, false)).toBe(93);
  });

  it('never shows a value on the other side of its rule than its status', () => {
    // 99.96% against ≥ 100% would round to 100.0%: it keeps a second decimal; the gap 0.04 points
    expect(shownValue(99.96, 'percent', ge(100))).toEqual({ value: 99.96, decimals: 2 });
    expect(shownGap(0.04, 99.96, 'percent', ge(100))).toEqual({ value: 0.04, decimals: 2 });
    expect(shownProgress(99.96, false)).toBe(99);
    // 0.0996 m² per person against ≥ 0.1: 0.10 would read as met
    expect(shownValue(0.0996, 'm2-per-capita', ge(0.1))).toEqual({ value: 0.0996, decimals: 4 });
    // a met value is never shown below its threshold either (≥ 60.04%: 60.0% would read as missed)
    expect(shownValue(60.04, 'percent', ge(60.04))).toEqual({ value: 60.04, decimals: 2 });
    // a met result's progress is 100% or more, an unmet one's at most 99%
    expect(shownProgress(100, true)).toBe(100);
    expect(shownProgress(99.6, false)).toBe(99);
  });
});

describe('every format shows a figure the same way', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-figures-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** 93.29% at risk against ≥ 100% (a whole area), and 99.96% missed (a county). */
  function context(lang: Lang): ReportContext {
    return makeContext({
      lang,
      results: [
        makeResult({ target: 'liuzhou-2023/director-training', unit: { code: '450200' }, aggregate: true, status: 'at-risk', value: 93.29 }),
        makeResult({ target: 'liuzhou-2023/centralized-support', unit: { code: '450202' }, status: 'missed', value: 99.96 }),
      ],
      failOn: ['missed', 'at-risk'],
    });
  }

  const points = { zh: '百分点', en: 'points' } as const;

  it.each(['zh', 'en'] as Lang[])('in the text formats (%s)', (lang) => {
    const ctx = context(lang);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(junit(ctx)) as unknown;
    const texts = { table: table(ctx), markdown: markdown(ctx), junit: JSON.stringify(xml), github: decodeURIComponent(github(ctx).replace(/%(?![0-9A-F]{2})/g, '%25')) };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('93.3%');
      expect(text, format).toContain(`6.7 ${points[lang]}`);
      expect(text, format).toContain('99.96%');
      expect(text, format).toContain(`0.04 ${points[lang]}`);
      for (const wrong of ['93.2%', '6.8 ', '100.0%', '99.9%', '6.7%', ' pp']) expect(text, `${format}: ${wrong}`).not.toContain(wrong);
    }
    // progress where a format shows it
    expect(texts.table).toContain('93%');
    expect(texts.table).toContain('99%');
  });

  it('in the workbook, as numbers under formats that read the same', async () => {
    const path = join(dir, 'figures.xlsx');
    await writeWorkbook(context('zh'), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet(SHEET_NAMES.results.zh)!;
    const header = ws.getRow(1);
    const colOf = (key: keyof typeof XLSX_HEADERS): number => {
      for (let c = 1; c <= header.cellCount; c++) if (header.getCell(c).value === XLSX_HEADERS[key].zh) return c;
      throw new Error(`no column ${key}`);
    };
    const rowOf = (target: string) => {
      for (let r = 2; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(colOf('target')).value === target) return ws.getRow(r);
      throw new Error(`no row ${target}`);
    };
    const area = rowOf('liuzhou-2023/director-training');
    expect(area.getCell(colOf('value')).value).toBeCloseTo(0.933, 12);
    expect(area.getCell(colOf('value')).numFmt).toBe('0.0%');
    expect(area.getCell(colOf('gap')).value).toBeCloseTo(6.7, 12);
    expect(area.getCell(colOf('gap')).numFmt).toBe('0.0" 百分点"');
    expect(area.getCell(colOf('progress')).value).toBe(0.93);
    const missed = rowOf('liuzhou-2023/centralized-support');
    expect(missed.getCell(colOf('value')).value).toBeCloseTo(0.9996, 12);
    expect(missed.getCell(colOf('value')).numFmt).toBe('0.00%');
    expect(missed.getCell(colOf('gap')).value).toBeCloseTo(0.04, 12);
    expect(missed.getCell(colOf('gap')).numFmt).toBe('0.00" 百分点"');
    expect(missed.getCell(colOf('progress')).value).toBe(0.99);
  });
});
