// The inputs behind the report: the units late for the latest month and those that never reported,
// document by document, and the problems found in the files, each at its file, line and column.
import { HTML_TEXT } from '../../i18n/html.js';
import { localize } from '../../i18n/index.js';
import { COLUMN_LABELS } from '../../i18n/report.js';
import { problemOrder } from '../order.js';
import { problemMessage } from '../problem-text.js';
import { formatNumber } from '../figure-text.js';
import { problemLocation } from '../names.js';
import { documentTitle } from '../xlsx/model.js';
import { esc } from './escape.js';
import type { HtmlModel } from './model.js';
import type { Item, TableRow } from './pages.js';
import { paragraph, row, sectionStart, subheading, table, td, wrappedRowHeight } from './parts.js';
import { PAGE } from './styles.js';

/** Problems listed at most; the JSON report has them all. */
export const PROBLEMS_LISTED = 300;

function lateItems(model: HtmlModel): Item[] {
  const { lang } = model;
  const items: Item[] = [subheading(localize(HTML_TEXT, lang).lateTitle)];
  for (const l of model.late) {
    const doc = model.documents.get(l.document);
    const title = `${l.document} · ${doc ? documentTitle(doc, lang) : ''}`;
    if (l.period === null) {
      items.push(paragraph(`${title}：${localize(HTML_TEXT, lang).noPeriod}`));
      continue;
    }
    const sentence =
      l.late.length === 0 && l.never.length === 0
        ? localize(HTML_TEXT, lang).lateNone({ period: l.period })
        : localize(HTML_TEXT, lang).lateLine({ period: l.period, late: l.late.length, never: l.never.length });
    items.push(paragraph(`${title} — ${sentence}`));
    const rows: TableRow[] = [
      ...l.late.map((u) => row([td(esc(u.code)), td(esc(u.name)), td(esc(`${localize(HTML_TEXT, lang).lastPeriod} ${u.lastPeriod}`))])),
      ...l.never.map((u) => row([td(esc(u.code)), td(esc(u.name)), td(esc(localize(HTML_TEXT, lang).neverReported))])),
    ];
    if (rows.length > 0) {
      items.push(
        table(
          [
            { width: 24, head: esc(localize(HTML_TEXT, lang).code) },
            { width: 80, head: esc(localize(HTML_TEXT, lang).unitColumn) },
            { width: PAGE.content - 104, head: '' },
          ],
          rows,
        ),
      );
    }
  }
  return items;
}

function problemItems(model: HtmlModel): Item[] {
  const { lang, ctx } = model;
  const problems = [...ctx.problems].sort(problemOrder(lang));
  const items: Item[] = [subheading(localize(HTML_TEXT, lang).problemsTitle({ n: formatNumber(problems.length, 0, lang) }))];
  if (problems.length === 0) return [...items, paragraph(localize(HTML_TEXT, lang).noProblems)];
  const w = { where: 62, field: 40 };
  const messageWidth = PAGE.content - w.where - w.field;
  items.push(
    table(
      [
        { width: w.where, head: esc(COLUMN_LABELS.file[lang]) },
        { width: w.field, head: esc(COLUMN_LABELS.field[lang]) },
        { width: messageWidth, head: esc(COLUMN_LABELS.message[lang]) },
      ],
      problems.slice(0, PROBLEMS_LISTED).map((p) => {
        const where = problemLocation(p);
        const message = problemMessage(p, lang);
        return row([td(esc(where), 'w'), td(esc(p.path ?? ''), 'w'), td(esc(message), 'w')], {
          height: wrappedRowHeight([
            { text: where, width: w.where },
            { text: p.path ?? '', width: w.field },
            { text: message, width: messageWidth },
          ]),
        });
      }),
    ),
  );
  if (problems.length > PROBLEMS_LISTED) items.push(paragraph(localize(HTML_TEXT, lang).problemsMore({ n: formatNumber(problems.length - PROBLEMS_LISTED, 0, lang) })));
  return items;
}

export function inputItems(model: HtmlModel): Item[] {
  return [...sectionStart('s-inputs', localize(HTML_TEXT, model.lang).inputs), ...lateItems(model), ...problemItems(model)];
}
