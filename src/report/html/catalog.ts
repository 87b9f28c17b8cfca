// The targets checked, each with its clause and the sentence of the plan it comes from, its rule,
// deadline, scope and responsible departments: where every figure of the report is traced back to.
import type { PolicyDocument } from '../../core/types.js';
import { HTML_TEXT } from '../../i18n/html.js';
import { localize } from '../../i18n/index.js';
import { formatDeadline, formatThreshold } from '../figure-text.js';
import type { CatalogItem } from '../catalog-index.js';
import { documentTitle } from '../xlsx/model.js';
import { scopeText } from '../xlsx/targets.js';
import { esc } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item } from './pages.js';
import { documentSection, paragraph, responsibleLine, row, subheading, table, targetAnchor, td, wrappedRowHeight } from './parts.js';
import { PAGE } from './styles.js';

const W = { target: 52, rule: 36 } as const;

function ruleText(item: CatalogItem, model: HtmlModel): string {
  const { lang } = model;
  if (!('rule' in item)) return localize(HTML_TEXT, lang).noRule;
  const deadline = formatDeadline(item.deadline, item.deadline.type === 'date' ? item.deadline.date : null, lang);
  return `${formatThreshold(item.rule, item.unit, lang)} · ${deadline}`;
}

function documentCatalog(doc: PolicyDocument, model: HtmlModel): Item[] {
  const { lang } = model;
  const items = [...doc.targets, ...doc.indicators];
  if (items.length === 0) return [];
  const quoteWidth = PAGE.content - W.target - W.rule;
  const rows = items.map((item) => {
    const target = `${item.id}\n${item.indicator[lang]}`;
    const rule = `${localize(HTML_TEXT, lang).clause} ${item.clause}\n${ruleText(item, model)}\n${scopeText(item.scope, lang)}`;
    const responsible = responsibleLine(item.responsible, lang);
    const quote = [item.quote, responsible].filter((s) => s !== '').join('\n');
    const br = (text: string) => text.split('\n').map(esc).join('<br>');
    return row(
      [td(`<b>${esc(item.id)}</b><br>${esc(item.indicator[lang])}`, 'w'), td(br(rule), 'w'), td(br(quote), 'w')],
      {
        id: targetAnchor(item.id),
        height: wrappedRowHeight([
          { text: target, width: W.target },
          { text: rule, width: W.rule },
          { text: quote, width: quoteWidth },
        ]),
      },
    );
  });
  return [
    subheading(`${doc.id} · ${documentTitle(doc, lang)}`),
    paragraph(`${localize(HTML_TEXT, lang).issued({ date: doc.issued })} · ${doc.issuer} · ${localize(HTML_TEXT, lang).planFile({ file: doc.source })}`, 'muted'),
    table(
      [
        { width: W.target, head: esc(localize(HTML_TEXT, lang).keyTarget) },
        { width: W.rule, head: esc(`${localize(HTML_TEXT, lang).clause} · ${localize(HTML_TEXT, lang).rule}`) },
        { width: quoteWidth, head: esc(localize(HTML_TEXT, lang).quote) },
      ],
      rows,
    ),
  ];
}

export function catalogItems(model: HtmlModel): Item[] {
  return documentSection('s-catalog', localize(HTML_TEXT, model.lang).catalog, model, documentCatalog);
}
