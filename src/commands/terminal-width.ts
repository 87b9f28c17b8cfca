// How wide the output may be: the terminal's columns, else `COLUMNS` (a pipe, a pager, a CI log
// that says how wide it is), else unknown.
import type { Io } from '../shared/io.js';
import { displayWidth, wrapText } from '../shared/text-width.js';

/** Narrower than this and nothing is laid out for it: the report keeps its natural width. */
const NARROWEST = 40;

/** The terminal's columns, or `COLUMNS` when the output is not a terminal; undefined for neither. */
export function terminalColumns(io: Io): number | undefined {
  const own = io.stdout.columns;
  if (own !== undefined && own > 0) return own >= NARROWEST ? own : undefined;
  const text = io.env['COLUMNS']?.trim() ?? '';
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const columns = Number(text);
  return columns >= NARROWEST ? columns : undefined;
}

/**
 * Plain text for the terminal: each line wrapped to its width (when known), the lines a long one
 * breaks into indented by two; unchanged for a pipe without `COLUMNS`.
 */
export function fitToTerminal(text: string, io: Io): string {
  const width = terminalColumns(io);
  if (width === undefined) return text;
  return text
    .split('\n')
    .flatMap((line) => (displayWidth(line) <= width ? [line] : wrapText(line, width - 2).map((l, i) => (i === 0 ? l : `  ${l}`))))
    .join('\n');
}
