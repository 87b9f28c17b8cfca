// A filled form as a grid of cells: an .xlsx through exceljs's reader (loaded only here), a CSV
// through load/csv.ts. Excel, WPS and LibreOffice save a form differently (shared strings or inline
// ones, formulas with their results, rich text): each becomes the same plain cell values.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Text } from '../core/types.js';
import { FORM_LOAD_TEXT } from '../i18n/form.js';
import { decodeCsv, parseCsv, type CsvEncoding } from './csv.js';
import { describeFsError } from './yaml-file.js';

export type GridValue = string | number | boolean | Date | { error: string } | null;

export interface GridCell {
  value: GridValue;
  /** the cell's number format, when the workbook gives one */
  numFmt?: string;
  /** the cell holds a formula (its value is the result the file stored) */
  formula?: boolean;
}

export interface GridSheet {
  /** null for a CSV */
  name: string | null;
  /** rows[r][c], 0-based; missing cells are empty */
  rows: (GridCell | undefined)[][];
}

export interface FormFile {
  /** the path as the user wrote it */
  file: string;
  kind: 'xlsx' | 'csv';
  encoding: CsvEncoding | null;
  sheets: GridSheet[];
}

export type FormFileResult = { form: FormFile; problem: null } | { form: null; problem: Text };

/** A form of a few hundred rows is some kilobytes; anything near this is not one. */
export const MAX_FORM_BYTES = 32 * 1024 * 1024;

/** The file's bytes; a FIFO or a device is refused before it is read (opened without blocking). */
function readBytes(absolute: string): Uint8Array | Text {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return describeFsError(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return FORM_LOAD_TEXT.notAFile();
    if (stats.size > MAX_FORM_BYTES) return FORM_LOAD_TEXT.tooLarge(MAX_FORM_BYTES / (1024 * 1024));
    const buffer = Buffer.alloc(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    return describeFsError(error);
  } finally {
    closeSync(fd);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

interface ExcelCellLike {
  value: unknown;
  numFmt?: string;
  isMerged?: boolean;
  master?: unknown;
}

/** One exceljs cell value as a plain one: rich text and links as their text, a formula as its stored result. */
function plainValue(raw: unknown): { value: GridValue; formula: boolean } {
  if (raw === null || raw === undefined) return { value: null, formula: false };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) {
    return { value: raw, formula: false };
  }
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o['richText'])) {
      return { value: (o['richText'] as { text?: unknown }[]).map((r) => String(r.text ?? '')).join(''), formula: false };
    }
    if ('formula' in o || 'sharedFormula' in o) {
      const result = plainValue(o['result']);
      return { value: result.value, formula: true };
    }
    if (typeof o['error'] === 'string') return { value: { error: o['error'] }, formula: false };
    if ('text' in o) return plainValue(o['text']);
  }
  return { value: String(raw), formula: false };
}

async function readWorkbook(bytes: Uint8Array): Promise<GridSheet[] | Text> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return FORM_LOAD_TEXT.badWorkbook(error instanceof Error ? error.message : String(error));
  }
  const sheets: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const rows: (GridCell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: (GridCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const like = cell as unknown as ExcelCellLike;
        // a merged range's value stands in its first cell only
        if (like.isMerged && like.master !== cell) return;
        const { value, formula } = plainValue(like.value);
        if (value === null && !formula) return;
        const grid: GridCell = { value };
        if (typeof like.numFmt === 'string' && like.numFmt !== '') grid.numFmt = like.numFmt;
        if (formula) grid.formula = true;
        cells[c - 1] = grid;
      });
      rows[r - 1] = cells;
    });
    sheets.push({ name: ws.name, rows });
  });
  return sheets;
}

/** Reads a filled form. `file` is the name problems carry. Bad input is a problem, never an exception. */
export async function readFormFile(absolute: string, file: string): Promise<FormFileResult> {
  const bytes = readBytes(absolute);
  if (!(bytes instanceof Uint8Array)) return { form: null, problem: bytes };
  if (startsWith(bytes, OLE)) return { form: null, problem: FORM_LOAD_TEXT.oldExcel() };
  if (startsWith(bytes, ZIP)) {
    const head = Buffer.from(bytes.subarray(0, 100)).toString('latin1');
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return { form: null, problem: FORM_LOAD_TEXT.openDocument() };
    const sheets = await readWorkbook(bytes);
    if (!Array.isArray(sheets)) return { form: null, problem: sheets };
    return { form: { file, kind: 'xlsx', encoding: null, sheets }, problem: null };
  }
  if (/\.xlsx$/i.test(file)) return { form: null, problem: FORM_LOAD_TEXT.notXlsx() };
  const decoded = decodeCsv(bytes);
  if (!decoded) return { form: null, problem: FORM_LOAD_TEXT.unknownEncoding() };
  const rows = parseCsv(decoded.text).map((fields) =>
    fields.map((text): GridCell | undefined => (text === '' ? undefined : { value: text })),
  );
  return { form: { file, kind: 'csv', encoding: decoded.encoding, sheets: [{ name: null, rows }] }, problem: null };
}
