// The sizes at which a run uses worker threads, alone in a module of their own: the help text
// (program.ts) names the threshold, and must not load the catalog to do so.

/**
 * Fewer files than this are not worth a worker of their own when the count is chosen for the
 * user. Measured on a quiet 2-core machine (`npm run bench`, sizes block, 5 rounds, 1.9–2.0 cores
 * free): two workers' wall time ÷ one thread's was 1.26 at 400 files, 1.03 at 800, 0.95 at 1,600
 * and 0.87 at 3,200 — they break even near 1,100 files, 550 a worker (bench/RESULTS.md, "Worker
 * threads"). A worker's start-up (a thread, the bundle from its code cache, the tables) and the
 * copies of its results across threads are what the first 500 files pay for.
 */
export const MIN_FILES_PER_WORKER = 500;

/**
 * The fewest files for which workers are started when --jobs is not given: two workers' worth,
 * 1,000 files, where two workers were as quick as one thread (see above); below it a run is
 * quicker in one thread and never loads node:worker_threads.
 */
export const PARALLEL_MIN_FILES = 2 * MIN_FILES_PER_WORKER;
