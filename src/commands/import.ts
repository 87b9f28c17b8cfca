import { statSync } from 'node:fs';
import { localize } from '../i18n/index.js';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CareCheckError, EXIT } from '../shared/errors.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import type { Lang, MeasureDef, MeasureValue, Period } from '../core/types.js';
import { readFormFile } from '../load/form-file.js';
import { syncFileOps } from '../load/file-ops.js';
import { parseYamlText, readYamlFile } from '../load/yaml-file.js';
import { writeAtomic } from '../output/atomic-write.js';
import { OUTPUT_TEXT } from '../i18n/output.js';
import { unitFileText } from '../report/unit-file.js';
import { asProblem, formHeader, formRows, type FormHeader, type FormProblem, type RowScope } from '../validate/form-grid.js';
import { formatProblem } from '../report/problem-text.js';
import { makeProblem, message } from '../shared/problem.js';
import { validateUnitReport } from '../validate/unit-report.js';
import { COMMAND_TEXT, MEASURE_UNIT_TEXT } from '../i18n/commands.js';
import { FORM_WORDS, FORM_TEXT } from '../i18n/form.js';
import { loadCatalog, type Catalog } from '../load/catalog.js';
import { monthFolder } from './month-folder.js';
import { PERIOD } from './period.js';
import { areaPrefix, reportingUnits, type ReportingUnit } from './reporting-units.js';
import { modeline } from './schema-line.js';
import { fitToTerminal } from './terminal-width.js';

/** `lz.xlsx!填报表!D9  450202 城中区  townships.total 乡镇（街道）数（个）  message` */
function problemLine(p: FormProblem, measures: ReadonlyMap<string, MeasureDef>, lang: Lang): string {
  const def = p.measure === null ? undefined : measures.get(p.measure);
  const measure = def
    ? `${def.id} ${localize(COMMAND_TEXT, lang).measureLine(def[lang], def.type === 'boolean' ? `${FORM_WORDS.yes[lang]}/${FORM_WORDS.no[lang]}` : MEASURE_UNIT_TEXT[def.unit][lang])}`
    : p.measure;
  return formatProblem(asProblem(p, measure), lang);
}

/** The units a form is for, as its header names them: the area's, the listed codes, or each row's own. */
function scopeOf(header: FormHeader, catalog: Catalog, lang: Lang): RowScope {
  const asked = new Map<string, ReadonlySet<string>>();
  const byName = new Map<string, string>();
  const add = (units: readonly ReportingUnit[]) => {
    for (const u of units) {
      asked.set(u.division.code, new Set([...u.needed.map((m) => m.def.id), ...header.also]));
      byName.set(u.division.name, u.division.code);
    }
  };
  if (header.area !== null && areaPrefix(header.area) !== null) {
    const selected = reportingUnits(catalog, { area: header.area }, lang);
    add(selected.units);
    const area = `${selected.prefix} ${selected.area?.name ?? ''}`.trim();
    return { asked: (code) => asked.get(code) ?? null, outside: (code) => message('outsideArea', code, area), byName };
  }
  if (header.codes !== null && header.codes.length > 0) {
    add(reportingUnits(catalog, { codes: header.codes }, lang).units);
    const listed = header.codes.join(',');
    return { asked: (code) => asked.get(code) ?? null, outside: (code) => message('outsideArea', code, listed), byName };
  }
  // a CSV with only the header: each row is the unit its code names, if any document asks it for figures
  return {
    asked: (code) => {
      if (!asked.has(code)) {
        try {
          add(reportingUnits(catalog, { codes: [code] }, lang).units);
        } catch {
          return null;
        }
      }
      return asked.get(code) ?? null;
    },
    outside: (code) => message('notReporting', code),
    byName,
  };
}

function sameFigures(a: Readonly<Record<string, MeasureValue>>, b: ReadonlyMap<string, MeasureValue>): boolean {
  const keys = Object.keys(a);
  return keys.length === b.size && keys.every((k) => b.get(k) === a[k]);
}

/** Whether a parsed statistics file holds no figure at all (an `init` file nobody filled in). */
function holdsNoFigure(data: unknown): boolean {
  if (data === null || typeof data !== 'object') return false;
  const measures = (data as Record<string, unknown>)['measures'];
  if (measures === null || measures === undefined) return true;
  if (typeof measures !== 'object') return false;
  return Object.values(measures as Record<string, unknown>).every(
    (group) => group === null || (typeof group === 'object' && Object.values(group as Record<string, unknown>).every((v) => v === null)),
  );
}

type Existing = 'none' | 'same' | 'unfilled' | 'other';

async function existingFile(absolute: string, shown: string, code: string, period: Period, values: ReadonlyMap<string, MeasureValue>, catalog: Catalog, lang: Lang): Promise<Existing> {
  try {
    statSync(absolute);
  } catch {
    return 'none';
  }
  const read = await readYamlFile(absolute, shown, syncFileOps);
  if (!read.source) return 'other';
  const checked = validateUnitReport(read.source, { divisions: catalog.divisions, measures: catalog.measures });
  const report = checked.report;
  if (report && report.code === code && report.period === period && sameFigures(report.measures, values)) return 'same';
  return holdsNoFigure(read.source.data) ? 'unfilled' : 'other';
}

/** The written text must read back as exactly these figures: anything else is a bug of the writer. */
function checkWritten(text: string, path: string, code: string, period: Period, values: ReadonlyMap<string, MeasureValue>, catalog: Catalog, lang: Lang): void {
  const parsed = parseYamlText(text, path);
  const checked = parsed.source ? validateUnitReport(parsed.source, { divisions: catalog.divisions, measures: catalog.measures }) : null;
  const problems = [...parsed.problems, ...(checked?.problems ?? [])].filter((p) => p.severity === 'error');
  const report = checked?.report;
  if (problems.length > 0 || !report || report.code !== code || report.period !== period || !sameFigures(report.measures, values)) {
    const detail = problems.map((p) => formatProblem(p, lang)).join('; ');
    throw new Error(`import made a file that does not read back as the form's figures: ${path}${detail ? ` (${detail})` : ''}`);
  }
}

