// What the launcher needs of the CLI: the bundle's entry (scripts/build-bundle.mjs), and the
// modules tsc wrote when there is no bundle.
export { runCli } from '../program.js';
export { processIo } from './process-io.js';
export { runLoadWorker } from '../load/parallel/worker.js';
