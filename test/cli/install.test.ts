// How a data repository gets a working command: from a git URL (npm runs the `prepare` script,
// which builds dist/), and never a stack trace when a copy lacks its build. The tarball install is
// tested with the CI examples (examples.test.ts), which run in a repository installed that way.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataRepository, run } from './data-repo.js';
import { ROOT, packageCopy, runCli } from './run-cli.js';

describe('installing care-check', () => {
  it('from a git URL builds the command on the way (the committed tree, as a clean clone has it)', () => {
    const repo = dataRepository(`git+file://${ROOT}`);
    const version = run('npx', ['care-check', '--version'], repo);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const check = run('npx', ['care-check', 'check', 'data/2025-06', '--as-of', '2025-06-30', '--format', 'json'], repo);
    expect([0, 1]).toContain(check.status);
    expect((JSON.parse(check.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    // npm clones, installs the devDependencies, builds and packs: 165 s at load 12, over 300 s at load 15–22
  }, 600_000);

  it('a copy without its build says so in one line and exits 3, whatever the command', () => {
    const copy = packageCopy();
    rmSync(join(copy, 'dist'), { recursive: true });
    for (const args of [['--version'], ['check', 'data/'], []]) {
      const result = runCli(args, { root: copy });
      expect(result.status).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('npm run build');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('any other failure to load the launcher is not mistaken for a missing build', () => {
    const copy = packageCopy();
    writeFileSync(join(copy, 'dist', 'boot', 'launch.cjs'), "require('./no-such-module.cjs');\n");
    const result = runCli(['--version'], { root: copy });
    expect(result.status).not.toBe(0);
    expect(result.stderr).not.toContain('npm run build');
  });
});
