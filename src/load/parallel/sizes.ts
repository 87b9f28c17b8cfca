// The sizes at which a run uses worker threads, alone in a module of their own: the help text
// (program.ts) names the threshold, and must not load the catalog to do so.

/**
 * Fewer files than this are not worth a worker of their own when the count is chosen for the
 * user: a worker costs about 0.35 s of CPU to start (a thread, the bundle from its code cache, the
 * tables), what checking about 250 files costs one thread (1.35 ms a file), and once started it
 * checks a file for the same CPU time as the main thread would (bench/RESULTS.md, "Worker threads").
 */
export const MIN_FILES_PER_WORKER = 250;

/**
 * The fewest files for which workers are started when --jobs is not given: two workers' worth.
 * With two free cores, T(1) = n·c against T(2) = s + n·c/2 (s a worker's start-up, c a file's
 * cost) breaks even at n = 2s/c ≈ 520 files; below it a run is quicker in one thread.
 */
export const PARALLEL_MIN_FILES = 2 * MIN_FILES_PER_WORKER;
