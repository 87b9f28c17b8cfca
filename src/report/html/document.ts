// The HTML report's file: every section laid out on A4 sheets (html/pages.ts), each sheet with a
// footer that numbers it, under a Content-Security-Policy that allows inline styles and nothing
// else: no script, no font, no image, no request of any kind. One file that opens offline.
import { HTML_TEXT } from '../../i18n/html.js';
import { localize, LOCALE_TAGS } from '../../i18n/index.js';
import { catalogItems } from './catalog.js';
import { departmentItems } from './departments.js';
import { detailItems } from './details.js';
import { esc } from './escape.js';
import { gridItems } from './grid.js';
import { inputItems } from './inputs.js';
import type { HtmlModel } from './model.js';
import { overviewItems } from './overview.js';
import type { TocEntry } from './overview.js';
import { paginate } from './pages.js';
import { PAGE, styleSheet } from './styles.js';
import type { DrawnCharts } from './trend-cards.js';
import { unitTrendItems, wholeAreaItems } from './trend-cards.js';

/** What the page allows: inline styles (the sheet and the charts' attributes), nothing to fetch or run. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface HtmlReport {
  html: string;
  /** the printed pages: one per sheet */
  pages: number;
  /** the first page of each section, by anchor */
  sections: Map<string, number>;
}

export function htmlDocument(model: HtmlModel, drawn: DrawnCharts): HtmlReport {
  const { lang, ctx } = model;
  const toc: TocEntry[] = [
    { anchor: 's-area-trends', title: localize(HTML_TEXT, lang).wholeAreaTrends },
    { anchor: 's-unit-trends', title: localize(HTML_TEXT, lang).unitTrends },
    { anchor: 's-grid', title: localize(HTML_TEXT, lang).grid },
    { anchor: 's-departments', title: localize(HTML_TEXT, lang).departments },
    { anchor: 's-details', title: localize(HTML_TEXT, lang).details },
    { anchor: 's-catalog', title: localize(HTML_TEXT, lang).catalog },
    { anchor: 's-inputs', title: localize(HTML_TEXT, lang).inputs },
  ];
  const items = [
    ...overviewItems(model, toc),
    ...wholeAreaItems(model, drawn),
    ...unitTrendItems(model, drawn),
    ...gridItems(model),
    ...departmentItems(model),
    ...detailItems(model),
    ...catalogItems(model),
    ...inputItems(model),
  ];
  const layout = paginate(items, PAGE.usable);
  const total = layout.sheets.length;
  const title = localize(HTML_TEXT, lang).title;
  const footLeft = `${title} · ${localize(HTML_TEXT, lang).asOf({ date: ctx.evaluation.asOf })}`;
  const sheets = layout.sheets.map((body, i) => {
    const filled = body.replace(/<!--page:([^>]*?)-->/g, (_, anchor: string) => String(layout.anchors.get(anchor) ?? ''));
    const foot = `<div class="foot"><span>${esc(footLeft)}</span><span>${esc(localize(HTML_TEXT, lang).pageOf({ n: i + 1, total }))}</span></div>`;
    return `<section class="sheet" id="page-${i + 1}"><div class="body">${filled}</div>${foot}</section>`;
  });
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${LOCALE_TAGS.document[lang]}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${ctx.tool.name} ${ctx.tool.version}`)}">`,
    `<meta name="care-check-pages" content="${total}">`,
    `<title>${esc(`${title} ${ctx.evaluation.asOf}`)}</title>`,
    `<style>${styleSheet()}</style>`,
    '</head>',
    '<body>',
    ...sheets,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, pages: total, sections: layout.anchors };
}
