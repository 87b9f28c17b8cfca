// The Excel form of `care-check template`: a Form sheet (a row per reporting unit, a column per
// measure, data validation and an input message on every input cell, the unit columns locked),
// an Instructions sheet and a Measures sheet. A few hundred cells: written with exceljs's ordinary
// workbook (loaded here only), which protects sheets and keeps notes and validations together.
import type { Cell, DataValidation, Style, Workbook, Worksheet } from 'exceljs';
import type { Level, MeasureDef } from '../../core/types.js';
import { COMMAND_TEXT, MEASURE_UNIT_TEXT } from '../../i18n/commands.js';
import { FORM_LEVEL_WORDS, FORM_TEXT, FORM_WORDS } from '../../i18n/form.js';
import { joinList, localize, LOCALE_TAGS, type Localized } from '../../i18n/index.js';

type FormText = Localized<typeof FORM_TEXT>;
import { safeText } from '../xlsx/cells.js';
import { displayWidth, sheetName } from '../xlsx/sheet.js';
import type { Feed, FormColumn, FormModel, FormRow } from './model.js';
import { columnLetter } from '../../shared/grid.js';

/** Where things stand on the Form sheet (1-based rows). The import finds them by their content. */
export const FORM_LAYOUT = {
  titleRow: 1,
  metaRow: 2,
  hintRow: 3,
  groupRow: 4,
  nameRow: 5,
  unitRow: 6,
  idRow: 7,
  firstUnitRow: 8,
  /** code, name, level */
  unitColumns: 3,
} as const;

// Excel refuses longer input messages and titles (and LibreOffice keeps them whole): cut to fit.
const MAX_PROMPT_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ERROR = 225;
const MEASURE_WIDTH = 12;

const GREY_TEXT = 'FF595959';
const BORDER = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BOX = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };
const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

const STYLE = {
  title: { font: { bold: true, size: 14 } },
  label: { font: { bold: true, color: { argb: GREY_TEXT } } },
  meta: { font: { bold: true }, numFmt: '@' },
  hint: { font: { italic: true, color: { argb: GREY_TEXT } } },
  band: [
    { font: { bold: true }, fill: solid('FFDDEBF7'), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', shrinkToFit: true } },
    { font: { bold: true }, fill: solid('FFBDD7EE'), border: BOX, alignment: { horizontal: 'center', vertical: 'middle', shrinkToFit: true } },
  ],
  name: { font: { bold: true }, fill: solid('FFF2F2F2'), border: BOX, alignment: { wrapText: true, vertical: 'top', horizontal: 'center' } },
  unit: { font: { color: { argb: GREY_TEXT } }, fill: solid('FFF2F2F2'), border: BOX, alignment: { horizontal: 'center', wrapText: true } },
  id: {
    font: { size: 8, color: { argb: GREY_TEXT } },
    fill: solid('FFF2F2F2'),
    border: { ...BOX, bottom: { style: 'medium' as const, color: { argb: 'FF7F7F7F' } } },
    alignment: { horizontal: 'center', wrapText: true },
  },
  unitCell: { fill: solid('FFF2F2F2'), border: BOX, numFmt: '@', protection: { locked: true } },
  input: { border: BOX, protection: { locked: false } },
  notAsked: { fill: solid('FFD9D9D9'), border: BOX, protection: { locked: true } },
  heading: { font: { bold: true, size: 12 } },
  wrap: { alignment: { wrapText: true, vertical: 'top' } },
  tableHeader: { font: { bold: true }, fill: solid('FFF2F2F2'), border: BOX, alignment: { wrapText: true, vertical: 'top' } },
  tableCell: { border: BOX, alignment: { wrapText: true, vertical: 'top' } },
} satisfies Record<string, Partial<Style> | Partial<Style>[]>;

const INPUT_FORMAT: Record<MeasureDef['type'], string> = { integer: '0', number: 'General', boolean: '@' };

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return `${out}…`;
}

/** Lines joined until the next would not fit in `max` characters. */
function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length > max) return out === '' ? cut(line, max) : out;
    out = next;
  }
  return out;
}

