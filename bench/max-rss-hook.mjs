// Loaded with `node --import` by bench/run.mjs: on exit, writes the process's peak resident set
// size (kibibytes, from process.resourceUsage) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const out = process.env['BENCH_RSS_FILE'];
if (out) {
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
}
