import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'care-check.js');
export const SAMPLES = join(ROOT, 'data', 'samples');

let built = false;

/**
 * Runs `npm run build` (scripts/build.mjs) when dist/ lacks an output or a source is newer: once a
 * process (test/global-setup.ts has built before any file runs; a file that calls this again, to be
 * run alone, costs the look only once per worker).
 */
export function ensureBuilt(): void {
  if (built) return;
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--if-stale', '--quiet'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}${run.stderr}`);
  built = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** the signal that ended the run: `SIGKILL` when `timeout` ran out (a hang) */
  signal: NodeJS.Signals | null;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** another copy of the package (packageCopy), whose own bin/care-check.js runs */
  root?: string;
  /** milliseconds after which a run that hangs is killed (status null, signal SIGKILL); none by default */
  timeout?: number;
  /** a process of its own even when an identical run's result is at hand (see sharedKey) */
  fresh?: boolean;
}

/** The options that make a run write files: such a run is never shared. */
const WRITES = /^(--out|--xlsx|--output|-o)(=|$)/;
/** The commands that write files even without an output option (a form, a data folder). */
const MAKERS = new Set(['template', 'init', 'import']);

/**
 * The key under which a run's result is shared with the identical runs of the same suite run, or
 * null when it may not be: only a run of the package's own CLI, in the repository's folder, whose
 * arguments and environment name nothing under the temporary folder (where the tests make and
 * change their inputs), no option that writes a file and no command that makes one, without a timeout, not asked to be fresh.
 * Its inputs are then the package's read-only files (data/samples, test/fixtures, dist/), which no
 * test changes, so that the same arguments, environment and stdin give the same result. The cache
 * folder is made by test/global-setup.ts for one `vitest run` and removed at its end.
 */
function sharedKey(args: string[], options: CliOptions): string | null {
  if (process.env['CARE_CHECK_TEST_RUNS'] === undefined) return null;
  if (options.fresh === true || options.root !== undefined || options.timeout !== undefined) return null;
  if ((options.cwd ?? ROOT) !== ROOT) return null;
  const temp = tmpdir();
  const values = [...args, ...Object.values(options.env ?? {}).map(String)];
  if (values.some((value) => value.includes(temp) || WRITES.test(value))) return null;
  if (args.some((arg) => MAKERS.has(arg))) return null;
  const key = JSON.stringify({ args, env: options.env ?? {}, input: options.input ?? '' });
  return createHash('sha256').update(key).digest('hex');
}

function sharedResult(key: string): CliRun | null {
  try {
    return JSON.parse(readFileSync(join(process.env['CARE_CHECK_TEST_RUNS']!, `${key}.json`), 'utf8')) as CliRun;
  } catch {
    return null;
  }
}

function share(key: string, run: CliRun): void {
  const file = join(process.env['CARE_CHECK_TEST_RUNS']!, `${key}.json`);
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(run));
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** Spawns the built CLI as a user would, without colour unless asked, in the given folder. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const key = sharedKey(args, options);
  const shared = key === null ? null : sharedResult(key);
  if (shared !== null) {
    logRun({ args, cwd: options.cwd ?? ROOT, env: options.env ?? {}, shared: true, status: shared.status, wall: 0, cpu: 0 });
    return shared;
  }
  const bin = options.root === undefined ? BIN : join(options.root, 'bin', 'care-check.js');
  const t0 = Date.now();
  const c0 = childCpu();
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  logRun({ args, cwd: options.cwd ?? ROOT, env: options.env ?? {}, input: options.input ?? '', root: options.root ?? null, status: result.status, wall: Date.now() - t0, cpu: childCpu() - c0, out: result.stdout.length });
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
  if (key !== null && result.error === undefined && run.signal === null) share(key, run);
  return run;
}

export function childCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}

export function logRun(entry: Record<string, unknown>): void {
  const log = process.env['CARE_CHECK_CLI_LOG'];
  if (log === undefined) return;
  appendFileSync(log, `${JSON.stringify({ file: (globalThis as { __vitest_worker__?: { filepath?: string } }).__vitest_worker__?.filepath ?? '', ...entry })}\n`);
}

export function tempDir(prefix = 'care-check-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A copy of the built package (node_modules linked), to change its data/ or dist/ freely. With
 * `samples: false` the copy leaves out data/samples (1,078 of its 1,095 data files, most of a copy's
 * cost: 0.55 s of CPU a copy with them): for a test that never names them, as a run reads the
 * bundled samples only when they are named (src/commands/input-paths.ts).
 */
export function packageCopy(options: { samples?: boolean } = {}): string {
  const dir = tempDir('care-check-package-');
  const samples = join(ROOT, 'data', 'samples');
  const filter = options.samples === false ? (source: string) => source !== samples : undefined;
  for (const part of ['bin', 'dist', 'data', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true, ...(filter ? { filter } : {}) });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
