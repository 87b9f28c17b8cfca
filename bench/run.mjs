// The benchmark (`npm run bench`): care-check at national scale, measured as ratios against a strict
// floor run in the same rounds, so that a busy machine still gives a stable answer.
//
//   node bench/run.mjs [--runs N] [--scattered-runs N] [--sizes-runs N] [--small-runs N] [--set DIR]
//                      [--only start-up,scattered,sizes,national,growth] [--write|--no-write]
//
//   --runs N            rounds on the national set (default 3)
//   --scattered-runs N  rounds on the scattered set (default 5)
//   --sizes-runs N      rounds of each size of the worker break-even (default 5)
//   --small-runs N      rounds of the start-up commands (default 21: one run is a few tens of ms on a noisy machine)
//   --set DIR           measure this folder instead of the national set (no RESULTS.md unless --write)
//   --only GROUPS       run only these groups (RESULTS.md is not written unless --write)
//   --no-write          print the tables only
//
// The strict floor (bench/floor.mjs) reads and parses the same files the plainest way: synchronous
// reads, yaml's parseDocument, one loop, one process. Each round runs every command of its group
// once, in the same order; a ratio is the median of the rounds' ratios, a time the median of its
// runs. CPU time (user + system, every thread) and peak memory come from process.resourceUsage()
// at exit (bench/usage-hook.mjs).
//
// The machine is shared, so each figure says how quiet it was: the 1-minute load average of its
// runs; for the floor (one thread), whether its clock time stayed within 10 % of its CPU time;
// for a run with K workers, the cores K threads could get just before it (bench/cores-probe.cjs):
// a wall time of K workers means what it says only when that is close to K.
// How cost grows with the set: the growth group runs bench/growth.mjs last (1×, 2×, 4×, 8× the national
// set, one round: about 20 of the bench's 30 minutes on a quiet 2-core machine, and 1.2 GB of disk
// while it runs); `--only start-up,scattered,sizes,national` leaves it out.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AS_OF, NATIONAL_DIR, SETS, ensureNational } from './generate-national.mjs';
import {
  BIN, OUT, QUIET_WALL_PER_CPU, ROOT, cpu, log, loadRange, machine, machineTable, mainCpu, markdownTable, median, peakMiB, perRound, rounds as measureRounds, timed, wall,
  writeResultsBlock,
} from './measure.mjs';
import { PARALLEL_MIN_FILES } from '../dist/load/parallel/sizes.js';
import { build, isStale } from '../scripts/build.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'scattered-runs': { type: 'string', default: '5' },
    'sizes-runs': { type: 'string', default: '5' },
    'small-runs': { type: 'string', default: '21' },
    set: { type: 'string' },
    only: { type: 'string' },
    write: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const GROUPS = ['start-up', 'scattered', 'sizes', 'national', 'growth'];
const only = args.only ? args.only.split(',') : GROUPS;
const unknownGroup = only.find((g) => !GROUPS.includes(g));
if (unknownGroup !== undefined) throw new Error(`--only: "${unknownGroup}" is not one of ${GROUPS.join(', ')}`);
const wants = (group) => only.includes(group);

const nationalRuns = Math.max(1, Number(args.runs));
const scatteredRuns = Math.max(1, Number(args['scattered-runs']));
const sizesRuns = Math.max(1, Number(args['sizes-runs']));
const smallRuns = Math.max(1, Number(args['small-runs']));
const ONE_FILE_CODE = '450202';
/** Sizes of the break-even curve: files of one month of the national set. */
const SIZES = [100, 200, 400, 800, 1600, 3200];
/** A run with K workers counts as quiet when K threads could get at least this share of K cores just before it. */
const QUIET_CORES = 0.9;

if (isStale()) {
  log('building dist/ …');
  build({ quiet: true });
}
mkdirSync(OUT, { recursive: true });
const startLoad = loadavg();
const cores = availableParallelism();
const node = process.execPath;
const setDir = args.set ? resolve(args.set) : ensureNational(NATIONAL_DIR, { log }).dir;
const scatteredDir = wants('scattered') ? ensureNational(SETS.scattered.dir, { log, set: 'scattered' }).dir : null;
const shown = (dir) => relative(ROOT, dir) || '.';
const fmt = (x, digits = 2) => x.toFixed(digits);

