import { EXIT } from '../shared/errors.js';
import { inParens, localize, PUNCTUATION } from '../i18n/index.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import type { Lang, MeasureDef, PolicyDocument } from '../core/types.js';
import { measuresOf } from '../core/formula.js';
import { formatProblem } from '../report/problem-text.js';
import { printableData, printableJson } from '../report/printable.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { loadCatalog } from '../load/catalog.js';
import {
  deadlineLong,
  formulaText,
  isTarget,
  kindText,
  measureName,
  measureUnit,
  ruleText,
  scopeLong,
  windowText,
  type Entry,
} from './policies-describe.js';
import { documentHeadJson, entryJson, measuresJson } from './policies-json.js';
import { responsibleText } from './policies-describe.js';
import { findEntry } from './policies-lookup.js';
import { listFormat, outputWidth } from './policies-options.js';
import { displayWidth, wrapText } from '../shared/text-width.js';

function documentLine(document: PolicyDocument, lang: Lang): string {
  const details = [document.number, document.issued].filter((d): d is string => d !== null);
  return `${document.id} ${document.title[lang]}${inParens(lang, details.join(PUNCTUATION.comma[lang]))}`;
}

/** Labelled lines, values aligned and wrapped under each other. */
function block(rows: [string, string | null][], lang: Lang, width: number): string {
  const sep = PUNCTUATION.colon[lang];
  const labelWidth = Math.max(...rows.map(([label]) => displayWidth(label + sep)));
  const valueWidth = Math.max(20, width - labelWidth);
  const out: string[] = [];
  for (const [label, value] of rows) {
    if (value === null) continue;
    const lead = label + sep + ' '.repeat(labelWidth - displayWidth(label + sep));
    const lines = value.split('\n').flatMap((line) => wrapText(line, valueWidth));
    lines.forEach((line, i) => out.push(`${i === 0 ? lead : ' '.repeat(labelWidth)}${line}`.trimEnd()));
  }
  return out.join('\n');
}

function explainText(document: PolicyDocument, entry: Entry, measures: ReadonlyMap<string, MeasureDef>, lang: Lang, width: number): string {
  const t = localize(COMMAND_TEXT, lang);
  const l = t.labels;
  const name = (id: string) => measureName(id, measures, lang);
  const ids = measuresOf(entry.formula);
  const idWidth = Math.max(...ids.map((id) => id.length));
  const measureLines = ids.map((id) => {
    const def = measures.get(id);
    return def ? `${id.padEnd(idWidth)}  ${t.measureLine(name(id), measureUnit(def, lang))}  ${t.heldBy(def.levels)}` : id;
  });
  const rows: [string, string | null][] = [
    [l.document, documentLine(document, lang)],
    [l.clause, entry.clause],
    [l.responsible, responsibleText(entry, lang)],
    [l.quote, entry.quote],
    [l.formula, `${formulaText(entry.formula, lang)}\n${formulaText(entry.formula, lang, name)}`],
    [l.measures, measureLines.join('\n')],
    [l.rule, isTarget(entry) ? ruleText(entry, lang) : t.noRuleExplained],
    [l.deadline, isTarget(entry) ? deadlineLong(entry.deadline, document, lang) : null],
    [l.scope, scopeLong(entry.scope, document, lang)],
    [l.kind, isTarget(entry) ? kindText(entry, lang) : null],
    [l.window, isTarget(entry) ? windowText(entry, lang) : null],
    [l.note, entry.note?.[lang] ?? null],
  ];
  const title = wrapText(`${entry.id}  ${entry.indicator[lang]}`, width).map((line, i) => (i === 0 ? line : `  ${line}`));
  return `${title.join('\n')}\n${block(rows, lang, width)}\n`;
}

/** `care-check explain TARGET`: one target (or no-rule indicator) in full. */
export async function runExplain(target: string, raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const format = listFormat(raw['format'], 'explain', lang);
  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  const { document, entry } = findEntry(catalog.documents, target, lang);

  if (format === 'json') {
    const json = {
      document: documentHeadJson(document, lang),
      target: {
        ...entryJson(entry, lang),
        formulaText: formulaText(entry.formula, lang, (id) => measureName(id, catalog.measures, lang)),
        measures: measuresJson(entry, catalog.measures, lang),
      },
    };
    io.stdout.write(`${printableJson(JSON.stringify(json, null, 2))}\n`);
  } else {
    io.stdout.write(explainText(printableData(document), printableData(entry), catalog.measures, lang, outputWidth(io)));
  }
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
  return catalog.problems.some((p) => p.severity === 'error') ? EXIT.input : EXIT.ok;
}
