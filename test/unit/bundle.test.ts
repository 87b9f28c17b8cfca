// The launcher's bundle (src/launch.cts): V8's code cache is offered only for the bundle it was
// made from, and a run without a bundle or without a cache still works.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, packageCopy, ROOT, runCli, tempDir, type CliRun } from '../cli/run-cli.js';

interface BundleModule {
  BUNDLE_FILE: string;
  loadBundle(file?: string, options?: { cache?: boolean }): { cacheUsed: boolean; entry: { runCli: unknown } } | null;
}

let bundle: BundleModule;

beforeAll(() => {
  ensureBuilt();
  bundle = createRequire(import.meta.url)(join(ROOT, 'dist', 'boot', 'launch.cjs')) as BundleModule;
});

describe('the bundle and its code cache', () => {
  test('the built bundle starts with the cache the build made for it', () => {
    const loaded = bundle.loadBundle();
    expect(loaded?.cacheUsed).toBe(true);
    expect(typeof loaded?.entry.runCli).toBe('function');
  });

  test('a cache made for another bundle is not offered, and the bundle still loads', () => {
    const dir = tempDir('care-check-bundle-');
    const file = join(dir, 'care-check.cjs');
    const source = readFileSync(bundle.BUNDLE_FILE, 'utf8');
    // the same code under another name, as a rebuilt bundle would have
    writeFileSync(file, source.replace(/^(\/\/ care-check bundle )[0-9a-f]{40}/, `$1${'0'.repeat(40)}`));
    copyFileSync(`${bundle.BUNDLE_FILE}.cache`, `${file}.cache`);
    const loaded = bundle.loadBundle(file);
    expect(loaded?.cacheUsed).toBe(false);
    expect(typeof loaded?.entry.runCli).toBe('function');
  });

  test('without a cache the bundle loads; without a bundle there is nothing to load', () => {
    expect(bundle.loadBundle(bundle.BUNDLE_FILE, { cache: false })?.cacheUsed).toBe(false);
    expect(bundle.loadBundle(join(tempDir('care-check-bundle-'), 'care-check.cjs'))).toBeNull();
  });
});

describe('the same run, however the CLI starts', () => {
  // the bundled samples of one month, read from the same folder by every copy
  const ARGS = ['check', 'data/samples/2025-06', '--as-of', '2025-06-30', '--format', 'json'];
  const run = (root: string): CliRun => runCli(ARGS, { root, cwd: ROOT });

  test('with the bundle and its cache, with a cache V8 refuses, and without the bundle (the modules tsc wrote)', () => {
    const bundled = run(ROOT);
    expect(bundled.status).toBe(1);
    expect(bundled.stderr).toBe('');
    // the copies without their samples: every run reads the repository's (cwd ROOT)
    const refused = packageCopy({ samples: false });
    writeFileSync(join(refused, 'dist', 'care-check.cjs.cache'), `${readFileSync(join(ROOT, 'dist', 'care-check.cjs'), 'latin1').slice(21, 61)}not V8's data`);
    const unbundled = packageCopy({ samples: false });
    rmSync(join(unbundled, 'dist', 'care-check.cjs'));
    for (const dir of [refused, unbundled]) {
      const other = run(dir);
      expect(other.stderr).toBe('');
      expect(other.status).toBe(bundled.status);
      expect(other.stdout).toBe(bundled.stdout);
    }
  });
});
