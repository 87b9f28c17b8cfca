// The benchmark (`npm run bench`): care-check at national scale, measured as ratios against
// floors run in the same rounds, so that a busy machine still gives a stable answer.
//
//   node bench/run.mjs [--runs N] [--small-runs N] [--set DIR] [--no-write]
//
//   --runs N        timed runs of each national command (default 3)
//   --small-runs N  timed runs of each start-up command (default 21: one run is a few tens of ms on a noisy machine)
//   --set DIR       measure this folder instead of the national set (no RESULTS.md unless asked)
//   --write         write bench/RESULTS.md even with --set
//   --no-write      print the table only
//
// Each round runs every command of its group once, in the same order; a ratio is the median of
// the rounds' ratios, and a time the median of its runs. Peak memory comes from
// process.resourceUsage().maxRSS, recorded on exit by bench/max-rss-hook.mjs.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AS_OF, NATIONAL_DIR, ensureNational } from './generate-national.mjs';
import { build, isStale } from '../scripts/build.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'care-check.js');
const RSS_HOOK = pathToFileURL(join(ROOT, 'bench', 'max-rss-hook.mjs')).href;
const ONE_FILE_CODE = '450202';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'small-runs': { type: 'string', default: '21' },
    set: { type: 'string' },
    write: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const nationalRuns = Math.max(1, Number(args.runs));
const smallRuns = Math.max(1, Number(args['small-runs']));
const log = (s) => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------ setup

/** Builds dist/ (scripts/build.mjs) when an output is missing or a source is newer. */
function ensureBuilt() {
  if (!isStale()) return;
  log('building dist/ …');
  build({ quiet: true });
}

// ------------------------------------------------------------------ running

/**
 * Runs one command to completion with stdout and stderr going to files (so that writing the
 * output is part of what is timed); returns seconds, exit code and, when asked, peak RSS.
 */
