// Live heap after each step of a check (forced GC), and the peak RSS so far.
//
//   node --expose-gc bench/memory-phases.mjs DIR [OUT.xlsx]
import { loadCatalog } from '../dist/load/catalog.js';
import { loadReports } from '../dist/load/reports.js';
import { evaluate } from '../dist/core/evaluate.js';
import { renderText } from '../dist/report/index.js';
import { unreportedUnits } from '../dist/core/unreported.js';
import { toolInfo } from '../dist/load/tool-info.js';
import { DEFAULT_THRESHOLDS } from '../dist/core/types.js';
const mib = (b) => (b / 2 ** 20).toFixed(0);
const step = (label) => { globalThis.gc(); const m = process.memoryUsage(); console.log(label.padEnd(28), 'live heap', mib(m.heapUsed).padStart(5), 'MiB  rss', mib(m.rss).padStart(5), ' peak rss', (process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(5)); };
step('start');
const catalog = await loadCatalog([], 'en', process.cwd());
step('catalog');
const loaded = await loadReports([process.argv[2]], { cwd: process.cwd(), lang: 'en', divisions: catalog.divisions, measures: catalog.measures });
step(`reports (${loaded.reports.length})`);
const evaluation = evaluate({ documents: catalog.documents, reports: loaded.reports, divisions: catalog.divisions, asOf: '2025-06-30', thresholds: DEFAULT_THRESHOLDS });
step(`evaluate (${evaluation.results.length})`);
const ctx = { evaluation, problems: loaded.problems, documents: catalog.documents, reports: loaded.reports, measures: catalog.measures, lang: 'en', color: false, tool: toolInfo(), failOn: ['missed', 'off-track'], unreported: unreportedUnits(catalog.documents, loaded.reports, catalog.divisions), baseline: false, gone: [] };
let json = await renderText('json', ctx);
step(`json (${mib(json.length)} MiB of text)`);
json = null;
if (process.argv[3]) {
  const { writeWorkbookFile } = await import('../dist/report/xlsx.js');
  await writeWorkbookFile(ctx, process.argv[3]);
  step('xlsx');
}
