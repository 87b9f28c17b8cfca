// A filled form, read: where its header is, what period and area it names, and each unit's row
// as figures, with every problem at its cell (`lz.xlsx!填报表!D9`). Nothing is repaired: a slip
// is named with the figure it most likely means, and the unit is not written until it is fixed.
import type { Divisions, MeasureDef, MeasureValue } from '../core/types.js';
import { FORM_WORDS } from '../i18n/form.js';
import { didYouMean } from './did-you-mean.js';
import { readFigureText, shiftDecimal, type SlipKind } from './number-slips.js';
import { message, type Message, type Problem, type ProblemCode } from '../shared/problem.js';
import { columnLetter, type FormFile, type GridCell, type GridSheet } from '../shared/grid.js';

export type FormProblemCode =
  | 'not-a-form' | 'several-forms' | 'unknown-column' | 'duplicate-column' | 'bad-period'
  | 'missing-code' | 'bad-code' | 'unknown-unit' | 'outside-area' | 'duplicate-unit' | 'not-reporting' | 'not-asked'
  | 'slip' | 'not-a-figure' | 'negative' | 'not-integer' | 'part-exceeds-whole' | 'name-mismatch';

/** A problem of a form, at its cell. */
export interface FormProblem {
  /** `lz.xlsx!填报表!D9`, `lz.csv!D9`, or the file alone */
  at: string;
  /** `450202 城中区`, when the problem is in a unit's row */
  unit: string | null;
  /** the measure id, when the problem is in a measure's cell or column */
  measure: string | null;
  code: FormProblemCode;
  message: Message;
  severity: 'error' | 'warning';
  /** where it stands, for ordering: 0-based row and column (-1 for the whole file) */
  row: number;
  column: number;
  /** a recognised slip: its kinds and the figure meant (for a caller that wants to offer the fix) */
  slip?: { kinds: SlipKind[]; suggestion: number | boolean | null };
}

/** The code a statistics file's problem of the same kind has: one vocabulary for both kinds of input. */
const AS_PROBLEM_CODE: Record<FormProblemCode, ProblemCode> = {
  'not-a-form': 'unreadable',
  'several-forms': 'unreadable',
  'unknown-column': 'unknown-measure',
  'duplicate-column': 'duplicate-key',
  'bad-period': 'bad-period',
  'missing-code': 'required',
  'bad-code': 'bad-code',
  'unknown-unit': 'unknown-unit',
  'outside-area': 'unknown-unit',
  'duplicate-unit': 'duplicate-report',
  'not-reporting': 'unknown-unit',
  'not-asked': 'unknown-field',
  slip: 'wrong-type',
  'not-a-figure': 'wrong-type',
  negative: 'negative',
  'not-integer': 'not-integer',
  'part-exceeds-whole': 'part-exceeds-whole',
  'name-mismatch': 'name-mismatch',
};

/**
 * A form's problem as a statistics file's problem: the cell stands where the file would, the unit
 * and the measure (as `label` names it) where the field would; formatted and escaped as every
 * problem is.
 */
export function asProblem(p: FormProblem, measureLabel: string | null): Problem {
  const field = [p.unit, measureLabel].filter((part): part is string => part !== null && part !== '').join('  ');
  return { file: p.at, line: null, column: null, path: field === '' ? null : field, code: AS_PROBLEM_CODE[p.code], message: p.message, severity: p.severity };
}

export interface FormContext {
  measures: ReadonlyMap<string, MeasureDef>;
  divisions: Divisions;
}

export interface FormColumnAt {
  column: number;
  def: MeasureDef;
}

export interface FormHeader {
  file: FormFile;
  sheet: GridSheet;
  /** 0-based row of the ids */
  idRow: number;
  codeColumn: number;
  nameColumn: number | null;
  columns: FormColumnAt[];
  /** the period the form names, with its cell */
  period: { value: string; at: string } | null;
  /** the area's code as the form names it (4502), or null */
  area: string | null;
  /** the codes a form of named units lists, or null */
  codes: string[] | null;
  /** measures the form asks of every unit beyond its documents' needs (template --also) */
  also: string[];
  /** columns that hold no measure (unknown id, a second column of one measure, no id) */
  strayColumns: { column: number; problem: Pick<FormProblem, 'code' | 'measure' | 'message'> }[];
}

export type HeaderResult = { header: FormHeader; problems: FormProblem[] } | { header: null; problems: FormProblem[] };

export interface FormUnitRow {
  /** 0-based row */
  row: number;
  code: string;
  name: string | null;
  /** the figures read, by measure id, with the cell each came from */
  values: Map<string, { value: MeasureValue; at: string }>;
  /** whether the row holds anything at all in its measure columns */
  filled: boolean;
}