/**
 * `care-check import FILE.xlsx|FILE.csv [--output DIR] [--period YYYY-MM] [--force]`: a filled form
 * in, one statistics file per unit out (`DIR/YYYY-MM/CODE.yaml`). A unit with a problem in its row is
 * not written; a file that exists with other figures is not overwritten without --force; a file with
 * the same figures is left as it is. Exit 0 when every filled row was written or left, 2 otherwise.
 */
export async function runImport(fileArg: string, raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const t = localize(FORM_TEXT, lang);
  const force = raw['force'] === true;
  const periodOption = typeof raw['period'] === 'string' ? raw['period'] : null;
  if (periodOption !== null && !PERIOD.test(periodOption)) throw new CareCheckError('usage', t.importBadPeriod(periodOption));
  const outputDir = typeof raw['output'] === 'string' ? raw['output'] : '.';

  const absolute = resolve(io.cwd, fileArg);
  // cells are named as the user named the file: `lz.xlsx!填报表!D9`
  const shown = fileArg.split('\\').join('/');
  const read = await readFormFile(absolute, shown);
  if (!read.form) {
    io.stderr.write(`${formatProblem(makeProblem({ file: shown, code: 'unreadable', message: read.problem }), lang)}\n`);
    return EXIT.input;
  }

  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
  const ctx = { measures: catalog.measures, divisions: catalog.divisions };
  const head = formHeader(read.form, ctx);
  const print = (problems: readonly FormProblem[]) => {
    for (const p of problems) io.stdout.write(`${fitToTerminal(problemLine(p, catalog.measures, lang), io)}\n`);
  };
  if (!head.header) {
    print(head.problems);
    return EXIT.input;
  }
  const { header } = head;
  if (periodOption !== null && header.period !== null && header.period.value !== periodOption) {
    throw new CareCheckError('usage', t.importPeriodMismatch(header.period.value, header.period.at, periodOption));
  }
  const period = periodOption ?? header.period?.value ?? null;
  if (period === null) {
    print(head.problems);
    throw new CareCheckError('usage', t.importNoPeriod(shown));
  }

  const { rows, problems, refused } = formRows(header, ctx, scopeOf(header, catalog, lang));
  const allProblems = [...head.problems, ...problems].sort((a, b) => a.row - b.row || a.column - b.column);
  print(allProblems);

  const month = monthFolder(io.cwd, outputDir, period, lang);

  const counts = { written: 0, replaced: 0, unchanged: 0, refused: 0, empty: 0 };
  let made = false;
  for (const row of rows) {
    const division = catalog.divisions.get(row.code)!;
    const unit = `${row.code} ${division.name}`;
    if (refused.has(row.code)) {
      counts.refused += 1;
      const n = allProblems.filter((p) => p.severity === 'error' && p.unit === unit).length;
      io.stdout.write(`${fitToTerminal(t.importRefusedProblems(unit, n), io)}\n`);
      continue;
    }
    if (!row.filled) {
      counts.empty += 1;
      io.stdout.write(`${fitToTerminal(t.importEmptyRow(unit), io)}\n`);
      continue;
    }
    const values = new Map([...row.values].map(([id, v]) => [id, v.value]));
    const path = `${month}/${row.code}.yaml`;
    const target = resolve(io.cwd, path);
    const text = unitFileText({ modeline: modeline(target), code: row.code, name: division.name, period, values, order: catalog.measures.keys() });
    checkWritten(text, path, row.code, period, values, catalog, lang);

    const existing = await existingFile(target, path, row.code, period, values, catalog, lang);
    if (existing === 'same') {
      counts.unchanged += 1;
      io.stdout.write(`${fitToTerminal(t.importUnchanged(path), io)}\n`);
      continue;
    }
    if (existing === 'other' && !force) {
      counts.refused += 1;
      io.stdout.write(`${fitToTerminal(t.importRefusedExisting(path), io)}\n`);
      continue;
    }
    if (!made) {
      await mkdir(resolve(io.cwd, month), { recursive: true });
      made = true;
    }
    await writeAtomic(path, text, { cwd: io.cwd, messages: localize(OUTPUT_TEXT, lang), inputs: [absolute] });
    counts.written += 1;
    if (existing === 'other') counts.replaced += 1;
    const line = existing === 'other' ? t.importReplaced : existing === 'unfilled' ? t.importReplacedEmpty : t.importWritten;
    io.stdout.write(`${fitToTerminal(line(path, values.size), io)}\n`);
  }
  // rows that never became a unit (no code, a code outside the form): refused too
  const unplaced = new Set(allProblems.filter((p) => p.severity === 'error' && ['missing-code', 'bad-code', 'unknown-unit', 'outside-area'].includes(p.code)).map((p) => p.row));
  counts.refused += unplaced.size;

  io.stdout.write(`${fitToTerminal(t.importSummary({ file: shown, period, ...counts }), io)}\n`);
  if (counts.written + counts.unchanged > 0) io.stdout.write(`${fitToTerminal(t.importNext(month), io)}\n`);
  const errors = allProblems.some((p) => p.severity === 'error') || counts.refused > 0;
  const catalogErrors = catalog.problems.some((p) => p.severity === 'error');
  return errors || catalogErrors ? EXIT.input : EXIT.ok;
}
