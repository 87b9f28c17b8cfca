import { columnLetter } from '../../../shared/grid.js';
// Cell references as a chart's formulas write them: `'趋势'!$C$3:$N$3`.

export interface CellAddress {
  /** 1-based */
  column: number;
  /** 1-based */
  row: number;
}

export interface RangeRef {
  sheet: string;
  from: CellAddress;
  to: CellAddress;
}

const MAX_COLUMN = 16384;
const MAX_ROW = 1048576;

/** `C3` → column 3, row 3 (`$` allowed). */
export function parseCell(text: string): CellAddress {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(text);
  if (!m) throw new Error(`${JSON.stringify(text)} is not a cell such as C3`);
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  if (column > MAX_COLUMN || row > MAX_ROW) throw new Error(`${text} is outside a worksheet`);
  return { column, row };
}

/** `'趋势'!$C$3:$N$3`, `Sheet1!C3:N3` or `'趋势'!$B$4`. */
export function parseRange(text: string): RangeRef {
  const m = /^(?:'((?:[^']|'')+)'|([^'!:[\]*?/\\]+))!([$A-Z0-9]+)(?::([$A-Z0-9]+))?$/.exec(text);
  if (!m) throw new Error(`${JSON.stringify(text)} is not a range such as '趋势'!$C$3:$N$3`);
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const from = parseCell(m[3] ?? '');
  const to = m[4] === undefined ? from : parseCell(m[4]);
  if (to.column < from.column || to.row < from.row) throw new Error(`${text}: the range runs backwards`);
  return { sheet, from, to };
}

/** How many cells a range of one row or one column holds; throws for a block of several of each. */
export function cellCount(range: RangeRef, text: string): number {
  const columns = range.to.column - range.from.column + 1;
  const rows = range.to.row - range.from.row + 1;
  if (columns > 1 && rows > 1) throw new Error(`${text} is ${rows} rows by ${columns} columns: a chart's range is one row or one column`);
  return columns * rows;
}

/** A sheet name as a formula names it: always quoted, an apostrophe doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'趋势'!$C$3:$N$3` from its parts (1-based columns and rows); one cell when `to` is left out. */
export function rangeRef(sheet: string, from: CellAddress, to: CellAddress = from): string {
  const cell = (c: CellAddress) => `$${columnLetter(c.column)}$${c.row}`;
  const same = from.column === to.column && from.row === to.row;
  return `${quoteSheet(sheet)}!${cell(from)}${same ? '' : `:${cell(to)}`}`;
}
