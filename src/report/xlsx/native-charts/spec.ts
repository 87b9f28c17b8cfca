// A native Excel line chart, as plain data: where it stands, what it reads, how each line looks.
// The ranges are the workbook's own cells, so that the chart follows an edit; the caches are what
// those cells hold when the file is written (WPS and other readers draw from them without recalculating).
import type { Lang } from '../../../core/types.js';

export interface NativeChartSpec {
  /** the worksheet the chart is drawn on (its name, as in the workbook); an ordinary worksheet */
  sheet: string;
  /** the cell under the chart's top-left corner, e.g. `P2` */
  from: string;
  /** the cell whose top-left corner is the chart's bottom-right corner, e.g. `Y20` */
  to: string;
  title: string;
  /** the categories (the periods): one row or one column, e.g. `'趋势'!$C$3:$N$3`, and the texts it holds */
  categories: { ref: string; cache: readonly string[] };
  /** one line each, drawn in this order (the first under the others) */
  series: readonly NativeSeriesSpec[];
  /** the value axis's number format, e.g. `0%` (default `General`) */
  numberFormat?: string;
  /** a caption beside the value axis, e.g. the unit */
  valueAxisTitle?: string;
  /** empty cells: a gap in the line (default), the line joined across, or zero */
  blanks?: 'gap' | 'span' | 'zero';
  /** the chart's editing language (default zh: `zh-CN`) */
  lang?: Lang;
}

export interface NativeSeriesSpec {
  /** the series' name: a cell (one cell, e.g. `'趋势'!$B$4`) and the text it holds, or a text */
  name: { ref: string; cache: string } | string;
  /** its values: one row or one column as long as the categories, and the numbers it holds (null: empty) */
  values: { ref: string; cache: readonly (number | null)[] };
  /** `#RRGGBB` */
  color: string;
  /** default solid */
  dash?: 'solid' | 'dash' | 'sysDot' | 'sysDash' | 'lgDash';
  /** points (default 2.25) */
  width?: number;
  /** a dot at each value (default true) */
  markers?: boolean;
}
