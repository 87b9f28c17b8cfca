import { ensureBuilt } from './cli/run-cli.js';

// The CLI tests spawn the built binary: build it once, when a source is newer than dist/.
export default function setup(): void {
  ensureBuilt();
}
