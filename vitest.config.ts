import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// How the suite runs fast (README, "The test suite's time"; measured on 2 cores, test/unit alone:
// 194 s with vitest's defaults, 126 s with 2 workers, 93 s with 2 workers not isolated):
// - a worker per core, not vitest's default of one fewer: most files spend their time waiting on a
//   spawned CLI, LibreOffice or Chromium, which runs on another core meanwhile;
// - the files of a worker share one process and its module cache (isolate: false) instead of a
//   fresh process, and a fresh import of vitest, src/ and the test helpers, per file. No file
//   mocks a module, stubs a global or changes the process's environment or folder; the modules'
//   own caches hold data read from the package (the catalog, the measures, the divisions), the same
//   for every file.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // each file's CPU, logged only when CARE_CHECK_FILE_CPU_LOG is set (docs/test-suite.md)
    setupFiles: ['test/support/file-cpu.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: Math.max(2, availableParallelism()),
    isolate: false,
    // The transformed test and source files kept between runs under node_modules/.cache/ (beside the
    // caches of tsc and dependency-cruiser the pretest keeps), keyed by each file's content, vitest's
    // version and this config: a second `npm test` transforms only what changed. test/unit and the
    // in-process test/report files, load 8-10: 13.3 and 13.8 s of CPU with the cache warm against 15.8
    // and 16.7 s without (docs/test-suite.md).
    experimental: { fsModuleCache: true, fsModuleCachePath: 'node_modules/.cache/vitest-modules' },
  },
});