const ID = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** `lz.xlsx!填报表!D9` for a 0-based row and column; `lz.csv!D9` for a CSV. */
export function cellAt(file: FormFile, sheet: GridSheet, row: number, column: number): string {
  const cell = `${columnLetter(column + 1)}${row + 1}`;
  return sheet.name === null ? `${file.file}!${cell}` : `${file.file}!${sheet.name}!${cell}`;
}

function cellText(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

/** Nothing typed: a formula counts as something, even without a stored result. */
function isEmpty(cell: GridCell | undefined): boolean {
  return cell?.formula !== true && cellText(cell) === '';
}

const problem = (
  at: string,
  row: number,
  column: number,
  code: FormProblemCode,
  text: Message,
  extra: Partial<Pick<FormProblem, 'unit' | 'measure' | 'severity' | 'slip'>> = {},
): FormProblem => ({
  at,
  unit: extra.unit ?? null,
  measure: extra.measure ?? null,
  code,
  message: text,
  severity: extra.severity ?? 'error',
  row,
  column,
  ...(extra.slip ? { slip: extra.slip } : {}),
});

/** The row of ids: the first with a `code` cell and at least one cell that reads as a measure id. */
function idRowOf(sheet: GridSheet): { row: number; codeColumn: number } | null {
  for (let r = 0; r < sheet.rows.length; r += 1) {
    const cells = sheet.rows[r] ?? [];
    const texts = Array.from(cells, (cell) => cellText(cell));
    const codeColumn = texts.findIndex((t) => t.toLowerCase() === FORM_WORDS.codeKey);
    if (codeColumn >= 0 && texts.some((t) => ID.test(t))) return { row: r, codeColumn };
  }
  return null;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function labelled(sheet: GridSheet, above: number, labels: readonly string[]): { text: string; cell: GridCell; row: number; column: number } | null {
  for (let r = 0; r < above; r += 1) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      if (!labels.includes(cellText(cells[c]))) continue;
      for (let v = c + 1; v < cells.length; v += 1) {
        if (!isEmpty(cells[v])) return { text: cellText(cells[v]), cell: cells[v]!, row: r, column: v };
      }
    }
  }
  return null;
}

/** Finds the form in a file: its sheet, its header, and the period and area it names. */
export function formHeader(file: FormFile, ctx: FormContext): HeaderResult {
  const found = file.sheets.flatMap((sheet) => {
    const at = idRowOf(sheet);
    return at ? [{ sheet, ...at }] : [];
  });
  if (found.length === 0) return { header: null, problems: [problem(file.file, -1, -1, 'not-a-form', message('notAForm'))] };
  if (found.length > 1) {
    const names = found.map((f) => f.sheet.name ?? '');
    return { header: null, problems: [problem(file.file, -1, -1, 'several-forms', message('severalForms', names))] };
  }
  const { sheet, row: idRow, codeColumn } = found[0]!;
  const problems: FormProblem[] = [];
  const ids = sheet.rows[idRow] ?? [];
  const at = (r: number, c: number) => cellAt(file, sheet, r, c);

  let nameColumn: number | null = null;
  const columns: FormColumnAt[] = [];
  const strayColumns: FormHeader['strayColumns'] = [];
  const seen = new Map<string, number>();
  const known = [...ctx.measures.keys()];
  const width = Math.max(ids.length, ...sheet.rows.slice(idRow + 1).map((r) => r?.length ?? 0));
  for (let c = 0; c < width; c += 1) {
    if (c === codeColumn) continue;
    const text = cellText(ids[c]);
    const lowered = text.toLowerCase();
    if (lowered === FORM_WORDS.nameKey) {
      nameColumn = c;
      continue;
    }
    if (lowered === 'level') continue;
    const def = ctx.measures.get(text);
    if (def) {
      const first = seen.get(text);
      if (first === undefined) {
        seen.set(text, c);
        columns.push({ column: c, def });
      } else {
        strayColumns.push({ column: c, problem: { code: 'duplicate-column', measure: text, message: message('duplicateColumn', text, columnLetter(first + 1)) } });
      }
      continue;
    }
    const why = text === '' ? message('noIdColumn') : message('unknownColumn', text, didYouMean(text, known));
    strayColumns.push({ column: c, problem: { code: 'unknown-column', measure: null, message: why } });
  }

  // a stray column matters when it holds something: its figures cannot go anywhere
  for (const stray of strayColumns) {
    const filled = sheet.rows.slice(idRow + 1).some((r) => !isEmpty(r?.[stray.column]));
    if (!filled && cellText(ids[stray.column]) === '') continue;
    problems.push({ at: at(idRow, stray.column), row: idRow, column: stray.column, unit: null, severity: filled ? 'error' : 'warning', ...stray.problem });
  }

  let period: FormHeader['period'] = null;
  const periodCell = labelled(sheet, idRow, [FORM_WORDS.period.zh, FORM_WORDS.period.en]);
  if (periodCell) {
    const value = periodCell.cell.value;
    // a spreadsheet that took 2025-06 for a date keeps the month
    const text = value instanceof Date ? value.toISOString().slice(0, 7) : periodCell.text;
    if (PERIOD.test(text)) period = { value: text, at: at(periodCell.row, periodCell.column) };
    else problems.push(problem(at(periodCell.row, periodCell.column), periodCell.row, periodCell.column, 'bad-period', message('badPeriodCell', periodCell.text)));
  }
  const areaCell = labelled(sheet, idRow, [FORM_WORDS.area.zh, FORM_WORDS.area.en]);
  const area = areaCell ? (/^\d{2,6}/.exec(areaCell.text)?.[0] ?? null) : null;
  const unitsCell = labelled(sheet, idRow, [FORM_WORDS.units.zh, FORM_WORDS.units.en]);
  const codes = unitsCell ? unitsCell.text.split(/[,，\s]+/).filter((c) => /^\d{6}$/.test(c)) : null;
  const alsoCell = labelled(sheet, idRow, [FORM_WORDS.also.zh, FORM_WORDS.also.en]);
  const also = alsoCell ? alsoCell.text.split(/[,，\s]+/).filter((id) => ctx.measures.has(id)) : [];

  return {
    header: { file, sheet, idRow, codeColumn, nameColumn, columns, period, area, codes, also, strayColumns },
    problems,
  };
}