function lastDayOf(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

/** How a place is named in the title and the instructions. */
function whereOf(model: FormModel, t: FormText): string {
  if (model.area) return `${model.area.code.replace(/(00)+$/, '')} ${model.area.name}`;
  return t.namedUnits(model.rows.length);
}

function feedText(feeds: readonly Feed[], t: FormText): string[] {
  return feeds.map((f) => (f.indicative ? `${f.id} ${t.feedMarks.indicative}` : f.wholeArea ? `${f.id} ${t.feedMarks.wholeArea}` : f.id));
}

interface Columns {
  /** the column number of each measure */
  of: Map<string, number>;
}

function measureUnitText(def: MeasureDef, model: FormModel): string {
  return def.type === 'boolean' ? `${FORM_WORDS.yes[model.lang]}/${FORM_WORDS.no[model.lang]}` : MEASURE_UNIT_TEXT[def.unit][model.lang];
}

/** The validation of one input cell: its type, its bounds against its whole and parts, and the input message. */
function validationOf(column: FormColumn, row: FormRow, rowNumber: number, cols: Columns, model: FormModel, t: FormText): DataValidation {
  const { def } = column;
  const lang = model.lang;
  const letter = (id: string) => columnLetter(cols.of.get(id)!);
  const here = `${letter(def.id)}${rowNumber}`;
  const whole = column.whole !== null && row.asked.has(column.whole) ? column.whole : null;
  const parts = column.parts.filter((p) => row.asked.has(p));
  const unit = measureUnitText(def, model);

  const prompt: string[] = [localize(COMMAND_TEXT, lang).measureLine(nameOf(def.id, model), unit)];
  prompt.push(def.type === 'integer' ? t.promptInteger : def.type === 'number' ? t.promptNumber : t.promptBoolean);
  if (whole) prompt.push(t.promptAtMost(nameOf(whole, model), letter(whole)));
  if (parts.length > 0) prompt.push(t.promptAtLeastParts(parts.map(letter)));
  if (def.window === 'since-2021') prompt.push(t.windowSince2021);
  if (def.window === 'year-to-date') prompt.push(t.windowYtd);
  prompt.push(t.promptUnknown);
  const feeds = row.asked.get(def.id) ?? [];
  const feedLine = feeds.length === 0 ? t.promptAlso : t.promptFeeds(feedText(feeds, t));
  const withFeeds = fitLines([...prompt, feedLine], MAX_PROMPT);
  const message = withFeeds.endsWith(feedLine) ? withFeeds : fitLines([...prompt, t.promptManyFeeds(feeds.length, t.sheetMeasures)], MAX_PROMPT);

  const errors = [def.type === 'integer' ? t.errorInteger(unit) : def.type === 'number' ? t.errorNumber(unit) : t.errorBoolean];
  if (whole) errors.push(t.errorAtMost(letter(whole)));
  if (parts.length > 0) errors.push(t.errorAtLeastParts(parts.map(letter)));

  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: cut(def[lang], MAX_PROMPT_TITLE),
    prompt: message,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: cut(t.errorTitle, MAX_PROMPT_TITLE),
    error: fitLines(errors, MAX_ERROR),
  };
  if (def.type === 'boolean') {
    return { ...common, type: 'list', formulae: [`"${FORM_WORDS.yes[lang]},${FORM_WORDS.no[lang]}"`] };
  }
  if (!whole && parts.length === 0) {
    return { ...common, type: def.type === 'integer' ? 'whole' : 'decimal', operator: 'greaterThanOrEqual', formulae: [0] };
  }
  // A part may not exceed its whole, a whole may not fall below a part: one formula for the cell,
  // which Excel re-reads for each row (references relative to the cell).
  const terms = [`ISNUMBER(${here})`, `${here}>=0`];
  if (def.type === 'integer') terms.push(`${here}=INT(${here})`);
  if (whole) {
    const w = `${letter(whole)}${rowNumber}`;
    terms.push(`OR(NOT(ISNUMBER(${w})),${here}<=${w})`);
  }
  for (const part of parts) {
    const p = `${letter(part)}${rowNumber}`;
    terms.push(`OR(NOT(ISNUMBER(${p})),${here}>=${p})`);
  }
  return { ...common, type: 'custom', formulae: [`AND(${terms.join(',')})`] };
}

/** A measure's full name (a part named with its whole in front). */
function nameOf(id: string, model: FormModel): string {
  return model.names.get(id) ?? id;
}

function previousText(value: unknown, model: FormModel): string {
  if (typeof value === 'boolean') return value ? FORM_WORDS.yes[model.lang] : FORM_WORDS.no[model.lang];
  return String(value);
}

function setCell(cell: Cell, value: string | number | null, style: Partial<Style>): void {
  cell.value = typeof value === 'string' ? safeText(value) : value;
  cell.style = style;
}

