// What `npm test` checks before vitest runs, the two side by side (each one thread): the tests
// typecheck (tsc -p test/tsconfig.json), and no import runs against the layers (dependency-cruiser,
// the rules in .dependency-cruiser.cjs, as `npm run imports`). Both keep what they learnt under
// node_modules/.cache/ (tsc's --incremental build info, dependency-cruiser's cache checked by file
// content), so that a second run reads again only what changed: 5 s of CPU instead of 15 for tsc,
// 2 instead of 4 for dependency-cruiser (README, "The test suite's time"). Exits 1 when either fails.
//
//   node scripts/pretest.mjs
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache');
const bin = (pkg, file) => join(root, 'node_modules', pkg, 'bin', file);

const STEPS = [
  ['tsc -p test/tsconfig.json', [bin('typescript', 'tsc'), '-p', join(root, 'test', 'tsconfig.json'), '--incremental', '--tsBuildInfoFile', join(cache, 'care-check', 'test.tsbuildinfo')]],
  [
    'depcruise src',
    [bin('dependency-cruiser', 'dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--cache', join(cache, 'dependency-cruiser'), '--cache-strategy', 'content'],
  ],
];

/** Runs one step, its output kept whole so that the two do not interleave. */
function step([label, args]) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', (error) => resolve({ label, code: 1, out: `${out}${error.message}\n` }));
    child.on('close', (code) => resolve({ label, code: code ?? 1, out }));
  });
}

const results = await Promise.all(STEPS.map(step));
for (const { label, code, out } of results) {
  if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  if (code !== 0) process.stderr.write(`${label} failed (exit ${code})\n`);
}
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