function timed(command, { rss = false } = {}) {
  const stdoutPath = join(OUT, `${command.id}.stdout`);
  const stderrPath = join(OUT, `${command.id}.stderr`);
  const rssPath = join(OUT, `${command.id}.rss`);
  rmSync(rssPath, { force: true });
  const out = openSync(stdoutPath, 'w');
  const err = openSync(stderrPath, 'w');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' };
  if (rss) {
    env.NODE_OPTIONS = `--import=${RSS_HOOK}`;
    env.BENCH_RSS_FILE = rssPath;
  }
  const started = process.hrtime.bigint();
  const result = spawnSync(command.argv[0], command.argv.slice(1), { cwd: ROOT, env, stdio: ['ignore', out, err] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const status = result.status ?? -1;
  if (!command.ok.includes(status)) {
    const stderr = readFileSync(stderrPath, 'utf8').split('\n').slice(0, 15).join('\n');
    throw new Error(`${command.id} exited ${status} (${result.signal ?? 'no signal'}); expected ${command.ok.join(' or ')}:\n${stderr}`);
  }
  const maxRssKiB = rss && existsSync(rssPath) ? Number(readFileSync(rssPath, 'utf8')) : null;
  return { seconds, status, maxRssKiB };
}

/** Runs the group's commands `rounds` times, interleaved; returns each command's samples. */
function rounds(commands, count, { rss = false, warmup = [] } = {}) {
  for (const command of commands.filter((c) => warmup.includes(c.id))) {
    log(`  warm-up: ${command.id}`);
    timed(command, { rss });
  }
  const samples = Object.fromEntries(commands.map((c) => [c.id, []]));
  for (let round = 1; round <= count; round++) {
    for (const command of commands) {
      const sample = timed(command, { rss });
      samples[command.id].push(sample);
      log(`  round ${round}/${count}  ${command.id.padEnd(10)} ${sample.seconds.toFixed(3)} s  exit ${sample.status}` +
        (sample.maxRssKiB !== null ? `  ${(sample.maxRssKiB / 1024).toFixed(0)} MiB` : ''));
    }
  }
  return samples;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (samples) => median(samples.map((s) => s.seconds));
/** The median over rounds of f(round index). */
const perRound = (count, f) => median(Array.from({ length: count }, (_, i) => f(i)));

// ------------------------------------------------------------------ the measures

ensureBuilt();
mkdirSync(OUT, { recursive: true });
const startLoad = loadavg();
const setDir = args.set ? resolve(args.set) : ensureNational(NATIONAL_DIR, { log }).dir;
const fileCount = countYaml(setDir);
const oneFile = findOne(setDir, ONE_FILE_CODE);
const shownSet = relative(ROOT, setDir) || '.';
const xlsxPath = join(OUT, 'national.xlsx');
const htmlPath = join(OUT, 'national.html');

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

const node = process.execPath;
const small = [
  { id: 'node-e-0', argv: [node, '-e', '0'], ok: [0] },
  { id: 'version', argv: [node, BIN, '--version'], ok: [0] },
  { id: 'one-file', argv: [node, BIN, 'check', oneFile, '--as-of', AS_OF, '--format', 'json'], ok: [0, 1] },
];
const national = [
  { id: 'floor', argv: [node, join(ROOT, 'bench', 'floor.mjs'), setDir], ok: [0] },
  { id: 'json', argv: [node, BIN, 'check', setDir, '--as-of', AS_OF, '--format', 'json'], ok: [0, 1] },
  { id: 'xlsx', argv: [node, BIN, 'check', setDir, '--as-of', AS_OF, '--format', 'json', '--xlsx', xlsxPath], ok: [0, 1] },
  // the HTML report: ECharts loaded, a chart per whole-area target and per unit target needing action (up to 200)
  { id: 'html', argv: [node, BIN, 'check', setDir, '--as-of', AS_OF, '--format', 'json', '--out', `html=${htmlPath}`], ok: [0, 1] },
];

log(`start-up: ${smallRuns} rounds`);
const s = rounds(small, smallRuns, { warmup: small.map((c) => c.id) });
log(`${shownSet} (${fileCount} files): ${nationalRuns} rounds`);
const n = rounds(national, nationalRuns, { rss: true, warmup: ['floor'] });

const GIB_KIB = 1024 * 1024;
const peakXlsx = Math.max(...n.xlsx.map((x) => x.maxRssKiB ?? 0));
const peakJson = Math.max(...n.json.map((x) => x.maxRssKiB ?? 0));
const peakHtml = Math.max(...n.html.map((x) => x.maxRssKiB ?? 0));
const rows = [
  {
    measure: 'check --format json ÷ floor (yaml.parse alone)',
    time: seconds(n.json),
    base: seconds(n.floor),
    ratio: perRound(nationalRuns, (i) => n.json[i].seconds / n.floor[i].seconds),
    goal: 1.5,
  },
  {
    measure: 'workbook added: (check --xlsx − check --format json) ÷ json',
    time: seconds(n.xlsx),
    base: seconds(n.json),
    ratio: perRound(nationalRuns, (i) => (n.xlsx[i].seconds - n.json[i].seconds) / n.json[i].seconds),
    goal: 1.0,
  },
  {
    measure: 'HTML report added: (check --out html= − check --format json) ÷ json',
    time: seconds(n.html),
    base: seconds(n.json),
    ratio: perRound(nationalRuns, (i) => (n.html[i].seconds - n.json[i].seconds) / n.json[i].seconds),
    goal: 1.0,
  },
  {
    measure: 'care-check --version ÷ node -e 0',
    time: seconds(s.version),
    base: seconds(s['node-e-0']),
    ratio: perRound(smallRuns, (i) => s.version[i].seconds / s['node-e-0'][i].seconds),
    goal: 2.0,
  },
  {
    measure: 'care-check check (one file) ÷ node -e 0',
    time: seconds(s['one-file']),
    base: seconds(s['node-e-0']),
    ratio: perRound(smallRuns, (i) => s['one-file'][i].seconds / s['node-e-0'][i].seconds),
    goal: 2.0,
  },
];
const memoryRow = { measure: 'peak memory, check --xlsx (national)', mib: peakXlsx / 1024, goalMib: 1024, pass: peakXlsx < GIB_KIB };

// ------------------------------------------------------------------ the report

const fmt = (x, digits = 2) => x.toFixed(digits);
function table() {
  const header = ['measure', 'median s', 'baseline s', 'ratio', 'goal', 'result'];
  const body = rows.map((r) => [r.measure, fmt(r.time, 3), fmt(r.base, 3), fmt(r.ratio), `≤ ${fmt(r.goal, 1)}`, r.ratio <= r.goal ? 'pass' : 'FAIL']);
  body.push([memoryRow.measure, `${fmt(memoryRow.mib, 0)} MiB`, `json: ${fmt(peakJson / 1024, 0)} MiB, html: ${fmt(peakHtml / 1024, 0)} MiB`, '', '< 1024 MiB', memoryRow.pass ? 'pass' : 'FAIL']);
  return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() has it
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    node: process.version,
    cpu,
    cores: cpus().length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    load: `${startLoad.map((l) => l.toFixed(1)).join(' / ')} at start, ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at end`,
  };
}

const m = machine();
const exits = (samples) => [...new Set(samples.map((x) => x.status))].join(',');
const text = `${table()}

Set: \`${shownSet}\`, ${fileCount} files; as-of ${AS_OF}. Runs: ${nationalRuns} per national command (after one
warm-up of the floor), ${smallRuns} per start-up command (after one warm-up each). Exit codes: check json ${exits(n.json)},
check --xlsx ${exits(n.xlsx)}, --out html= ${exits(n.html)}, one file ${exits(s['one-file'])}.
`;
process.stdout.write(`\n${text}\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memory}; node ${m.node}; load ${m.load}\n`);

const writeResults = !args['no-write'] && (args.write || !args.set);
if (writeResults) {
  const generated = `<!-- bench:start (written by bench/run.mjs; the rest of this file is kept) -->
${text}
| machine | |
|---|---|
| date | ${m.date} |
| node | ${m.node} |
| CPU | ${m.cpu} |
| cores | ${m.cores} |
| memory | ${m.memory} |
| load average (1 / 5 / 15 min) | ${m.load} |
<!-- bench:end -->`;
  const path = join(ROOT, 'bench', 'RESULTS.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmark results\n\n${generated}\n`;
  const block = /<!-- bench:start[^]*?<!-- bench:end -->/;
  writeFileSync(path, block.test(previous) ? previous.replace(block, () => generated) : `${previous.trimEnd()}\n\n${generated}\n`);
  log('wrote bench/RESULTS.md');
}
