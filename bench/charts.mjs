// What the two chart engines cost (docs/charts.md quotes this): each case in a fresh Node process,
// the cases interleaved round by round, medians reported with the floor (`node -e 0`) of the same rounds.
//
//   node bench/charts.mjs [--runs N]      (after `npm run build`; default 7 rounds)
//
// Cases: importing the trend-chart module (ECharts not loaded), one chart (ECharts loaded), 200 charts;
// the native-chart writer adding one chart per target to the sample set's workbook.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Math.max(1, Number(args.runs));
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const work = mkdtempSync(join(tmpdir(), 'care-check-bench-charts-'));
const workbook = join(work, 'samples.xlsx');

const made = spawnSync(process.execPath, [join(ROOT, 'bin', 'care-check.js'), 'check', '--as-of', '2025-06-30', '--fail-on', 'never', '--format', 'json', '--xlsx', workbook], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (made.status !== 0) throw new Error(`could not write the sample workbook: ${made.stderr}`);

const spec = (i) => ({
  lang: 'zh',
  title: `liuzhou-2023/nursing-bed-share 护理型床位占比 ${i}`,
  subtitle: '城中区 · 2025-06',
  periods: Array.from({ length: 12 }, (_, k) => `2024-${String(k + 1).padStart(2, '0')}`),
  values: Array.from({ length: 12 }, (_, k) => 40 + k * 0.6 + (i % 5)),
  threshold: 60,
  comparator: '>=',
  deadline: '2025-12-31',
  projected: 52 + (i % 5),
  unit: '%',
  decimals: 1,
  status: ['met', 'on-track', 'at-risk', 'off-track', 'missed'][i % 5],
});

// One native chart per Trends block: the block's first data row against nothing else, categories from
// its header row, read back from the workbook with exceljs so that ranges and caches are the cells'.
const nativeScript = `
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
const { addNativeCharts, rangeRef } = await import(${JSON.stringify(dist('report/xlsx/native-charts/index.js'))});
const bytes = readFileSync(${JSON.stringify(workbook)});
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(bytes);
const ws = wb.getWorksheet('趋势');
const specs = [];
for (let r = 1; r < ws.rowCount; r++) {
  if (ws.getRow(r + 1).getCell(1).value !== '代码') continue;
  const head = ws.getRow(r + 1);
  let last = 3;
  while (head.getCell(last + 1).value) last++;
  const cache = (row) => Array.from({ length: last - 2 }, (_, k) => { const v = ws.getRow(row).getCell(3 + k).value; return typeof v === 'number' ? v : null; });
  specs.push({ sheet: '趋势', from: 'B' + (2 + specs.length * 20), to: 'J' + (19 + specs.length * 20), title: String(ws.getRow(r).getCell(1).value),
    categories: { ref: rangeRef('趋势', { column: 3, row: r + 1 }, { column: last, row: r + 1 }), cache: Array.from({ length: last - 2 }, (_, k) => String(head.getCell(3 + k).value)) },
    series: [{ name: { ref: rangeRef('趋势', { column: 2, row: r + 2 }), cache: String(ws.getRow(r + 2).getCell(2).value) }, values: { ref: rangeRef('趋势', { column: 3, row: r + 2 }, { column: last, row: r + 2 }), cache: cache(r + 2) }, color: '#D67D00' }] });
}
const t0 = performance.now();
const out = await addNativeCharts(bytes, specs);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, charts: specs.length, before: bytes.length, after: out.length }));
`;

const cases = {
  floor: 'process.stdout.write("{}")',
  import: `const t0 = performance.now(); await import(${JSON.stringify(dist('report/html/trend-chart.js'))}); console.log(JSON.stringify({ ms: performance.now() - t0 }));`,
  'one chart': `const t0 = performance.now(); const m = await import(${JSON.stringify(dist('report/html/trend-chart.js'))}); const svg = await m.renderTrendChart(${JSON.stringify(spec(0))}); console.log(JSON.stringify({ ms: performance.now() - t0, bytes: svg.length }));`,
  '200 charts': `const specs = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => spec(i)))}; const t0 = performance.now(); const m = await import(${JSON.stringify(dist('report/html/trend-chart.js'))}); const svgs = await m.renderTrendCharts(specs); console.log(JSON.stringify({ ms: performance.now() - t0, bytes: svgs.reduce((n, s) => n + s.length, 0) }));`,
  'native charts': nativeScript,
};

const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let round = 0; round < runs; round++) {
  for (const [name, code] of Object.entries(cases)) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wall = performance.now() - t0;
    if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`);
    results[name].push({ wall, ...JSON.parse(run.stdout.trim().split('\n').at(-1) || '{}') });
  }
}
rmSync(work, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(results.floor.map((r) => r.wall));
console.log(`${runs} rounds; medians; process wall time includes Node's own start (the floor, node -e: ${floor.toFixed(0)} ms)`);
console.log('| case | process wall (ms) | in-process (ms) | output |');
console.log('|---|---|---|---|');
for (const [name, rows] of Object.entries(results)) {
  if (name === 'floor') continue;
  const inside = rows[0]?.ms === undefined ? '' : median(rows.map((r) => r.ms)).toFixed(0);
  const out = rows[0]?.bytes !== undefined ? `${(median(rows.map((r) => r.bytes)) / 1024).toFixed(0)} KiB SVG` : rows[0]?.charts !== undefined ? `${rows[0].charts} charts, ${(rows[0].before / 1024).toFixed(0)} → ${(rows[0].after / 1024).toFixed(0)} KiB` : '';
  console.log(`| ${name} | ${median(rows.map((r) => r.wall)).toFixed(0)} | ${inside} | ${out} |`);
}
