import { existsSync } from 'node:fs';
import { localize } from '../i18n/index.js';
import { resolve } from 'node:path';
import { CareCheckError, EXIT } from '../shared/errors.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import type { MeasureDef, UnitReport } from '../core/types.js';
import { loadReports } from '../load/reports.js';
import { writeAtomic } from '../output/atomic-write.js';
import { OUTPUT_TEXT } from '../i18n/output.js';
import { buildFormModel } from '../report/form/model.js';
import { formatProblem } from '../report/problem-text.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { FORM_TEXT } from '../i18n/form.js';
import { toolInfo } from '../load/tool-info.js';
import { loadCatalog } from '../load/catalog.js';
import { loadMeasureGroups } from '../load/measures.js';
import { periodOption } from './period.js';
import { measureName } from './policies-describe.js';
import { reportingUnits, splitCodes } from './reporting-units.js';
import { fitToTerminal } from './terminal-width.js';

/** `--also population,staff.caregivers`: measure ids and whole groups, in the registry's order. */
function alsoMeasures(values: readonly string[], measures: ReadonlyMap<string, MeasureDef>, lang: GlobalOptions['lang']): string[] {
  const groups = new Set([...measures.keys()].map((id) => id.slice(0, id.indexOf('.'))));
  const wanted = new Set<string>();
  for (const name of splitCodes(values)) {
    if (measures.has(name)) {
      wanted.add(name);
    } else if (groups.has(name)) {
      for (const id of measures.keys()) if (id.startsWith(`${name}.`)) wanted.add(id);
    } else {
      throw new CareCheckError('usage', localize(FORM_TEXT, lang).unknownAlso(name, didYouMean(name, [...measures.keys(), ...groups])));
    }
  }
  return [...measures.keys()].filter((id) => wanted.has(id));
}

/**
 * `care-check template --area CODE | --code CODE[,CODE] [--period YYYY-MM] [--output FILE.xlsx]
 * [--from DIR] [--also MEASURE|GROUP,…] [--contact TEXT]`: one Excel form for every reporting unit
 * of an area, to send out, fill in and read back with `care-check import`.
 */
export async function runTemplate(raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const t = localize(FORM_TEXT, lang);
  const period = periodOption(raw['period'], io.now(), lang);
  const codes = splitCodes(raw['code'] as string[] | string | undefined);
  const areaCode = typeof raw['area'] === 'string' ? raw['area'] : undefined;

  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
  const selected = reportingUnits(catalog, { area: areaCode, codes }, lang);
  const also = alsoMeasures((raw['also'] as string[] | undefined) ?? [], catalog.measures, lang);

  const path = typeof raw['output'] === 'string' ? raw['output'] : `form-${selected.prefix ?? codes[0]}-${period}.xlsx`;
  if (existsSync(resolve(io.cwd, path))) throw new CareCheckError('output', t.templateExists(path));

  let exit: number = catalog.problems.some((p) => p.severity === 'error') ? EXIT.input : EXIT.ok;
  let previous: UnitReport[] = [];
  const from = typeof raw['from'] === 'string' ? raw['from'] : null;
  if (from !== null) {
    const loaded = await loadReports([from], { cwd: io.cwd, divisions: catalog.divisions, measures: catalog.measures });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    for (const problem of loaded.problems) io.stderr.write(`${formatProblem(problem, lang, { warningPrefix: true })}\n`);
    if (errors.length > 0) {
      io.stderr.write(`${t.fromProblems(errors.length)}\n`);
      exit = EXIT.input;
    }
    previous = loaded.reports;
  }

  const names = new Map([...catalog.measures.keys()].map((id) => [id, measureName(id, catalog.measures, lang)]));
  const model = buildFormModel({
    lang,
    period,
    area: selected.area,
    codes: selected.area ? null : selected.units.map((u) => u.division.code),
    units: selected.units,
    also,
    measures: catalog.measures,
    names,
    groupNames: new Map([...loadMeasureGroups().values()].map((g) => [g.id, g[lang]])),
    previous,
    contact: typeof raw['contact'] === 'string' ? raw['contact'] : null,
    tool: toolInfo(),
  });
  const { formWorkbook } = await import('../report/form/workbook.js');
  const bytes = await formWorkbook(model);
  await writeAtomic(path, bytes, { cwd: io.cwd, messages: localize(OUTPUT_TEXT, lang), inputs: [] });
  io.stdout.write(`${fitToTerminal(t.templateWrote(path, model.rows.length, model.columns.length, model.documents.map((d) => d.id)), io)}\n`);
  return exit;
}
