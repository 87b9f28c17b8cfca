#!/usr/bin/env node
// The entry: runs the launcher that `npm run build` writes (dist/boot/launch.cjs). An install from a git
// URL or a tarball has it (the `prepare` script builds it); a copy without it says so in one line
// and exits 3 (the package is incomplete: not the user's input, not a failing check).
let launcher;
try {
  launcher = require.resolve('../dist/boot/launch.cjs');
} catch {
  const root = require('node:path').join(__dirname, '..');
  process.stderr.write(`care-check: this copy is not built (${root} has no dist/boot/launch.cjs): run \`npm run build\` there, or install care-check from a git URL or an \`npm pack\` tarball, which are built\n`);
  process.exit(3);
}
require(launcher).launch();
