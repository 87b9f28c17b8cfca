// Filling a form as a county would: open the workbook `care-check template` wrote, type figures
// into cells, save it. Plus LibreOffice, the second program that saves it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { sofficeConvertAll } from '../support/soffice.js';
import { SAMPLES } from './run-cli.js';

export type Figure = number | boolean;

/** The figures of a sample file, by measure id; null when the unit has no file that month. */
export function sampleFigures(period: string, code: string): Map<string, Figure> | null {
  const file = join(SAMPLES, period, `${code}.yaml`);
  if (!existsSync(file)) return null;
  const data = parse(readFileSync(file, 'utf8')) as { measures: Record<string, Record<string, Figure>> };
  return new Map(Object.entries(data.measures).flatMap(([group, values]) => Object.entries(values).map(([key, v]) => [`${group}.${key}`, v] as const)));
}

/** The sample files of an area for one month: `450202.yaml` → text. */
export function sampleTexts(period: string, prefix: string): Map<string, string> {
  const folder = join(SAMPLES, period);
  return new Map(readdirSync(folder).filter((f) => f.startsWith(prefix)).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

/** A file's text without its first line (the schema line, which names where the schema is). */
export function body(text: string): string {
  return text.slice(text.indexOf('\n') + 1);
}

export interface FormLayout {
  /** 1-based row of each unit code */
  rowOf: Map<string, number>;
  /** 1-based column of each measure id */
  columnOf: Map<string, number>;
  /** the measure ids in column order */
  ids: string[];
}

export const ID_ROW = 7;

export function layoutOf(ws: ExcelJS.Worksheet): FormLayout {
  const columnOf = new Map<string, number>();
  const ids: string[] = [];
  ws.getRow(ID_ROW).eachCell((cell, c) => {
    const text = String(cell.value ?? '');
    if (/^[a-z_]+\.[a-z0-9_]+$/.test(text)) {
      columnOf.set(text, c);
      ids.push(text);
    }
  });
  const rowOf = new Map<string, number>();
  for (let r = ID_ROW + 1; r <= ws.rowCount; r += 1) {
    const code = ws.getCell(r, 1).value;
    if (typeof code === 'string' && /^\d{6}$/.test(code)) rowOf.set(code, r);
  }
  return { rowOf, columnOf, ids };
}

/** `D9` for a measure and a unit of the form. */
export function address(layout: FormLayout, code: string, id: string): string {
  const column = layout.columnOf.get(id);
  const row = layout.rowOf.get(code);
  if (column === undefined || row === undefined) throw new Error(`no cell for ${code} ${id}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row}`;
}

export async function openForm(file: string): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; layout: FormLayout }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  return { wb, ws, layout: layoutOf(ws) };
}

/**
 * Types every white cell's figure as a county would (是/否 for a yes/no, numbers as numbers):
 * the figure `figureOf` gives, where it gives one and the cell is open.
 */
export function typeFigures(ws: ExcelJS.Worksheet, layout: FormLayout, figureOf: (code: string, id: string) => Figure | undefined): void {
  for (const [code, row] of layout.rowOf) {
    for (const [id, column] of layout.columnOf) {
      const cell = ws.getCell(row, column);
      if (cell.protection?.locked !== false) continue;
      const value = figureOf(code, id);
      if (value === undefined) continue;
      cell.value = typeof value === 'boolean' ? (value ? '是' : '否') : value;
    }
  }
}

export { hasSoffice } from '../support/ooxml.js';

/**
 * LibreOffice opens `file` and saves it through `filter` into `folder`; the path it wrote. Its
 * profile is its worker's (test/support/soffice.ts): the conversions of one worker run one after the
 * other, those of other workers have profiles of their own.
 */
export function sofficeConvert(file: string, filter: string, folder: string, extension: string): string {
  sofficeConvertAll([file], filter, folder, folder);
  const out = join(folder, basename(file).replace(/\.[^.]+$/, `.${extension}`));
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
