// The first page: the month at a glance. What was checked, the statuses worst first, by document and
// by area, what changed since the baseline, who is late, and where each part of the report begins.
import { WORST_FIRST } from '../../core/order.js';
import type { Result } from '../../core/types.js';
import { HTML_TEXT } from '../../i18n/html.js';
import { joinClauses, joinList, localize, PUNCTUATION } from '../../i18n/index.js';
import { CHANGE_LABELS, COLUMN_LABELS, STATUS_HINTS } from '../../i18n/report.js';
import { statusLabel } from '../labels.js';
import { countByStatus } from '../order.js';
import { formatNumber } from '../figure-text.js';
import { documentTitle, groupBy, unitName } from '../xlsx/model.js';
import { narrowingOptions } from '../scope-text.js';
import { esc } from './escape.js';
import { lineCount } from './measure.js';
import type { HtmlModel } from './model.js';
import { areaOf } from './model.js';
import type { Item } from './pages.js';
import { badge, link, paragraph, resultList, row, subheading, table, td } from './parts.js';
import { PAGE, TYPE } from './styles.js';

/** The sections the table of contents lists: anchor and title. */
export interface TocEntry {
  anchor: string;
  title: string;
}

/** Replaced by the page an anchor landed on, once the pages are laid out. */
export function pageMark(anchor: string): string {
  return `<!--page:${anchor}-->`;
}

function countCells(results: readonly Result[], lang: HtmlModel['lang']): string[] {
  const counts = countByStatus(results);
  return [
    ...WORST_FIRST.map((s) => (counts[s] > 0 ? td(formatNumber(counts[s], 0, lang), `n s-${s}`) : td('0', 'n muted'))),
    td(`<b>${formatNumber(results.length, 0, lang)}</b>`, 'n'),
  ];
}

function header(model: HtmlModel): Item[] {
  const { ctx, lang } = model;
  const units = new Set(ctx.reports.map((r) => r.code)).size;
  const files = formatNumber(ctx.reports.length, 0, lang);
  let read = localize(HTML_TEXT, lang).filesInScope({ files, units: formatNumber(units, 0, lang) });
  if (ctx.scope && ctx.scope.filesRead !== ctx.reports.length) read += localize(HTML_TEXT, lang).filesOfRead({ n: formatNumber(ctx.scope.filesRead, 0, lang) });
  const parts = [
    localize(HTML_TEXT, lang).asOf({ date: ctx.evaluation.asOf }),
    read,
    localize(HTML_TEXT, lang).problems({ n: formatNumber(ctx.problems.length, 0, lang) }),
    localize(HTML_TEXT, lang).generatedBy({ tool: `${ctx.tool.name} ${ctx.tool.version}` }),
  ];
  const narrowed = narrowingOptions(ctx.scope);
  if (narrowed.length > 0) parts.push(localize(HTML_TEXT, lang).narrowed({ what: narrowed.join(' ') }));
  const meta = parts.join(' · ');
  const docs = localize(HTML_TEXT, lang).documents({
    list: joinClauses(
      lang,
      model.docIds.map((id) => {
        const doc = model.documents.get(id);
        return doc ? documentTitle(doc, lang) : id;
      }),
    ),
  });
  const metaLines = lineCount(meta, PAGE.content, TYPE.bodyPt) + lineCount(docs, PAGE.content, TYPE.bodyPt);
  return [
    { kind: 'block', html: `<h1>${esc(localize(HTML_TEXT, lang).title)}</h1>`, height: 9 },
    { kind: 'block', html: `<div class="meta">${esc(meta)}<br>${esc(docs)}</div>`, height: metaLines * TYPE.line + 3 },
  ];
}

function tiles(model: HtmlModel): Item {
  const { lang } = model;
  const counts = countByStatus(model.ctx.evaluation.results);
  const html = WORST_FIRST.map(
    (s) => `<div class="tile s-${s}" title="${esc(STATUS_HINTS[s][lang])}"><b>${formatNumber(counts[s], 0, lang)}</b>${esc(statusLabel(s, lang))}</div>`,
  ).join('');
  return { kind: 'block', html: `<div class="tiles">${html}</div>`, height: 17 };
}

