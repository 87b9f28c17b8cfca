// A filled form as a grid of cells, as the reader (load/form-file.ts) makes it from an .xlsx or a
// CSV and the checks (validate/form-grid.ts) read it; and the A1 name of a cell.

/** How a CSV's bytes were read. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

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

/** `A`, `B`, …, `Z`, `AA`, … for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