function countYaml(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) n++;
  return n;
}
function findOne(dir, code) {
  const periods = readdirSync(dir).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
  for (const period of periods.reverse()) {
    const file = join(dir, period, `${code}.yaml`);
    if (existsSync(file)) return file;
  }
  throw new Error(`no file of ${code} in ${dir}`);
}

const check = (id, dir, extra = []) => ({ id, argv: [node, BIN, 'check', dir, '--as-of', AS_OF, '--format', 'json', ...extra], ok: [0, 1] });
const floor = (id, dir) => ({ id, argv: [node, join(ROOT, 'bench', 'floor.mjs'), dir], ok: [0] });
const jobsOf = (command) => {
  const at = command.argv.indexOf('--jobs');
  return at >= 0 ? Number(command.argv[at + 1]) : cores;
};

/** The cores `threads` threads can get now (bench/cores-probe.cjs). */
function probe(threads) {
  const id = `probe-${threads}`;
  timed({ id, argv: [node, '--jitless', join(ROOT, 'bench', 'cores-probe.cjs'), String(threads)], ok: [0] }, { usage: false });
  return JSON.parse(readFileSync(join(OUT, `${id}.stdout`), 'utf8')).cores;
}

/**
 * The rounds of bench/measure.mjs, where a command that runs with workers is preceded by a probe of
 * the cores its workers could get, kept with its sample.
 */
function rounds(commands, count, options = {}) {
  return measureRounds(commands, count, {
    ...options,
    before: (command) => {
      const workers = command.workers ? jobsOf(command) : 0;
      const available = workers >= 2 ? probe(workers) : null;
      return { workers, available, note: available !== null ? `  cores available ${available}/${workers}` : '' };
    },
  });
}
const withWorkers = (command) => ({ ...command, workers: true });

/** A wall time's quiet rounds: for workers, those whose probe found nearly K cores; for one thread, those whose clock kept to its CPU. */
function quietOf(samples, floorSamples) {
  return samples.map((s, i) => (s.workers >= 2 ? s.available >= QUIET_CORES * s.workers : floorSamples[i].seconds <= QUIET_WALL_PER_CPU * floorSamples[i].cpu));
}
const availableRange = (samples) => {
  const a = samples.map((s) => s.available).filter((x) => x !== null);
  return a.length === 0 ? '' : `${fmt(Math.min(...a), 1)}–${fmt(Math.max(...a), 1)} of ${samples[0].workers} cores`;
};

// ------------------------------------------------------------------ the runs

let s = null;
if (wants('start-up')) {
  log(`start-up: ${smallRuns} rounds`);
  const small = [
    { id: 'node-e-0', argv: [node, '-e', '0'], ok: [0] },
    { id: 'version', argv: [node, BIN, '--version'], ok: [0] },
    { id: 'one-file', argv: [node, BIN, 'check', findOne(setDir, ONE_FILE_CODE), '--as-of', AS_OF, '--format', 'json'], ok: [0, 1] },
  ];
  s = rounds(small, smallRuns, { usage: false, warmup: small.map((c) => c.id), label: 'start-up ' });
}

let sc = null;
const scatteredCount = scatteredDir === null ? 0 : countYaml(scatteredDir);
if (scatteredDir !== null) {
  log(`${shown(scatteredDir)} (${scatteredCount} files): ${scatteredRuns} rounds`);
  const scattered = [floor('sc-floor', scatteredDir), check('sc-jobs-1', scatteredDir, ['--jobs', '1']), withWorkers(check('sc-default', scatteredDir))];
  sc = rounds(scattered, scatteredRuns, { warmup: ['sc-floor'], label: 'scattered ' });
}

let sizes = null;
if (wants('sizes') && cores >= 2) {
  log(`break-even: ${SIZES.join(', ')} files, --jobs 1 against --jobs ${cores}, ${sizesRuns} rounds`);
  sizes = breakEven();
}