function byDocument(model: HtmlModel): Item[] {
  const { lang, ctx } = model;
  const byDoc = groupBy(ctx.evaluation.results, (r) => r.document);
  const lead = 44;
  const rest = (PAGE.content - lead) / (WORST_FIRST.length + 1);
  const columns = [
    { width: lead, head: esc(localize(HTML_TEXT, lang).byDocument) },
    ...WORST_FIRST.map((s) => ({ width: rest, head: `<span class="badge s-${s}">${esc(statusLabel(s, lang))}</span>`, className: 'n' })),
    { width: rest, head: esc(COLUMN_LABELS.total[lang]), className: 'n' },
  ];
  const rows = [];
  for (const id of model.docIds) {
    const results = byDoc.get(id) ?? [];
    const doc = model.documents.get(id);
    rows.push(row([td(`<b>${esc(id)}</b> ${esc(doc?.area.name ?? '')}`, '', doc ? documentTitle(doc, lang) : id), ...countCells(results, lang)]));
    const areas = groupBy(results, areaOf);
    // a province's plan: its cities (and the province's own accounts with the whole province) one by one
    if (areas.size > 1) {
      for (const code of [...areas.keys()].sort()) {
        rows.push(row([td(`&#8195;${esc(code)} ${esc(model.names.get(code) ?? '')}`), ...countCells(areas.get(code) ?? [], lang)]));
      }
    }
  }
  rows.push(row([td(`<b>${esc(COLUMN_LABELS.total[lang])}</b>`), ...countCells(ctx.evaluation.results, lang)]));
  return [table(columns, rows)];
}

function changes(model: HtmlModel): Item[] {
  const { ctx, lang } = model;
  const items: Item[] = [subheading(localize(HTML_TEXT, lang).changes)];
  if (!ctx.baseline) {
    items.push(paragraph(localize(HTML_TEXT, lang).noBaseline, 'muted'));
    return items;
  }
  const counts = { worsened: 0, improved: 0, new: 0, unchanged: 0 };
  for (const r of ctx.evaluation.results) if (r.change) counts[r.change] += 1;
  const summary = (['worsened', 'improved', 'new', 'unchanged'] as const)
    .map((k) => `${CHANGE_LABELS[k][lang]} ${formatNumber(counts[k], 0, lang)}`)
    .concat(`${localize(HTML_TEXT, lang).gone} ${formatNumber(ctx.gone.length, 0, lang)}`)
    .join(' · ');
  items.push(paragraph(summary));
  const worsened = ctx.evaluation.results.filter((r) => r.change === 'worsened').slice(0, 6);
  if (worsened.length > 0) {
    items.push(
      resultList(model, worsened, localize(HTML_TEXT, lang).worsenedList, [0.3, 0.46, 0.24], {
        unitName: (r) => unitName(r.unit, r.aggregate, lang),
        last: (r) => `${r.previousStatus ? `${esc(statusLabel(r.previousStatus, lang))} → ` : ''}${badge(r.status, lang)}`,
      }),
    );
  }
  return items;
}

function late(model: HtmlModel): Item[] {
  const { lang } = model;
  const lines = model.late.map((l) => {
    const doc = model.documents.get(l.document);
    const head = `${l.document} ${doc?.area.name ?? ''}`;
    if (l.period === null) return `${head}：${localize(HTML_TEXT, lang).noPeriod}`;
    const sentence =
      l.late.length === 0 && l.never.length === 0
        ? localize(HTML_TEXT, lang).lateNone({ period: l.period })
        : localize(HTML_TEXT, lang).lateLine({ period: l.period, late: l.late.length, never: l.never.length });
    const names = l.late.slice(0, 4).map((u) => `${u.code} ${u.name}（${u.lastPeriod}）`);
    const more = l.late.length > 4 ? localize(HTML_TEXT, lang).andMore({ n: l.late.length }) : '';
    return `${head} — ${sentence}${names.length > 0 ? `${PUNCTUATION.colon[lang]}${joinList(lang, names)}${more}` : ''}`;
  });
  const w = PAGE.content;
  return [
    subheading(localize(HTML_TEXT, lang).lateTitle),
    table(
      [{ width: w, head: '' }],
      lines.map((text) => row([td(link('s-inputs', esc(text)), '', text)])),
    ),
  ];
}

function contents(model: HtmlModel, toc: readonly TocEntry[]): Item[] {
  const { lang } = model;
  const html = toc.map((t) => `<div>${link(t.anchor, esc(t.title), 'link')}<span>${pageMark(t.anchor)}</span></div>`).join('');
  return [subheading(localize(HTML_TEXT, lang).contents), { kind: 'block', html: `<div class="toc">${html}</div>`, height: toc.length * TYPE.line + 2 }];
}

export function overviewItems(model: HtmlModel, toc: readonly TocEntry[]): Item[] {
  return [...header(model), tiles(model), ...byDocument(model), ...changes(model), ...late(model), ...contents(model, toc)];
}
