// A fault, for the tests only: loaded into the CLI with NODE_OPTIONS=--import=… (worker threads
// inherit it), it makes the load worker that opens the file named by CARE_CHECK_TEST_FAULT_FILE
// (a path ending) fail the way CARE_CHECK_TEST_FAULT says:
//
//   exit       the worker thread exits at once (process.exit(70) in a worker ends the thread)
//   uncaught   an exception nobody catches is thrown in the worker (its 'error' event)
//   throw      checking the file throws (a bug in the checks: the worker's own catch, a `failed` reply)
//   main-throw as `throw`, in the main thread too (a run without workers)
//
// Nothing of this is shipped: package.json's "files" has no test/.
import buffer from 'node:buffer';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const mode = process.env['CARE_CHECK_TEST_FAULT'];
const ending = process.env['CARE_CHECK_TEST_FAULT_FILE'];

if (mode && ending && (!isMainThread || mode === 'main-throw')) {
  let lastOpened = '';
  const openSync = fs.openSync;
  fs.openSync = function patchedOpenSync(path, ...rest) {
    lastOpened = String(path);
    if (lastOpened.endsWith(ending)) {
      if (mode === 'exit') process.exit(70);
      if (mode === 'uncaught') queueMicrotask(() => {
        throw new Error('injected fault (uncaught)');
      });
    }
    return openSync.call(this, path, ...rest);
  };
  const isUtf8 = buffer.isUtf8;
  buffer.isUtf8 = function patchedIsUtf8(input) {
    if ((mode === 'throw' || mode === 'main-throw') && lastOpened.endsWith(ending)) throw new Error('injected fault (thrown while checking)');
    return isUtf8.call(this, input);
  };
  // the modules tsc wrote (no bundle) import these by name
  syncBuiltinESMExports();
}
