// The report for a person at a terminal: a header, the counts, whole areas, then units worst first,
// then the input problems. A large set (a province) keeps full tables for the units that fail and
// one line for each other unit.
import defaultChalk, { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Flag, IndicativeResult, Lang, Result, Status } from '../core/types.js';
import { STATUSES } from '../core/types.js';
import { FLAG_HINTS, REPORT_TEXT } from '../i18n/report.js';
import type { ReportContext } from './context.js';
import { catalogIndex, deadlineOf, indicatorName, valueUnitOf } from './catalog-index.js';
import { changeLabel, columnLabel, flagLabel, levelLabel, reasonLabel, statusLabel } from './labels.js';
import { countByStatus, problemOrder, sortFlags } from './order.js';
import { problemMessage } from './problem-text.js';
import { formatDeadline, formatGap, formatMonthsLeft, formatProgress, formatThreshold, formatValue, progressBar, resultMet } from './figure-text.js';
import { problemLocation, unitNames } from './names.js';
import { resultNotes as machineNotes } from './result-words.js';
import type { CatalogItem } from './catalog-index.js';
import type { ColumnKey } from '../i18n/report.js';
import { displayWidth, wrapAtSpaces, wrapText } from '../shared/text-width.js';
import { WORST_FIRST, byText, byWorstStatus, statusBadness, worstStatus } from '../core/order.js';
import { oneLine } from './printable.js';
import { inParens, joinList, PUNCTUATION } from '../i18n/index.js';

/** More units than this, and only the failing ones get a full table. */
export const LARGE_SET = 20;
/** Units a note names before it counts the rest (the JSON report and the workbook name them all). */
const UNITS_NAMED = 12;
/** Problems listed before the rest is only counted. */
const PROBLEMS_SHOWN = 100;
const MIN_TARGET_WIDTH = 16;
/** The target column narrower than this, and a tighter layout is tried first. */
const COMFORTABLE_TARGET_WIDTH = 26;
/** Statuses that earn a full table in a large set when `--fail-on never` names none. */
const DEFAULT_ATTENTION: readonly Status[] = ['missed', 'off-track'];

interface Env {
  ctx: ReportContext;
  lang: Lang;
  index: Map<string, CatalogItem>;
  paint: Paint;
  /** code → name of every unit the context names */
  names: Map<string, string>;
}

