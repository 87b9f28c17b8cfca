// With CARE_CHECK_FILE_CPU_LOG=FILE, each test file appends one JSON line to FILE: its path, the CPU
// its worker process spent from the file's first hook to its last (`self`, ms: its hooks and tests,
// not the import of its modules), the CPU of the children that worker waited for meanwhile
// (`children`, ms: spawned CLI runs, npm, LibreOffice; /proc's cutime + cstime, 10 ms ticks), and
// its wall time. A worker runs its files one after another (vitest.config.ts: isolate false), so
// the deltas are the file's own. `node scripts/suite-cpu.mjs FILE [OTHER]` prints them as a table.
// Chromium's renderers are not waited for by the worker: their CPU is in neither figure.
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { childCpu } from '../cli/run-cli.js';

const log = process.env['CARE_CHECK_FILE_CPU_LOG'];

if (log !== undefined) {
  let file = '';
  let self = process.cpuUsage();
  let children = 0;
  let start = 0;
  beforeAll(({}, suite) => {
    file = 'filepath' in suite ? String(suite.filepath) : suite.name;
    self = process.cpuUsage();
    children = childCpu();
    start = Date.now();
  });
  afterAll(() => {
    const used = process.cpuUsage(self);
    const line = { file, self: Math.round((used.user + used.system) / 1000), children: childCpu() - children, wall: Date.now() - start };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  });
}
