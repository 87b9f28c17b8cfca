// A trend chart spec as an ECharts option: the observed values in the status's colour, the threshold,
// the deadline, the projection along the observed pace and the straight path the target needs. Pure:
// no ECharts code is loaded here (the option's type only).
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { CHART_LABELS } from '../../i18n/charts.js';
import { STATUS_LABELS } from '../../i18n/report.js';
import { comparatorSymbol } from '../labels.js';
import { CHART_INK, STATUS_PALETTE } from '../status-palette.js';
import type { TrendChartSpec } from './trend-chart-spec.js';
import { deadlineMonth, monthIndex, months, observedEnds } from './trend-chart-spec.js';

export const DEFAULT_WIDTH = 640;
export const DEFAULT_HEIGHT = 320;

/**
 * Latin text in Arial or a face of its widths (Helvetica, Liberation Sans): ECharts lays labels out
 * with Arial's character widths, having no font to measure on a server. Chinese text (one em a
 * character in every face) in the reader's CJK face.
 */
export const FONT_FAMILY = "Arial,Helvetica,'Liberation Sans','PingFang SC','Microsoft YaHei','Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";

/** `12345.6` with at most `decimals` decimals, trailing zeros dropped: `12,345.6`. */
export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

type Point = [string, number];

/** A line through a few points of the category axis, the months between them left out. */
function segment(name: string, points: Point[], style: { color: string; type: 'dashed' | 'dotted' | 'solid'; width: number; z: number }): LineSeriesOption {
  return {
    type: 'line',
    name,
    data: points,
    silent: true,
    z: style.z,
    symbol: 'none',
    color: style.color,
    lineStyle: { color: style.color, type: style.type, width: style.width },
    emphasis: { disabled: true },
    animation: false,
  };
}

export function trendChartOption(spec: TrendChartSpec): EChartsOption {
  const { lang } = spec;
  const colors = STATUS_PALETTE[spec.status];
  const decimals = spec.decimals ?? 2;
  const axis = months(spec);
  const byMonth = new Map(spec.periods.map((p, i) => [p, spec.values[i] ?? null]));
  const ends = observedEnds(spec);
  const deadline = spec.deadline === null ? null : deadlineMonth(spec.deadline);

  const thresholdName = `${CHART_LABELS.threshold[lang]} ${comparatorSymbol(spec.comparator)} ${withUnit(formatNumber(spec.threshold, decimals), spec.unit)}`;
  const series: LineSeriesOption[] = [
    {
      type: 'line',
      name: CHART_LABELS.observed[lang],
      data: axis.map((m) => byMonth.get(m) ?? null),
      silent: true,
      z: 5,
      color: colors.mark,
      lineStyle: { color: colors.mark, width: 2.5 },
      itemStyle: { color: colors.mark },
      symbol: 'circle',
      symbolSize: 6,
      showSymbol: true,
      showAllSymbol: true,
      connectNulls: false,
      emphasis: { disabled: true },
      animation: false,
    },
    {
      ...segment(thresholdName, axis.map((m) => [m, spec.threshold] as Point), { color: CHART_INK.reference, type: 'dashed', width: 1.5, z: 2 }),
      ...(deadline === null
        ? {}
        : {
            markLine: {
              silent: true,
              symbol: 'none',
              animation: false,
              lineStyle: { color: CHART_INK.reference, type: 'solid', width: 1 },
              label: {
                show: true,
                position: 'end',
                align: 'right',
                formatter: `${CHART_LABELS.deadline[lang]} ${spec.deadline ?? ''}`,
                color: CHART_INK.text,
                fontFamily: FONT_FAMILY,
              },
              data: [{ xAxis: deadline }],
            },
          }),
    },
  ];

  const latest = ends?.latest;
  const beforeDeadline = (period: string) => deadline !== null && monthIndex(period) < monthIndex(deadline);
  const requiredFrom = spec.requiredFrom ?? 'latest';
  const start = requiredFrom === 'first' ? ends?.first : requiredFrom === 'latest' ? latest : undefined;
  if (deadline !== null && start && beforeDeadline(start.period)) {
    series.push(
      segment(CHART_LABELS.required[lang], [[start.period, start.value], [deadline, spec.threshold]], {
        color: CHART_INK.reference,
        type: 'dotted',
        width: 2,
        z: 3,
      }),
    );
  }
  if (deadline !== null && latest && beforeDeadline(latest.period) && spec.projected !== undefined && spec.projected !== null) {
    const name = `${CHART_LABELS.projection[lang]} ${withUnit(formatNumber(spec.projected, decimals), spec.unit)}`;
    series.push(segment(name, [[latest.period, latest.value], [deadline, spec.projected]], { color: colors.mark, type: 'dashed', width: 2, z: 4 }));
  }

  const statusText = STATUS_LABELS[spec.status][lang];
  const subtitle = spec.deadline === null ? [spec.subtitle, CHART_LABELS.ongoing[lang]] : [spec.subtitle];
  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: FONT_FAMILY, color: CHART_INK.text },
    title: {
      left: 8,
      top: 6,
      text: spec.title,
      // the status in words, in a badge of its colours: colour is never the only cue
      subtext: [`{status|${escapeRich(statusText)}}`, ...subtitle.filter((s): s is string => !!s).map(escapeRich)].join('  '),
      textStyle: { fontSize: 14, fontWeight: 'bold', color: CHART_INK.text, fontFamily: FONT_FAMILY },
      subtextStyle: {
        fontSize: 12,
        color: CHART_INK.text,
        fontFamily: FONT_FAMILY,
        rich: {
          status: { color: colors.text, backgroundColor: colors.fill, padding: [2, 6], borderRadius: 3, fontWeight: 'bold', fontFamily: FONT_FAMILY },
        },
      },
      itemGap: 6,
    },
    legend: {
      // a reference line's legend shows its dash, without the dot ECharts draws for a line with no symbol
      data: series.map((s, i) => (i === 0 ? { name: String(s.name) } : { name: String(s.name), itemStyle: { opacity: 0 } })),
      bottom: 4,
      left: 'center',
      selectedMode: false,
      // room to spare: a reader without Arial gets a wider face
      itemGap: 18,
      itemWidth: 24,
      itemHeight: 10,
      textStyle: { fontSize: 11, color: CHART_INK.text, fontFamily: FONT_FAMILY },
    },
    grid: { left: 12, right: 28, top: 62, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: axis,
      boundaryGap: false,
      axisLine: { lineStyle: { color: CHART_INK.axis } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: CHART_INK.text, fontSize: 11, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { color: CHART_INK.text, fontSize: 11, align: 'left' },
      axisLine: { show: true, lineStyle: { color: CHART_INK.axis } },
      splitLine: { lineStyle: { color: CHART_INK.grid } },
      axisLabel: { color: CHART_INK.text, fontSize: 11 },
    },
    series,
  };
}

/** Rich-text markup in ECharts uses `{name|text}`: braces and pipes in a caption are taken literally. */
function escapeRich(text: string): string {
  return text.replace(/[{}|]/g, (ch) => (ch === '{' ? '｛' : ch === '}' ? '｝' : '｜'));
}
