// How many cores' worth of work K threads get done right now, against one thread: each thread
// spins through small fixed chunks of work for the same stretch of clock time (after a warm-up),
// first one thread alone, then K at once; the chunks K threads finish over those one thread
// finishes is the cores a run with K workers could have used at that moment. On a machine shared
// with other work (virtual cores, the kernel's autogroups sharing by session, not by thread) it can
// be far below K. bench/run.mjs runs it before each run with workers.
//
//   node --jitless bench/cores-probe.cjs K   → prints {"threads":K,"cores":…}
//
// --jitless: the chunks run in V8's interpreter at one speed from the start. Compiled, a loop runs
// slowly until the optimizing compiler (a background thread, itself starved on a busy machine) has
// done its work, and one thread alone and K threads would each be measured at a different moment of it.
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

const CHUNK = 2e4;
const WARM_UP_MS = 50;
const SPAN_MS = 250;

function chunk(seed) {
  let x = seed;
  for (let i = 0; i < CHUNK; i++) x = (x + i * 7) | 0;
  return x;
}

/** Chunks done in `ms` of clock time. */
function spinFor(ms) {
  let x = 0;
  let done = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    x = chunk(x);
    done += 1;
  }
  return x === 0.5 ? -1 : done;
}

/** Starts `threads` workers; resolves with the chunks each did in the same span, once all are warm. */
function run(threads) {
  return new Promise((resolve) => {
    const shared = new Int32Array(new SharedArrayBuffer(4 * (threads + 1)));
    const workers = Array.from({ length: threads }, (_, i) => new Worker(__filename, { workerData: { shared, index: i + 1, threads } }));
    const counts = [];
    for (const worker of workers) {
      worker.on('message', (done) => {
        counts.push(done);
        if (counts.length === threads) resolve(counts.reduce((a, b) => a + b, 0));
      });
    }
  });
}

if (isMainThread) {
  const threads = Math.max(1, Number(process.argv[2] ?? 2));
  (async () => {
    const one = await run(1);
    const many = await run(threads);
    process.stdout.write(`${JSON.stringify({ threads, cores: Number((many / one).toFixed(2)) })}\n`);
  })();
} else {
  const { shared, index, threads } = workerData;
  spinFor(WARM_UP_MS);
  // start together: each says it is warm, then waits for all
  Atomics.add(shared, 0, 1);
  while (Atomics.load(shared, 0) < threads) Atomics.wait(shared, index, 0, 1);
  parentPort.postMessage(spinFor(SPAN_MS));
}