/** Folders of 100 … 3200 files (hard links into the national set's last month); each size timed with and without workers. */
function breakEven() {
  const month = readdirSync(NATIONAL_DIR).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort().at(-1);
  const names = readdirSync(join(NATIONAL_DIR, month)).filter((f) => f.endsWith('.yaml')).sort();
  const base = join(OUT, 'sizes');
  rmSync(base, { recursive: true, force: true });
  const commands = [];
  for (const size of SIZES.filter((k) => k <= names.length)) {
    const dir = join(base, String(size), month);
    mkdirSync(dir, { recursive: true });
    for (const name of names.slice(0, size)) linkSync(join(NATIONAL_DIR, month, name), join(dir, name));
    commands.push(check(`size-${size}-1`, join(base, String(size)), ['--jobs', '1']));
    commands.push(withWorkers(check(`size-${size}-${cores}`, join(base, String(size)), ['--jobs', String(cores)])));
  }
  try {
    return rounds(commands, sizesRuns, { label: 'sizes ' });
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/** The worker counts measured on the national set: 1 (no worker), 2, and every core. */
const workerCounts = [...new Set([1, Math.min(2, cores), cores])].sort((a, b) => a - b);
const top = workerCounts.at(-1);
const fileCount = countYaml(setDir);
let n = null;
if (wants('national')) {
  const xlsxPath = join(OUT, 'national.xlsx');
  const htmlPath = join(OUT, 'national.html');
  log(`${shown(setDir)} (${fileCount} files): ${nationalRuns} rounds`);
  const national = [
    floor('floor', setDir),
    ...workerCounts.map((k) => (k === 1 ? check('jobs-1', setDir, ['--jobs', '1']) : withWorkers(check(`jobs-${k}`, setDir, ['--jobs', String(k)])))),
    withWorkers(check('xlsx', setDir, ['--xlsx', xlsxPath])),
    // the HTML report: ECharts loaded, a chart per whole-area target and per unit target needing action (up to 200)
    withWorkers(check('html', setDir, ['--out', `html=${htmlPath}`])),
  ];
  n = rounds(national, nationalRuns, { warmup: ['floor'], label: 'national ' });
  rmSync(xlsxPath, { force: true });
  rmSync(htmlPath, { force: true });
}

// ------------------------------------------------------------------ the measures

const ratio = (a, b, count, f = (x) => x.seconds) => perRound(count, (i) => f(a[i]) / f(b[i]));
const cpuOf = (x) => x.cpu;

/** A row: the median ratio over all rounds, and over the quiet ones when some were not. */
function row(measure, samples, base, count, { goal = null, f = (x) => x.seconds, quiet = null, kind = 'wall' } = {}) {
  const all = ratio(samples, base, count, f);
  const q = quiet ?? samples.map(() => true);
  const quietIdx = q.flatMap((ok, i) => (ok ? [i] : []));
  const quietRatio = quietIdx.length > 0 ? median(quietIdx.map((i) => f(samples[i]) / f(base[i]))) : null;
  const t = kind === 'cpu' ? cpu(samples) : wall(samples);
  const b = kind === 'cpu' ? cpu(base) : wall(base);
  const judged = goal === null ? '' : (quietRatio ?? all) <= goal ? 'pass' : 'FAIL';
  const quietCell = kind === 'cpu' ? '' : `${quietIdx.length} of ${count}${quietRatio !== null && quietIdx.length < count ? ` (${fmt(quietRatio)})` : ''}`;
  const context = [loadRange(samples), availableRange(samples)].filter((x) => x !== '').join('; ');
  return [measure, fmt(t, 3), fmt(b, 3), fmt(all), goal === null ? '' : `≤ ${fmt(goal, 1)}`, judged, quietCell, context];
}

const rows = [];
if (n !== null) {
  const floorQuiet = quietOf(n.floor, n.floor);
  rows.push(row('check --jobs 1 ÷ strict floor, CPU time (national)', n['jobs-1'], n.floor, nationalRuns, { goal: 1.5, f: cpuOf, kind: 'cpu' }));
  rows.push(row('check --jobs 1 ÷ strict floor, wall time (national)', n['jobs-1'], n.floor, nationalRuns, { quiet: floorQuiet }));
  if (top >= 2) {
    rows.push(row(`check --jobs ${top} ÷ strict floor (one core), wall time (national)`, n[`jobs-${top}`], n.floor, nationalRuns,
      { goal: 1.0, quiet: quietOf(n[`jobs-${top}`], n.floor).map((ok, i) => ok && floorQuiet[i]) }));
  }
}
if (sc !== null) {
  const scQuiet = quietOf(sc['sc-floor'], sc['sc-floor']);
  rows.push(row('check --jobs 1 ÷ strict floor, CPU time (scattered)', sc['sc-jobs-1'], sc['sc-floor'], scatteredRuns, { goal: 1.5, f: cpuOf, kind: 'cpu' }));
  rows.push(row('check --jobs 1 ÷ strict floor, wall time (scattered)', sc['sc-jobs-1'], sc['sc-floor'], scatteredRuns, { quiet: scQuiet }));
  rows.push(row(`check (default: ${cores} cores) ÷ strict floor, wall time (scattered)`, sc['sc-default'], sc['sc-floor'], scatteredRuns,
    { quiet: quietOf(sc['sc-default'], sc['sc-floor']).map((ok, i) => ok && scQuiet[i]) }));
}
if (n !== null) {
  const added = perRound(nationalRuns, (i) => (n.xlsx[i].seconds - n[`jobs-${top}`][i].seconds) / n[`jobs-${top}`][i].seconds);
  rows.push([`workbook added: (check --xlsx − check --jobs ${top}) ÷ check --jobs ${top}`, fmt(wall(n.xlsx), 3), fmt(wall(n[`jobs-${top}`]), 3), fmt(added),
    '≤ 1.0', added <= 1 ? 'pass' : 'FAIL', '', loadRange(n.xlsx)]);
  const html = perRound(nationalRuns, (i) => (n.html[i].seconds - n[`jobs-${top}`][i].seconds) / n[`jobs-${top}`][i].seconds);
  rows.push([`HTML report added: (check --out html= − check --jobs ${top}) ÷ check --jobs ${top}`, fmt(wall(n.html), 3), fmt(wall(n[`jobs-${top}`]), 3), fmt(html),
    '≤ 1.0', html <= 1 ? 'pass' : 'FAIL', '', loadRange(n.html)]);
}
if (s !== null) {
  rows.push(row('care-check --version ÷ node -e 0', s.version, s['node-e-0'], smallRuns, { goal: 2.0 }));
  rows.push(row('care-check check (one file) ÷ node -e 0', s['one-file'], s['node-e-0'], smallRuns, { goal: 2.0 }));
}
if (n !== null) {
  const peak = peakMiB(n.xlsx);
  rows.push([`peak memory, check --xlsx (national, ${cores} workers)`, `${fmt(peak, 0)} MiB`, `json: ${fmt(peakMiB(n[`jobs-${top}`]), 0)} MiB`, '', '< 1024 MiB',
    peak < 1024 ? 'pass' : 'FAIL', '', loadRange(n.xlsx)]);
}

/**
 * The worker curve: measured for each worker count run; on paper for more workers by Amdahl's law
 * on the measured CPU times of the run with the most workers: with K free cores, T(K) = S + W / K,
 * S the main thread's CPU time (start-up, the folder walk, handing out the batches and receiving
 * the results, evaluation, the report: what stays serial) and W the rest (the workers', their
 * start-up, cold code and sending of results included, and V8's background threads). S is on the
 * slow side: the main thread receives results while the workers work. A time on paper is a time
 * on free cores, so it is set against the floor's and --jobs 1's CPU time (their clock time on a
 * core of their own), never against their clock time on a busy machine.
 */
function workerCurve() {
  const floorWall = wall(n.floor);
  const one = n['jobs-1'];
  const body = workerCounts.map((k) => {
    const samples = n[`jobs-${k}`];
    const main = mainCpu(samples);
    return [
      k === 1 ? '1 (--jobs 1: no worker)' : `${k} (--jobs ${k})`, 'measured', fmt(wall(samples), 1), fmt(cpu(samples), 1), main === null ? '' : fmt(main, 1),
      fmt(peakMiB(samples), 0), fmt(wall(samples) / floorWall), fmt(wall(one) / wall(samples)), k === 1 ? '' : availableRange(samples), loadRange(samples),
    ];
  });
  let model = 'one core: no curve';
  const S = top >= 2 ? mainCpu(n[`jobs-${top}`]) : null;
  if (S !== null) {
    const W = cpu(n[`jobs-${top}`]) - S;
    for (const k of [2, 4, 8].filter((x) => x >= top)) {
      const t = S + W / k;
      body.push([`${k}`, 'on paper', fmt(t, 1), '', '', '', `${fmt(t / cpu(n.floor))} (of its CPU)`, `${fmt(cpu(one) / t)} (of its CPU)`, `${k} free`, '']);
    }
    model = `On paper: T(K) = S + W / K with K free cores, from the --jobs ${top} runs: S = ${fmt(S, 1)} s (the main thread's CPU time), ` +
      `W = ${fmt(W, 1)} s (the rest of the run's CPU time)`;
  }
  return {
    table: markdownTable(['workers', '', 'wall s', 'CPU s', 'main thread CPU s', 'peak MiB', 'wall ÷ strict floor', 'speed-up', 'cores available', 'load'], body),
    model,
  };
}

function breakEvenTable() {
  let at = null;
  const body = SIZES.filter((size) => sizes[`size-${size}-1`]).map((size) => {
    const one = sizes[`size-${size}-1`];
    const many = sizes[`size-${size}-${cores}`];
    const r = ratio(many, one, sizesRuns);
    const c = ratio(many, one, sizesRuns, cpuOf);
    if (at === null && r < 1) at = size;
    return [String(size), fmt(wall(one), 3), fmt(wall(many), 3), fmt(r), fmt(c), availableRange(many), loadRange([...one, ...many])];
  });
  return {
    table: markdownTable(['files', '--jobs 1 wall s', `--jobs ${cores} wall s`, 'wall ratio', 'CPU ratio', 'cores available', 'load'], body),
    at,
  };
}

const m = machine(startLoad);
const exits = (samples) => [...new Set(samples.map((x) => x.status))].join(',');
const parts = [
  markdownTable(['measure', 'median s', 'baseline s', 'ratio', 'goal', 'result', 'quiet rounds', 'load; cores available'], rows),
  '',
  `A ratio is the median over rounds; a wall-time goal is judged on the quiet rounds when there are some (their median in brackets),
else on all. Quiet: for one thread, its clock time within 10 % of its CPU time; for K workers, K threads got at least ${QUIET_CORES} K
cores just before (bench/cores-probe.cjs). Load: the 1-minute load average when each run started.`,
];
if (n !== null || sc !== null) {
  parts.push('', `Sets: ${n !== null ? `\`${shown(setDir)}\`, ${fileCount} files, ${nationalRuns} rounds (after one warm-up of the floor)` : ''}` +
    `${n !== null && sc !== null ? '; ' : ''}${sc !== null ? `\`${shown(scatteredDir)}\`, ${scatteredCount} files (1,500 units from all over the country, most outside every plan's area, × 3 months), ${scatteredRuns} rounds` : ''}; as-of ${AS_OF}.` +
    `${n !== null ? ` Exit codes: check ${exits(n['jobs-1'])}.` : ''}`);
}
if (n !== null) {
  const curve = workerCurve();
  parts.push('', `Worker curve (national set; wall ÷ the strict floor's ${fmt(wall(n.floor), 1)} s on one core; speed-up against --jobs 1):`, '', curve.table, '', `${curve.model}.`);
}
if (sizes !== null) {
  const even = breakEvenTable();
  parts.push('', `Break-even (files of one month; --jobs ${cores} ÷ --jobs 1, median of ${sizesRuns} rounds): workers were quicker from ` +
    `${even.at ?? '(none of these sizes)'} files; without --jobs, a run starts workers from ${PARALLEL_MIN_FILES} files (src/load/parallel/sizes.ts).`, '', even.table);
}
const text = `${parts.join('\n')}\n`;
process.stdout.write(`\n${text}\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory}; node ${m.node}; load ${m.load}\n`);

const complete = only.length === GROUPS.length && !args.set;
if (!args['no-write'] && (args.write || complete)) writeResultsBlock('bench', `${text}\n${machineTable(m)}`);

// How cost grows: bench/growth.mjs prints its table (and writes its own block of RESULTS.md when this
// run writes its own).
if (wants('growth') && !args.set) {
  const written = !args['no-write'] && (args.write || complete);
  const growth = spawnSync(process.execPath, [fileURLToPath(new URL('./growth.mjs', import.meta.url)), '--rounds', '1', ...(written ? [] : ['--no-write'])], { stdio: 'inherit' });
  if (growth.status !== 0) process.exitCode = growth.status ?? 1;
}
