import { existsSync } from 'node:fs';
import { localize } from '../i18n/index.js';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CareCheckError, EXIT } from '../shared/errors.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import type { Lang, MeasureDef } from '../core/types.js';
import { writeAtomic } from '../output/atomic-write.js';
import { OUTPUT_TEXT } from '../i18n/output.js';
import { formatProblem } from '../report/problem-text.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { FORM_TEXT } from '../i18n/form.js';
import { loadCatalog } from '../load/catalog.js';
import { renderTemplate } from './init-template.js';
import { monthFolder } from './month-folder.js';
import { periodOption } from './period.js';
import { reportingUnits, splitCodes, type ReportingUnit } from './reporting-units.js';
import { schemaFor } from './schema-line.js';
import { fitToTerminal } from './terminal-width.js';

export { schemaReference } from './schema-line.js';

function render(unit: ReportingUnit, period: string, target: string, measures: ReadonlyMap<string, MeasureDef>, lang: Lang): string {
  return renderTemplate({
    unit: unit.division,
    period,
    schema: schemaFor(target),
    documents: unit.documents,
    needed: unit.needed,
    measures,
    lang,
  });
}

/**
 * `care-check init --code CODE[,CODE] | --area CODE [--period YYYY-MM] [--output PATH]`: statistics
 * files to fill in. Values are left empty rather than 0: a figure nobody filled in must fail
 * validation, never pass as a real zero. A figure the unit does not have is deleted, which makes it
 * unknown (no-data). One `--code` writes one file (`--output` names it); several units, or an area,
 * write `<period>/<code>.yaml` under `--output` (a folder, default the working folder), each file
 * that exists already left as it is.
 */
export async function runInit(raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const t = localize(COMMAND_TEXT, lang);
  const f = localize(FORM_TEXT, lang);
  const codes = splitCodes(raw['code'] as string[] | string | undefined);
  const areaCode = typeof raw['area'] === 'string' ? raw['area'] : undefined;
  if (areaCode === undefined && codes.length === 0) throw new CareCheckError('usage', f.noSelection);
  const period = periodOption(raw['period'], io.now(), lang);

  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
  const selected = reportingUnits(catalog, { area: areaCode, codes }, lang);
  const catalogExit = catalog.problems.some((p) => p.severity === 'error') ? EXIT.input : EXIT.ok;
  const given = typeof raw['output'] === 'string' ? raw['output'] : null;

  if (areaCode === undefined && selected.units.length === 1) {
    // One unit: the file is named by --output, as it always was.
    const unit = selected.units[0]!;
    const path = given ?? `${period}/${unit.division.code}.yaml`;
    const target = resolve(io.cwd, path);
    if (existsSync(target)) throw new CareCheckError('output', t.exists(path));
    // the default folder is the tool's own convention, so it is made; a folder the user named must exist
    if (given === null) await mkdir(dirname(target), { recursive: true });
    await writeAtomic(path, render(unit, period, target, catalog.measures, lang), { cwd: io.cwd, messages: localize(OUTPUT_TEXT, lang), inputs: [] });
    io.stdout.write(`${fitToTerminal(t.written(path, unit.needed.length, unit.documents.map((d) => d.id)), io)}\n`);
    return catalogExit;
  }

  const month = monthFolder(io.cwd, given ?? '.', period, lang);
  await mkdir(resolve(io.cwd, month), { recursive: true });
  let written = 0;
  let existing = 0;
  for (const unit of selected.units) {
    const path = `${month}/${unit.division.code}.yaml`;
    const target = resolve(io.cwd, path);
    if (existsSync(target)) {
      existing += 1;
      io.stderr.write(`${f.initExists(path)}\n`);
      continue;
    }
    await writeAtomic(path, render(unit, period, target, catalog.measures, lang), { cwd: io.cwd, messages: localize(OUTPUT_TEXT, lang), inputs: [] });
    written += 1;
    io.stdout.write(`${fitToTerminal(f.initWrote(path, unit.needed.length), io)}\n`);
  }
  if (selected.skipped.length > 0) io.stdout.write(`${fitToTerminal(f.initSkipped(selected.skipped.length), io)}\n`);
  io.stdout.write(`${fitToTerminal(f.initSummary(written, existing, month), io)}\n`);
  return existing > 0 ? EXIT.input : catalogExit;
}
