// A second, independent reader: LibreOffice opens the workbook and exports every sheet as CSV, and
// every cell must say what exceljs (the first reader) reads. CI installs LibreOffice
// (`apt-get install libreoffice-calc-nogui`, see .ci/run); without `soffice` this file skips itself.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSoffice } from '../support/ooxml.js';
import { sofficeConvertAll } from '../support/soffice.js';
import { SHEET_NAMES } from '../../src/i18n/xlsx.js';
import { writeWorkbook } from './write-workbook.js';
import { fixtureResults, makeContext, makeResult } from './fixtures.js';


const SOFFICE = hasSoffice();
// separator `,`, quote `"`, UTF-8, values not as shown (full precision), every sheet (LibreOffice ≥ 7.2)
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** What LibreOffice writes for a cell that exceljs reads as `cell`. */
function expectedText(cell: ExcelJS.Cell): string | number {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return v;
  return String(v);
}

/** A CSV field as LibreOffice writes a number: `0.9996` or, under a % format, `99.96%`. */
function csvNumber(text: string): number {
  return text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text);
}

describe.skipIf(!SOFFICE)('LibreOffice reads the workbook (skipped without soffice: apt-get install libreoffice-calc-nogui)', () => {
  let dir: string;
  let wb: ExcelJS.Workbook;
  const csv = new Map<string, string[][]>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'care-check-lo-'));
    const results = [
      ...fixtureResults(),
      makeResult({ unit: { code: '450206', name: '=1+1' }, status: 'met', value: 22 }),
      makeResult({ unit: { code: '450207', name: '@SUM(A1:A2)' }, status: 'missed', value: 3.5 }),
    ];
    const ctx = makeContext({ results, problems: makeContext().problems, unreported: makeContext().unreported });
    const file = join(dir, 'wb.xlsx');
    await writeWorkbook(ctx, file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sofficeConvertAll([file], CSV_FILTER, join(dir, 'csv'), dir);
    for (const ws of wb.worksheets) {
      const path = join(dir, 'csv', `wb-${ws.name}.csv`);
      if (existsSync(path)) csv.set(ws.name, parseCsv(await readFile(path, 'utf8')));
    }
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports every sheet', () => {
    expect([...csv.keys()]).toEqual(wb.worksheets.map((w) => w.name));
  });

  it('reads every cell of every sheet as exceljs does', () => {
    for (const ws of wb.worksheets) {
      const rows = csv.get(ws.name) ?? [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
          const cell = row.getCell(c);
          // a cell merged into another holds nothing of its own (exceljs answers with the first cell's value)
          const want = cell.isMerged && cell.master !== cell ? '' : expectedText(cell);
          const got = rows[r - 1]?.[c - 1] ?? '';
          const where = `${ws.name}!${ws.getColumn(c).letter}${r}`;
          if (typeof want === 'number') expect(csvNumber(got), where).toBeCloseTo(want, 9);
          else expect(got, where).toBe(want);
        }
      }
    }
  });

  it('keeps a name that looks like a formula as text', () => {
    const rows = csv.get(SHEET_NAMES.results.zh) ?? [];
    const names = rows.map((row) => row[1]);
    expect(names).toContain('=1+1');
    expect(names).toContain('@SUM(A1:A2)');
  });
});
