// Markdown for `$GITHUB_STEP_SUMMARY` and merge-request comments: the input problems first, then
// what changed since the baseline, then the counts, then the failing checks. Always under 1 MiB
// (the limit of a step summary), however many results there are.
import { Buffer } from 'node:buffer';
import type { BaselineEntry } from '../core/baseline.js';
import { byUnitThenTarget } from '../core/order.js';
import { STATUSES } from '../core/types.js';
import type { Lang, Result } from '../core/types.js';
import { FORMAT_TEXT } from '../i18n/formats.js';
import { resultNotes, resultWords, unitWords } from './result-words.js';
import type { ResultWords } from './result-words.js';
import { catalogIndex } from './catalog-index.js';
import { changeLabel, columnLabel, statusLabel } from './labels.js';
import { compareResults, countByStatus, problemOrder } from './order.js';
import { problemMessage } from './problem-text.js';
import { problemLocation, unitNames } from './names.js';
import type { ReportContext } from './context.js';
import { REPORT_TEXT } from '../i18n/report.js';
import type { Problem } from '../shared/problem.js';
import { inParens, joinClauses, joinList } from '../i18n/index.js';

/** The hard limit: GitHub refuses a step summary over 1 MiB. Kept a little below it. */
export const MARKDOWN_LIMIT_BYTES = 1_000_000;
/** Room kept for the headings and notes of the sections still to come. */
const RESERVE_BYTES = 16_384;
const MAX_CHANGED_PER_LIST = 50;
const MAX_FAILING_ROWS = 500;
const MAX_AREA_ROWS = 200;
/** Units a whole area's notes name before counting the rest. */
const MAX_UNITS_NAMED = 12;
const MAX_PROBLEMS = 50;
const MAX_DOCUMENT_ROWS = 200;
/** A cell longer than this (a runaway unit name, a long path) is cut. */
const MAX_CELL_CHARS = 160;
/** The notes of a whole area name units and periods: they get more room. */
const MAX_NOTES_CHARS = 1200;

export function render(ctx: ReportContext): string {
  return renderWithin(ctx, MARKDOWN_LIMIT_BYTES);
}

/** The report in at most `limit` bytes (at least 32 KiB): lists are cut first, with a note. */
export function renderWithin(ctx: ReportContext, limit: number): string {
  const { lang } = ctx;
  const index = catalogIndex(ctx.documents);
  const results = [...ctx.evaluation.results].sort(compareResults);
  const out = new Output(Math.max(limit, 2 * RESERVE_BYTES));
  const words = new Map<Result, ResultWords>();
  const wordsOf = (r: Result): ResultWords => {
    let w = words.get(r);
    if (!w) {
      w = resultWords(r, index, lang);
      words.set(r, w);
    }
    return w;
  };

  out.push(`## ${cell(ctx.tool.name)} — ${cell(ctx.evaluation.asOf)}`, '');
  // a broken file matters more than a missed target: the input problems come first
  if (ctx.problems.length > 0) problems(out, ctx.problems, lang);
  if (ctx.baseline) changes(out, results, ctx.gone, wordsOf, lang);
  counts(out, results, lang);
  wholeAreas(out, results.filter((r) => r.aggregate), ctx, wordsOf);
  failing(out, results.filter((r) => ctx.failOn.includes(r.status)), ctx, wordsOf);
  if (out.truncated) out.force(`_${FORMAT_TEXT.mdTruncated[lang]}_`, '');
  return out.text();
}

// ---------------------------------------------------------------- sections

