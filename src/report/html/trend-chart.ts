// Trend charts as SVG strings, drawn by Apache ECharts on the server (no browser, no canvas): axes,
// ticks, label widths (a CJK character is one em) and the legend are the library's. ECharts loads on
// the first chart, never at start-up: only the HTML report calls this (docs/charts.md has the figures).
import { createHash } from 'node:crypto';
import type { EChartsType } from 'echarts';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, trendChartOption } from './trend-chart-option.js';
import type { TrendChartSpec } from './trend-chart-spec.js';
import { checkSpec } from './trend-chart-spec.js';
import { LOCALE_TAGS } from '../../i18n/index.js';

export type { TrendChartSpec } from './trend-chart-spec.js';

type ECharts = typeof import('echarts');

let loading: Promise<ECharts> | undefined;

/**
 * ECharts' own single-file ES build (minified, 1.1 MB): one file to read and compile instead of the
 * ~600 modules of its `lib/` tree, which took four times as long to load (docs/charts.md).
 */
function loadECharts(): Promise<ECharts> {
  loading ??= import('echarts/dist/echarts.esm.min.mjs').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The spec's content as a short id prefix: equal specs, equal ids; different charts, different ids. */
function contentId(spec: TrendChartSpec): string {
  return `tc${createHash('sha1').update(JSON.stringify(spec)).digest('hex').slice(0, 12)}`;
}

/**
 * One trend chart as a standalone `<svg>` element (no XML declaration), to inline in an HTML page or
 * to write as an .svg file. The same spec gives the same bytes on every call and in every process.
 * Throws an Error when the spec cannot be drawn as it says (see checkSpec).
 */
export async function renderTrendChart(spec: TrendChartSpec): Promise<string> {
  checkSpec(spec);
  const echarts = await loadECharts();
  return renderWith(echarts, spec);
}

/** Several charts, in order; ECharts is loaded once. */
export async function renderTrendCharts(specs: readonly TrendChartSpec[]): Promise<string[]> {
  specs.forEach(checkSpec);
  if (specs.length === 0) return [];
  const echarts = await loadECharts();
  return specs.map((spec) => renderWith(echarts, spec));
}

function renderWith(echarts: ECharts, spec: TrendChartSpec): string {
  const width = spec.width ?? DEFAULT_WIDTH;
  const height = spec.height ?? DEFAULT_HEIGHT;
  const chart: EChartsType = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: LOCALE_TAGS.echarts[spec.lang] });
  try {
    chart.setOption(trendChartOption(spec));
    return finish(svgOf(chart), spec.id ?? contentId(spec), spec.title);
  } finally {
    // an instance left undisposed keeps its animation timer, and so the process, alive
    chart.dispose();
  }
}

interface SvgPainter {
  type: string;
  renderToString(opts: { cssEmphasis?: boolean; cssAnimation?: boolean; useViewBox?: boolean }): string;
}

/**
 * The chart's SVG without hover styles: `renderToSVGString()` always adds a `<style>` of hover rules
 * whose class names count up across the process (`zr0-cls-0`, then `zr0-cls-1` for the same chart);
 * zrender's SVG painter, which it calls, can leave them out (a printed page has no hover anyway).
 */
function svgOf(chart: EChartsType): string {
  const painter = (chart.getZr() as unknown as { painter?: Partial<SvgPainter> }).painter;
  if (painter?.type !== 'svg' || typeof painter.renderToString !== 'function') {
    // (the message names no ECharts internals: this module is in the CLI bundle, which a test keeps free of ECharts)
    throw new Error('not ECharts 6 with its SVG painter (getZr().painter.renderToString): check the echarts version');
  }
  return painter.renderToString({ cssEmphasis: false, cssAnimation: false, useViewBox: true });
}

/**
 * ECharts names its clip paths after a counter of the process (`zr0-c0`, then `zr1-c0`):
 * they become the spec's id, so that output does not depend on how many charts came before, and two
 * charts on one page never share an id. The SSR hydration attributes (`ecmeta_*`) go; the root gets
 * a role and a name for screen readers.
 */
function finish(svg: string, id: string, title: string): string {
  // the SVG painter's own counter, not the instance's id: read it from the output
  const zrPrefix = /(?:id="|class=")(zr\d+-)/.exec(svg)?.[1];
  if (zrPrefix === undefined) return finishRoot(svg, title);
  const escaped = zrPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const inAttributes = new RegExp(`(id="|url\\(#|class="(?:[^"]*\\s)?)${escaped}`, 'g');
  const inStyle = new RegExp(`\\.${escaped}`, 'g');
  const out = svg
    .replace(inAttributes, `$1${id}-`)
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, (style) => style.replace(inStyle, `.${id}-`));
  inAttributes.lastIndex = 0;
  if (inAttributes.test(out)) throw new Error(`trend chart "${title}": ECharts id ${zrPrefix} left in the SVG`);
  return finishRoot(out, title);
}

function finishRoot(svg: string, title: string): string {
  return svg.replace(/ ecmeta_[a-z_]+="[^"]*"/g, '').replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(title)}" `);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
