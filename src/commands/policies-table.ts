// Tables for `policies`: cli-table3 draws them; the wrapping is done here, because cli-table3
// measures Chinese text by characters when it wraps and cuts it short.
import Table from 'cli-table3';
import { Chalk } from 'chalk';

const WIDE_RANGES =
  '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf' +
  '\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE = new RegExp(`[${WIDE_RANGES}]`, 'u');
/** a CJK character, a run of other non-space characters, or a run of spaces */
const TOKEN = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+|\\s+`, 'gu');

/** Columns a string takes on a terminal: CJK characters and full-width forms take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Characters that may not start a line (Chinese line-breaking rules, and their ASCII cousins). */
const NO_LINE_START = /^[，。、；：！？）》」』”’〕】…,.;:!?)\]]/u;

/**
 * Breaks text into lines of at most `width` columns: between words, or between CJK characters, never
 * before a closing punctuation mark. Spaces inside a line are kept as they are (aligned columns).
 */
export function wrapText(text: string, width: number): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line: string[] = [];
    const widthOf = (tokens: string[]): number => displayWidth(tokens.join(''));
    const flush = (): void => {
      out.push(line.join('').trimEnd());
      line = [];
    };
    for (let token of paragraph.match(TOKEN) ?? []) {
      if (/^\s+$/.test(token)) {
        if (line.length > 0) line.push(token);
        continue;
      }
      while (displayWidth(token) > width) {
        // a word longer than the column: cut it where it fills a line of its own
        if (line.length > 0) flush();
        let head = '';
        for (const char of token) {
          if (displayWidth(head + char) > width) break;
          head += char;
        }
        if (head === '') head = [...token][0] ?? token;
        out.push(head);
        token = token.slice(head.length);
      }
      if (token === '') continue;
      if (line.length > 0 && widthOf(line) + displayWidth(token) > width) {
        // a closing mark takes the character before it (and any closing marks between) to the next line
        const carried: string[] = [];
        if (NO_LINE_START.test(token)) {
          while (line.length > 1 && carried.length < 4 && WIDE.test(line[line.length - 1] ?? '')) {
            const last = line.pop() ?? '';
            carried.unshift(last);
            if (!NO_LINE_START.test(last)) break;
          }
        }
        flush();
        line.push(...carried);
      }
      line.push(token);
    }
    if (line.length > 0 || out.length === 0) flush();
  }
  return out.join('\n');
}

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

export interface Cell {
  content: string;
  colSpan?: number;
}

export interface TableOptions {
  width: number;
  color: boolean;
  /** indexes of the columns whose text may wrap */
  wrap: readonly number[];
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
  const widths = fitWidths(natural, new Set(opts.wrap), opts.width);
  const spanWidth = widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * 3;
  const table = new Table({
    head: head.map((h) => chalk.bold(h)),
    style: { head: [], border: [] },
    wordWrap: false,
  });
  for (const row of rows) {
    if (row.length === 1 && typeof row[0] === 'object') {
      const cell = row[0];
      table.push([{ colSpan: head.length, content: wrapText(cell.content, spanWidth) }]);
    } else {
      table.push((row as string[]).map((text, i) => (opts.wrap.includes(i) ? wrapText(text, widths[i]!) : text)));
    }
  }
  return table.toString();
}