function changes(out: Output, results: Result[], gone: readonly BaselineEntry[], wordsOf: (r: Result) => ResultWords, lang: Lang): void {
  const becameMissed = results.filter((r) => r.change === 'worsened' && r.status === 'missed');
  const becameMet = results.filter((r) => r.change === 'improved' && r.status === 'met');
  const worsened = results.filter((r) => r.change === 'worsened');
  const improved = results.filter((r) => r.change === 'improved');
  const count = (change: Result['change']) => results.filter((r) => r.change === change).length;

  out.push(`### ${FORMAT_TEXT.mdChangesHeading[lang]}`, '');
  const heads = [
    FORMAT_TEXT.mdBecameMissed[lang],
    FORMAT_TEXT.mdBecameMet[lang],
    changeLabel('worsened', lang),
    changeLabel('improved', lang),
    changeLabel('new', lang),
    changeLabel('unchanged', lang),
    FORMAT_TEXT.mdGone[lang],
  ];
  const values = [becameMissed.length, becameMet.length, worsened.length, improved.length, count('new'), count('unchanged'), gone.length];
  out.push(row(heads.map(cell)), row(heads.map(() => '---:')), row(values.map(String)), '');

  if (worsened.length === 0 && improved.length === 0) out.push(FORMAT_TEXT.mdNothingChanged[lang], '');
  const item = (r: Result) => {
    const w = wordsOf(r);
    const was = r.previousStatus === undefined ? '' : `${cell(statusLabel(r.previousStatus, lang))} → `;
    return `- ${cell(w.unit)} — ${cell(targetWithIndicator(r, w, lang))}: ${was}**${cell(w.status)}** (${cell(w.value)}, ${cell(w.threshold)})`;
  };
  const lists: [string, Result[]][] = [
    [FORMAT_TEXT.mdBecameMissed[lang], becameMissed],
    [FORMAT_TEXT.mdBecameMet[lang], becameMet],
    [changeLabel('worsened', lang), worsened.filter((r) => r.status !== 'missed')],
    [changeLabel('improved', lang), improved.filter((r) => r.status !== 'met')],
  ];
  for (const [title, items] of lists) {
    if (items.length === 0) continue;
    out.push(`**${cell(title)}** (${items.length})`, '');
    out.rows(items, MAX_CHANGED_PER_LIST, item, (n) => `- ${FORMAT_TEXT.mdMore(n)[lang]}`);
    out.push('');
  }
  if (gone.length > 0) {
    // 'was → now' as in the lists above, with nothing now
    const goneItem = (e: BaselineEntry) => {
      const period = e.period === null ? '' : ` (${cell(e.period)})`;
      return `- ${cell(unitWords(e.unit, e.aggregate, lang))} — ${cell(e.target)}: ${cell(statusLabel(e.status, lang))}${period} → —`;
    };
    out.push(`**${cell(FORMAT_TEXT.mdGoneTitle[lang])}** (${gone.length})`, '');
    out.rows([...gone].sort(byUnitThenTarget), MAX_CHANGED_PER_LIST, goneItem, (n) => `- ${FORMAT_TEXT.mdMore(n)[lang]}`);
    out.push('');
  }
}

function counts(out: Output, results: Result[], lang: Lang): void {
  out.push(`### ${FORMAT_TEXT.mdCountsHeading[lang]}`, '');
  if (results.length === 0) {
    out.push(FORMAT_TEXT.mdNoResults[lang], '');
    return;
  }
  const byDocument = new Map<string, Result[]>();
  for (const r of results) {
    const list = byDocument.get(r.document) ?? [];
    list.push(r);
    byDocument.set(r.document, list);
  }
  const documents = [...byDocument.keys()].sort();
  const heads = [columnLabel('document', lang), ...STATUSES.map((s) => statusLabel(s, lang)), columnLabel('total', lang)];
  const line = (name: string, rs: Result[]) => {
    const c = countByStatus(rs);
    return row([cell(name), ...STATUSES.map((s) => String(c[s])), String(rs.length)]);
  };
  out.push(row(heads.map(cell)), row(['---', ...heads.slice(1).map(() => '---:')]));
  const shown = out.rows(documents, MAX_DOCUMENT_ROWS, (d) => line(d, byDocument.get(d) ?? []), null);
  const all = countByStatus(results);
  out.push(row([`**${cell(columnLabel('total', lang))}**`, ...STATUSES.map((s) => String(all[s])), String(results.length)]));
  if (shown < documents.length) out.push('', FORMAT_TEXT.mdMore(documents.length - shown)[lang]);
  out.push('');
}

/** The columns a result's row starts with: unit, target, value, threshold, gap, status, flags. */
function resultHeads(lang: Lang): string[] {
  return (['unit', 'target', 'value', 'threshold', 'gap', 'status', 'flags'] as const).map((key) => columnLabel(key, lang));
}

/** The target's id, then the indicator it is judged by: the id to search for, the name to read. */
function targetWithIndicator(r: Result, w: ResultWords, lang: Lang): string {
  if (!w.indicator || w.indicator === r.target) return r.target;
  return `${r.target}${inParens(lang, w.indicator)}`;
}

function resultCells(r: Result, w: ResultWords, lang: Lang): string[] {
  return [w.unit, targetWithIndicator(r, w, lang), w.value, w.threshold, w.gap, w.status, joinList(lang, w.flags) || '—'];
}

/** A table's head and its alignment row: the figures (value, threshold, gap) to the right. */
function tableHead(heads: string[]): string[] {
  return [row(heads.map(cell)), row(heads.map((_, i) => (i >= 2 && i <= 4 ? '---:' : '---')))];
}

/** Every whole-area result: its figures, and what its sums carried forward or lacked. */
function wholeAreas(out: Output, results: Result[], ctx: ReportContext, wordsOf: (r: Result) => ResultWords): void {
  if (results.length === 0) return;
  const { lang } = ctx;
  const names = unitNames(ctx);
  out.push(`### ${FORMAT_TEXT.mdWholeAreasHeading[lang]} — ${results.length}`, '');
  out.push(...tableHead([...resultHeads(lang), FORMAT_TEXT.mdColumns[lang].notes]));
  const line = (r: Result) => {
    const notes = joinClauses(lang, resultNotes(r, names, lang, ctx.evaluation.thresholds.coverage, MAX_UNITS_NAMED));
    return row([...resultCells(r, wordsOf(r), lang).map(cell), notesCell(notes || '—')]);
  };
  out.rows(results, MAX_AREA_ROWS, line, (n) => `\n${FORMAT_TEXT.mdMore(n)[lang]}`);
  out.push('');
}

