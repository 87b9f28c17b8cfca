// A city's data repository as a new user makes one: care-check installed from a tarball that
// `npm pack` wrote (or from a git URL), the monthly files under data/. The tests run the CI examples'
// own commands in it, so that what the examples and the README tell a user to do is what is tested.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLES, childCpu, logRun, tempDir } from './run-cli.js';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * npm's own defaults where a machine's npmrc may differ. `omit-lockfile-registry-resolved` is false
 * in npm: a user's package-lock.json keeps each package's `resolved` URL, so that `npm ci` takes the
 * tarballs from its cache or the registry straight away. A lockfile without them (this test
 * machine's npmrc sets the option) makes `npm ci` first ask the registry for every package's
 * packument, 217 requests here: 11–15 s more CPU for the GitHub job's `npm ci` at load 13–18.
 */
const NPM_DEFAULTS = { npm_config_omit_lockfile_registry_resolved: 'false' };

/** Runs a command with the user's environment (npm needs HOME and its cache), failing loudly. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const t0 = Date.now();
  const c0 = childCpu();
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...NPM_DEFAULTS, LANG: 'C.UTF-8', NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  logRun({ command, args, cwd, status: result.status, wall: Date.now() - t0, cpu: childCpu() - c0 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function must(result: Run, what: string): Run {
  if (result.status !== 0) throw new Error(`${what} exited ${result.status}:\n${result.stdout}${result.stderr}`);
  return result;
}

/** `npm pack` of this checkout (its `prepare` builds dist/ when stale): the tarball's path. */
export function packTarball(): string {
  const dir = tempDir('care-check-pack-');
  const packed = must(run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT), 'npm pack');
  const name = packed.stdout.trim().split('\n').at(-1) ?? '';
  return join(dir, name);
}

/**
 * A CI runner's fresh checkout of a data repository made with `installed: false`: its files
 * (package.json, package-lock.json, data/) copied to a folder of its own beside it, where a tarball
 * the lockfile names by a relative path is still found. Each CI job runs on a runner of its own, so
 * that a job sees neither another job's node_modules/ nor its reports.
 */
export function checkout(repo: string): string {
  const dir = tempDir('city-data-checkout-');
  cpSync(repo, dir, { recursive: true });
  return dir;
}

/**
 * A fresh data repository: a package.json of its own, care-check added as a dev dependency from
 * `spec` (a tarball's path or a git URL), and the bundled samples copied to data/ (each month a
 * folder). `installed: false` writes package.json and package-lock.json only, as a clone of the
 * repository has them on a CI runner, where the job's own `npm ci` installs; by default npm
 * installs it there and then.
 */
export function dataRepository(spec: string, { installed = true }: { installed?: boolean } = {}): string {
  const repo = tempDir('city-data-');
  writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: 'city-data', private: true }, null, 2)}\n`);
  const args = ['install', '--save-dev', '--prefer-offline', ...(installed ? [] : ['--package-lock-only']), spec];
  must(run('npm', args, repo), `npm install ${spec}`);
  mkdirSync(join(repo, 'data'));
  for (const entry of readdirSync(SAMPLES)) {
    if (/^\d{4}-\d{2}$/.test(entry)) cpSync(join(SAMPLES, entry), join(repo, 'data', entry), { recursive: true });
  }
  return repo;
}
