// CPU time and live heap after each step of a check, in one process (--jobs 1 unless --jobs N):
// where a growing set spends its time and memory. Steps: catalog, load (read, parse, validate),
// runChecks (evaluate, narrow), JSON report, and the workbook when --xlsx OUT.xlsx is given.
// With --expose-gc the live heap is measured after a full collection; the peak RSS is the
// process's so far.
//
//   node --expose-gc bench/cost-phases.mjs [--jobs N] [--xlsx OUT.xlsx] FOLDER…
import { loadCatalog } from '../dist/load/catalog.js';
import { loadReports } from '../dist/load/reports.js';
import { runChecks } from '../dist/core/check.js';
import { renderText } from '../dist/report/index.js';
import { toolInfo } from '../dist/load/tool-info.js';
import { DEFAULT_THRESHOLDS } from '../dist/core/types.js';
import { AS_OF } from './generate-national.mjs';

const argv = process.argv.slice(2);
let jobs = 1;
let xlsx = null;
for (;;) {
  if (argv[0] === '--jobs') jobs = Number(argv[1]);
  else if (argv[0] === '--xlsx') xlsx = argv[1];
  else break;
  argv.splice(0, 2);
}
const mib = (b) => (b / 2 ** 20).toFixed(0);
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let last = cpuMs();
const step = (label) => {
  const now = cpuMs();
  const spent = now - last;
  globalThis.gc?.();
  const m = process.memoryUsage();
  console.log(label.padEnd(30), 'CPU', (spent / 1000).toFixed(2).padStart(7), 's  live heap', mib(m.heapUsed).padStart(5), 'MiB  rss', mib(m.rss).padStart(5), '  peak rss', (process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5));
  last = cpuMs();
};
step('start');
const catalog = await loadCatalog([], process.cwd());
step('catalog');
const loaded = await loadReports(argv, { cwd: process.cwd(), divisions: catalog.divisions, measures: catalog.measures, jobs });
step(`load (${loaded.reports.length} files)`);
const outcome = runChecks({ documents: catalog.documents, only: null, reports: loaded.reports, divisions: catalog.divisions, measures: catalog.measures, asOf: AS_OF, thresholds: DEFAULT_THRESHOLDS, units: null, statuses: null, failOn: ['missed', 'off-track'], baseline: null });
step(`runChecks (${outcome.evaluation.results.length} results)`);
const ctx = { evaluation: outcome.evaluation, problems: loaded.problems, documents: outcome.documents, reports: outcome.shownReports, measures: catalog.measures, lang: 'zh', color: false, tool: toolInfo(), failOn: ['missed', 'off-track'], unreported: outcome.unreported, baseline: false, gone: [], scope: { only: null, units: null, statuses: null, filesRead: outcome.reports.length } };
let json = await renderText('json', ctx);
step(`json (${mib(json.length)} MiB of text)`);
json = null;
if (xlsx !== null) {
  const { writeWorkbookFile } = await import('../dist/report/xlsx.js');
  await writeWorkbookFile(ctx, xlsx);
  step('xlsx');
}
