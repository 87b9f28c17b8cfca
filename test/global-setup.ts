import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './cli/run-cli.js';

// The CLI tests spawn the built binary: build it once, when a source is newer than dist/. The
// results of the runs that may be shared (runCli's sharedKey: read-only inputs, nothing written)
// are kept for this `vitest run` only, in a folder made here and removed at its end.
export default function setup(): () => void {
  ensureBuilt();
  const runs = mkdtempSync(join(tmpdir(), 'care-check-runs-'));
  process.env['CARE_CHECK_TEST_RUNS'] = runs;
  return () => rmSync(runs, { recursive: true, force: true });
}