function writeForm(ws: Worksheet, model: FormModel, t: FormText): void {
  const L = FORM_LAYOUT;
  const lang = model.lang;
  const fixed = L.unitColumns;
  const cols: Columns = { of: new Map(model.columns.map((c, i) => [c.def.id, fixed + 1 + i])) };
  const lastRow = L.firstUnitRow + model.rows.length - 1;

  // widths: names in full, measures wide enough for a few Chinese characters a line
  const nameWidth = Math.max(10, ...model.rows.map((r) => displayWidth(r.division.name) + 2));
  const levelWidth = Math.max(8, ...model.rows.map((r) => displayWidth(FORM_LEVEL_WORDS[r.division.level][lang]) + 2));
  ws.columns = [
    { width: 9 },
    { width: nameWidth },
    { width: levelWidth },
    ...model.columns.map(() => ({ width: MEASURE_WIDTH })),
  ];

  setCell(ws.getCell(L.titleRow, 1), t.formTitle(whereOf(model, t), model.period), STYLE.title);
  ws.getRow(L.titleRow).height = 22;
  setCell(ws.getCell(L.metaRow, 1), FORM_WORDS.period[lang], STYLE.label);
  setCell(ws.getCell(L.metaRow, 2), model.period, STYLE.meta);
  if (model.area) {
    setCell(ws.getCell(L.metaRow, 3), FORM_WORDS.area[lang], STYLE.label);
    setCell(ws.getCell(L.metaRow, 4), `${model.area.code.replace(/(00)+$/, '')} ${model.area.name}`, STYLE.meta);
  } else {
    setCell(ws.getCell(L.metaRow, 3), FORM_WORDS.units[lang], STYLE.label);
    setCell(ws.getCell(L.metaRow, 4), (model.codes ?? []).join(','), STYLE.meta);
  }
  if (model.also.length > 0) {
    setCell(ws.getCell(L.metaRow, 7), FORM_WORDS.also[lang], STYLE.label);
    setCell(ws.getCell(L.metaRow, 8), model.also.join(','), STYLE.meta);
  }
  setCell(ws.getCell(L.hintRow, 1), t.formHint(lastDayOf(model.period), t.sheetInstructions), STYLE.hint);

  // header: the registry's groups as bands, then name, unit and id of each measure
  ws.mergeCells(L.groupRow, 1, L.groupRow, fixed);
  setCell(ws.getCell(L.groupRow, 1), t.unitBand, STYLE.band[0]!);
  const headers: [string, string, string][] = [
    [t.codeHeader, t.nameHeader, t.levelHeader],
  ];
  [L.nameRow, L.unitRow].forEach((row) => {
    for (let c = 1; c <= fixed; c += 1) setCell(ws.getCell(row, c), row === L.nameRow ? headers[0]![c - 1]! : '', row === L.nameRow ? STYLE.name : STYLE.unit);
  });
  setCell(ws.getCell(L.idRow, 1), FORM_WORDS.codeKey, STYLE.id);
  setCell(ws.getCell(L.idRow, 2), FORM_WORDS.nameKey, STYLE.id);
  setCell(ws.getCell(L.idRow, 3), 'level', STYLE.id);

  let bandStart = fixed + 1;
  let band = 0;
  model.columns.forEach((column, i) => {
    const c = fixed + 1 + i;
    setCell(ws.getCell(L.nameRow, c), column.def[lang], STYLE.name);
    const window = column.def.window === 'year-to-date' ? ` · ${t.windowYtd}` : '';
    setCell(ws.getCell(L.unitRow, c), measureUnitText(column.def, model) + window, STYLE.unit);
    setCell(ws.getCell(L.idRow, c), column.def.id, STYLE.id);
    const next = model.columns[i + 1];
    if (!next || next.group !== column.group) {
      if (c > bandStart) ws.mergeCells(L.groupRow, bandStart, L.groupRow, c);
      setCell(ws.getCell(L.groupRow, bandStart), column.groupName, STYLE.band[band % 2]!);
      band += 1;
      bandStart = c + 1;
    }
  });
  const tallestName = Math.max(...model.columns.map((c) => displayWidth(c.def[lang])));
  ws.getRow(L.nameRow).height = Math.min(120, 15 * Math.ceil(tallestName / (MEASURE_WIDTH - 1)) + 4);
  const tallestId = Math.max(...model.columns.map((c) => c.def.id.length));
  ws.getRow(L.idRow).height = Math.min(60, 11 * Math.ceil((tallestId * 0.8) / (MEASURE_WIDTH - 1)) + 3);

  // one row per unit
  model.rows.forEach((row, i) => {
    const r = L.firstUnitRow + i;
    setCell(ws.getCell(r, 1), row.division.code, STYLE.unitCell);
    setCell(ws.getCell(r, 2), row.division.name, STYLE.unitCell);
    setCell(ws.getCell(r, 3), FORM_LEVEL_WORDS[row.division.level][lang], STYLE.unitCell);
    for (const column of model.columns) {
      const cell = ws.getCell(r, cols.of.get(column.def.id)!);
      if (!row.asked.has(column.def.id)) {
        cell.style = STYLE.notAsked;
        continue;
      }
      cell.style = { ...STYLE.input, numFmt: INPUT_FORMAT[column.def.type] };
      cell.dataValidation = validationOf(column, row, r, cols, model, t);
      const before = row.previous?.values[column.def.id];
      if (row.previous && before !== undefined) cell.note = t.previousNote(row.previous.period, previousText(before, model));
    }
  });

  // what validation cannot catch (a pasted value, a whole changed after its part): coloured
  let priority = 1;
  for (const column of model.columns) {
    const c = cols.of.get(column.def.id)!;
    const letter = columnLetter(c);
    const first = `${letter}${L.firstUnitRow}`;
    const ref = `${first}:${letter}${lastRow}`;
    const wrong: string[] = [];
    if (column.def.type === 'boolean') {
      wrong.push(`AND(${first}<>"",${first}<>"${FORM_WORDS.yes[lang]}",${first}<>"${FORM_WORDS.no[lang]}")`);
    } else {
      wrong.push(`ISTEXT(${first})`);
    }
    ws.addConditionalFormatting({
      ref,
      rules: [{ type: 'expression', priority: priority++, formulae: wrong, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } } }],
    });
    const exceeds: string[] = [];
    if (column.whole !== null) {
      const w = `${columnLetter(cols.of.get(column.whole)!)}${L.firstUnitRow}`;
      exceeds.push(`AND(ISNUMBER(${first}),ISNUMBER(${w}),${first}>${w})`);
    }
    for (const part of column.parts) {
      const p = `${columnLetter(cols.of.get(part)!)}${L.firstUnitRow}`;
      exceeds.push(`AND(ISNUMBER(${first}),ISNUMBER(${p}),${p}>${first})`);
    }
    if (exceeds.length > 0) {
      ws.addConditionalFormatting({
        ref,
        rules: [{
          type: 'expression',
          priority: priority++,
          formulae: [exceeds.length === 1 ? exceeds[0]! : `OR(${exceeds.join(',')})`],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } },
        }],
      });
    }
  }

  ws.views = [{ state: 'frozen', xSplit: fixed, ySplit: L.idRow, topLeftCell: `${columnLetter(fixed + 1)}${L.firstUnitRow}`, activeCell: `${columnLetter(fixed + 1)}${L.firstUnitRow}` }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: false,
    scale: 70,
    pageOrder: 'overThenDown',
    printTitlesRow: `${L.groupRow}:${L.idRow}`,
    printTitlesColumn: `A:${columnLetter(fixed)}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&L${t.formTitle(whereOf(model, t), model.period).replace(/&/g, '&&')}&R&P / &N` };
}

