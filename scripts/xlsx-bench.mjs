// Times the Excel workbook for a synthetic province: UNITS counties × PERIODS months × TARGETS targets,
// each statistics file holding MEASURES measures.
//   npm run build && node scripts/xlsx-bench.mjs [units=80] [periods=18] [targets=40] [measures=targets]
//   node scripts/xlsx-bench.mjs 2850 12 12 60      (about the national benchmark set)
// Prints the time and peak memory of writing the workbook (the context is built before the clock starts).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [units = 80, periods = 18, targets = 40, measureCount = targets] = process.argv.slice(2).map(Number);
const modulePath = process.env.XLSX_MODULE ?? new URL('../dist/report/xlsx.js', import.meta.url).href;
const { writeWorkbookFile } = await import(modulePath.startsWith('/') ? pathToFileURL(modulePath).href : modulePath);

const UNITS = ['percent', 'm2-per-100-households', 'count', 'households', 'boolean'];
const months = Array.from({ length: periods }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const doc = {
  id: 'bench-province',
  title: { zh: '某省基本养老服务体系建设实施方案（测试）', en: 'Benchmark province plan' },
  issuer: '某省人民政府办公厅',
  number: null,
  issued: '2023-06-01',
  area: { prefix: '52', code: '520000', name: '某省' },
  source: 'bench.txt',
  notes: [],
  indicators: [],
  file: 'bench.yaml',
  targets: Array.from({ length: targets }, (_, j) => {
    const unit = UNITS[j % UNITS.length];
    return {
      id: `bench-province/indicator-${j + 1}`,
      document: 'bench-province',
      indicator: { zh: `第${j + 1}项考核指标（测试用较长的中文名称）`, en: `indicator ${j + 1}` },
      formula: { numerator: [`sample.measure_${j}`], ...(unit === 'percent' ? { denominator: [`sample.total_${j}`], scale: 100 } : {}) },
      unit,
      clause: `二(${j % 9})${j}`,
      quote: '到2025年，全省……（测试引文）'.repeat(3),
      rule: unit === 'boolean' ? { comparator: '==', threshold: true } : { comparator: '>=', threshold: unit === 'percent' ? 60 : 20 },
      deadline: { type: 'date', date: '2025-12-31' },
      scope: { type: 'each-county' },
      kind: 'level',
    };
  }),
};
const STATUSES = ['met', 'on-track', 'at-risk', 'off-track', 'pending', 'missed', 'no-data'];
const results = [];
const reports = [];
for (let i = 0; i < units; i++) {
  const code = `${String(11 + Math.floor(i / 400)).padStart(2, '0')}${String(1 + Math.floor((i % 400) / 20)).padStart(2, '0')}${String(1 + (i % 20)).padStart(2, '0')}`;
  const unit = { code, name: `测试县${i + 1}`, level: 'county' };
  for (const period of months) {
    const measures = {};
    for (let j = 0; j < measureCount; j++) measures[`sample.measure_${j}`] = (i + j) % 7 === 0 ? 12.5 : i * 10 + j;
    reports.push({ file: `data/${period}/${code}.yaml`, code, name: unit.name, level: 'county', period, measures, positions: {} });
  }
  doc.targets.forEach((t, j) => {
    const bool = t.unit === 'boolean';
    const value = bool ? j % 2 === 0 : 10 + ((i * j) % 50);
    results.push({
      target: t.id, document: doc.id, unit, aggregate: false, period: months.at(-1), status: STATUSES[(i + j) % 7], value,
      rule: t.rule, deadline: '2025-12-31', flags: j % 5 === 0 ? ['low-confidence'] : [],
      trend: { observations: periods, pace: 0.3, requiredPace: 0.5, projected: 55, paceRatio: 0.6 },
      source: { file: `data/${months.at(-1)}/${code}.yaml`, line: 5 + j },
      gap: bool ? null : 3, progress: 90, monthsLeft: 6, since: null, metLate: null, missingUnits: [], missingMeasures: [],
      history: months.map((p, k) => ({ period: p, value: bool ? value : value * (0.5 + k / (2 * periods)) })),
    });
  });
}
const ctx = {
  evaluation: { asOf: '2025-06-30', results, indicative: [] },
  problems: [], documents: [doc], reports, measures: new Map(), lang: 'zh', color: false,
  tool: { name: 'care-check', version: 'bench' }, failOn: ['missed'], unreported: {}, baseline: false, gone: [],
};

const dir = await mkdtemp(join(tmpdir(), 'xlsx-bench-'));
const file = join(dir, 'bench.xlsx');
const before = process.memoryUsage().rss;
let peak = before;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const cpu0 = process.cpuUsage();
const start = performance.now();
await writeWorkbookFile(ctx, file);
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);
const { size } = await stat(file);
console.log(
  `${units} units × ${periods} periods × ${targets} targets: ${results.length} results, ${reports.length} files → ` +
    `${(size / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (${(before / 2 ** 20).toFixed(0)} MiB before)`,
);
await rm(dir, { recursive: true, force: true });