function failing(out: Output, results: Result[], ctx: ReportContext, wordsOf: (r: Result) => ResultWords): void {
  const { lang } = ctx;
  const statuses = STATUSES.filter((s) => ctx.failOn.includes(s)).map((s) => statusLabel(s, lang));
  out.push(`### ${FORMAT_TEXT.mdFailingHeading(statuses.length > 0 ? statuses : ['—'])[lang]} — ${results.length}`, '');
  if (ctx.failOn.length === 0) {
    out.push(FORMAT_TEXT.mdNoFailOn[lang], '');
    return;
  }
  if (results.length === 0) {
    out.push(FORMAT_TEXT.mdNoneFailing[lang], '');
    return;
  }
  const col = FORMAT_TEXT.mdColumns[lang];
  out.push(...tableHead([...resultHeads(lang), col.source, ...(ctx.baseline ? [col.change] : [])]));
  const line = (r: Result) => {
    const w = wordsOf(r);
    const cells = [...resultCells(r, w, lang), w.source || '—'];
    if (ctx.baseline) cells.push(w.change || '—');
    return row(cells.map(cell));
  };
  // a blank line first: a line of text right under a table would be read as one more row
  out.rows(results, MAX_FAILING_ROWS, line, (n) => `\n${FORMAT_TEXT.mdMore(n)[lang]}`);
  out.push('');
}

function problems(out: Output, list: Problem[], lang: Lang): void {
  const sorted = [...list].sort(problemOrder(lang));
  out.push(`### ${FORMAT_TEXT.mdProblemsHeading[lang]} — ${sorted.length}`, '');
  const heads = [columnLabel('file', lang), columnLabel('severity', lang), columnLabel('field', lang), columnLabel('message', lang)];
  out.push(row(heads.map(cell)), row(heads.map(() => '---')));
  out.rows(
    sorted,
    MAX_PROBLEMS,
    (p) => row([problemLocation(p), REPORT_TEXT[p.severity][lang], p.path ?? '—', `${p.code}: ${problemMessage(p, lang)}`].map(cell)),
    (n) => `\n${FORMAT_TEXT.mdMore(n)[lang]}`,
  );
  out.push('');
}

// ---------------------------------------------------------------- the text, within its budget

class Output {
  private readonly lines: string[] = [];
  private bytes = 0;
  /** whether something was left out to stay within the limit */
  truncated = false;

  constructor(private readonly limit: number) {}

  private size(line: string): number {
    return Buffer.byteLength(line, 'utf8') + 1;
  }

  /** Lines that must appear (headings, notes); they come out of the reserve. */
  push(...lines: string[]): void {
    for (const line of lines) {
      const size = this.size(line);
      if (this.bytes + size > this.limit - 256) {
        this.truncated = true;
        continue;
      }
      this.lines.push(line);
      this.bytes += size;
    }
  }

  /** The truncation note: always fits, since push keeps 256 bytes for it. */
  force(...lines: string[]): void {
    for (const line of lines) {
      this.lines.push(line);
      this.bytes += this.size(line);
    }
  }

  /**
   * At most `cap` rows, and only while they leave the reserve for what follows; then one line
   * saying how many were left out (`more` null: the caller says it).
   */
  rows<T>(items: readonly T[], cap: number, render: (item: T) => string, more: ((left: number) => string) | null): number {
    let shown = 0;
    for (const item of items) {
      if (shown >= cap) break;
      const line = render(item);
      const size = this.size(line);
      if (this.bytes + size > this.limit - RESERVE_BYTES) {
        this.truncated = true;
        break;
      }
      this.lines.push(line);
      this.bytes += size;
      shown += 1;
    }
    if (shown < items.length && more) this.push(more(items.length - shown));
    return shown;
  }

  text(): string {
    return `${this.lines.join('\n').replace(/\n+$/, '')}\n`;
  }
}

// ---------------------------------------------------------------- escaping

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text from the input as inert Markdown on one line: line breaks become spaces, control
 * characters go, HTML-active characters become entities, and Markdown-active punctuation is
 * backslash-escaped (`|` included, so that a table cell stays one cell). Long text is cut.
 */
export function cell(value: string): string {
  return cellWithin(value, MAX_CELL_CHARS);
}

/** A cell of whole-area notes, which name units and periods: more room than other cells. */
function notesCell(value: string): string {
  return cellWithin(value, MAX_NOTES_CHARS);
}

function cellWithin(value: string, max: number): string {
  let text = value
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\t/g, ' ');
  if ([...text].length > max) text = `${[...text].slice(0, max - 1).join('')}…`;
  return text
    .replace(/[\\`*_{}[\]()#!|~$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
