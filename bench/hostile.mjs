// Times the built CLI on hostile files just under the limits (1 MiB, 20,000 lines and list items):
// the promise is that no input within them takes more than 5 s (docs/reliability.md). Each kind is a shape that once cost
// quadratic time or worse (100,000 keys took 5 min 23 s), or that stresses the parser in its own
// way. Wall time is what a user waits; CPU time (user + system, from the process's own
// resourceUsage) says how much of it was the run's own work on a shared machine.
//
//   node bench/hostile.mjs [--runs N] [--write]
//
//   --runs N   runs of each file (default 3); the table gives the median and the slowest
//   --write    put the table into docs/reliability.md (between its hostile markers)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out', 'hostile');
const BIN = join(ROOT, 'bin', 'care-check.js');
const HOOK = pathToFileURL(join(ROOT, 'bench', 'usage-hook.mjs')).href;
const LIMIT = 1024 * 1024;
const DOC = join(ROOT, 'docs', 'reliability.md');
const START = '<!-- hostile:start (written by bench/hostile.mjs) -->';
const END = '<!-- hostile:end -->';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(args.runs));

const HEAD = 'unit: {code: "450202"}\nperiod: 2025-06\nmeasures:\n';

/** Lines and flow items a file may have (src/load/yaml-file.ts MAX_ENTRIES): a file past it is refused unparsed. */
const MAX_ENTRIES = 20_000;

/**
 * `head`, then `unit(i)` for i = 0, 1, … as long as the file stays under the byte limit and
 * within the entry limit (each unit one entry, the head's lines counted), then `tail`: the
 * largest file of its kind that is still parsed. `entries: false` fills to the byte limit.
 */
function fill(unit, head = HEAD, tail = '', { entries = true, per = 1 } = {}) {
  const parts = [head];
  let size = head.length + tail.length;
  // `per`: the keys and list items (`: `, `- `, `? `) of one unit, when more than one
  const most = entries ? Math.floor((MAX_ENTRIES - head.split('\n').length - 2) / per) : Infinity;
  for (let i = 0; i < most; i++) {
    const part = unit(i);
    if (size + part.length >= LIMIT) break;
    parts.push(part);
    size += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

const KINDS = {
  '100,000 keys (past the entry limit)': () => fill((i) => `k${i}: 1\n`, HEAD, '', { entries: false }),
  'unknown keys, top level': () => fill((i) => `k${i}: 1\n`),
  'unknown keys in a group': () => fill((i) => `    k${i}: 1\n`, `${HEAD}  population:\n`),
  'one key repeated': () => fill(() => '    k: 1\n', `${HEAD}  population:\n`),
  'unknown keys, flow map': () => fill((i) => `k${i}: 1, `, `${HEAD}  population: {`, '}\n'),
  'unknown groups': () => fill((i) => `  g${i}: {x: 1}\n`, HEAD, '', { per: 2 }),
  'anchors': () => fill((i) => `    k${i}: &a${i} 1\n`, `${HEAD}  population:\n`),
  'aliases': () => fill((i) => `    k${i}: *a\n`, `${HEAD}  population:\n    base: &a 1\n`),
  'bad lines': () => fill((i) => `  - : : [ ${i}\n`, HEAD, '', { per: 3 }),
  'tab-indented lines': () => fill((i) => `\tk${i}: 1\n`),
  'unclosed quotes': () => fill((i) => `  "k${i}: 1\n`),
  'lone CR line breaks': () => fill((i) => `k${i}: 1\r`),
  'brackets 400,000 deep': () => `${HEAD}  population: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`,
  'maps 200,000 deep': () => `${HEAD}  population: ${'{a: '.repeat(200_000)}1${'}'.repeat(200_000)}\n`,
  'sequences nested on one line (- - - …)': () => `${HEAD}  population: ${'- '.repeat(MAX_ENTRIES - 10)}1\n`,
  'keys nested on one line (a: a: …)': () => `${HEAD}  population:\n    ${'a: '.repeat(MAX_ENTRIES - 10)}1\n`,
  'indentation 1,400 deep': () => {
    let s = HEAD;
    for (let i = 0, indent = '  '; s.length + indent.length + 10 < LIMIT && i < 1_400; i++, indent += ' ') s += `${indent}k${i}:\n`;
    return s;
  },
  'one long key': () => `${HEAD}  population:\n    ${'k'.repeat(LIMIT - 100)}: 1\n`,
  'one long string': () => `${HEAD}  population:\n    x: "${'x'.repeat(LIMIT - 100)}"\n`,
  'comments only': () => fill(() => '# a comment, and another comment\n'),
  'many documents': () => fill(() => '---\na: 1\n'),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const load = () => loadavg().map((n) => n.toFixed(1)).join(' / ');
const loadBefore = load();
const rows = [];
for (const [name, make] of Object.entries(KINDS)) {
  const file = join(OUT, `${name.replace(/[^a-z0-9]+/gi, '-')}.yaml`);
  const text = make();
  writeFileSync(file, text);
  const size = Buffer.byteLength(text);
  if (size >= LIMIT) throw new Error(`${name}: ${size} bytes is over the limit`);
  const walls = [];
  const cpusUsed = [];
  let exit = null;
  for (let r = 0; r < runs; r++) {
    const usageFile = join(OUT, 'usage.json');
    rmSync(usageFile, { force: true });
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', HOOK, BIN, 'check', file, '--as-of', '2025-06-30', '--format', 'json'], {
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'ignore', 'ignore'],
      timeout: 600_000,
    });
    walls.push((performance.now() - started) / 1000);
    exit = run.status ?? run.signal;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
    cpusUsed.push((usage.userCPUTime + usage.systemCPUTime) / 1e6);
  }
  rows.push({ name, size, exit, wall: median(walls), slowest: Math.max(...walls), cpu: median(cpusUsed) });
  process.stderr.write(`${name}: ${median(walls).toFixed(2)} s\n`);
}
const slowest = Math.max(...rows.map((r) => r.slowest));
const table = [
  '| file (the largest of its kind still parsed) | bytes | exit | median s | slowest s | CPU s (median) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.size.toLocaleString('en')} | ${r.exit} | ${r.wall.toFixed(2)} | ${r.slowest.toFixed(2)} | ${r.cpu.toFixed(2)} |`),
  '',
  `Slowest run: ${slowest.toFixed(2)} s (goal: under 5 s). ${runs} runs of each file; ${new Date().toISOString().slice(0, 10)}, ` +
    `Node ${process.version}, ${cpus().length} cores; load average (1 / 5 / 15 min) ${loadBefore} at start, ${load()} at end.`,
].join('\n');
console.log(table);
if (args.write) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${START} … ${END} block`);
  writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
}
