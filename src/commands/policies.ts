import { EXIT } from '../shared/errors.js';
import { localize, PUNCTUATION } from '../i18n/index.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import type { Lang, PolicyDocument } from '../core/types.js';
import { formatProblem } from '../report/problem-text.js';
import { printableData, printableJson } from '../report/printable.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { loadCatalog } from '../load/catalog.js';
import { useColor } from './color.js';
import { deadlineShort, isTarget, responsibleText, ruleText, scopeShort, type Entry } from './policies-describe.js';
import { documentJson } from './policies-json.js';
import { findDocument } from './policies-lookup.js';
import { listFormat, outputWidth } from './policies-options.js';
import { renderTable, tableFits, type Cell } from './policies-table.js';
import { displayWidth, wrapText } from '../shared/text-width.js';

function areaText(document: PolicyDocument): string {
  return `${document.area.name} ${document.area.prefix}`;
}

function documentsTable(documents: readonly PolicyDocument[], lang: Lang, io: Io, color: boolean): string {
  const c = localize(COMMAND_TEXT, lang).columns;
  const head = [c.id, c.title, c.number, c.issued, c.area, c.targets, c.indicators];
  const rows = documents.map((d) => [
    d.id,
    d.title[lang],
    d.number ?? localize(COMMAND_TEXT, lang).noNumber,
    d.issued,
    areaText(d),
    String(d.targets.length),
    String(d.indicators.length),
  ]);
  const width = outputWidth(io);
  if (tableFits(head, rows, { width, wrap: [1, 2, 4] })) return renderTable(head, rows, { width, color, wrap: [1, 2, 4] });
  // too narrow for the columns: a block per document, its title and then its details
  const sep = PUNCTUATION.colon[lang];
  return documents
    .flatMap((d, i) => {
      const details = [d.number ?? localize(COMMAND_TEXT, lang).noNumber, d.issued, areaText(d), `${c.targets}${sep}${d.targets.length}`, `${c.indicators}${sep}${d.indicators.length}`];
      return [...(i > 0 ? [''] : []), ...lines(`${d.id}  ${d.title[lang]}`, width, '  '), ...lines(details.join(' · '), width - 2, '  ').map((l) => `  ${l}`)];
    })
    .join('\n');
}

/** Text wrapped to `width`, the lines after the first indented by `indent`. */
function lines(text: string, width: number, indent: string): string[] {
  return wrapText(text, width - indent.length).map((line, i) => (i === 0 ? line : indent + line));
}

function entryRows(entries: readonly Entry[], lang: Lang): (string[] | [Cell])[] {
  const rows: (string[] | [Cell])[] = [];
  for (const entry of entries) {
    rows.push([
      entry.id,
      entry.indicator[lang],
      ruleText(entry, lang),
      isTarget(entry) ? deadlineShort(entry.deadline, lang) : '—',
      scopeShort(entry.scope, lang),
      entry.clause,
    ]);
    const sep = PUNCTUATION.colon[lang];
    const t = localize(COMMAND_TEXT, lang);
    rows.push([{ content: `${t.quote}${sep}${entry.quote}\n${t.labels.responsible}${sep}${responsibleText(entry, lang)}` }]);
  }
  return rows;
}

function documentView(document: PolicyDocument, lang: Lang, io: Io, color: boolean): string {
  const t = localize(COMMAND_TEXT, lang);
  const c = t.columns;
  const sep = PUNCTUATION.colon[lang];
  const width = outputWidth(io);
  const details = [
    `${c.number}${sep}${document.number ?? t.noNumber}`,
    `${t.issuer}${sep}${document.issuer}`,
    `${c.issued}${sep}${document.issued}`,
    `${c.area}${sep}${areaText(document)}`,
  ];
  const out = [
    ...lines(`${document.id}  ${document.title[lang]}`, width, '  '),
    ...(displayWidth(details.join('    ')) <= width ? [details.join('    ')] : details.flatMap((d) => lines(d, width, '  '))),
  ];
  for (const note of document.notes) out.push(...lines(`· ${note[lang]}`, width, '  '));
  const head = [c.target, c.indicator, c.rule, c.deadline, c.scope, c.clause];
  // the ids wrap only when the other columns cannot make room
  const tableOf = (rows: (string[] | [Cell])[]): string => {
    const roomy = { width, color, wrap: [1, 2, 4, 5] };
    return renderTable(head, rows, tableFits(head, rows, roomy) ? roomy : { width, color, wrap: [0, 1, 2, 4, 5], min: 8 });
  };
  out.push('', tableOf(entryRows(document.targets, lang)));
  if (document.indicators.length > 0) out.push('', t.indicatorsTitle, tableOf(entryRows(document.indicators, lang)));
  out.push('', ...lines(t.documentFooter, width, ''));
  return `${out.join('\n')}\n`;
}

/** `care-check policies [DOC]`: the documents, or one document's targets with clause and quote. */
export async function runPolicies(doc: string | undefined, raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const format = listFormat(raw['format'], 'policies', lang);
  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  const documents = doc === undefined ? catalog.documents : [findDocument(catalog.documents, doc, lang)];

  if (format === 'json') {
    io.stdout.write(`${printableJson(JSON.stringify({ documents: documents.map((d) => documentJson(d, lang)) }, null, 2))}\n`);
  } else {
    const color = await useColor(io, globals.color);
    const shown = printableData(documents);
    const first = shown[0];
    if (doc !== undefined && first !== undefined) io.stdout.write(documentView(first, lang, io, color));
    else io.stdout.write(`${documentsTable(shown, lang, io, color)}\n${localize(COMMAND_TEXT, lang).documentsFooter(shown.length)}\n`);
  }
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
  return catalog.problems.some((p) => p.severity === 'error') ? EXIT.input : EXIT.ok;
}