function rowHeight(text: string, widthChars: number, lineHeight = 15): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / widthChars)), 0);
  return lines * lineHeight + 4;
}

function writeInstructions(ws: Worksheet, model: FormModel, t: FormText, names: { form: string; measures: string }): void {
  const lang = model.lang;
  const width = 110;
  ws.columns = [{ width: 5 }, { width }];
  const where = whereOf(model, t);
  setCell(ws.getCell(1, 1), t.instructionsTitle(t.formTitle(where, model.period)), STYLE.title);
  ws.getRow(1).height = 22;
  const counts = new Map<Level, number>();
  for (const row of model.rows) counts.set(row.division.level, (counts.get(row.division.level) ?? 0) + 1);
  const levels = (['county', 'city', 'province'] as const)
    .filter((l) => counts.has(l))
    .map((l) => t.levelCount(l, counts.get(l) ?? 0));
  const levelList = joinList(lang, levels);
  const lines = t.instructions({
    tool: `${model.tool.name} ${model.tool.version}`,
    where,
    period: model.period,
    lastDay: lastDayOf(model.period),
    form: names.form,
    measures: names.measures,
    idRow: FORM_LAYOUT.idRow,
    levels: levelList,
    contact: model.contact ?? t.defaultContact(model.area?.name ?? null),
    previous: model.rows.some((r) => r.previous !== null),
  });
  let r = 3;
  lines.forEach((line, i) => {
    setCell(ws.getCell(r, 1), `${i + 1}.`, { ...STYLE.wrap, alignment: { vertical: 'top', horizontal: 'right' } });
    setCell(ws.getCell(r, 2), line, STYLE.wrap);
    ws.getRow(r).height = rowHeight(line, width - 2);
    r += 1;
  });
  r += 1;
  setCell(ws.getCell(r, 2), t.documentsHeading, STYLE.heading);
  r += 1;
  for (const d of model.documents) {
    const text = [d.id, d.title[lang], d.number ?? ''].filter((p) => p !== '').join('　');
    setCell(ws.getCell(r, 2), text, STYLE.wrap);
    ws.getRow(r).height = rowHeight(text, width - 2);
    r += 1;
  }
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
}