interface Paint {
  status(status: Status, text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  severity(severity: 'error' | 'warning', text: string): string;
}

function makePaint(color: boolean): Paint {
  const c: ChalkInstance = new Chalk({ level: color ? defaultChalk.level || 1 : 0 });
  const byStatus: Record<Status, ChalkInstance> = {
    met: c.green,
    'on-track': c.cyan,
    'at-risk': c.yellow,
    'off-track': c.red,
    missed: c.bold.red,
    pending: c.blue,
    'no-data': c.dim,
  };
  return {
    status: (status, text) => (text ? byStatus[status](text) : text),
    dim: (text) => (text ? c.dim(text) : text),
    bold: (text) => (text ? c.bold(text) : text),
    severity: (severity, text) => (severity === 'error' ? c.red(text) : c.yellow(text)),
  };
}

// cli-table3 colours heads red and borders grey on its own: the report colours what it means to
const PLAIN_STYLE = { head: [] as string[], border: [] as string[] };


/** Worst status first, then target id. */
function compareRows(a: Result, b: Result): number {
  return byWorstStatus(a.status, b.status) || byText(a.target, b.target);
}

function countsLine(results: readonly Result[], env: Env): string {
  const counts = countByStatus(results);
  return WORST_FIRST.filter((s) => counts[s] > 0)
    .map((s) => env.paint.status(s, `${statusLabel(s, env.lang)} ${counts[s]}`))
    .join(env.paint.dim(' · '));
}

// ---------------------------------------------------------------- header and summary

function header(env: Env): string {
  const { ctx, lang, paint } = env;
  const files = ctx.reports.length;
  const units = new Set(ctx.reports.map((r) => r.code)).size;
  const errors = ctx.problems.filter((p) => p.severity === 'error').length;
  const warnings = ctx.problems.length - errors;
  const docs = [...ctx.documents].map((d) => d.id).sort();
  const problems =
    ctx.problems.length === 0
      ? REPORT_TEXT.problemsCount({ n: 0 })[lang]
      : paint.severity(errors > 0 ? 'error' : 'warning', REPORT_TEXT.problemsSplit({ n: ctx.problems.length, errors, warnings })[lang]);
  return [
    `${paint.bold(`${ctx.tool.name} ${ctx.tool.version}`)}  ${REPORT_TEXT.asOf({ date: ctx.evaluation.asOf })[lang]}`,
    joinFitting(
      [
        REPORT_TEXT.documentsChecked({ n: docs.length })[lang] + (docs.length ? paint.dim(` (${docs.join(', ')})`) : ''),
        REPORT_TEXT.unitsRead({ n: units, files })[lang],
        problems,
      ],
      paint.dim(' · '),
      env,
    ),
  ].join('\n');
}

function summary(env: Env): string {
  const { ctx, lang, paint } = env;
  const results = ctx.evaluation.results;
  const docIds = [...new Set([...ctx.documents.map((d) => d.id), ...results.map((r) => r.document)])].sort();
  const row = (label: string, rs: readonly Result[]): string[] => {
    const counts = countByStatus(rs);
    return [
      label,
      ...STATUSES.map((s) => (counts[s] > 0 ? paint.status(s, String(counts[s])) : paint.dim('0'))),
      paint.bold(String(rs.length)),
    ];
  };
  const groups: [string, readonly Result[]][] = [[paint.bold(REPORT_TEXT.overall[lang]), results]];
  if (docIds.length > 1) for (const id of docIds) groups.push([id, results.filter((r) => r.document === id)]);
  const table = new Table({
    head: ['', ...STATUSES.map((s) => paint.status(s, statusLabel(s, lang))), paint.bold(columnLabel('total', lang))],
    style: { ...PLAIN_STYLE, compact: true },
    colAligns: ['left', ...STATUSES.map(() => 'right' as const), 'right'],
  });
  for (const [label, rs] of groups) table.push(row(label, rs));
  let text = table.toString();
  const width = ctx.width;
  if (width !== undefined && displayWidth(text) > width) {
    // statuses down, documents across; as many tables as it takes for the documents to fit
    const columns = groups.map(([label, rs]) => row(label, rs));
    const labels = [...STATUSES.map((s) => paint.status(s, statusLabel(s, lang))), paint.bold(columnLabel('total', lang))];
    const turned = (part: readonly string[][]): string => {
      const t = new Table({
        head: ['', ...part.map((c) => c[0] ?? '')],
        style: { ...PLAIN_STYLE, compact: true },
        colAligns: ['left', ...part.map(() => 'right' as const)],
      });
      labels.forEach((label, i) => t.push([label, ...part.map((c) => c[i + 1] ?? '')]));
      return t.toString();
    };
    const tables: string[] = [];
    let part: string[][] = [];
    for (const column of columns) {
      if (part.length > 0 && displayWidth(turned([...part, column])) > width) {
        tables.push(turned(part));
        part = [];
      }
      part.push(column);
    }
    if (part.length > 0) tables.push(turned(part));
    text = tables.join('\n');
  }
  const gone = goneLine(env);
  return `${paint.bold(REPORT_TEXT.summary[lang])}\n${text}${gone === null ? '' : `\n${gone}`}`;
}

/** How many results of the baseline this run lacks; null without a baseline or when none is gone. */
function goneLine(env: Env): string | null {
  const { ctx, lang } = env;
  if (!ctx.baseline || ctx.gone.length === 0) return null;
  return fit(REPORT_TEXT.gone({ n: ctx.gone.length })[lang], env, 0).join('\n');
}

// ---------------------------------------------------------------- tables of results

interface Row {
  name: string;
  id: string;
  cells: string[];
}

/** How much a results table spells out; a narrow terminal gets the later, tighter layouts. */
interface Layout {
  /** flags in a column of their own, or under the status */
  flagsColumn: boolean;
  progressColumn: boolean;
  barCells: number;
  /** the threshold with its unit (`≥ 6,040 户`), or the number alone */
  thresholdUnit: boolean;
}

const LAYOUTS: readonly Layout[] = [
  { flagsColumn: true, progressColumn: true, barCells: 10, thresholdUnit: true },
  { flagsColumn: false, progressColumn: true, barCells: 10, thresholdUnit: true },
  { flagsColumn: false, progressColumn: true, barCells: 5, thresholdUnit: true },
  { flagsColumn: false, progressColumn: true, barCells: 5, thresholdUnit: false },
  { flagsColumn: false, progressColumn: false, barCells: 0, thresholdUnit: false },
];

function columnsOf(layout: Layout): ColumnKey[] {
  const columns: ColumnKey[] = ['target', 'value', 'threshold', 'gap'];
  if (layout.progressColumn) columns.push('progress');
  columns.push('status');
  if (layout.flagsColumn) columns.push('flags');
  columns.push('deadline');
  return columns;
}

const RIGHT_ALIGNED: ReadonlySet<ColumnKey> = new Set(['value', 'gap']);

function resultRow(r: Result, env: Env, layout: Layout): Row {
  const { lang, paint, index, ctx } = env;
  const unit = valueUnitOf(r.target, index, r);
  const met = resultMet(r);
  const bar = progressBar(r.progress, met, layout.barCells);
  const flags = sortFlags(r.flags).map((f) => flagLabel(f, lang));
  const statusNotes: string[] = [];
  if (!layout.flagsColumn) statusNotes.push(...flags);
  if (r.metLate) statusNotes.push(REPORT_TEXT.metLate({ period: r.metLate })[lang]);
  if (ctx.baseline && r.change && r.change !== 'unchanged') statusNotes.push(changeLabel(r.change, lang));
  const deadline = deadlineOf(r.target, index);
  const ongoing = deadline?.type === 'ongoing' || (deadline === undefined && r.deadline === null);
  const when = ongoing ? (r.since ? REPORT_TEXT.since({ period: r.since })[lang] : '') : formatMonthsLeft(r.monthsLeft, lang);
  const cells = [
    `${formatValue(r.value, unit, lang, { rule: r.rule })}\n${paint.dim(r.period ?? '—')}`,
    formatThreshold(r.rule, unit, lang, { withUnit: layout.thresholdUnit }),
    formatGap(r, unit, lang),
  ];
  if (layout.progressColumn) cells.push(bar ? `${paint.status(r.status, bar)} ${formatProgress(r.progress, met)}` : '—');
  cells.push([paint.status(r.status, statusLabel(r.status, lang)), ...statusNotes.map((n) => paint.dim(n))].join('\n'));
  if (layout.flagsColumn) cells.push(flags.join('\n'));
  cells.push([formatDeadline(deadline, r.deadline, lang), paint.dim(when)].filter(Boolean).join('\n'));
  return { name: indicatorName(r.target, index, lang), id: r.target, cells };
}

interface Sized {
  layout: Layout;
  rows: Row[];
  /** widths of the columns after the target's, padding included */
  others: number[];
  targetNatural: number;
}

function sizeRows(results: readonly Result[], env: Env, layout: Layout, head: readonly string[]): Sized {
  const rows = results.map((r) => resultRow(r, env, layout));
  const others = head.slice(1).map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row.cells[i] ?? ''))) + 2);
  const targetNatural =
    Math.max(displayWidth(head[0] ?? ''), ...rows.map((row) => Math.max(displayWidth(row.name), displayWidth(row.id)))) + 2;
  return { layout, rows, others, targetNatural };
}

