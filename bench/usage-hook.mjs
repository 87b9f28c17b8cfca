// Loaded with `node --import` by bench/hostile.mjs: on exit, writes the process's
// process.resourceUsage() (CPU times in microseconds, peak RSS) as JSON to BENCH_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_USAGE_FILE'];
if (out) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify(process.resourceUsage()));
  });
}
