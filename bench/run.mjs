// The benchmark (`npm run bench`): care-check at national scale, measured as ratios against a strict
// floor run in the same rounds, so that a busy machine still gives a stable answer.
//
//   node bench/run.mjs [--runs N] [--scattered-runs N] [--sizes-runs N] [--small-runs N] [--set DIR] [--write|--no-write]
//
//   --runs N            rounds on the national set (default 3)
//   --scattered-runs N  rounds on the scattered set (default 5)
//   --sizes-runs N      rounds of each size of the worker break-even (default 5; 0 skips it)
//   --small-runs N      rounds of the start-up commands (default 21: one run is a few tens of ms on a noisy machine)
//   --set DIR           measure this folder instead of the national set (no RESULTS.md unless --write)
//   --no-write          print the tables only
//
// The floor (bench/floor.mjs) reads and parses the same files the plainest way: synchronous reads,
// yaml's parseDocument, one loop, one process. Each round runs every command of its group once, in
// the same order; a ratio is the median of the rounds' ratios, a time the median of its runs. CPU
// time (user + system, every thread) and peak memory come from process.resourceUsage() at exit,
// recorded by bench/usage-hook.mjs. The machine is shared: each figure carries the 1-minute load
// average of its runs, and a round counts as quiet when the floor (one thread) got a core to itself
// (its clock time within 10 % of its CPU time). How cost grows with the set: bench/growth.mjs.
import { linkSync, mkdirSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AS_OF, NATIONAL_DIR, SETS, ensureNational } from './generate-national.mjs';
import {
  BIN, OUT, ROOT, cpu, log, loadRange, machine, machineTable, markdownTable, peakMiB, perRound, quietRounds, rounds, wall,
  writeResultsBlock,
} from './measure.mjs';
import { build, isStale } from '../scripts/build.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'scattered-runs': { type: 'string', default: '5' },
    'sizes-runs': { type: 'string', default: '5' },
    'small-runs': { type: 'string', default: '21' },
    set: { type: 'string' },
    write: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const nationalRuns = Math.max(1, Number(args.runs));
const scatteredRuns = Math.max(1, Number(args['scattered-runs']));
const sizesRuns = Math.max(0, Number(args['sizes-runs']));
const smallRuns = Math.max(1, Number(args['small-runs']));
const ONE_FILE_CODE = '450202';
/** Sizes of the break-even curve: files of one month of the national set. */
const SIZES = [50, 100, 200, 400, 800, 1600];

if (isStale()) {
  log('building dist/ …');
  build({ quiet: true });
}
mkdirSync(OUT, { recursive: true });
const startLoad = loadavg();
const cores = availableParallelism();
const setDir = args.set ? resolve(args.set) : ensureNational(NATIONAL_DIR, { log }).dir;
const scatteredDir = ensureNational(SETS.scattered.dir, { log, set: 'scattered' }).dir;
const shown = (dir) => relative(ROOT, dir) || '.';
const xlsxPath = join(OUT, 'national.xlsx');
const node = process.execPath;

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
const fileCount = countYaml(setDir);
const scatteredCount = countYaml(scatteredDir);

const check = (id, dir, extra = []) => ({ id, argv: [node, BIN, 'check', dir, '--as-of', AS_OF, '--format', 'json', ...extra], ok: [0, 1] });
const floor = (id, dir) => ({ id, argv: [node, join(ROOT, 'bench', 'floor.mjs'), dir], ok: [0] });
/** The worker counts measured: 1 (no worker), 2, and every core. */
const workerCounts = [...new Set([1, Math.min(2, cores), cores])].filter((k) => k >= 1).sort((a, b) => a - b);

// ------------------------------------------------------------------ the runs

log(`start-up: ${smallRuns} rounds`);
const small = [
  { id: 'node-e-0', argv: [node, '-e', '0'], ok: [0] },
  { id: 'version', argv: [node, BIN, '--version'], ok: [0] },
  { id: 'one-file', argv: [node, BIN, 'check', findOne(setDir, ONE_FILE_CODE), '--as-of', AS_OF, '--format', 'json'], ok: [0, 1] },
];
const s = rounds(small, smallRuns, { usage: false, warmup: small.map((c) => c.id), label: 'start-up ' });

log(`${shown(scatteredDir)} (${scatteredCount} files): ${scatteredRuns} rounds`);
const scattered = [floor('sc-floor', scatteredDir), check('sc-jobs-1', scatteredDir, ['--jobs', '1']), check('sc-default', scatteredDir)];
const sc = rounds(scattered, scatteredRuns, { warmup: ['sc-floor'], label: 'scattered ' });