function writeMeasures(ws: Worksheet, model: FormModel, t: FormText): void {
  const lang = model.lang;
  const widths = [30, 36, 10, 12, 30, 16, 16, 56];
  ws.columns = widths.map((width) => ({ width }));
  t.measureColumns.forEach((label, i) => setCell(ws.getCell(1, i + 1), label, STYLE.tableHeader));
  model.columns.forEach((column, i) => {
    const { def } = column;
    const r = i + 2;
    const levels = new Set<Level>();
    const feeds = new Map<string, Feed>();
    for (const row of model.rows) {
      const asked = row.asked.get(def.id);
      if (!asked) continue;
      levels.add(row.division.level);
      for (const f of asked) feeds.set(f.id, f);
    }
    const cells = [
      def.id,
      nameOf(def.id, model),
      measureUnitText(def, model),
      def.type === 'integer' ? t.valueInteger : def.type === 'number' ? t.valueNumber : t.valueBoolean,
      def.partOf !== undefined ? t.atMostMeasure(`${nameOf(def.partOf, model)} (${def.partOf})`) : '',
      def.window === 'since-2021' ? t.windowSince2021 : def.window === 'year-to-date' ? t.windowYtd : '',
      joinList(lang, (['county', 'city', 'province'] as const).filter((l) => levels.has(l)).map((l) => FORM_LEVEL_WORDS[l][lang])),
      feeds.size === 0 ? t.promptAlso : feedText([...feeds.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), t).join('\n'),
    ];
    cells.forEach((value, c) => setCell(ws.getCell(r, c + 1), value, STYLE.tableCell));
    ws.getRow(r).height = Math.max(...cells.map((value, c) => rowHeight(value, widths[c]! - 1)));
  });
  const legend = model.columns.length + 3;
  setCell(ws.getCell(legend, 1), t.feedsLegend, { font: { italic: true, color: { argb: GREY_TEXT } } });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** The last day of the period, as the workbook's date: the same form on every run. */
function formDate(period: string): Date {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0));
}

/** The form as .xlsx bytes. */
export async function formWorkbook(model: FormModel): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const t = localize(FORM_TEXT, model.lang);
  const wb: Workbook = new ExcelJS.Workbook();
  const date = formDate(model.period);
  wb.creator = model.tool.name;
  wb.lastModifiedBy = model.tool.name;
  wb.created = date;
  wb.modified = date;
  wb.title = t.formTitle(whereOf(model, t), model.period);
  wb.subject = `${model.tool.name} template ${model.period}`;
  wb.keywords = model.documents.map((d) => d.id).join(' ');
  (wb as unknown as { language: string }).language = LOCALE_TAGS.document[model.lang];

  const used = new Set<string>();
  const names = { form: sheetName(t.sheetForm, used), instructions: sheetName(t.sheetInstructions, used), measures: sheetName(t.sheetMeasures, used) };
  const form = wb.addWorksheet(names.form, { properties: { tabColor: { argb: 'FF5B9BD5' } } });
  writeForm(form, model, t);
  // no password: the lock keeps codes and the header from being typed over by mistake, and an
  // analyst who must change the form can lift it (Review → Unprotect Sheet)
  await form.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: false,
    insertRows: false,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
  writeInstructions(wb.addWorksheet(names.instructions), model, t, names);
  writeMeasures(wb.addWorksheet(names.measures), model, t);
  const bytes = await wb.xlsx.writeBuffer();
  return new Uint8Array(bytes as ArrayBuffer);
}
