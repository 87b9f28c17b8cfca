// GitHub Actions workflow commands: an `::error` on the line of the measure for each failing check
// and each input error, a `::warning` for each at-risk check and input warning. GitHub shows only
// the first few annotations of a step, so at most 10 of each are written, then one notice
// counting the rest. Results gone since the baseline are one warning, listed first among them.
import type { BaselineEntry } from '../core/baseline.js';
import { byUnitThenTarget } from '../core/order.js';
import type { Lang, Result } from '../core/types.js';
import { FORMAT_TEXT } from '../i18n/formats.js';
import { REPORT_TEXT } from '../i18n/report.js';
import { resultNotes, resultSentence, resultWords, unitWords } from './result-words.js';
import type { CatalogItem } from './catalog-index.js';
import { catalogIndex } from './catalog-index.js';
import { compareResults, problemOrder } from './order.js';
import { problemMessage } from './problem-text.js';
import { statusLabel } from './labels.js';
import { unitNames } from './names.js';
import type { ReportContext } from './context.js';
import type { Problem } from '../shared/problem.js';

export const MAX_ANNOTATIONS_PER_KIND = 10;
/** Gone results named in their warning; past that, it counts the rest. */
export const MAX_GONE_NAMED = 10;

interface Annotation {
  properties: [string, string | number][];
  message: string;
}

export function render(ctx: ReportContext): string {
  const { lang } = ctx;
  const index = catalogIndex(ctx.documents);
  const failOn = new Set(ctx.failOn);
  const problems = [...ctx.problems].sort(problemOrder(ctx.lang));
  const results = [...ctx.evaluation.results].sort(compareResults);
  const names = unitNames(ctx);
  const notesOf = (result: Result): string[] => resultNotes(result, names, lang, ctx.evaluation.thresholds.coverage, MAX_GONE_NAMED);

  const errors = [
    ...problems.filter((p) => p.severity === 'error').map((p) => fromProblem(p, lang)),
    ...results.filter((r) => failOn.has(r.status)).map((r) => fromResult(r, index, notesOf, lang)),
  ];
  const warnings = [
    ...(ctx.baseline && ctx.gone.length > 0 ? [fromGone(ctx.gone, lang)] : []),
    ...problems.filter((p) => p.severity === 'warning').map((p) => fromProblem(p, lang)),
    ...results.filter((r) => r.status === 'at-risk' && !failOn.has(r.status)).map((r) => fromResult(r, index, notesOf, lang)),
  ];

  const lines = [
    ...errors.slice(0, MAX_ANNOTATIONS_PER_KIND).map((a) => command('error', a)),
    ...warnings.slice(0, MAX_ANNOTATIONS_PER_KIND).map((a) => command('warning', a)),
  ];
  const moreErrors = Math.max(0, errors.length - MAX_ANNOTATIONS_PER_KIND);
  const moreWarnings = Math.max(0, warnings.length - MAX_ANNOTATIONS_PER_KIND);
  if (moreErrors + moreWarnings > 0) {
    lines.push(command('notice', { properties: [], message: FORMAT_TEXT.ghLeftOut(moreErrors, moreWarnings)[lang] }));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function fromResult(result: Result, index: ReadonlyMap<string, CatalogItem>, notesOf: (r: Result) => string[], lang: Lang): Annotation {
  const words = resultWords(result, index, lang);
  const properties: Annotation['properties'] = [];
  // an aggregate stands on no single line of any file
  if (result.source) properties.push(['file', result.source.file], ['line', result.source.line]);
  properties.push(['title', result.target]);
  let message = `${words.unit} · ${words.indicator}${REPORT_TEXT.colon[lang]}${resultSentence(words, lang, { source: false })}`;
  for (const note of notesOf(result)) message += `\n${note}`;
  return { properties, message };
}

function fromGone(gone: readonly BaselineEntry[], lang: Lang): Annotation {
  const sorted = [...gone].sort(byUnitThenTarget);
  const named = sorted
    .slice(0, MAX_GONE_NAMED)
    .map((e) => `${unitWords(e.unit, e.aggregate, lang)} · ${e.target}${REPORT_TEXT.colon[lang]}${statusLabel(e.status, lang)}${e.period === null ? '' : ` (${e.period})`}`);
  if (sorted.length > MAX_GONE_NAMED) named.push(FORMAT_TEXT.mdMore(sorted.length - MAX_GONE_NAMED)[lang]);
  return { properties: [['title', 'gone']], message: [FORMAT_TEXT.ghGone(sorted.length)[lang], ...named].join('\n') };
}

function fromProblem(problem: Problem, lang: Lang): Annotation {
  const properties: Annotation['properties'] = [];
  // a problem of the run itself (no input at all) stands in no file
  if (problem.file) properties.push(['file', problem.file]);
  if (problem.file && problem.line !== null) {
    properties.push(['line', problem.line]);
    if (problem.column !== null) properties.push(['col', problem.column]);
  }
  properties.push(['title', problem.code]);
  return { properties, message: problem.path ? `${problem.path}: ${problemMessage(problem, lang)}` : problemMessage(problem, lang) };
}

function command(kind: 'error' | 'warning' | 'notice', annotation: Annotation): string {
  const props = annotation.properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(annotation.message)}`;
}

/** A command's message, as the Actions runner unescapes it. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: also `:` and `,`, which end a value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
