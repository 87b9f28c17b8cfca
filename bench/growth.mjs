// How the cost of a check grows with the set: 1×, 2×, 4× and 8× the national set, as 12, 24, 48 and
// 96 months of every unit (bench/generate-national.mjs, set `growth`: 308,448 files, about 1.2 GB on
// disk; deleted afterwards unless --keep). Each size is checked with workers (the default) and
// with --jobs 1; time, CPU time and peak memory per file show whether growth is linear.
//
//   node bench/growth.mjs [--factors 1,2,4,8] [--variants default,jobs-1] [--rounds N] [--keep] [--no-write]
//
// --variants jobs-1 runs only the one-thread check (half the time, on a busy machine).
// --rounds N runs every size N times, the sizes interleaved (1×, 2×, 4×, 8×, 1×, 2×, …), and
// takes the medians: one run per size, each at its own load, once made 2× look 2.7 times as dear
// as 1× on a shared machine (bench/RESULTS.md, How cost grows).
//
// One round of both variants takes about 20 minutes on a quiet 2-core machine (the check's CPU
// time is about 1 ms a file: 15 × 38,556 files a variant). Writes its own block of bench/RESULTS.md.
import { readdirSync, rmSync, statfsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AS_OF, SETS, ensureNational } from './generate-national.mjs';
import { BIN, cpu, loadRange, log, machine, machineTable, markdownTable, peakMiB, rounds, wall, writeResultsBlock } from './measure.mjs';
import { build, isStale } from '../scripts/build.mjs';

const { values: args } = parseArgs({
  options: {
    factors: { type: 'string', default: '1,2,4,8' },
    variants: { type: 'string', default: 'default,jobs-1' },
    keep: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const roundCount = Math.max(1, Number(args.rounds));
const factors = args.factors.split(',').map(Number).filter((k) => Number.isInteger(k) && k >= 1 && k <= 8);
const GROWTH = SETS.growth.dir;
const variants = args.variants.split(',');
if (!variants.every((v) => v === 'default' || v === 'jobs-1') || variants.length === 0) throw new Error('--variants: default, jobs-1 or both');

if (isStale()) {
  log('building dist/ …');
  build({ quiet: true });
}
const startLoad = loadavg();
const free = (() => {
  const s = statfsSync(join(GROWTH, '..'));
  return (s.bavail * s.bsize) / 1024 ** 3;
})();
log(`free disk: ${free.toFixed(1)} GiB (the set takes about 1.2 GiB)`);
if (free < 3) throw new Error('less than 3 GiB free: not generating the growth set');
ensureNational(GROWTH, { log, set: 'growth' });
const months = readdirSync(GROWTH).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
const cores = availableParallelism();
const node = process.execPath;

const results = [];
try {
  // every size's commands in one list: rounds() runs them in turn, round after round
  const commands = [];
  const sizes = [];
  for (const k of factors) {
    const folders = months.slice(-12 * k).map((m) => join(GROWTH, m));
    const files = folders.reduce((sum, dir) => sum + readdirSync(dir).filter((f) => f.endsWith('.yaml')).length, 0);
    const check = (id, extra) => ({ id, argv: [node, BIN, 'check', ...folders, '--as-of', AS_OF, '--format', 'json', ...extra], ok: [0, 1] });
    log(`${k}×: ${folders.length} months, ${files} files`);
    if (variants.includes('default')) commands.push(check(`growth-${k}-default`, []));
    if (variants.includes('jobs-1')) commands.push(check(`growth-${k}-jobs-1`, ['--jobs', '1']));
    sizes.push({ k, files, months: folders.length });
  }
  const samples = rounds(commands, roundCount);
  for (const { k, files, months: count } of sizes) {
    results.push({ k, files, months: count, workers: samples[`growth-${k}-default`] ?? null, one: samples[`growth-${k}-jobs-1`] ?? null });
  }
} finally {
  if (!args.keep) {
    rmSync(GROWTH, { recursive: true, force: true });
    log(`removed ${GROWTH}`);
  }
}

const fmt = (x, digits = 1) => x.toFixed(digits);
const perFile = (seconds, files) => fmt((seconds * 1e6) / files, 0);
const or = (samples, f) => (samples === null ? '' : f(samples));
const body = results.map(({ k, files, months: count, workers, one }) => [
  `${k}×`, String(files), String(count),
  or(workers, (w) => fmt(wall(w))), or(workers, (w) => fmt(cpu(w))), or(workers, (w) => fmt(peakMiB(w), 0)), or(workers, (w) => perFile(wall(w), files)),
  or(one, (o) => fmt(wall(o))), or(one, (o) => fmt(cpu(o))), or(one, (o) => fmt(peakMiB(o), 0)), or(one, (o) => perFile(cpu(o), files)),
  [workers, one].filter((x) => x !== null).map((x) => loadRange(x)).join(' / '),
]);

/** Least-squares line y = a + b·x through the points. */
function fit(points) {
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const b = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return { a: my - b * mx, b };
}
let summary = '';
if (results.length >= 2) {
  const cpuOf = (r) => cpu(r.one ?? r.workers);
  const memOf = (r) => peakMiB(r.workers ?? r.one);
  const which = variants.includes('jobs-1') ? '--jobs 1' : 'workers';
  const memWhich = variants.includes('default') ? 'workers' : '--jobs 1';
  const cpuFit = fit(results.map((r) => ({ x: r.files, y: cpuOf(r) })));
  const memFit = fit(results.map((r) => ({ x: r.files, y: memOf(r) })));
  const worst = Math.max(...results.map((r) => Math.abs(cpuOf(r) - (cpuFit.a + cpuFit.b * r.files)) / cpuOf(r)));
  summary = `Least squares over the sizes: CPU time (${which}) = ${fmt(cpuFit.a, 2)} s + ${fmt(cpuFit.b * 1e6, 0)} µs a file ` +
    `(the largest distance of a size from the line: ${fmt(100 * worst, 1)} % of its time); peak memory (${memWhich}) = ` +
    `${fmt(memFit.a, 0)} MiB + ${fmt(memFit.b * 1024, 2)} KiB a file.`;
}
const m = machine(startLoad);
const text = `${markdownTable(
  ['set', 'files', 'months', `wall s (${cores} workers)`, 'CPU s', 'peak MiB', 'µs a file (wall)', 'wall s (--jobs 1)', 'CPU s', 'peak MiB', 'µs a file (CPU)', 'load (1 min)'],
  body,
)}

${summary}

Command: \`node bench/growth.mjs --factors ${factors.join(',')} --variants ${variants.join(',')} --rounds ${roundCount}\`; ${roundCount} run(s) of each (\`check MONTH-FOLDERS… --as-of ${AS_OF} --format json\`),
the sizes interleaved round by round, the run with workers first; a time is the median of its runs, the peak memory the largest. A k× set is the last 12·k months of every unit of the division table (the national set is 12).
`;
process.stdout.write(`\n${text}\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory}; node ${m.node}; load ${m.load}\n`);
if (!args['no-write']) writeResultsBlock('growth', `${text}\n${machineTable(m)}`);