/** The widest word of a cell (what a column cannot be narrowed below without cutting words). */
function widestWord(text: string): number {
  return Math.max(0, ...text.replace(/\u001b\[[0-9;]*m/g, '').split(/\s+/).map(displayWidth));
}

/**
 * The columns after the target's narrowed, the widest first and none below its widest word, until
 * together they take at most `room` columns: their cells' lines wrapped at spaces to fit.
 */
function narrowed(sized: Sized, room: number, head: readonly string[]): Sized {
  const widths = [...sized.others];
  const floors = widths.map((_, i) => Math.max(displayWidth(head[i + 1] ?? ''), ...sized.rows.map((row) => widestWord(row.cells[i] ?? ''))) + 2);
  let excess = widths.reduce((a, b) => a + b, 0) - room;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > (floors[i] ?? w) && (widest < 0 || w - (floors[i] ?? 0) > (widths[widest] ?? 0) - (floors[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess -= 1;
  }
  const rows = sized.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell, i) => {
      const w = widths[i] ?? 0;
      return displayWidth(cell) + 2 <= w ? cell : cell.split('\n').flatMap((line) => wrapAtSpaces(line, w - 2)).join('\n');
    }),
  }));
  const others = sized.others.map((w, i) => Math.min(w, Math.max(displayWidth(head[i + 1] ?? '') + 2, ...rows.map((row) => displayWidth(row.cells[i] ?? '') + 2))));
  return { ...sized, rows, others };
}

