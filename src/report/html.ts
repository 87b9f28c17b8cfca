// The HTML report (`--out html=report.html`): one self-contained file for a director, with a trend
// chart for every whole-area target and for the unit targets that need action, a units × targets
// grid, the results by responsible department, every result's details and the clauses they come
// from, laid out on A4 pages. ECharts (html/trend-chart.ts) loads here, and only here.
import type { ReportContext } from './context.js';
import { htmlDocument } from './html/document.js';
import type { HtmlReport } from './html/document.js';
import { buildHtmlModel } from './html/model.js';
import type { ChartJob, DrawnCharts } from './html/trend-cards.js';
import { chartJob } from './html/trend-cards.js';
import { printableContext } from './printable-context.js';
import type { Result } from '../core/types.js';

export interface HtmlOptions {
  /** at most this many unit charts (default UNIT_CHART_LIMIT) */
  chartLimit?: number;
}

/** The report and the number of pages it prints on. */
export async function renderHtmlReport(ctx: ReportContext, options: HtmlOptions = {}): Promise<HtmlReport> {
  const model = buildHtmlModel(printableContext(ctx), options.chartLimit);
  const jobs: ChartJob[] = [];
  for (const r of [...model.selection.wholeArea, ...model.selection.units]) {
    const job = chartJob(r, model, `c${jobs.length + 1}`);
    if (job) jobs.push(job);
  }
  const svgs = new Map<Result, string>();
  if (jobs.length > 0) {
    const { renderTrendCharts } = await import('./html/trend-chart.js');
    const drawn = await renderTrendCharts(jobs.map((j) => j.spec));
    jobs.forEach((job, i) => svgs.set(job.result, drawn[i] ?? ''));
  }
  const drawn: DrawnCharts = { jobs: new Map(jobs.map((j) => [j.result, j])), svgs };
  return htmlDocument(model, drawn);
}

/** The report's text. */
export async function renderHtml(ctx: ReportContext, options: HtmlOptions = {}): Promise<string> {
  return (await renderHtmlReport(ctx, options)).html;
}

/** The HTML report written to `file` (the temporary path of an atomic write): what --out html= gives. */
export async function writeHtmlFile(ctx: ReportContext, file: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, await renderHtml(ctx));
}