function codeOf(cell: GridCell | undefined): string {
  const v = cell?.value;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return cellText(cell);
}

/** Reads one cell as a figure of `def`; a problem says why it is none. */
function figureOf(
  cell: GridCell,
  def: MeasureDef,
  ctx: FormContext,
  report: (code: FormProblemCode, text: Message, slip?: FormProblem['slip']) => void,
): MeasureValue | undefined {
  const v = cell.value;
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    report('not-a-figure', message('errorCell', v.error));
    return undefined;
  }
  if (v instanceof Date) {
    report('not-a-figure', message('dateCell', v.toISOString().slice(0, 10)));
    return undefined;
  }
  if (v === null) {
    report('not-a-figure', message('formulaWithoutResult'));
    return undefined;
  }
  let value: number | boolean;
  if (def.type === 'boolean') {
    if (typeof v === 'boolean') return v;
    const text = String(v).trim();
    const lowered = text.toLowerCase();
    // 是/否 (and yes/no) are the form's own words for a yes/no measure, whatever its language
    if (lowered === FORM_WORDS.yes.zh || lowered === FORM_WORDS.yes.en) return true;
    if (lowered === FORM_WORDS.no.zh || lowered === FORM_WORDS.no.en) return false;
    const reading = readFigureText(text, def);
    if (reading.kind === 'figure') return reading.value;
    if (reading.kind === 'slip') {
      report('slip', message('slip', text, reading.slips, reading.suggestion, true), { kinds: reading.slips, suggestion: reading.suggestion });
    } else {
      report('not-a-figure', message('notYesNo', text));
    }
    return undefined;
  }
  if (typeof v === 'boolean') {
    report('not-a-figure', message('booleanForNumber', v));
    return undefined;
  }
  if (typeof v === 'number') {
    if (cell.numFmt?.includes('%')) {
      // 55% typed into a cell is stored as 0.55 under a percent format
      const meant = shiftDecimal(String(v), 2);
      report('slip', message('percentFormat', v, meant), { kinds: ['percent-sign'], suggestion: meant });
      return undefined;
    }
    value = v;
  } else {
    const reading = readFigureText(v, def);
    if (reading.kind === 'empty') return undefined;
    if (reading.kind === 'unreadable') {
      report('not-a-figure', message('notAFigure', v.trim()));
      return undefined;
    }
    if (reading.kind === 'slip') {
      report('slip', message('slip', v.trim(), reading.slips, reading.suggestion, true), { kinds: reading.slips, suggestion: reading.suggestion });
      return undefined;
    }
    value = reading.value;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (value < 0) {
    report('negative', message('cellNegative', value));
    return undefined;
  }
  if (def.type === 'integer' && !Number.isInteger(value)) {
    report('not-integer', message('cellNotInteger', value));
    return undefined;
  }
  return value;
}

