import { processIo } from './io.js';

// `care-check … | head`: a closed pipe ends the run quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // A lone --version answers before commander loads: loading it was a third of the run (bench/RESULTS.md).
  const { toolInfo } = await import('./tool-info.js');
  process.stdout.write(`${toolInfo().version}\n`);
} else {
  const { runCli } = await import('./program.js');
  process.exitCode = await runCli(argv, processIo());
}
