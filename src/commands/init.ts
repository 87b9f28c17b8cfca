import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, parse as parsePath, relative, resolve, sep } from 'node:path';
import { CareCheckError, EXIT } from '../errors.js';
import type { Io } from '../io.js';
import type { GlobalOptions } from '../program.js';
import { levelOf } from '../core/levels.js';
import { applies } from '../core/scope.js';
import { schemaPath } from '../load/paths.js';
import { writeAtomic } from '../output/atomic-write.js';
import { formatProblem } from '../validate/format.js';
import { commandText } from '../i18n/commands.js';
import { loadCatalog } from './catalog.js';
import { localDate } from './check-options.js';
import { neededMeasures, renderTemplate } from './init-template.js';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The `$schema=` of the modeline: relative to the written file, so that it survives moving the data
 * folder together with the tool (a project's node_modules), unless the two share nothing but the
 * filesystem root (or a drive), where an absolute path is the one that keeps working.
 */
export function schemaReference(file: string, schema: string): string {
  const from = dirname(file);
  const rel = relative(from, schema);
  const [fromTop] = from.slice(parsePath(from).root.length).split(sep);
  const [schemaTop] = schema.slice(parsePath(schema).root.length).split(sep);
  const shared = parsePath(from).root === parsePath(schema).root && fromTop !== '' && fromTop === schemaTop;
  const chosen = shared && !isAbsolute(rel) ? rel : schema;
  return chosen.split(sep).join('/');
}

/**
 * `care-check init --code CODE [--period YYYY-MM] [--output PATH]`: a statistics file to fill in.
 * Values are left empty rather than 0: a figure nobody filled in must fail validation, never pass
 * as a real zero. A figure the unit does not have is deleted, which makes it unknown (no-data).
 */
export async function runInit(raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const t = commandText(lang);
  const code = String(raw['code'] ?? '');
  if (!/^\d{6}$/.test(code)) throw new CareCheckError('usage', t.badCode(code));
  const period = typeof raw['period'] === 'string' ? raw['period'] : localDate(io.now()).slice(0, 7);
  if (!PERIOD.test(period)) throw new CareCheckError('usage', t.badPeriod(period));

  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], lang, io.cwd);
  for (const problem of catalog.problems) io.stderr.write(`${formatProblem(problem, lang)}\n`);
  const unit = catalog.divisions.get(code);
  if (!unit) throw new CareCheckError('usage', t.unknownCode(code));
  const applying = catalog.documents.filter((d) => applies(d, code));
  if (applying.length === 0) {
    const areas = catalog.documents.map((d) => `${d.area.prefix} ${d.area.name}`);
    throw new CareCheckError('usage', t.noDocument(code, [...new Set(areas)]));
  }
  const level = levelOf(code);
  const needed = neededMeasures(applying, code, level, catalog.measures);
  if (needed.length === 0) throw new CareCheckError('usage', t.noTarget(code, level));

  const given = typeof raw['output'] === 'string' ? raw['output'] : null;
  const path = given ?? `${period}/${code}.yaml`;
  const target = resolve(io.cwd, path);
  if (existsSync(target)) throw new CareCheckError('output', t.exists(path));
  // the default folder is the tool's own convention, so it is made; a folder the user named must exist
  if (given === null) await mkdir(dirname(target), { recursive: true });

  const text = renderTemplate({
    unit,
    period,
    schema: schemaReference(target, schemaPath('unit-report.schema.json')),
    documents: applying,
    needed,
    measures: catalog.measures,
    lang,
  });
  await writeAtomic(path, text, { cwd: io.cwd, lang, inputs: [] });
  io.stdout.write(`${t.written(path, needed.length, applying.map((d) => d.id))}\n`);
  return catalog.problems.some((p) => p.severity === 'error') ? EXIT.input : EXIT.ok;
}
