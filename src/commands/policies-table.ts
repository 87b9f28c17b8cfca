// Tables for `policies`: cli-table3 draws them; the wrapping is done beforehand (shared/text-width.ts),
// because cli-table3 measures Chinese text by characters when it wraps and cuts it short.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import { displayWidth, wrapText } from '../shared/text-width.js';

/**
 * Column widths (content only) that fit `total` terminal columns: the columns in `wrap` give up
 * width, the widest first, down to `min` each; the others keep their natural width.
 */
export function fitWidths(natural: number[], wrap: ReadonlySet<number>, total: number, min = 12): number[] {
  const widths = [...natural];
  const frame = natural.length * 3 + 1; // a border and two spaces of padding per column, and the last border
  let excess = widths.reduce((a, b) => a + b, 0) + frame - total;
  while (excess > 0) {
    let widest = -1;
    for (const i of wrap) if (widths[i]! > min && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest]! -= 1;
    excess -= 1;
  }
  return widths;
}

/** Whether a table of these rows fits `width` once its wrappable columns are narrowed as far as they go. */
export function tableFits(head: string[], rows: (string[] | [Cell])[], opts: { width: number; wrap: readonly number[]; min?: number }): boolean {
  const lines = rows.filter((row): row is string[] => !(row.length === 1 && typeof row[0] === 'object'));
  const natural = head.map((h, i) => Math.max(displayWidth(h), ...lines.map((row) => Math.max(...String(row[i] ?? '').split('\n').map(displayWidth)))));
  const widths = fitWidths(natural, new Set(opts.wrap), opts.width, opts.min);
  return widths.reduce((a, b) => a + b, 0) + widths.length * 3 + 1 <= opts.width;
}

export interface Cell {
  content: string;
  colSpan?: number;
}

export interface TableOptions {
  width: number;
  color: boolean;
  /** indexes of the columns whose text may wrap */
  wrap: readonly number[];
  /** the narrowest a wrapped column gets (12 unless given) */
  min?: number;
}

/**
 * A table whose wrappable columns are narrowed to fit the terminal. A row may be one cell spanning
 * every column (a quote under its target).
 */
export function renderTable(head: string[], rows: (string[] | [Cell])[], opts: TableOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const natural = head.map((h, i) =>
    Math.max(
      displayWidth(h),
      ...rows.map((row) =>
        row.length === 1 && typeof row[0] === 'object' ? 0 : Math.max(...String(row[i] ?? '').split('\n').map(displayWidth)),
      ),
    ),
  );
  const widths = fitWidths(natural, new Set(opts.wrap), opts.width, opts.min);
  const spanWidth = widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * 3;
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    wordWrap: false,
  });
  for (const row of rows) {
    if (row.length === 1 && typeof row[0] === 'object') {
      const cell = row[0];
      table.push([{ colSpan: head.length, content: wrapText(cell.content, spanWidth).join('\n') }]);
    } else {
      table.push((row as string[]).map((text, i) => (opts.wrap.includes(i) ? wrapText(text, widths[i]!).join('\n') : text)));
    }
  }
  return table.toString();
}
