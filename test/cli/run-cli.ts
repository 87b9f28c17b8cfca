import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
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
}

/** Spawns the built CLI as a user would, without colour unless asked, in the given folder. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const bin = options.root === undefined ? BIN : join(options.root, 'bin', 'care-check.js');
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

export function tempDir(prefix = 'care-check-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the built package (node_modules linked), to change its data/ or dist/ freely. */
export function packageCopy(): string {
  const dir = tempDir('care-check-package-');
  for (const part of ['bin', 'dist', 'data', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
