import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'care-check.js');
export const SAMPLES = join(ROOT, 'data', 'samples');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** What `npm run build` writes besides tsc's output. */
const BUILT_EXTRAS = [
  join(ROOT, 'dist', 'validate', 'compiled', 'policy.schema.js'),
  join(ROOT, 'dist', 'validate', 'compiled', 'unit-report.schema.js'),
  join(ROOT, 'dist', 'catalog.json'),
];

/**
 * Builds dist/ when any source is newer than the built entry point, or when a plain `tsc` left
 * out the build's validators and catalog snapshot (npm test has built it all already).
 */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs;
  } catch {
    built = 0;
  }
  const stale = built < newest(join(ROOT, 'src'));
  if (!stale && BUILT_EXTRAS.every((file) => existsSync(file))) return;
  if (stale) {
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], {
      encoding: 'utf8',
    });
    if (tsc.status !== 0) throw new Error(`build failed:\n${tsc.stdout}${tsc.stderr}`);
  }
  // The rest of `npm run build`: the standalone validators and the catalog snapshot.
  for (const script of ['build-validators.mjs', 'build-catalog.mjs']) {
    const rest = spawnSync(process.execPath, [join(ROOT, 'scripts', script)], { encoding: 'utf8' });
    if (rest.status !== 0) throw new Error(`build failed:\n${rest.stdout}${rest.stderr}`);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built CLI as a user would, without colour unless asked, in the given folder. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C.UTF-8', ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'care-check-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
