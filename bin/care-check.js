#!/usr/bin/env node
// The entry: runs the launcher that `npm run build` writes (dist/launch.cjs). An install from a git
// URL or a tarball builds it on the way (the `prepare` script); a copy without it says so in one
// line and exits 3 (an internal error: the package is incomplete, not the user's input).
let launcher;
try {
  launcher = require('../dist/launch.cjs');
} catch (error) {
  if (error === null || typeof error !== 'object' || error.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('launch.cjs')) throw error;
  const root = require('node:path').join(__dirname, '..');
  process.stderr.write(`care-check: this copy of care-check is not built (${root} has no dist/launch.cjs): run \`npm run build\` there, or install it from a tarball (npm pack) or a git URL, which build it\n`);
  process.exit(3);
}
launcher.launch();
