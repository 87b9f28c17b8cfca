import { resolve } from 'node:path';
import { localize } from '../i18n/index.js';
import { EXIT } from '../shared/errors.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import { loadReports } from '../load/reports.js';
import { inputPaths } from './input-paths.js';
import { formatProblem } from '../report/problem-text.js';
import { jsonProblem } from '../report/json.js';
import { printableJson } from '../report/printable.js';
import { problemOrder } from '../report/order.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { loadCatalog } from '../load/catalog.js';
import { listFormat } from './policies-options.js';
import { fitToTerminal } from './terminal-width.js';
import { parseJobs } from './jobs-option.js';
import type { Problem } from '../shared/problem.js';

/** `care-check validate [PATH...]`: only the input checks. Exit 0 without an error, 2 with one. */
export async function runValidate(paths: string[], raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const t = localize(COMMAND_TEXT, lang);
  const format = listFormat(raw['format'], 'validate', lang);
  const jobs = parseJobs(raw['jobs'], lang);

  const catalog = await loadCatalog((raw['policies'] as string[] | undefined) ?? [], io.cwd);
  const loaded = await loadReports(inputPaths(paths, 'validate', lang, io.cwd), {
    cwd: io.cwd,
    divisions: catalog.divisions,
    measures: catalog.measures,
    jobs,
  });
  const problems: Problem[] = [...catalog.problems, ...loaded.problems].sort(problemOrder(lang));
  const errors = problems.filter((p) => p.severity === 'error');

  const failed = new Set(errors.map((p) => resolve(io.cwd, p.file)));
  const files = loaded.files.length;
  const valid = loaded.files.filter((f) => !failed.has(resolve(io.cwd, f))).length;

  if (format === 'json') {
    const json = {
      files,
      valid,
      problems: problems.map((p) => jsonProblem(p, lang)),
    };
    io.stdout.write(`${printableJson(JSON.stringify(json, null, 2))}\n`);
  } else {
    for (const problem of problems) io.stdout.write(`${fitToTerminal(formatProblem(problem, lang, { warningPrefix: true }), io)}\n`);
    io.stdout.write(`${fitToTerminal(t.validateSummary(files, valid, errors.length, problems.length - errors.length), io)}\n`);
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}
