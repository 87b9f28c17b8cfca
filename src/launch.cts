// What bin/care-check.js runs. CommonJS: an ES module entry costs Node its ESM loader, a fifth
// of a one-file check's start-up (bench/RESULTS.md).
import fs = require('node:fs');
import path = require('node:path');
import bundle = require('./bundle.cjs');

async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    // A lone --version answers before commander loads.
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    (require('./std-streams.cjs') as typeof import('./std-streams.cjs')).standardStream(1).write(`${version}\n`);
    return 0;
  }
  // The build's bundle when there is one (see bundle.cts), else the modules tsc wrote.
  const { runCli, processIo } = bundle.loadBundle()?.entry ?? (await import('./bundle-entry.js'));
  return runCli(argv, processIo());
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