export interface RowScope {
  /** the measures a unit of the form is asked for; null for a code that is not one of the form's units */
  asked: (code: string) => ReadonlySet<string> | null;
  /** why a code is not one of the form's units: outside the area, or reporting nothing */
  outside: (code: string) => Message;
  /** the units whose name a row carries, for a suggestion when its code is wrong */
  byName: ReadonlyMap<string, string>;
}

export interface RowsResult {
  rows: FormUnitRow[];
  problems: FormProblem[];
  /** codes whose rows have an error: they are not written */
  refused: Set<string>;
}

/** Reads the unit rows under the header: every figure checked, every problem at its cell. */
export function formRows(header: FormHeader, ctx: FormContext, scope: RowScope): RowsResult {
  const { file, sheet, idRow, codeColumn, nameColumn, columns } = header;
  const problems: FormProblem[] = [];
  const rows: FormUnitRow[] = [];
  const refused = new Set<string>();
  const firstRow = new Map<string, number>();
  const at = (r: number, c: number) => cellAt(file, sheet, r, c);
  const strays = header.strayColumns.map((s) => s.column);

  for (let r = idRow + 1; r < sheet.rows.length; r += 1) {
    const cells = sheet.rows[r] ?? [];
    const code = codeOf(cells[codeColumn]);
    const name = nameColumn === null ? null : cellText(cells[nameColumn]) || null;
    const filledColumns = columns.filter((c) => !isEmpty(cells[c.column]));
    const strayFilled = strays.filter((c) => !isEmpty(cells[c]));
    if (code === '' && filledColumns.length === 0 && strayFilled.length === 0) continue;
    if (code === '') {
      problems.push(problem(at(r, codeColumn), r, codeColumn, 'missing-code', message('missingCode', name)));
      continue;
    }
    const division = ctx.divisions.get(code);
    const unitLabel = division ? `${code} ${division.name}` : name ? `${code} ${name}` : code;
    const rowProblem = (c: number, code_: FormProblemCode, text: Message, extra: Parameters<typeof problem>[5] = {}) =>
      problems.push(problem(at(r, c), r, c, code_, text, { unit: unitLabel, ...extra }));

    if (!/^\d{6}$/.test(code)) {
      rowProblem(codeColumn, 'bad-code', message('cellBadCode', code));
      continue;
    }
    if (!division) {
      rowProblem(codeColumn, 'unknown-unit', message('cellUnknownUnit', code, name ? (scope.byName.get(name) ?? null) : null));
      continue;
    }
    const asked = scope.asked(code);
    if (!asked) {
      rowProblem(codeColumn, 'outside-area', scope.outside(code));
      continue;
    }
    const first = firstRow.get(code);
    if (first !== undefined) {
      rowProblem(codeColumn, 'duplicate-unit', message('duplicateUnit', code, first + 1));
      refused.add(code);
      continue;
    }
    firstRow.set(code, r);
    if (name !== null && name.replace(/\s+/g, '') !== division.name && !name.replace(/\s+/g, '').endsWith(division.name)) {
      rowProblem(nameColumn!, 'name-mismatch', message('cellNameMismatch', name, code, division.name), { severity: 'warning' });
    }

    let bad = false;
    for (const c of strayFilled) {
      rowProblem(c, 'unknown-column', message('strayFigure'));
      bad = true;
    }
    const values = new Map<string, { value: MeasureValue; at: string }>();
    for (const { column, def } of filledColumns) {
      const cell = cells[column]!;
      const report = (code_: FormProblemCode, text: Message, slip?: FormProblem['slip']) => {
        rowProblem(column, code_, text, { measure: def.id, ...(slip ? { slip } : {}) });
        bad = true;
      };
      if (!asked.has(def.id)) {
        report('not-asked', message('notAsked', division.level));
        continue;
      }
      const value = figureOf(cell, def, ctx, report);
      if (value !== undefined) values.set(def.id, { value, at: at(r, column) });
    }
    // a part above its whole, checked as the validator checks a file (the registry's partOf)
    for (const [id, { value }] of values) {
      const def = ctx.measures.get(id)!;
      if (def.partOf === undefined) continue;
      const whole = values.get(def.partOf);
      if (typeof value === 'number' && whole && typeof whole.value === 'number' && value > whole.value) {
        const column = columns.find((c) => c.def.id === id)!.column;
        rowProblem(column, 'part-exceeds-whole', message('cellPartExceedsWhole', value, def.partOf, whole.value, whole.at), { measure: id });
        bad = true;
      }
    }
    if (bad) refused.add(code);
    rows.push({ row: r, code, name, values, filled: filledColumns.length > 0 });
  }
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { rows, problems, refused };
}