let sizes = null;
if (sizesRuns > 0 && cores >= 2) {
  log(`break-even: ${SIZES.join(', ')} files, --jobs 1 against --jobs ${cores}, ${sizesRuns} rounds`);
  sizes = breakEven();
}

log(`${shown(setDir)} (${fileCount} files): ${nationalRuns} rounds`);
const national = [
  floor('floor', setDir),
  ...workerCounts.map((k) => check(`jobs-${k}`, setDir, ['--jobs', String(k)])),
  check('xlsx', setDir, ['--xlsx', xlsxPath]),
];
const n = rounds(national, nationalRuns, { warmup: ['floor'], label: 'national ' });
rmSync(xlsxPath, { force: true });

/** Folders of 50 … 1600 files (hard links into the national set's last month); each size timed with and without workers. */
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
    commands.push(check(`size-${size}-1`, join(base, String(size)), ['--jobs', '1']), check(`size-${size}-${cores}`, join(base, String(size)), ['--jobs', String(cores)]));
  }
  const samples = rounds(commands, sizesRuns, { label: 'sizes ' });
  rmSync(base, { recursive: true, force: true });
  return samples;
}

// ------------------------------------------------------------------ the measures

const ratio = (a, b, count, f = (x) => x.seconds) => perRound(count, (i) => f(a[i]) / f(b[i]));
const cpuOf = (x) => x.cpu;
const top = workerCounts.at(-1);
const quiet = quietRounds(n.floor);
const scQuiet = quietRounds(sc['sc-floor']);
const fmt = (x, digits = 2) => x.toFixed(digits);

const rows = [
  ['check --jobs 1 ÷ strict floor, CPU time (national)', cpu(n['jobs-1']), cpu(n.floor), ratio(n['jobs-1'], n.floor, nationalRuns, cpuOf), 1.5, n['jobs-1']],
  ['check --jobs 1 ÷ strict floor, wall time (national)', wall(n['jobs-1']), wall(n.floor), ratio(n['jobs-1'], n.floor, nationalRuns), null, n['jobs-1']],
  [`check --jobs ${top} ÷ strict floor (one core), wall time (national)`, wall(n[`jobs-${top}`]), wall(n.floor), ratio(n[`jobs-${top}`], n.floor, nationalRuns), top >= 2 ? 1.0 : null, n[`jobs-${top}`]],
  ['check --jobs 1 ÷ strict floor, CPU time (scattered)', cpu(sc['sc-jobs-1']), cpu(sc['sc-floor']), ratio(sc['sc-jobs-1'], sc['sc-floor'], scatteredRuns, cpuOf), 1.5, sc['sc-jobs-1']],
  ['check --jobs 1 ÷ strict floor, wall time (scattered)', wall(sc['sc-jobs-1']), wall(sc['sc-floor']), ratio(sc['sc-jobs-1'], sc['sc-floor'], scatteredRuns), null, sc['sc-jobs-1']],
  [`check (default: ${cores} cores) ÷ strict floor, wall time (scattered)`, wall(sc['sc-default']), wall(sc['sc-floor']), ratio(sc['sc-default'], sc['sc-floor'], scatteredRuns), null, sc['sc-default']],
  [`workbook added: (check --xlsx − check --jobs ${top}) ÷ check --jobs ${top}`, wall(n.xlsx), wall(n[`jobs-${top}`]),
    perRound(nationalRuns, (i) => (n.xlsx[i].seconds - n[`jobs-${top}`][i].seconds) / n[`jobs-${top}`][i].seconds), 1.0, n.xlsx],
  ['care-check --version ÷ node -e 0', wall(s.version), wall(s['node-e-0']), ratio(s.version, s['node-e-0'], smallRuns), 2.0, s.version],
  ['care-check check (one file) ÷ node -e 0', wall(s['one-file']), wall(s['node-e-0']), ratio(s['one-file'], s['node-e-0'], smallRuns), 2.0, s['one-file']],
];
const peakXlsx = peakMiB(n.xlsx);

function ratioTable() {
  const header = ['measure', 'median s', 'baseline s', 'ratio', 'goal', 'result', 'load'];
  const body = rows.map(([measure, time, base, r, goal, samples]) => [
    measure, fmt(time, 3), fmt(base, 3), fmt(r), goal === null ? '' : `≤ ${fmt(goal, 1)}`, goal === null ? '' : r <= goal ? 'pass' : 'FAIL', loadRange(samples),
  ]);
  body.push([`peak memory, check --xlsx (national, ${cores} workers)`, `${fmt(peakXlsx, 0)} MiB`, `json: ${fmt(peakMiB(n[`jobs-${top}`]), 0)} MiB`, '', '< 1024 MiB',
    peakXlsx < 1024 ? 'pass' : 'FAIL', loadRange(n.xlsx)]);
  return markdownTable(header, body);
}