/**
 * A table of results, worst first. Given a terminal width, the table takes the first layout in
 * which the target column keeps a readable width, and wraps the target names to fit.
 */
function resultTable(results: readonly Result[], env: Env): string {
  const { lang, paint, ctx } = env;
  const sorted = [...results].sort(compareRows);
  const headOf = (layout: Layout) => columnsOf(layout).map((c) => paint.bold(columnLabel(c, lang)));
  let chosen = sizeRows(sorted, env, LAYOUTS[0] as Layout, headOf(LAYOUTS[0] as Layout));
  let targetWidth = chosen.targetNatural;
  if (ctx.width !== undefined) {
    const fixed = (s: Sized) => s.others.reduce((a, b) => a + b, 0) + s.others.length + 2;
    for (const layout of LAYOUTS) {
      const sized = layout === LAYOUTS[0] ? chosen : sizeRows(sorted, env, layout, headOf(layout));
      chosen = sized;
      if (fixed(sized) + Math.min(sized.targetNatural, COMFORTABLE_TARGET_WIDTH) <= ctx.width) break;
    }
    if (fixed(chosen) + MIN_TARGET_WIDTH > ctx.width) chosen = narrowed(chosen, ctx.width - MIN_TARGET_WIDTH - chosen.others.length - 2, headOf(chosen.layout));
    targetWidth = Math.min(chosen.targetNatural, Math.max(MIN_TARGET_WIDTH, ctx.width - fixed(chosen)));
  }
  const columns = columnsOf(chosen.layout);
  const table = new Table({
    head: headOf(chosen.layout),
    style: PLAIN_STYLE,
    colAligns: columns.map((c) => (RIGHT_ALIGNED.has(c) ? 'right' : 'left')),
    colWidths: [targetWidth],
    wordWrap: false,
  });
  const inner = targetWidth - 2;
  for (const row of chosen.rows) {
    const target = [...wrapText(row.name, inner), ...wrapText(row.id, inner).map((l) => paint.dim(l))].join('\n');
    table.push([target, ...row.cells]);
  }
  return table.toString();
}

/**
 * Lines under a table: why a result has no data, which units' figures an area's sums carry forward
 * (and from when) or lack; targets with the same note share its line.
 */
function resultNotes(results: readonly Result[], env: Env): string[] {
  const { lang, paint } = env;
  const byNote = new Map<string, string[]>();
  for (const r of [...results].sort(compareRows)) {
    for (const note of machineNotes(r, env.names, lang, env.ctx.evaluation.thresholds.coverage, UNITS_NAMED)) byNote.set(note, [...(byNote.get(note) ?? []), r.target]);
  }
  const lines: string[] = [];
  for (const [note, targets] of byNote) {
    const slugs = targets.map((t) => t.slice(t.indexOf('/') + 1));
    lines.push(...fit(`${joinList(lang, slugs)}  ${note}`, env).map(paint.dim));
  }
  return lines;
}

function indicativeLines(items: readonly IndicativeResult[], env: Env): string[] {
  const { lang, paint, index } = env;
  if (items.length === 0) return [];
  const lines = [...items]
    .sort((a, b) => byText(a.target, b.target))
    .map((i) => {
      const unit = valueUnitOf(i.target, index, i);
      const value = formatValue(i.value, unit, lang, { withUnit: true });
      return `${REPORT_TEXT.indicative[lang]}  ${indicatorName(i.target, index, lang)} ${value} ${i.period}${inParens(lang, `${i.target}${PUNCTUATION.clauses[lang]}${reasonLabel(i.reason, lang)}`)}`;
    });
  return lines.flatMap((l) => fit(l, env)).map(paint.dim);
}

