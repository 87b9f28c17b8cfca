import { resolve } from 'node:path';
import { localize } from '../i18n/index.js';
import { CareCheckError, EXIT } from '../shared/errors.js';
import type { Io } from '../shared/io.js';
import type { GlobalOptions } from './globals.js';
import { runChecks } from '../core/check.js';
import { loadReports } from '../load/reports.js';
import { loadBaseline } from '../load/baseline.js';
import { inputPaths } from './input-paths.js';
import { futureProblems, unusableProblems } from './run-problems.js';
import type { ReportContext } from '../report/context.js';
import { FORMATS, fileContent, renderText } from '../report/index.js';
import { OutputSet, resolveTargets } from '../output/atomic-write.js';
import { OUTPUT_TEXT } from '../i18n/output.js';
import { oneLine } from '../report/printable.js';
import { formatProblem } from '../report/problem-text.js';
import { OPTION_TEXT } from '../i18n/options.js';
import { loadCatalog } from '../load/catalog.js';
import { useColor } from './color.js';
import { parseCheckOptions } from './check-options.js';
import { toolInfo } from '../load/tool-info.js';
import { terminalColumns } from './terminal-width.js';
import type { Problem } from '../shared/problem.js';

/** Reads (catalog, statistics files, baseline), lets core/check decide, prints and writes. Returns the exit code. */
export async function runCheck(paths: string[], raw: Record<string, unknown>, globals: GlobalOptions, io: Io): Promise<number> {
  const { lang } = globals;
  const opts = parseCheckOptions(raw, lang, io.now());
  // Two outputs to one file are refused before anything is read.
  const targets = resolveTargets(opts.outs.map((o) => o.path), io.cwd, localize(OUTPUT_TEXT, lang));

  const catalog = await loadCatalog(opts.policyDirs, io.cwd);
  if (opts.only !== null) {
    const known = catalog.documents.map((d) => d.id);
    const unknown = opts.only.find((id) => !known.includes(id));
    if (unknown !== undefined) throw new CareCheckError('usage', localize(OPTION_TEXT, lang).unknownDocument(unknown, known));
  }
  const loaded = await loadReports(inputPaths(paths, 'check', lang, io.cwd), {
    cwd: io.cwd,
    divisions: catalog.divisions,
    measures: catalog.measures,
    jobs: opts.jobs,
  });
  const baseline = opts.baseline === null ? null : await loadBaseline(resolve(io.cwd, opts.baseline));

  const outcome = runChecks({
    documents: catalog.documents,
    only: opts.only,
    reports: loaded.reports,
    divisions: catalog.divisions,
    measures: catalog.measures,
    asOf: opts.asOf,
    thresholds: opts.thresholds,
    units: opts.units,
    statuses: opts.statuses,
    failOn: opts.failOn,
    baseline: baseline !== null && baseline.entries.length > 0 ? baseline.entries : null,
  });
  const problems: Problem[] = [
    ...catalog.problems,
    ...loaded.problems,
    ...futureProblems(outcome.future, opts.asOf),
    ...unusableProblems(outcome.evaluation.unusable),
    ...(baseline?.problems ?? []).map((p) => ({ ...p, file: opts.baseline ?? p.file })),
  ];

  const width = terminalColumns(io);
  const ctx: ReportContext = {
    evaluation: outcome.evaluation,
    problems,
    documents: outcome.documents,
    reports: outcome.shownReports,
    measures: catalog.measures,
    lang,
    // only the terminal table has colour
    color: FORMATS[opts.format].color && (await useColor(io, globals.color)),
    tool: toolInfo(),
    failOn: opts.failOn,
    unreported: outcome.unreported,
    baseline: outcome.compared,
    gone: outcome.gone,
    scope: { only: opts.only, units: opts.units, statuses: opts.statuses, filesRead: outcome.reports.length },
    ...(width !== undefined ? { width } : {}),
  };

  io.stdout.write(await renderText(opts.format, ctx));
  if (opts.format !== 'table') {
    for (const problem of problems) io.stderr.write(`${formatProblem(problem, lang)}\n`);
  }

  // Every file this run read is an input, and no report is written over one.
  const inputs = [...loaded.files, ...catalog.files, ...(opts.baseline !== null ? [opts.baseline] : [])];
  const outputs = new OutputSet({ cwd: io.cwd, messages: localize(OUTPUT_TEXT, lang), inputs, streams: { stdout: io.stdout, stderr: io.stderr } });
  const refusals: CareCheckError[] = [];
  for (const [index, out] of opts.outs.entries()) {
    try {
      await outputs.write(targets[index]!, await fileContent(out.format, ctx));
    } catch (error) {
      if (!(error instanceof CareCheckError)) {
        outputs.discard();
        throw error;
      }
      refusals.push(error);
    }
  }
  // All of them put in place together, once each is whole.
  refusals.push(...(await outputs.commit()));
  for (const refusal of refusals) io.stderr.write(`care-check: ${oneLine(refusal.message)}\n`);
  const outputFailed = refusals.length > 0;

  if (outputFailed || problems.some((p) => p.severity === 'error')) return EXIT.input;
  return outcome.failing > 0 ? EXIT.failing : EXIT.ok;
}
