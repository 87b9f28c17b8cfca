// The trend charts of the HTML report: a card per chart (the SVG and three lines of figures: the
// value against its rule, the pace against the pace needed, and where it comes from), three to a page.
import type { Result } from '../../core/types.js';
import { CHART_LABELS } from '../../i18n/charts.js';
import { HTML_TEXT } from '../../i18n/html.js';
import { inParens, joinClauses, joinList, localize } from '../../i18n/index.js';
import { resultNotes } from '../result-words.js';
import { flagLabel, statusLabel, unitLabel } from '../labels.js';
import { decimalsFor } from '../figures.js';
import { deadlineOf, indicatorName } from '../catalog-index.js';
import { formatDeadline, formatGap, formatMonthsLeft, formatNumber, formatProgress, formatThreshold, formatValue, resultMet } from '../figure-text.js';
import { sortFlags } from '../order.js';
import { unitName } from '../xlsx/model.js';
import type { TrendChartSpec } from './trend-chart-spec.js';
import { esc, shortPath } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item } from './pages.js';
import { badge, link, paragraph, resultAnchor, responsibleLine, resultList, sectionStart, targetAnchor } from './parts.js';
import { CHART, TYPE } from './styles.js';
import { htmlLines, lineCount } from './measure.js';

/** A chart to draw: for the result, its values, or for a whole area covered too thinly, its coverage. */
export interface ChartJob {
  result: Result;
  kind: 'values' | 'coverage';
  spec: TrendChartSpec;
}

