// Every result, document by document and unit by unit: the figures behind its status and where each
// comes from (the clause, the file and line). The grid's cells and the charts link here.
import type { PolicyDocument, Result } from '../../core/types.js';
import { HTML_TEXT } from '../../i18n/html.js';
import { joinClauses, joinList, localize } from '../../i18n/index.js';
import { COLUMN_LABELS } from '../../i18n/report.js';
import { resultNotes } from '../result-words.js';
import { flagLabel, levelLabel } from '../labels.js';
import { deadlineOf } from '../catalog-index.js';
import { formatDeadline, formatGap, formatMonthsLeft, formatNumber, formatProgress, formatThreshold, formatValue, resultMet } from '../figure-text.js';
import { sortFlags } from '../order.js';
import { compareUnits, documentTitle, groupBy, levelText, unitKey, unitName } from '../xlsx/model.js';
import { esc, shortPath } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item, TableRow } from './pages.js';
import { badge, documentSection, link, row, subheading, table, targetAnchor, td, resultAnchor } from './parts.js';
import { PAGE, TYPE } from './styles.js';

/** Millimetres per column, adding up to the page's 184: English takes more room for its figures' units
 * and the file's path, Chinese for the indicator's name. */
const WIDTHS = {
  zh: { status: 17, indicator: 52, value: 26, gap: 19, deadline: 19, trend: 23, source: 28 },
  en: { status: 16, indicator: 49, value: 27, gap: 19, deadline: 19, trend: 25, source: 29 },
} as const;
/** Two lines of small type and the cell's padding. */
const TWO_LINES = 2 * TYPE.smallLine + TYPE.rowPadding;

function twoLines(first: string, second: string): string {
  return `${first}<br><span class="muted">${second}</span>`;
}

function resultRows(r: Result, model: HtmlModel): TableRow[] {
  const { lang, catalog } = model;
  const unit = model.unitOf(r);
  const item = catalog.get(r.target);
  const flags = joinList(lang, sortFlags(r.flags).map((f) => flagLabel(f, lang)));
  const pace = r.trend.pace === null ? '—' : formatValue(r.trend.pace, unit, lang, { withUnit: true });
  const required = r.trend.requiredPace === null ? '—' : formatValue(r.trend.requiredPace, unit, lang, { withUnit: true });
  const projected = r.trend.projected === null ? '—' : formatValue(r.trend.projected, unit, lang, { rule: r.rule, withUnit: true });
  const source = r.source ? `${shortPath(r.source.file)}:${r.source.line}` : localize(HTML_TEXT, lang).sumOfUnits;
  const fullSource = r.source ? `${r.source.file}:${r.source.line}` : source;
  const clause = item?.clause ?? '—';
  const indicator = item?.indicator[lang] ?? r.target;
  const main = row(
    [
      td(twoLines(badge(r.status, lang), esc(flags || ' ')), '', flags || undefined),
      td(twoLines(esc(indicator), link(targetAnchor(r.target), esc(r.target))), '', `${indicator}\n${r.target}`),
      td(twoLines(esc(formatValue(r.value, unit, lang, { rule: r.rule, withUnit: true })), esc(formatThreshold(r.rule, unit, lang))), 'n'),
      td(twoLines(esc(formatGap(r, unit, lang, { withUnit: true })), esc(formatProgress(r.progress, resultMet(r)))), 'n'),
      td(twoLines(esc(formatDeadline(deadlineOf(r.target, catalog), r.deadline, lang)), esc(formatMonthsLeft(r.monthsLeft, lang) || ' '))),
      td(twoLines(esc(`${pace} / ${required}`), esc(projected)), 'n', `${pace} / ${required} → ${projected}`),
      // a path wraps after a folder, not inside a name
      td(twoLines(esc(`${localize(HTML_TEXT, lang).clause} ${clause}`), esc(source).replace(/\//g, '/<wbr>')), '', fullSource),
    ],
    { id: resultAnchor(r), height: TWO_LINES },
  );
  const notes = resultNotes(r, model.names, lang, model.ctx.evaluation.thresholds.coverage, 6);
  if (r.since) notes.unshift(localize(HTML_TEXT, lang).stateSince({ period: r.since }));
  if (r.metLate) notes.unshift(localize(HTML_TEXT, lang).metLateIn({ period: r.metLate }));
  if (notes.length === 0) return [main];
  const text = joinClauses(lang, notes);
  return [
    { ...main, keepWithNext: true },
    row([td(''), `<td colspan="6" class="muted" title="${esc(text)}">${esc(text)}</td>`]),
  ];
}

function documentDetails(doc: PolicyDocument, model: HtmlModel): Item[] {
  const { lang } = model;
  const results = model.ctx.evaluation.results.filter((r) => r.document === doc.id);
  if (results.length === 0) return [];
  const order = new Map(doc.targets.map((t, i) => [t.id, i]));
  const byUnit = groupBy(results, (r) => unitKey(r.unit, r.aggregate));
  const groups = [...byUnit.values()].sort((a, b) => compareUnits(a[0] as Result, b[0] as Result));
  const rows: TableRow[] = [];
  for (const list of groups) {
    const first = list[0] as Result;
    const label = `${first.unit.code} ${unitName(first.unit, first.aggregate, lang)} · ${first.aggregate ? levelText(first.unit.level, true, lang) : levelLabel(first.unit.level, lang)}`;
    rows.push(row([`<td colspan="7">${esc(label)}</td>`], { className: 'group', keepWithNext: true }));
    const sorted = [...list].sort((a, b) => (order.get(a.target) ?? 1e9) - (order.get(b.target) ?? 1e9));
    for (const r of sorted) rows.push(...resultRows(r, model));
  }
  const w = WIDTHS[lang];
  return [
    subheading(`${doc.id} · ${documentTitle(doc, lang)} (${formatNumber(results.length, 0, lang)})`),
    table(
      [
        { width: w.status, head: esc(COLUMN_LABELS.status[lang]) },
        { width: w.indicator, head: esc(localize(HTML_TEXT, lang).indicator) },
        { width: w.value, head: esc(localize(HTML_TEXT, lang).valueRule), className: 'n' },
        { width: w.gap, head: esc(localize(HTML_TEXT, lang).gapProgress), className: 'n' },
        { width: w.deadline, head: esc(COLUMN_LABELS.deadline[lang]) },
        { width: w.trend, head: esc(localize(HTML_TEXT, lang).paceNeeded), className: 'n' },
        { width: PAGE.content - w.status - w.indicator - w.value - w.gap - w.deadline - w.trend, head: esc(localize(HTML_TEXT, lang).source) },
      ],
      rows,
    ),
  ];
}

export function detailItems(model: HtmlModel): Item[] {
  return documentSection('s-details', localize(HTML_TEXT, model.lang).details, model, documentDetails);
}

