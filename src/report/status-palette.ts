// The colours of a status wherever a picture shows one: the line and marks of a chart (HTML and
// native Excel charts), and the cell-like badges and grid cells of the HTML report.
//
// `mark` colours are chosen for people with a colour-vision deficiency: under a simulation of
// protanopia, deuteranopia and tritanopia (Machado et al. 2009, full severity) every two statuses
// stay at least ΔE*ab 19 apart, and each has a contrast of at least 3:1 against white (WCAG 2.x,
// 1.4.11 non-text contrast); test/report/status-palette.test.ts checks both. The hues follow the
// terminal's (green met, teal on-track, amber at-risk, red off-track, dark red missed, blue pending,
// grey no-data). A picture never relies on colour alone: each chart also names its status in words.
//
// `fill` and `text` are the workbook's cell colours (src/report/xlsx/styles.ts), so that a grid in the
// HTML report looks like the Results sheet; except no-data's text, darker here: the workbook's grey on
// grey (#7F7F7F on #F2F2F2) is 3.6:1, under the 4.5:1 that WCAG asks of text.
import type { Status } from '../core/types.js';
import { STATUS_COLORS } from './xlsx/styles.js';

export interface StatusColors {
  /** a line, a marker, a bar: `#RRGGBB` */
  mark: string;
  /** a badge's or a cell's background: `#RRGGBB` */
  fill: string;
  /** text on `fill`: `#RRGGBB` */
  text: string;
}

const MARKS: Record<Status, string> = {
  met: '#1A9850',
  'on-track': '#18657F',
  'at-risk': '#D67D00',
  'off-track': '#B02C00',
  missed: '#75152D',
  pending: '#2F6BFF',
  'no-data': '#7A7A7A',
};

const TEXT_OVERRIDES: Partial<Record<Status, string>> = { 'no-data': '#595959' };

/** `FFC6EFCE` (exceljs ARGB) → `#C6EFCE`. */
function fromArgb(argb: string): string {
  return `#${argb.slice(-6).toUpperCase()}`;
}

export const STATUS_PALETTE: Readonly<Record<Status, Readonly<StatusColors>>> = Object.freeze(
  Object.fromEntries(
    (Object.keys(MARKS) as Status[]).map((status) => [
      status,
      Object.freeze({ mark: MARKS[status], fill: fromArgb(STATUS_COLORS[status].fill), text: TEXT_OVERRIDES[status] ?? fromArgb(STATUS_COLORS[status].font) }),
    ]),
  ) as Record<Status, StatusColors>,
);

/** The neutral ink of a chart: the threshold, the required path, the deadline, axes. */
export const CHART_INK = Object.freeze({ reference: '#444444', axis: '#6E6E6E', grid: '#E3E3E3', text: '#333333' });