function numeric(value: number | boolean | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The chart of a result, or null when there is nothing to draw. */
export function chartJob(r: Result, model: HtmlModel, id: string): ChartJob | null {
  const { lang, catalog } = model;
  const unit = model.unitOf(r);
  const indicator = indicatorName(r.target, catalog, lang);
  const place = `${r.unit.code} ${unitName(r.unit, r.aggregate, lang)}`;
  const base = { id, lang, width: CHART.width, height: CHART.height } as const;
  const points = r.history.filter((p) => numeric(p.value) !== null);
  if (points.length > 0 && typeof r.rule.threshold === 'number') {
    return {
      result: r,
      kind: 'values',
      spec: {
        ...base,
        title: indicator,
        subtitle: [place, r.target, r.period].filter((s): s is string => !!s).join(' · '),
        periods: points.map((p) => p.period),
        values: points.map((p) => numeric(p.value)),
        threshold: r.rule.threshold,
        comparator: r.rule.comparator,
        deadline: r.deadline,
        projected: r.trend.projected,
        unit: unitLabel(unit, lang),
        decimals: decimalsFor(unit),
        status: r.status,
      },
    };
  }
  // a whole area covered too thinly: what blocks the verdict is who reports, month by month
  if (r.aggregate && r.coverage.length > 0) {
    return {
      result: r,
      kind: 'coverage',
      spec: {
        ...base,
        title: localize(HTML_TEXT, lang).coverageTitle({ indicator }),
        subtitle: [place, r.target].join(' · '),
        periods: r.coverage.map((c) => c.period),
        values: r.coverage.map((c) => Math.round(c.share * 1000) / 10),
        threshold: model.ctx.evaluation.thresholds.coverage * 100,
        comparator: '>=',
        deadline: r.deadline,
        projected: null,
        requiredFrom: 'none',
        unit: '%',
        decimals: 0,
        status: r.status,
      },
    };
  }
  return null;
}

function factLines(r: Result, job: ChartJob | null, model: HtmlModel): string[] {
  const { lang, catalog } = model;
  const unit = model.unitOf(r);
  const flags = sortFlags(r.flags).map((f) => flagLabel(f, lang));
  const notes = resultNotes(r, model.names, lang, model.ctx.evaluation.thresholds.coverage, 3);
  const lines: string[] = [];
  if (job?.kind === 'coverage' || r.value === null) {
    lines.push(`${badge(r.status, lang)} ${esc(notes[0] ?? localize(HTML_TEXT, lang).noFigures)}`);
  } else {
    const first = localize(HTML_TEXT, lang).observedLine({
      period: r.period ?? '—',
      value: formatValue(r.value, unit, lang, { rule: r.rule, withUnit: true }),
      rule: formatThreshold(r.rule, unit, lang),
      gap: formatGap(r, unit, lang, { withUnit: true }),
      progress: formatProgress(r.progress, resultMet(r)),
    });
    lines.push(`${badge(r.status, lang)} ${esc(first)}${flags.length > 0 ? esc(` · ${joinList(lang, flags)}`) : ''}`);
  }
  const deadline = formatDeadline(deadlineOf(r.target, catalog), r.deadline, lang);
  const left = formatMonthsLeft(r.monthsLeft, lang);
  const deadlineText = `${CHART_LABELS.deadline[lang]} ${deadline}${left ? inParens(lang, left) : ''}`;
  // the pace against the pace needed, while there is a deadline ahead to judge it by
  const paceText =
    r.trend.pace === null || r.trend.requiredPace === null
      ? ''
      : localize(HTML_TEXT, lang).paceLine({
          pace: formatValue(r.trend.pace, unit, lang, { withUnit: true }),
          required: formatValue(r.trend.requiredPace, unit, lang, { withUnit: true }),
          projected: r.trend.projected === null ? '—' : formatValue(r.trend.projected, unit, lang, { rule: r.rule, withUnit: true }),
        });
  const rest = job?.kind === 'coverage' ? notes.slice(1) : notes;
  lines.push(esc(joinClauses(lang, [deadlineText, paceText, ...rest].filter((s) => s !== ''))));
  const clause = catalog.get(r.target)?.clause ?? '—';
  const source = r.source ? `${shortPath(r.source.file)}:${r.source.line}` : localize(HTML_TEXT, lang).sumOfUnits;
  const responsible = responsibleLine(r.responsible, lang);
  lines.push(
    [
      link(targetAnchor(r.target), esc(localize(HTML_TEXT, lang).traceLine({ clause, source })), 'link'),
      esc(responsible),
      link(resultAnchor(r), esc(localize(HTML_TEXT, lang).detailsLink), 'link'),
    ]
      .filter((s) => s !== '')
      .join(' · '),
  );
  return lines;
}

function card(r: Result, job: ChartJob | null, svg: string | null, model: HtmlModel): Item {
  const body = svg ?? `<div class="none">${esc(localize(HTML_TEXT, model.lang).noFigures)}</div>`;
  const factHtml = factLines(r, job, model);
  const facts = factHtml.map((l) => `<div>${l}</div>`).join('');
  const title = `${r.target} ${unitName(r.unit, r.aggregate, model.lang)} ${statusLabel(r.status, model.lang)}`;
  // the card is made for three lines of figures: a line that wraps makes it taller
  const lines = factHtml.reduce((n, l) => n + lineCount(htmlLines(l).join(''), CHART.factsWidth, TYPE.smallPt), 0);
  const height = CHART.card + Math.max(0, lines - 3) * TYPE.smallLine;
  const style = height > CHART.card ? ` style="height:${height.toFixed(1)}mm"` : '';
  return {
    kind: 'block',
    html: `<div class="card b-${r.status}"${style} title="${esc(title)}">${body}<div class="facts">${facts}</div></div>`,
    height: height + CHART.gap,
  };
}

export interface DrawnCharts {
  jobs: Map<Result, ChartJob>;
  svgs: Map<Result, string>;
}

export function wholeAreaItems(model: HtmlModel, drawn: DrawnCharts): Item[] {
  const { lang } = model;
  const items: Item[] = [...sectionStart('s-area-trends', localize(HTML_TEXT, lang).wholeAreaTrends), paragraph(localize(HTML_TEXT, lang).chartsIntro, 'muted')];
  if (model.selection.wholeArea.length === 0) items.push(paragraph(localize(HTML_TEXT, lang).noWholeArea));
  for (const r of model.selection.wholeArea) items.push(card(r, drawn.jobs.get(r) ?? null, drawn.svgs.get(r) ?? null, model));
  return items;
}

export function unitTrendItems(model: HtmlModel, drawn: DrawnCharts): Item[] {
  const { lang } = model;
  const { units, unitsLeftOut } = model.selection;
  const total = units.length + unitsLeftOut.length;
  const items: Item[] = [...sectionStart('s-unit-trends', localize(HTML_TEXT, lang).unitTrends)];
  if (total === 0) {
    items.push(paragraph(localize(HTML_TEXT, lang).noUnitCharts));
    return items;
  }
  let intro = localize(HTML_TEXT, lang).unitChartsIntro({ total: formatNumber(total, 0, lang), drawn: formatNumber(units.length, 0, lang) });
  if (unitsLeftOut.length > 0) intro += localize(HTML_TEXT, lang).unitChartsLeftOut({ n: formatNumber(unitsLeftOut.length, 0, lang), limit: model.chartLimit });
  items.push(paragraph(intro, 'muted'));
  for (const r of units) items.push(card(r, drawn.jobs.get(r) ?? null, drawn.svgs.get(r) ?? null, model));
  if (unitsLeftOut.length > 0) {
    items.push(
      resultList(model, unitsLeftOut, localize(HTML_TEXT, lang).unitColumn, [0.3, 0.45, 0.25], {
        unitName: (r) => r.unit.name,
        last: (r) => `${badge(r.status, lang)} ${esc(formatValue(r.value, model.unitOf(r), lang, { rule: r.rule, withUnit: true }))}`,
      }),
    );
  }
  return items;
}
