// The whole build, in order: tsc, the standalone validators, the catalog snapshot, the bundle and
// its code cache. `npm run build` runs it; the tests and the benchmark run it with --if-stale,
// which builds only when dist/ lacks an output or a source (src/, data/, schemas/, these scripts,
// package.json) is newer than the last output.
//
// --no-check: tsc emits without type-checking (`tsc --noCheck`): the same JavaScript, byte for byte,
// for half tsc's CPU (7 s instead of 14). `prepare` uses it (an install from a git URL and `npm pack`
// build the tool, they need not check our types: quicker, and never refused for a type error), and
// so does `npm test`, whose pretest type-checks src with the tests. `npm run build` (a developer's
// build) and `npm run typecheck` check.
//
//   node scripts/build.mjs [--if-stale] [--quiet] [--no-check]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** What the build writes last of each step; the cache is the very last. */
export const OUTPUTS = [
  'boot/launch.cjs',
  'boot/compiled/policy.schema.js',
  'boot/compiled/unit-report.schema.js',
  'catalog.json',
  'care-check.cjs',
  'care-check.cjs.cache',
].map((file) => join(dist, file));

const SOURCES = ['src', 'data/policies', 'data/measures.yaml', 'data/divisions', 'schemas', 'scripts', 'package.json', 'tsconfig.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

export function isStale() {
  if (!OUTPUTS.every((file) => existsSync(file))) return true;
  const built = Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  return SOURCES.some((source) => newest(join(root, source)) > built);
}

const tsc = (check) => [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json'), ...(check ? [] : ['--noCheck'])];

const STEPS = [
  [join(root, 'scripts', 'build-validators.mjs')],
  [join(root, 'scripts', 'build-catalog.mjs')],
  [join(root, 'scripts', 'build-bundle.mjs')],
];

/** Runs every step (tsc without its type check when `check` is false); throws with the failing step's output. */
export function build({ quiet = false, check = true } = {}) {
  for (const step of [tsc(check), ...STEPS]) {
    const run = spawnSync(process.execPath, step, { cwd: root, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
    if (run.status !== 0) throw new Error(`build step failed: ${step.join(' ')}\n${run.stdout ?? ''}${run.stderr ?? ''}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (!args.includes('--if-stale') || isStale()) build({ quiet: args.includes('--quiet'), check: !args.includes('--no-check') });
}
