// What `npm test` checks before vitest runs, the two side by side (each one thread): the tests
// typecheck (test/tsconfig.json, in tsc's build mode), and no import runs against the layers
// (dependency-cruiser, the rules in .dependency-cruiser.cjs, as `npm run imports`). Both keep what
// they learnt under node_modules/.cache/ (tsc's build info, dependency-cruiser's cache checked by file
// content), so that a second run reads again only what changed: 0.6 s of CPU instead of 20 for tsc
// when nothing changed, 2 instead of 5 for dependency-cruiser (docs/test-suite.md). Exits 1 when
// either fails.
//
//   node scripts/pretest.mjs
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache');
const bin = (pkg, file) => join(root, 'node_modules', pkg, 'bin', file);

/**
 * The typecheck of the tests in tsc's build mode (`tsc -b`), which, unlike `tsc -p --incremental`,
 * looks first whether anything changed since the last check and, when nothing did, neither parses
 * nor binds the 646 files of the program (0.6 s of CPU instead of 6.6 on 2 cores, docs/test-suite.md).
 * A changed, added or removed file, tsconfig or TypeScript version, and a check that had errors,
 * all make it check again. Build mode takes its build-info file from a tsconfig only, so the one
 * here (test/tsconfig.json and nothing else, under node_modules/.cache/) names one per
 * package-lock.json: a dependency installed anew (its types) is checked anew too. Build mode judges by
 * the files' times; when a file is only touched (a checkout that rewrites it unchanged), tsc finds no
 * change and leaves its build info as it was, older than the file, so that every later run would
 * parse everything again: after a check that passed, the build info is dated to the check's start
 * (a file changed during the check stays newer, and is checked the next time).
 */
function testBuildConfig() {
  const lock = createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex').slice(0, 12);
  const dir = join(cache, 'care-check');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tsconfig.test-build.json');
  const config = {
    extends: relative(dir, join(root, 'test', 'tsconfig.json')),
    compilerOptions: { incremental: true, tsBuildInfoFile: `./test-${lock}.tsbuildinfo` },
  };
  const text = `${JSON.stringify(config, null, 2)}\n`;
  let old = null;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // first run
  }
  if (old !== text) writeFileSync(file, text);
  return { file, buildInfo: join(dir, `test-${lock}.tsbuildinfo`) };
}

const testBuild = testBuildConfig();
const started = new Date();

const STEPS = [
  ['tsc -b test/tsconfig.json', [bin('typescript', 'tsc'), '-b', testBuild.file], () => existsSync(testBuild.buildInfo) && utimesSync(testBuild.buildInfo, started, started)],
  [
    'depcruise src',
    [bin('dependency-cruiser', 'dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--cache', join(cache, 'dependency-cruiser'), '--cache-strategy', 'content'],
  ],
];

/** Runs one step, its output kept whole so that the two do not interleave; `passed` after a success. */
function step([label, args, passed]) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', (error) => resolve({ label, code: 1, out: `${out}${error.message}\n` }));
    child.on('close', (code) => {
      if (code === 0 && passed !== undefined) passed();
      resolve({ label, code: code ?? 1, out });
    });
  });
}

const results = await Promise.all(STEPS.map(step));
for (const { label, code, out } of results) {
  if (out !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  if (code !== 0) process.stderr.write(`${label} failed (exit ${code})\n`);
}
process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
