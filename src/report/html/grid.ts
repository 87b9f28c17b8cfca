// Units × targets, document by document: a cell per result in its status's colour and sign, linked
// to its details; the whole area first, then the units worst first.
import { byText, statusBadness } from '../../core/order.js';
import type { PolicyDocument } from '../../core/types.js';
import { HTML_TEXT, STATUS_SIGNS } from '../../i18n/html.js';
import { localize } from '../../i18n/index.js';
import { statusLabel } from '../labels.js';
import { formatDeadline, formatThreshold, formatValue } from '../figure-text.js';
import { rowsOf } from '../xlsx/document.js';
import type { DocumentRow } from '../xlsx/document.js';
import { documentTitle, unitName } from '../xlsx/model.js';
import { esc } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item } from './pages.js';
import { link, paragraph, statusLegend, resultAnchor, row, sectionStart, subheading, table, targetAnchor, td } from './parts.js';
import { PAGE } from './styles.js';

type GridRow = DocumentRow;

/** Worst status first, then more results in it, then more results not met, then by code; whole areas first. */
function compareRows(a: GridRow, b: GridRow): number {
  if (a.aggregate !== b.aggregate) return a.aggregate ? -1 : 1;
  const worst = (g: GridRow) => Math.max(-1, ...[...g.results.values()].map((r) => statusBadness(r.status)));
  const wa = worst(a);
  const wb = worst(b);
  const count = (g: GridRow, w: number) => [...g.results.values()].filter((r) => statusBadness(r.status) === w).length;
  const failing = (g: GridRow) => [...g.results.values()].filter((r) => statusBadness(r.status) > 1).length;
  return wb - wa || count(b, wb) - count(a, wa) || failing(b) - failing(a) || byText(a.unit.code, b.unit.code);
}

/** The document's units with a result of their own (a unit with indicative values only has no row here). */
function gridRows(doc: PolicyDocument, model: HtmlModel): GridRow[] {
  return rowsOf(doc, model)
    .filter((row) => row.results.size > 0)
    .sort(compareRows);
}

function documentGrid(doc: PolicyDocument, model: HtmlModel): Item[] {
  const { lang } = model;
  const grid = gridRows(doc, model);
  if (grid.length === 0) return [];
  const judged = new Set(grid.flatMap((g) => [...g.results.keys()]));
  const targets = doc.targets.filter((t) => judged.has(t.id));
  const items: Item[] = [subheading(`${doc.id} · ${documentTitle(doc, lang)}`)];

  // the key: a number per target
  const w = PAGE.content;
  items.push(
    table(
      [
        { width: 9, head: esc(localize(HTML_TEXT, lang).keyNumber), className: 'n' },
        { width: 55, head: esc(localize(HTML_TEXT, lang).keyTarget) },
        { width: w - 9 - 55 - 44, head: esc(localize(HTML_TEXT, lang).indicator) },
        { width: 44, head: esc(localize(HTML_TEXT, lang).rule) },
      ],
      targets.map((t, i) =>
        row([
          td(String(i + 1), 'n'),
          td(link(targetAnchor(t.id), esc(t.id.slice(doc.id.length + 1)), 'link'), '', t.id),
          td(esc(t.indicator[lang]), '', t.indicator[lang]),
          td(esc(`${formatThreshold(t.rule, t.unit, lang)} · ${formatDeadline(t.deadline, t.deadline.type === 'date' ? t.deadline.date : null, lang)}`)),
        ]),
      ),
    ),
  );

  const lead = 46;
  const cell = (w - lead) / Math.max(1, targets.length);
  const rows = grid.map((g) => {
    const name = `${g.unit.code} ${unitName(g.unit, g.aggregate, lang)}`;
    const cells = targets.map((t) => {
      const r = g.results.get(t.id);
      if (r) {
        const value = formatValue(r.value, t.unit, lang, { rule: r.rule, withUnit: true });
        const tip = `${t.indicator[lang]}：${statusLabel(r.status, lang)} · ${value}`;
        return td(link(resultAnchor(r), STATUS_SIGNS[r.status]), `g s-${r.status}`, tip);
      }
      const shown = g.indicative.get(t.id);
      if (shown) return td('·', 'g ind', `${localize(HTML_TEXT, lang).indicativeCell} · ${formatValue(shown.value, t.unit, lang, { withUnit: true })}`);
      return td('');
    });
    return row([td(g.aggregate ? `<b>${esc(name)}</b>` : esc(name), '', name), ...cells]);
  });
  items.push(
    table(
      [{ width: lead, head: esc(localize(HTML_TEXT, lang).unitColumn) }, ...targets.map((_, i) => ({ width: cell, head: String(i + 1), className: 'c' }))],
      rows,
      'grid',
    ),
  );
  return items;
}

export function gridItems(model: HtmlModel): Item[] {
  const { lang } = model;
  const legend = statusLegend(lang);
  const items: Item[] = [...sectionStart('s-grid', localize(HTML_TEXT, lang).grid), paragraph(`${localize(HTML_TEXT, lang).gridIntro} ${legend}`, 'muted')];
  for (const id of model.docIds) {
    const doc = model.documents.get(id);
    if (doc) items.push(...documentGrid(doc, model));
  }
  return items;
}
