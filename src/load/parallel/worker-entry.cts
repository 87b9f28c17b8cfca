// The script a load worker thread runs (src/load/parallel/pool.ts starts it): the CLI's bundle
// from its code cache, as the launcher loads it, else the modules tsc wrote; then the worker's loop.
import launcher = require('../../boot/launch.cjs');

const bundle = launcher.loadBundle();
if (bundle !== null) {
  bundle.entry.runLoadWorker();
} else {
  void import('./worker.js').then(({ runLoadWorker }) => runLoadWorker());
}
