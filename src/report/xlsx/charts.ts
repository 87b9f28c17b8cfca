// The Charts sheet: the HTML report's trend charts as native Excel line charts (DrawingML), drawn from
// the Trends sheet's own cells so that they follow an edit, two to a row under a heading per document,
// each with its status in words above it. The charts themselves are added to the finished file
// (native-charts/, by xlsx/finish.ts); this sheet holds their captions and where they stand.
import type { Workbook } from 'exceljs';
import type { Result } from '../../core/types.js';
import { XLSX_TEXT } from '../../i18n/xlsx.js';
import { inParens, localize } from '../../i18n/index.js';
import { CHART_LABELS } from '../../i18n/charts.js';
import { statusLabel, unitLabel } from '../labels.js';
import { formatThreshold, formatValue } from '../figure-text.js';
import { indicatorName } from '../catalog-index.js';
import { CHART_INK, STATUS_PALETTE } from '../status-palette.js';
import { hasNumericHistory, selectTrends, worstFirst } from '../trend-selection.js';
import type { TrendSelection } from '../trend-selection.js';
import type { WorkbookModel } from './model.js';
import { documentIds, documentTitle, unitName } from './model.js';
import { rangeRef } from './native-charts/index.js';
import type { NativeChartSpec, NativeSeriesSpec } from './native-charts/index.js';
import { finishPrint, pageSetupFor } from './print.js';
import type { RowGroup } from './print.js';
import { RowWriter } from './sheet.js';
import { columnLetter } from '../../shared/grid.js';
import { style } from './styles.js';
import type { PlannedRow, TrendPlan } from './trend-plan.js';

/** Two charts side by side, each 8 columns by 15 rows, a gap column between them. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 15;
const COLUMN_WIDTH = 10;
const SLOTS = [1, CHART_COLUMNS + 2] as const;
const WIDTH = CHART_COLUMNS * 2 + 1;
/** Every row's height is set (points), so that the page breaks fall where they are planned. */
const ROW_HEIGHT = 15;
const HEADING_HEIGHT = 22;

export interface ChartPick {
  document: string;
  results: Result[];
}

/**
 * The charts of the workbook, document by document: the HTML report's (every whole-area result, the
 * unit results that need action up to the limit), and for a document that would have none, its worst
 * result with figures, so that every document has at least one.
 */
export function pickCharts(model: WorkbookModel, selection: TrendSelection = selectTrends(model.ctx.evaluation.results, model.ctx.documents)): ChartPick[] {
  const chosen = [...selection.wholeArea, ...selection.units].filter(hasNumericHistory);
  const picks: ChartPick[] = [];
  for (const id of documentIds(model)) {
    const results = chosen.filter((r) => r.document === id);
    if (results.length === 0) {
      const worst = model.ctx.evaluation.results.filter((r) => r.document === id && hasNumericHistory(r)).sort(worstFirst())[0];
      if (worst) results.push(worst);
    }
    if (results.length > 0) picks.push({ document: id, results });
  }
  return picks;
}

interface Placed {
  result: Result;
  /** the row of its caption; the chart stands in the rows under it */
  captionRow: number;
  column: number;
}

export interface ChartsLayout {
  rows: { row: number; kind: 'heading'; document: string }[];
  placed: Placed[];
  groups: RowGroup[];
  rowCount: number;
}

export function layoutCharts(picks: readonly ChartPick[]): ChartsLayout {
  const rows: ChartsLayout['rows'] = [];
  const placed: Placed[] = [];
  const groups: RowGroup[] = [];
  let row = 0;
  for (const pick of picks) {
    const heading = ++row;
    rows.push({ row: heading, kind: 'heading', document: pick.document });
    for (let i = 0; i < pick.results.length; i += SLOTS.length) {
      const caption = ++row;
      pick.results.slice(i, i + SLOTS.length).forEach((result, j) => placed.push({ result, captionRow: caption, column: SLOTS[j] ?? 1 }));
      row += CHART_ROWS + 1; // the chart, and a blank row under it
      // the heading stays with the first row of charts
      groups.push({ first: i === 0 ? heading : caption, last: row });
    }
  }
  return { rows, placed, groups, rowCount: row };
}

function series(name: string, planned: PlannedRow, plan: { trends: string; lastColumn: number }, look: Omit<NativeSeriesSpec, 'name' | 'values'>): NativeSeriesSpec {
  return {
    name: { ref: rangeRef(plan.trends, { column: 2, row: planned.row }), cache: planned.label || name },
    values: {
      ref: rangeRef(plan.trends, { column: 3, row: planned.row }, { column: plan.lastColumn, row: planned.row }),
      cache: planned.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
    },
    ...look,
  };
}

