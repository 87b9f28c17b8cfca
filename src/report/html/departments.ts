// The results by responsible department (责任单位, as each clause names them), document by document:
// whom to ask. A target's results count under every department its clause names.
import { WORST_FIRST, byText, statusBadness } from '../../core/order.js';
import type { PolicyDocument, Result } from '../../core/types.js';
import { HTML_TEXT, STATUS_SIGNS } from '../../i18n/html.js';
import { localize } from '../../i18n/index.js';
import { statusLabel } from '../labels.js';
import { countByStatus } from '../order.js';
import { formatNumber } from '../figure-text.js';
import { indicatorName } from '../catalog-index.js';
import { CHARTED_UNIT_STATUSES } from '../trend-selection.js';
import { documentTitle } from '../xlsx/model.js';
import { esc } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item } from './pages.js';
import { link, paragraph, statusLegend, row, sectionStart, subheading, table, targetAnchor, td, wrappedRowHeight } from './parts.js';
import { PAGE } from './styles.js';

const LEAD = 38;
const COUNT = 7.5;

function documentDepartments(doc: PolicyDocument, model: HtmlModel): Item[] {
  const { lang } = model;
  const results = model.ctx.evaluation.results.filter((r) => r.document === doc.id);
  if (results.length === 0) return [];
  const none = localize(HTML_TEXT, lang).noDepartment;
  const byDept = new Map<string, Result[]>();
  for (const r of results) {
    for (const dept of r.responsible.length > 0 ? r.responsible : [none]) byDept.set(dept, [...(byDept.get(dept) ?? []), r]);
  }
  const failing = (list: readonly Result[]) => list.filter((r) => CHARTED_UNIT_STATUSES.includes(r.status));
  const depts = [...byDept.entries()].sort(
    ([a, ra], [b, rb]) =>
      Math.max(-1, ...rb.map((r) => statusBadness(r.status))) - Math.max(-1, ...ra.map((r) => statusBadness(r.status))) ||
      failing(rb).length - failing(ra).length ||
      byText(a, b),
  );
  const actionWidth = PAGE.content - LEAD - COUNT * (WORST_FIRST.length + 1);
  const rows = depts.map(([dept, list]) => {
    const counts = countByStatus(list);
    const targets = new Map<string, number>();
    for (const r of failing(list)) targets.set(r.target, (targets.get(r.target) ?? 0) + 1);
    const parts = [...targets.entries()].map(([target, n]) => ({ target, text: `${indicatorName(target, model.catalog, lang)}（${n}）` }));
    const text = parts.map((p) => p.text).join('、');
    const html = parts.map((p) => link(targetAnchor(p.target), esc(p.text))).join('、');
    return row(
      [
        td(esc(dept), 'w'),
        ...WORST_FIRST.map((s) => (counts[s] > 0 ? td(formatNumber(counts[s], 0, lang), `n s-${s}`) : td('', 'n'))),
        td(formatNumber(list.length, 0, lang), 'n'),
        td(html || '—', 'w'),
      ],
      { height: wrappedRowHeight([{ text, width: actionWidth }, { text: dept, width: LEAD }]) },
    );
  });
  return [
    subheading(`${doc.id} · ${documentTitle(doc, lang)}`),
    table(
      [
        { width: LEAD, head: esc(localize(HTML_TEXT, lang).department) },
        ...WORST_FIRST.map((s) => ({ width: COUNT, head: `<span class="badge s-${s}" title="${esc(statusLabel(s, lang))}">${STATUS_SIGNS[s]}</span>`, className: 'n' })),
        { width: COUNT, head: esc(localize(HTML_TEXT, lang).allResults), className: 'n' },
        { width: actionWidth, head: esc(localize(HTML_TEXT, lang).needsAction) },
      ],
      rows,
    ),
  ];
}

export function departmentItems(model: HtmlModel): Item[] {
  const { lang } = model;
  const items: Item[] = [...sectionStart('s-departments', localize(HTML_TEXT, lang).departments), paragraph(localize(HTML_TEXT, lang).departmentsIntro({ legend: statusLegend(lang) }), 'muted')];
  for (const id of model.docIds) {
    const doc = model.documents.get(id);
    if (doc) items.push(...documentDepartments(doc, model));
  }
  return items;
}
