// A filled form as a grid of cells: an .xlsx through exceljs's reader (loaded only here), a CSV
// through load/csv.ts. Excel, WPS and LibreOffice save a form differently (shared strings or inline
// ones, formulas with their results, rich text): each becomes the same plain cell values.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { message, type Message } from '../shared/problem.js';
import type { FormFile, GridCell, GridSheet, GridValue } from '../shared/grid.js';
import { decodeCsv, parseCsv } from './csv.js';
import { describeFsError } from './yaml-file.js';

export type FormFileResult = { form: FormFile; problem: null } | { form: null; problem: Message };

/** A form of a few hundred rows is some kilobytes; anything near this is not one. */
export const MAX_FORM_BYTES = 32 * 1024 * 1024;

/** The file's bytes; a FIFO or a device is refused before it is read (opened without blocking). */
function readBytes(absolute: string): Uint8Array | Message {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return describeFsError(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return message('formNotAFile');
    if (stats.size > MAX_FORM_BYTES) return message('formTooLarge', MAX_FORM_BYTES / (1024 * 1024));
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

async function readWorkbook(bytes: Uint8Array): Promise<GridSheet[] | Message> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return message('formBadWorkbook', error instanceof Error ? error.message : String(error));
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
  if (startsWith(bytes, OLE)) return { form: null, problem: message('formOldExcel') };
  if (startsWith(bytes, ZIP)) {
    const head = Buffer.from(bytes.subarray(0, 100)).toString('latin1');
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return { form: null, problem: message('formOpenDocument') };
    const sheets = await readWorkbook(bytes);
    if (!Array.isArray(sheets)) return { form: null, problem: sheets };
    return { form: { file, kind: 'xlsx', encoding: null, sheets }, problem: null };
  }
  if (/\.xlsx$/i.test(file)) return { form: null, problem: message('formNotXlsx') };
  const decoded = decodeCsv(bytes);
  if (!decoded) return { form: null, problem: message('formUnknownEncoding') };
  const rows = parseCsv(decoded.text).map((fields) =>
    fields.map((text): GridCell | undefined => (text === '' ? undefined : { value: text })),
  );
  return { form: { file, kind: 'csv', encoding: decoded.encoding, sheets: [{ name: null, rows }] }, problem: null };
}
