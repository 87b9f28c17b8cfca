// What bench/run.mjs and bench/growth.mjs share: running a command with its output to files and
// its CPU time and peak memory recorded (bench/usage-hook.mjs), rounds of interleaved commands,
// medians, the machine and its load, and the generated block of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'bench', 'out');
export const BIN = join(ROOT, 'bin', 'care-check.js');
const USAGE_HOOK = pathToFileURL(join(ROOT, 'bench', 'usage-hook.mjs')).href;

export const log = (s) => process.stderr.write(`${s}\n`);

/**
 * A single-threaded process that took longer on the clock than on the CPU had to wait for a core:
 * another process had it. Above this, a round's wall times were not measured quietly.
 */
export const QUIET_WALL_PER_CPU = 1.1;

/**
 * Runs one command to completion with stdout and stderr going to files (so that writing the output
 * is part of what is timed). Returns wall seconds, CPU seconds (user + system, every thread of the
 * process; the main thread's alone), peak RSS in KiB, the exit code and the 1-minute load average when it started.
 * `usage: false` runs it without the hook (the start-up commands: the hook would be part of what is timed).
 */
export function timed(command, { usage = true } = {}) {
  mkdirSync(OUT, { recursive: true });
  const stdoutPath = join(OUT, `${command.id}.stdout`);
  const stderrPath = join(OUT, `${command.id}.stderr`);
  const usagePath = join(OUT, `${command.id}.usage.json`);
  rmSync(usagePath, { force: true });
  const out = openSync(stdoutPath, 'w');
  const err = openSync(stderrPath, 'w');
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' };
  if (usage) {
    env.NODE_OPTIONS = `--import=${USAGE_HOOK}`;
    env.BENCH_USAGE_FILE = usagePath;
  }
  const load = loadavg()[0];
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
  let cpu = null;
  let mainCpu = null;
  let maxRssKiB = null;
  if (usage && existsSync(usagePath)) {
    const used = JSON.parse(readFileSync(usagePath, 'utf8'));
    cpu = (used.userCPUTime + used.systemCPUTime) / 1e6;
    mainCpu = used.mainThreadCpu ?? null;
    maxRssKiB = used.maxRSS;
  }
  return { seconds, cpu, mainCpu, maxRssKiB, status, load };
}

/**
 * Runs the commands `count` times, interleaved (each round runs each once, in order); returns each
 * command's samples. `before(command)`, when given, runs just before each timed run and its fields
 * (and `note`, added to the log line) are kept with the sample.
 */
export function rounds(commands, count, { usage = true, warmup = [], label = '', before = null } = {}) {
  for (const command of commands.filter((c) => warmup.includes(c.id))) {
    log(`  warm-up: ${command.id}`);
    timed(command, { usage });
  }
  const samples = Object.fromEntries(commands.map((c) => [c.id, []]));
  for (let round = 1; round <= count; round++) {
    for (const command of commands) {
      const { note = '', ...extra } = before !== null ? before(command) : {};
      const sample = { ...timed(command, { usage }), ...extra };
      samples[command.id].push(sample);
      log(`  ${label}round ${round}/${count}  ${command.id.padEnd(14)} ${sample.seconds.toFixed(3)} s` +
        (sample.cpu !== null ? `  cpu ${sample.cpu.toFixed(3)} s` : '') +
        (sample.maxRssKiB !== null ? `  ${(sample.maxRssKiB / 1024).toFixed(0)} MiB` : '') +
        `  exit ${sample.status}  load ${sample.load.toFixed(1)}${note}`);
    }
  }
  return samples;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median over rounds of f(round index). */
export const perRound = (count, f) => median(Array.from({ length: count }, (_, i) => f(i)));
export const wall = (samples) => median(samples.map((s) => s.seconds));
export const cpu = (samples) => median(samples.map((s) => s.cpu));
export const mainCpu = (samples) => (samples.every((s) => s.mainCpu !== null) ? median(samples.map((s) => s.mainCpu)) : null);
export const peakMiB = (samples) => Math.max(...samples.map((s) => s.maxRssKiB ?? 0)) / 1024;
export const loads = (samples) => samples.map((s) => s.load);

export function loadRange(samples) {
  const l = samples.flatMap((s) => (Array.isArray(s) ? s : [s])).map((s) => s.load);
  return `${Math.min(...l).toFixed(1)}–${Math.max(...l).toFixed(1)}`;
}

export function machine(startLoad) {
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

export function machineTable(m) {
  return `| machine | |
|---|---|
| date | ${m.date} |
| node | ${m.node} |
| CPU | ${m.cpu} |
| cores | ${m.cores} |
| memory | ${m.memory} |
| load average (1 / 5 / 15 min) | ${m.load} |`;
}

/** A Markdown table from a header and rows of cells. */
export function markdownTable(header, body) {
  return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Replaces the block between `<!-- NAME:start` and `<!-- NAME:end -->` of bench/RESULTS.md (appends it when missing). */
export function writeResultsBlock(name, body) {
  const path = join(ROOT, 'bench', 'RESULTS.md');
  const block = `<!-- ${name}:start (written by bench/${name === 'bench' ? 'run' : name}.mjs; the rest of this file is kept) -->\n${body}\n<!-- ${name}:end -->`;
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const pattern = new RegExp(`<!-- ${name}:start[^]*?<!-- ${name}:end -->`);
  writeFileSync(path, pattern.test(previous) ? previous.replace(pattern, () => block) : `${previous.trimEnd()}\n\n${block}\n`);
  log('wrote bench/RESULTS.md');
}
