// Where a one-file check spends its start-up, in one process, as the launcher runs it: loading
// the bundle (reading it and its code cache, V8's deserialization, the bundle's top level), then
// the check itself, cold and again warm. Medians of N fresh processes (default 15): the time on
// the clock, and the page faults (which do not depend on the machine's load: on a busy machine
// each costs several microseconds of the system's time).
//
//   node bench/startup-phases.mjs FILE.yaml [N]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/startup-phases.mjs FILE.yaml [N]');
  process.exit(2);
}
const runs = Number(runsArg ?? 15);

// One fresh process: prints load, cold run, warm run (ms) and whether V8 took the cache.
const child = `
const { loadBundle } = require(${JSON.stringify(join(root, 'dist', 'boot', 'launch.cjs'))});
const argv = ['check', ${JSON.stringify(resolve(file))}, '--as-of', '2025-06-30', '--format', 'json'];
const out = { write: () => true };
const io = () => ({ stdout: out, stderr: out, cwd: process.cwd(), env: {}, now: () => new Date() });
const faults = () => process.resourceUsage().minorPageFault;
const f0 = faults();
const t0 = performance.now();
const bundle = loadBundle();
const t1 = performance.now();
const f1 = faults();
bundle.entry.runCli(argv, io()).then(() => {
  const t2 = performance.now();
  const f2 = faults();
  return bundle.entry.runCli(argv, io()).then(() => {
    const t3 = performance.now();
    const f3 = faults();
    console.log(JSON.stringify({ load: t1 - t0, cold: t2 - t1, warm: t3 - t2, loadFaults: f1 - f0, coldFaults: f2 - f1, warmFaults: f3 - f2, cache: bundle.cacheUsed }));
  });
});
`;
const rows = [];
for (let i = 0; i < runs; i++) {
  const run = spawnSync(process.execPath, ['-e', child], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  if (run.status !== 0) throw new Error(run.stderr);
  rows.push(JSON.parse(run.stdout));
}
const median = (key) => rows.map((r) => r[key]).sort((a, b) => a - b)[rows.length >> 1];
console.log(`${runs} processes; code cache taken: ${rows.filter((r) => r.cache).length}/${runs}`);
for (const [key, label] of [['load', 'load the bundle (read, deserialize, top level)'], ['cold', 'one-file check, first run'], ['warm', 'the same check again, warm']]) {
  console.log(`${label.padEnd(48)} ${median(key).toFixed(1).padStart(6)} ms ${String(median(`${key}Faults`)).padStart(6)} page faults`);
}
