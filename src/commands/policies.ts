import { EXIT } from '../shared/errors.js';
import { localize } from '../i18n/index.js';
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
import { renderTable, type Cell } from './policies-table.js';

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
  return renderTable(head, rows, { width: outputWidth(io), color, wrap: [1, 2] });
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
    const sep = lang === 'zh' ? '：' : ': ';
    const t = localize(COMMAND_TEXT, lang);
    rows.push([{ content: `${t.quote}${sep}${entry.quote}\n${t.labels.responsible}${sep}${responsibleText(entry, lang)}` }]);
  }
  return rows;
}

function documentView(document: PolicyDocument, lang: Lang, io: Io, color: boolean): string {
  const t = localize(COMMAND_TEXT, lang);
  const c = t.columns;
  const sep = lang === 'zh' ? '：' : ': ';
  const lines = [
    `${document.id}  ${document.title[lang]}`,
    `${c.number}${sep}${document.number ?? t.noNumber}    ${t.issuer}${sep}${document.issuer}    ${c.issued}${sep}${document.issued}    ${c.area}${sep}${areaText(document)}`,
  ];
  for (const note of document.notes) lines.push(`· ${note[lang]}`);
  const head = [c.target, c.indicator, c.rule, c.deadline, c.scope, c.clause];
  const opts = { width: outputWidth(io), color, wrap: [1, 4] };
  lines.push('', renderTable(head, entryRows(document.targets, lang), opts));
  if (document.indicators.length > 0) {
    lines.push('', t.indicatorsTitle, renderTable(head, entryRows(document.indicators, lang), opts));
  }
  lines.push('', t.documentFooter);
  return `${lines.join('\n')}\n`;
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