/** Parts on one line, or one a line when together they are wider than the terminal (a wide part wrapped). */
function joinFitting(parts: readonly string[], separator: string, env: Env): string {
  const line = parts.join(separator);
  const width = env.ctx.width;
  if (width === undefined || displayWidth(line) <= width) return line;
  return parts
    .flatMap((part) => (displayWidth(part) <= width ? [part] : wrapText(part.replace(ANSI_CODES, ''), width - 2).map((l, i) => (i === 0 ? l : `  ${l}`))))
    .join('\n');
}

const ANSI_CODES = /\u001b\[[0-9;]*m/g;

/** Plain text cut to what is left of the terminal's width after `used` columns. */
function clip(text: string, env: Env, used: number): string {
  if (env.ctx.width === undefined) return text;
  const room = env.ctx.width - used;
  const lines = wrapText(text, Math.max(1, room - 1));
  return lines.length > 1 ? `${lines[0] ?? ''}…` : text;
}

/** A line of plain text, indented, wrapped to the terminal's width when it is known. */
function fit(text: string, env: Env, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  if (env.ctx.width === undefined) return [pad + text];
  return wrapText(text, env.ctx.width - indent - 2).map((line, i) => (i === 0 ? pad : pad + '  ') + line);
}

function unitList(codes: readonly string[], names: ReadonlyMap<string, string>, lang: Lang): string {
  const shown = codes.slice(0, 12).map((c) => `${c} ${names.get(c) ?? ''}`.trim());
  const more = codes.length - shown.length;
  return joinList(lang, shown) + (more > 0 ? ` ${REPORT_TEXT.more({ n: codes.length })[lang]}` : '');
}

// ---------------------------------------------------------------- sections

function wholeAreas(env: Env): string | null {
  const { ctx, lang, paint } = env;
  const aggregates = ctx.evaluation.results.filter((r) => r.aggregate);
  const indicative = ctx.evaluation.indicative.filter((i) => i.aggregate);
  if (aggregates.length === 0 && indicative.length === 0) return null;
  const names = env.names;
  const keys = [...new Set([...aggregates, ...indicative].map((r) => `${r.document}\u0000${r.unit.code}`))].sort();
  const blocks: string[] = [paint.bold(REPORT_TEXT.wholeAreaTitle[lang])];
  for (const key of keys) {
    const [docId = '', code = ''] = key.split('\u0000');
    const rs = aggregates.filter((r) => r.document === docId && r.unit.code === code);
    const doc = ctx.documents.find((d) => d.id === docId);
    const areaName = rs[0]?.unit.name ?? doc?.area.name ?? '';
    const heading = `${REPORT_TEXT.wholeArea[lang]} · ${code} ${areaName}  ${docId}`;
    const lines: string[] = [`${paint.bold(heading)}${doc ? paint.dim(` ${clip(doc.title[lang], env, displayWidth(heading) + 1)}`) : ''}`];
    if (rs.length > 0) {
      lines.push(`  ${countsLine(rs, env)}`);
      lines.push(resultTable(rs, env));
    }
    lines.push(...resultNotes(rs, env));
    const unreported = (ctx.unreported[docId] ?? []).map((u) => u.code).sort();
    if (unreported.length > 0) {
      lines.push(...fit(`${REPORT_TEXT.unreported({ n: unreported.length })[lang]}${REPORT_TEXT.colon[lang]}${unitList(unreported, names, lang)}`, env).map(paint.dim));
    }
    lines.push(...indicativeLines(indicative.filter((i) => i.document === docId && i.unit.code === code), env));
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

interface UnitGroup {
  code: string;
  name: string;
  level: Result['unit']['level'];
  results: Result[];
  indicative: IndicativeResult[];
  worst: Status | null;
}

/** Every reporting unit with its own results, worst first, then by code. */
export function unitsWorstFirst(ctx: Pick<ReportContext, 'evaluation'>): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const groupOf = (unit: Result['unit']): UnitGroup => {
    let g = groups.get(unit.code);
    if (!g) {
      g = { code: unit.code, name: unit.name, level: unit.level, results: [], indicative: [], worst: null };
      groups.set(unit.code, g);
    }
    return g;
  };
  for (const r of ctx.evaluation.results) if (!r.aggregate) groupOf(r.unit).results.push(r);
  for (const i of ctx.evaluation.indicative) if (!i.aggregate) groupOf(i.unit).indicative.push(i);
  for (const g of groups.values()) g.worst = worstStatus(g.results);
  // worst first; a unit with no result after every unit with one
  const rank = (g: UnitGroup) => (g.worst === null ? 1 : -statusBadness(g.worst));
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || byText(a.code, b.code));
}

/**
 * A unit's heading and table. `only`: list just the results with these statuses (a large set), and
 * say how many others there are and how to see them.
 */
function unitBlock(group: UnitGroup, env: Env, options: { indicative: boolean; only?: readonly Status[] }): string {
  const { lang, paint } = env;
  const lines = [
    `${paint.bold(`${group.code} ${group.name}`)}  ${paint.dim(levelLabel(group.level, lang))}  ${countsLine(group.results, env)}`,
  ];
  const only = options.only;
  const shown = only ? group.results.filter((r) => only.includes(r.status)) : group.results;
  if (shown.length > 0) lines.push(resultTable(shown, env));
  lines.push(...resultNotes(shown, env));
  const hidden = group.results.length - shown.length;
  if (hidden > 0) lines.push(...fit(REPORT_TEXT.rowsHidden({ n: hidden, code: group.code })[lang], env).map(paint.dim));
  if (options.indicative) lines.push(...indicativeLines(group.indicative, env));
  return lines.join('\n');
}

/** Text padded with spaces to `width` columns, on the right (`start`: on the left). */
function pad(text: string, width: number, start = false): string {
  const room = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return start ? room + text : text + room;
}

/**
 * One line per unit: code, name and a count per status in columns; on a terminal too narrow for
 * the columns, the unit's counts as words (`未达标 1 · 已达标 6`), wrapped.
 */
function compactList(groups: readonly UnitGroup[], env: Env): string {
  const { lang, paint, ctx } = env;
  const totals = countByStatus(groups.flatMap((g) => g.results));
  const statuses = WORST_FIRST.filter((s) => totals[s] > 0);
  const heads = statuses.map((s) => statusLabel(s, lang));
  const countsOf = (g: UnitGroup) => countByStatus(g.results);
  const widths = statuses.map((s, i) => Math.max(displayWidth(heads[i] ?? ''), ...groups.map((g) => String(countsOf(g)[s]).length)));
  const nameWidth = Math.max(displayWidth(columnLabel('unit', lang)) - 8, ...groups.map((g) => displayWidth(g.name)));
  const total = 2 + 6 + 2 + nameWidth + widths.reduce((a, w) => a + 2 + w, 0);
  if (ctx.width === undefined || total <= ctx.width) {
    const head = `  ${pad(paint.bold(columnLabel('unit', lang)), 8 + nameWidth)}${statuses.map((s, i) => `  ${pad(paint.status(s, heads[i] ?? ''), widths[i] ?? 0, true)}`).join('')}`;
    const lines = groups.map((g) => {
      const counts = countsOf(g);
      const cells = statuses.map((s, i) => `  ${pad(counts[s] > 0 ? paint.status(s, String(counts[s])) : paint.dim('·'), widths[i] ?? 0, true)}`);
      return `  ${pad(g.code, 6)}  ${pad(g.name, nameWidth)}${cells.join('')}`;
    });
    return [head, ...lines].join('\n');
  }
  const width = ctx.width;
  return groups
    .flatMap((g) => {
      const counts = countsOf(g);
      const parts = WORST_FIRST.filter((s) => counts[s] > 0).map((s) => paint.status(s, `${statusLabel(s, lang)} ${counts[s]}`));
      const lines = [`  ${g.code} ${g.name}`];
      parts.forEach((part, i) => {
        const joined = `${lines[lines.length - 1] ?? ''}${i === 0 ? '  ' : paint.dim(' · ')}${part}`;
        if (displayWidth(joined) <= width) lines[lines.length - 1] = joined;
        else lines.push(`      ${part}`);
      });
      return lines;
    })
    .join('\n');
}

function units(env: Env): string | null {
  const { ctx, lang, paint } = env;
  const groups = unitsWorstFirst(ctx);
  if (groups.length === 0) return null;
  const blocks: string[] = [paint.bold(REPORT_TEXT.unitsTitle[lang])];
  if (groups.length <= LARGE_SET) {
    for (const g of groups) blocks.push(unitBlock(g, env, { indicative: true }));
    return blocks.join('\n\n');
  }
  const attention = ctx.failOn.length > 0 ? ctx.failOn : DEFAULT_ATTENTION;
  const detailed = groups.filter((g) => g.results.some((r) => attention.includes(r.status)));
  const rest = groups.filter((g) => !detailed.includes(g));
  const statuses = attention.map((s) => statusLabel(s, lang)).join(PUNCTUATION.alternatives[lang]);
  blocks.push(fit(REPORT_TEXT.largeSet({ units: groups.length, shown: detailed.length, statuses })[lang], env, 0).join('\n'));
  for (const g of detailed) blocks.push(unitBlock(g, env, { indicative: false, only: attention }));
  if (rest.length > 0) blocks.push(`${paint.bold(REPORT_TEXT.compactTitle({ n: rest.length })[lang])}\n${compactList(rest, env)}`);
  const omitted = groups.reduce((n, g) => n + g.indicative.length, 0);
  const tail = [REPORT_TEXT.narrow[lang]];
  if (omitted > 0) tail.unshift(REPORT_TEXT.indicativeOmitted({ n: omitted })[lang]);
  blocks.push(tail.flatMap((t) => fit(t, env, 0)).join('\n'));
  return blocks.join('\n\n');
}

function flagsLegend(env: Env): string | null {
  const { ctx, lang, paint } = env;
  const used = sortFlags(ctx.evaluation.results.flatMap((r) => r.flags));
  if (used.length === 0) return null;
  const lines = used.flatMap((f: Flag) => fit(`${flagLabel(f, lang)}${REPORT_TEXT.colon[lang]}${FLAG_HINTS[f][lang]}`, env));
  return paint.dim([REPORT_TEXT.flagsLegend[lang], ...lines].join('\n'));
}

function problems(env: Env): string | null {
  const { ctx, lang, paint } = env;
  if (ctx.problems.length === 0) return null;
  const sorted = [...ctx.problems].sort(problemOrder(lang));
  const lines = [paint.bold(REPORT_TEXT.problemsTitle({ n: sorted.length })[lang])];
  for (const p of sorted.slice(0, PROBLEMS_SHOWN)) {
    const label = REPORT_TEXT[p.severity][lang];
    const [first = '', ...more] = fit(oneLine(`${label}  ${problemLocation(p)}  ${p.path ? `${p.path}  ` : ''}${problemMessage(p, lang)}`), env);
    // the severity word starts the first line, after the indent
    const indent = first.length - first.trimStart().length;
    lines.push(first.slice(0, indent) + paint.severity(p.severity, label) + first.slice(indent + label.length), ...more);
  }
  if (sorted.length > PROBLEMS_SHOWN) lines.push(paint.dim(`  ${REPORT_TEXT.problemsMore({ n: sorted.length - PROBLEMS_SHOWN })[lang]}`));
  return lines.join('\n');
}

export function render(ctx: ReportContext): string {
  const env: Env = { ctx, lang: ctx.lang, index: catalogIndex(ctx.documents), paint: makePaint(ctx.color), names: unitNames(ctx) };
  const sections: (string | null)[] = [header(env)];
  if (ctx.evaluation.results.length === 0 && ctx.evaluation.indicative.length === 0) {
    sections.push(REPORT_TEXT.noResults[ctx.lang], goneLine(env));
  } else {
    sections.push(summary(env), wholeAreas(env), units(env), flagsLegend(env));
  }
  sections.push(problems(env));
  return `${sections.filter((s): s is string => s !== null).join('\n\n')}\n`;
}
