// `init` for a whole area, or several units, for last month; and the schema line that init and
// import write in a data repository where care-check is installed as a package.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ensureBuilt, ROOT, runCli, tempDir } from './run-cli.js';

const PERIOD = '2025-06';

function lastMonth(d: Date): string {
  const m = new Date(d.getFullYear(), d.getMonth() - 1, 1);
  return `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}`;
}

const modelineOf = (text: string) => /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1] ?? null;

beforeAll(() => ensureBuilt());

describe('init --area and several --code', () => {
  test('--area writes one file per reporting unit; a second run overwrites none and says so', () => {
    const dir = tempDir('care-check-init-');
    const run = runCli(['init', '--area', '4502', '--period', PERIOD], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const files = readdirSync(join(dir, PERIOD)).sort();
    expect(files).toEqual(['450200', '450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'].map((c) => `${c}.yaml`));
    for (const file of files) {
      const data = parse(readFileSync(join(dir, PERIOD, file), 'utf8')) as { unit: { code: string }; period: string };
      expect(data.unit.code).toBe(file.slice(0, 6));
      expect(data.period).toBe(PERIOD);
    }
    // what one --code writes is what --area writes for that unit
    const one = tempDir('care-check-init-');
    expect(runCli(['init', '--code', '450202', '--period', PERIOD], { cwd: one }).status).toBe(0);
    expect(readFileSync(join(one, PERIOD, '450202.yaml'), 'utf8').split('\n').slice(1)).toEqual(
      readFileSync(join(dir, PERIOD, '450202.yaml'), 'utf8').split('\n').slice(1),
    );

    writeFileSync(join(dir, PERIOD, '450202.yaml'), 'filled in already\n');
    const again = runCli(['init', '--area', '4502', '--period', PERIOD, '--lang', 'en'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${PERIOD}/450202.yaml exists already`);
    expect(again.stdout).toContain('0 files written, 11 existing files left as they were');
    expect(readFileSync(join(dir, PERIOD, '450202.yaml'), 'utf8')).toBe('filled in already\n');
  });

  test('several --code, as a list or repeated, into the folder --output names (made when missing)', () => {
    const dir = tempDir('care-check-init-');
    const run = runCli(['init', '--code', '450202,450203', '--code', '360902', '--period', PERIOD, '--output', 'data'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'data', PERIOD)).sort()).toEqual(['360902.yaml', '450202.yaml', '450203.yaml']);
    writeFileSync(join(dir, 'x.yaml'), 'a file\n');
    const notFolder = runCli(['init', '--code', '450202,450203', '--period', PERIOD, '--output', 'x.yaml'], { cwd: dir });
    expect(notFolder.status).toBe(2);
    expect(notFolder.stderr).toContain('x.yaml');
    const outside = runCli(['init', '--area', '4502', '--code', '360902', '--period', PERIOD], { cwd: dir });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('360902');
  });

  test('the period defaults to last month', () => {
    const dir = tempDir('care-check-init-');
    const before = lastMonth(new Date());
    expect(runCli(['init', '--code', '450202'], { cwd: dir }).status).toBe(0);
    const after = lastMonth(new Date());
    const [folder] = readdirSync(dir);
    expect([before, after]).toContain(folder);
    expect(lastMonth(new Date(2025, 0, 15))).toBe('2024-12');
  });
});

describe('the schema line in a data repository that installs care-check', () => {
  let repo: string;
  let installed: string;

  beforeAll(() => {
    // what `npm install --save-dev care-check` leaves: node_modules/care-check (a link for a local path)
    repo = tempDir('care-check-repo-');
    mkdirSync(join(repo, 'node_modules'));
    installed = join(repo, 'node_modules', 'care-check');
    symlinkSync(ROOT, installed, 'dir');
    mkdirSync(join(repo, 'data'));
  });

  const INSTALLED = '../../node_modules/care-check/schemas/unit-report.schema.json';

  test('init points every file at the installed schema, relative to the file', () => {
    const run = runCli(['init', '--area', '4502', '--period', PERIOD, '--output', 'data'], { cwd: repo, root: installed });
    expect(run.status, run.stderr).toBe(0);
    for (const file of readdirSync(join(repo, 'data', PERIOD))) {
      const path = join(repo, 'data', PERIOD, file);
      const ref = modelineOf(readFileSync(path, 'utf8'));
      expect(ref).toBe(INSTALLED);
      expect(existsSync(resolve(dirname(path), ref!))).toBe(true);
    }
  });

  test('import writes the same line', () => {
    const csv = 'code,name,townships.total\n450202,城中区,8\n';
    writeFileSync(join(repo, 'one.csv'), csv);
    const run = runCli(['import', 'one.csv', '--period', '2025-07', '--output', 'data'], { cwd: repo, root: installed });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(modelineOf(readFileSync(join(repo, 'data', '2025-07', '450202.yaml'), 'utf8'))).toBe(INSTALLED);
  });

  test('outside such a repository, the line points at the running copy', () => {
    const dir = tempDir('care-check-init-');
    expect(runCli(['init', '--code', '450202', '--period', PERIOD], { cwd: dir }).status).toBe(0);
    const path = join(dir, PERIOD, '450202.yaml');
    const ref = modelineOf(readFileSync(path, 'utf8'))!;
    expect(resolve(dirname(path), ref)).toBe(join(ROOT, 'schemas', 'unit-report.schema.json'));
  });
});
