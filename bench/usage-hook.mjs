// Loaded with `node --import` by the benchmarks (bench/run.mjs, bench/growth.mjs, bench/hostile.mjs):
// on exit, writes the process's process.resourceUsage() (CPU times in microseconds, summed over all
// its threads, worker threads included; peak RSS in kibibytes) as JSON to BENCH_USAGE_FILE, with
// `mainThreadCpu`: the main thread's own CPU seconds (Linux: /proc/self/task/PID/stat, in clock
// ticks of 1/100 s; null elsewhere), what stays serial however many workers a run has.
// Worker threads load this too (they inherit --import); only the main thread writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env['BENCH_USAGE_FILE'];

/** utime + stime of the main thread, in seconds (USER_HZ is 100 on Linux). */
function mainThreadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the name: state is field 3, utime 14 and stime 15 (1-based, man proc)
    return (Number(fields[14 - 3]) + Number(fields[15 - 3])) / 100;
  } catch {
    return null;
  }
}

if (out && isMainThread) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify({ ...process.resourceUsage(), mainThreadCpu: mainThreadCpu() }));
  });
}