/**
 * The worker curve: measured for each worker count run, and on paper for 4 and 8 by Amdahl's law
 * fitted to the measured walls: T(k) = S + P / k, with S and P by least squares over the measured
 * points (two points: S = 2·T2 − T1, P = 2·(T1 − T2)). S holds whatever did not shrink with more
 * workers (start-up, the folder walk, the main thread's share of receiving the results,
 * evaluation, the report); P the rest. It assumes k free cores and a disk that keeps up.
 */
function workerCurve() {
  const points = workerCounts.map((k) => ({ k, t: wall(n[`jobs-${k}`]) }));
  let S = null;
  let P = null;
  if (points.length >= 2) {
    const xs = points.map((p) => 1 / p.k);
    const ys = points.map((p) => p.t);
    const mx = xs.reduce((a, b) => a + b) / xs.length;
    const my = ys.reduce((a, b) => a + b) / ys.length;
    P = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    S = my - P * mx;
  }
  const floorWall = wall(n.floor);
  const t1 = points[0].t;
  const body = points.map(({ k, t }) => [
    k === 1 ? '1 (no worker: --jobs 1)' : String(k), 'measured', fmt(t, 1), fmt(cpu(n[`jobs-${k}`]), 1), fmt(peakMiB(n[`jobs-${k}`]), 0), fmt(t / floorWall), fmt(t1 / t), loadRange(n[`jobs-${k}`]),
  ]);
  if (S !== null) {
    for (const k of [4, 8].filter((x) => x > cores)) {
      const t = S + P / k;
      body.push([String(k), 'on paper', fmt(t, 1), '', '', fmt(t / floorWall), fmt(t1 / t), '']);
    }
  }
  const model = S === null ? 'one core: no curve' : `T(k) = S + P / k fitted to the measured walls: S = ${fmt(S, 1)} s (what more workers do not shorten), P = ${fmt(P, 1)} s`;
  return { table: markdownTable(['workers', '', 'wall s', 'CPU s', 'peak MiB', 'wall ÷ strict floor', 'speed-up', 'load'], body), model };
}

function breakEvenTable() {
  if (sizes === null) return { table: '(not measured: one core, or --sizes-runs 0)', at: null };
  let at = null;
  const body = SIZES.filter((size) => sizes[`size-${size}-1`]).map((size) => {
    const one = sizes[`size-${size}-1`];
    const many = sizes[`size-${size}-${cores}`];
    const r = ratio(many, one, sizesRuns);
    if (at === null && r < 1) at = size;
    return [String(size), fmt(wall(one), 3), fmt(wall(many), 3), fmt(r), fmt(cpu(one), 3), fmt(cpu(many), 3), loadRange([...one, ...many])];
  });
  return { table: markdownTable(['files', '--jobs 1 wall s', `--jobs ${cores} wall s`, 'ratio', '--jobs 1 CPU s', `--jobs ${cores} CPU s`, 'load'], body), at };
}

const m = machine(startLoad);
const curve = workerCurve();
const even = breakEvenTable();
const exits = (samples) => [...new Set(samples.map((x) => x.status))].join(',');
const text = `${ratioTable()}

Sets: \`${shown(setDir)}\`, ${fileCount} files; \`${shown(scatteredDir)}\`, ${scatteredCount} files (1,500 units from all over the
country, most outside every plan's area, × 3 months); as-of ${AS_OF}. Rounds: ${nationalRuns} national (after one warm-up of the
floor), ${scatteredRuns} scattered, ${smallRuns} start-up (after one warm-up each). Quiet rounds (the floor's clock time within
10 % of its CPU time): national ${quiet} of ${nationalRuns}, scattered ${scQuiet} of ${scatteredRuns}${quiet < nationalRuns || scQuiet < scatteredRuns ?
  ': the other rounds shared the cores with other work, and their wall times are longer than a quiet machine would give' : ''}.
Exit codes: check ${exits(n['jobs-1'])}, one file ${exits(s['one-file'])}.

Worker curve (national set, ${fileCount} files; wall ÷ the strict floor's ${fmt(wall(n.floor), 1)} s on one core):

${curve.table}

${curve.model}.

Break-even (files of one month, wall time of --jobs ${cores} ÷ --jobs 1, median of ${sizesRuns} rounds): workers are quicker from ${even.at ?? '(never, in these sizes)'} files.

${even.table}
`;
process.stdout.write(`\n${text}\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory}; node ${m.node}; load ${m.load}\n`);

if (!args['no-write'] && (args.write || !args.set)) writeResultsBlock('bench', `${text}\n${machineTable(m)}`);
