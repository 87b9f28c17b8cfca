// Loaded with `node --import` by the benchmarks (bench/run.mjs, bench/growth.mjs, bench/hostile.mjs):
// on exit, writes the process's process.resourceUsage() (CPU times in microseconds, summed over all
// its threads, worker threads included; peak RSS in kibibytes) as JSON to BENCH_USAGE_FILE.
// Worker threads load it too (they inherit --import); only the main thread writes.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env['BENCH_USAGE_FILE'];
if (out && isMainThread) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify(process.resourceUsage()));
  });
}
