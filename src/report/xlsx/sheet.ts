// Writing a sheet row by row into exceljs's streaming writer: names, widths, rows, data bars.
import type { Style, Worksheet } from 'exceljs';
import { safeText } from './cells.js';
import type { CellValue } from './cells.js';
import { DATA_BAR_COLOR, style as styleOf } from './styles.js';

export interface Cell {
  value: CellValue;
  style?: Partial<Style>;
}
export type CellInput = Cell | CellValue | undefined;

const MAX_SHEET_NAME = 31;
// Excel keeps "History" for itself.
const RESERVED_SHEET_NAMES = new Set(['history']);

/**
 * A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting or ending with
 * an apostrophe, and unique (Excel compares names without case). `used` holds the names taken so far
 * (lower-cased) and receives the new one.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/[\u0000-\u001F]/g, '').trim();
  if (base.replace(/'/g, '') === '') base = 'Sheet';
  let name = cut(base, MAX_SHEET_NAME);
  for (let n = 2; used.has(name.toLowerCase()) || RESERVED_SHEET_NAMES.has(name.toLowerCase()); n += 1) {
    const suffix = `~${n}`;
    name = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}

/** At most `length` UTF-16 units, without half a surrogate pair or an apostrophe at either end. */
function cut(text: string, length: number): string {
  let out = text.replace(/^'+/, '').slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.replace(/'+$/, '');
}

/** Columns a text takes in a cell: a Chinese (wide) character takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      cp >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Tracks the widest text of each column, for widths that fit Chinese text. */
export class Widths {
  private readonly widths: number[];
  constructor(
    private readonly min: number,
    private readonly max: number,
    initial: readonly number[] = [],
  ) {
    this.widths = [...initial];
  }
  see(column: number, value: CellValue | undefined, numberWidth = 12): void {
    let w: number;
    if (typeof value === 'string') w = Math.max(...value.split('\n').map(displayWidth));
    else if (value === null || value === undefined) w = 0;
    else w = numberWidth;
    if (w > (this.widths[column] ?? 0)) this.widths[column] = w;
  }
  seeRow(cells: readonly CellInput[]): void {
    cells.forEach((c, i) => this.see(i, cellOf(c).value));
  }
  /** Column definitions: text width plus a margin, within [min, max]. */
  columns(count: number, overrides: Record<number, number> = {}): { width: number }[] {
    return Array.from({ length: count }, (_, i) => ({
      width: overrides[i] ?? Math.min(this.max, Math.max(this.min, (this.widths[i] ?? 0) + 2)),
    }));
  }
}

function cellOf(input: CellInput): Cell {
  if (input === undefined) return { value: null };
  if (input === null || typeof input !== 'object' || input instanceof Date) return { value: input };
  return input;
}

const PLAIN = styleOf({});

// Rows written between two turns of the event loop, so that the zip stream drains as the sheet grows.
const ROWS_PER_TURN = 1000;

/** Rows into a streaming worksheet: values set, styles shared, each row committed once written. */
export class RowWriter {
  private written = 0;
  constructor(readonly ws: Worksheet) {}

  get rowCount(): number {
    return this.written;
  }

  async add(cells: readonly CellInput[], options: { height?: number } = {}): Promise<number> {
    const values: CellValue[] = [];
    const styles: (Partial<Style> | undefined)[] = [];
    for (const input of cells) {
      if (input !== null && typeof input === 'object' && !(input instanceof Date)) {
        values.push(input.value);
        styles.push(input.style);
      } else {
        values.push(input ?? null);
        styles.push(undefined);
      }
    }
    return this.addValues(values, styles, options);
  }

  /** A row from values and their styles side by side (a sheet with one style per column reuses one array). */
  async addValues(
    values: readonly CellValue[],
    styles: readonly (Partial<Style> | undefined)[],
    options: { height?: number } = {},
  ): Promise<number> {
    const row = this.ws.getRow(this.written + 1);
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] ?? null;
      const style = styles[i];
      if (value === null && !style) continue;
      const target = row.getCell(i + 1);
      target.value = typeof value === 'string' ? safeText(value) : value;
      // a shared object even for no style: exceljs gives each new cell an empty style object of its
      // own, which it then turns into XML to find its id, cell after cell
      target.style = style ?? PLAIN;
    }
    if (options.height !== undefined) row.height = options.height;
    row.commit();
    this.written += 1;
    if (this.written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    return this.written;
  }

  async blank(): Promise<number> {
    return this.add([]);
  }
}

interface StreamingSheetInternals {
  _write(text: string): void;
  _writeConditionalFormatting(): void;
  _writeRowBreaks(): void;
}

/** exceljs's streaming worksheet, for the two parts of a sheet it cannot write as needed. */
function internals(ws: Worksheet): StreamingSheetInternals {
  const w = ws as unknown as Partial<Record<keyof StreamingSheetInternals, unknown>>;
  if (typeof w._write !== 'function' || typeof w._writeConditionalFormatting !== 'function' || typeof w._writeRowBreaks !== 'function') {
    throw new Error('not an exceljs 4 streaming worksheet (_write, _writeConditionalFormatting, _writeRowBreaks): check the exceljs version');
  }
  return ws as unknown as StreamingSheetInternals;
}

/**
 * Data bars over `ref` from 0 to 1 (a share). exceljs writes a data bar with a reference to an
 * Office 2010 extension that its streaming writer never writes, which leaves a dangling id that Excel
 * may repair; so the sheet's conditional formatting is written here as the plain Office 2007 rule
 * instead. Call before the sheet is committed.
 */
export function addProgressDataBar(ws: Worksheet, ref: string): void {
  const sheet = internals(ws);
  const xml =
    `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="1"><dataBar>` +
    '<cfvo type="num" val="0"/><cfvo type="num" val="1"/>' +
    `<color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule></conditionalFormatting>`;
  sheet._writeConditionalFormatting = () => sheet._write(xml);
}

/**
 * Tells Excel and WPS that the digits in `ref` (division codes) are text on purpose, so that they do
 * not flag every code with "number stored as text". exceljs has no API for it; the element goes where
 * the schema puts it, after the row breaks. Call before the sheet is committed.
 */
export function ignoreNumbersAsText(ws: Worksheet, ref: string): void {
  const sheet = internals(ws);
  const rowBreaks = sheet._writeRowBreaks.bind(ws);
  sheet._writeRowBreaks = () => {
    rowBreaks();
    sheet._write(`<ignoredErrors><ignoredError sqref="${ref}" numberStoredAsText="1"/></ignoredErrors>`);
  };
}