/** The native chart of each placed result, reading the Trends sheet's cells. */
export function chartSpecs(model: WorkbookModel, layout: ChartsLayout, plan: TrendPlan, names: { charts: string; trends: string }): NativeChartSpec[] {
  const { lang, catalog } = model;
  const specs: NativeChartSpec[] = [];
  for (const p of layout.placed) {
    const found = plan.byResult.get(p.result);
    if (!found) continue;
    const { block, row } = found;
    const r = p.result;
    const lastColumn = 2 + block.periods.length;
    const where = { trends: names.trends, lastColumn };
    const mark = STATUS_PALETTE[r.status].mark;
    const lines: NativeSeriesSpec[] = [series(CHART_LABELS.observed[lang], row, where, { color: mark, width: 2.25 })];
    if (block.threshold) lines.push(series(CHART_LABELS.threshold[lang], block.threshold, where, { color: CHART_INK.reference, dash: 'dash', width: 1.5, markers: false }));
    if (row.required) lines.push(series(CHART_LABELS.required[lang], row.required, where, { color: CHART_INK.reference, dash: 'sysDot', width: 1.75, markers: false }));
    if (row.projection) lines.push(series(CHART_LABELS.projection[lang], row.projection, where, { color: mark, dash: 'dash', width: 1.75, markers: false }));
    specs.push({
      sheet: names.charts,
      from: `${columnLetter(p.column)}${p.captionRow + 1}`,
      to: `${columnLetter(p.column + CHART_COLUMNS)}${p.captionRow + 1 + CHART_ROWS}`,
      title: `${statusLabel(r.status, lang)}｜${unitName(r.unit, r.aggregate, lang)} · ${indicatorName(r.target, catalog, lang)}`,
      categories: {
        ref: rangeRef(names.trends, { column: 3, row: block.headerRow }, { column: lastColumn, row: block.headerRow }),
        cache: block.periods,
      },
      series: lines,
      numberFormat: block.numberFormat,
      ...(unitLabel(block.unit, lang) ? { valueAxisTitle: unitLabel(block.unit, lang) } : {}),
      blanks: 'gap',
      lang,
    });
  }
  return specs;
}

/** The caption above a chart: the status in words, the latest value against the rule, the deadline. */
function caption(r: Result, model: WorkbookModel): string {
  const { lang } = model;
  const unit = catalogUnit(r, model);
  const value = formatValue(r.value, unit, lang, { rule: r.rule, withUnit: true });
  const rule = formatThreshold(r.rule, unit, lang);
  const deadline = r.deadline === null ? '' : ` · ${CHART_LABELS.deadline[lang]} ${r.deadline}`;
  return `${statusLabel(r.status, lang)} · ${r.period ?? '—'} ${value}${inParens(lang, `${CHART_LABELS.threshold[lang]} ${rule}`)}${deadline}`;
}

function catalogUnit(r: Result, model: WorkbookModel) {
  return model.catalog.get(r.target)?.unit ?? 'count';
}

export async function writeChartsSheet(wb: Workbook, name: string, model: WorkbookModel, layout: ChartsLayout): Promise<void> {
  const { lang } = model;
  const widths = Array.from({ length: WIDTH }, () => COLUMN_WIDTH);
  const print = pageSetupFor(model, widths);
  const ws = wb.addWorksheet(name, { pageSetup: print.pageSetup, headerFooter: print.headerFooter, views: [{ showGridLines: false }] });
  ws.columns = widths.map((width) => ({ width }));
  const out = new RowWriter(ws);
  const byRow = new Map<number, Placed[]>();
  for (const p of layout.placed) byRow.set(p.captionRow, [...(byRow.get(p.captionRow) ?? []), p]);
  const headings = new Map(layout.rows.map((h) => [h.row, h.document]));
  for (let row = 1; row <= layout.rowCount; row++) {
    const doc = headings.get(row);
    if (doc !== undefined) {
      const d = model.documents.get(doc);
      await out.add([{ value: `${doc} · ${d ? documentTitle(d, lang) : ''}`, style: style({ title: true }) }], { height: HEADING_HEIGHT });
      continue;
    }
    const captions = byRow.get(row);
    if (captions) {
      const cells: ({ value: string; style: ReturnType<typeof style> } | null)[] = Array.from({ length: WIDTH }, () => null);
      for (const p of captions.sort((a, b) => a.column - b.column)) cells[p.column - 1] = { value: caption(p.result, model), style: style({ status: p.result.status }) };
      await out.add(cells, { height: ROW_HEIGHT });
      continue;
    }
    await out.add([], { height: ROW_HEIGHT });
  }
  if (layout.rowCount === 0) await out.add([localize(XLSX_TEXT, lang).noCharts]);
  finishPrint(ws, print, out.rowCount, layout.groups, 1, (row) => (headings.has(row) ? HEADING_HEIGHT : ROW_HEIGHT));
  ws.commit();
}

