// Input that could be credited to the wrong unit or month is refused, at the offending line
// (issue 9, "Input that is never mistaken for another"), through the built CLI.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, runCli, tempDir } from './run-cli.js';

interface Report {
  results: { target: string; unit: { code: string }; aggregate: boolean; status: string; value: number | null; noDataReason: string | null; carried: { code: string; period: string }[] }[];
  problems: { file: string; line: number | null; column: number | null; path: string | null; code: string; message: string; severity: string }[];
}

const AS_OF = ['--as-of', '2025-06-30'];

function check(dir: string, extra: string[] = []): { status: number | null; report: Report; stderr: string } {
  const run = runCli(['check', '.', ...AS_OF, '--format', 'json', '--lang', 'en', ...extra], { cwd: dir });
  return { status: run.status, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

function file(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const county = (code: string, period: string, body = '  residential_new:\n    households: 1000\n    facility_area_m2: 250\n'): string =>
  `unit:\n  code: "${code}"\nperiod: ${period}\nmeasures:\n${body}`;

describe('two files for one unit and month', () => {
  it('refuses both, names both, and counts the month as not reported (a whole area carries the unit)', () => {
    // 城中区's June file and its backup copy: neither is used. Liuzhou's caregiver training then
    // carries 城中区's May figure: the copy never wins silently, and the total does not dip.
    const dir = tempDir();
    for (const code of ['450200', '450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226']) {
      for (const period of ['2025-05', '2025-06']) {
        file(dir, `${period}/${code}.yaml`, county(code, period, `  training:\n    caregiver_person_times_cumulative: ${period === '2025-05' ? 100 : 110}\n`));
      }
    }
    copyFileSync(join(dir, '2025-06', '450202.yaml'), join(dir, '2025-06', '450202 - 副本.yaml'));
    const { status, report } = check(dir, ['--only', 'liuzhou-2023']);
    expect(status).toBe(2);
    const duplicates = report.problems.filter((p) => p.code === 'duplicate-report');
    expect(duplicates.map((p) => [p.file, p.line, p.path])).toEqual([
      ['2025-06/450202 - 副本.yaml', 3, 'period'],
      ['2025-06/450202.yaml', 3, 'period'],
    ]);
    for (const p of duplicates) {
      expect(p.message).toContain('2025-06/450202.yaml');
      expect(p.message).toContain('2025-06/450202 - 副本.yaml');
    }
    const training = report.results.find((r) => r.target === 'liuzhou-2023/caregiver-training' && r.aggregate)!;
    // June: ten units at 110 and 城中区's May 100, carried: 1,100 + 100 = 1,200
    expect(training.value).toBe(1200);
    expect(training.carried).toEqual([{ code: '450202', period: '2025-05' }]);
  });
});

describe('a file in the wrong place', () => {
  it('refuses a file named after another code, at the code', () => {
    const dir = tempDir();
    file(dir, '450203.yaml', county('450202', '2025-06'));
    const { status, report } = check(dir);
    expect(status).toBe(2);
    expect(report.problems.map((p) => [p.code, p.file, p.line, p.column, p.path])).toEqual([['code-mismatch', '450203.yaml', 2, 9, 'unit.code']]);
    expect(report.results.some((r) => r.unit.code === '450202' || r.unit.code === '450203')).toBe(false);
  });

  it('refuses a file in another month\'s folder, at the period', () => {
    const dir = tempDir();
    file(dir, '2025-06/450202.yaml', county('450202', '2025-05'));
    const { status, report } = check(dir);
    expect(status).toBe(2);
    expect(report.problems.map((p) => [p.code, p.file, p.line, p.column, p.path])).toEqual([['period-mismatch', '2025-06/450202.yaml', 3, 9, 'period']]);
    expect(report.results.some((r) => r.unit.code === '450202')).toBe(false);
  });

  it('takes a file whose name is no code, in a folder that is no month', () => {
    const dir = tempDir();
    file(dir, 'june/chengzhong.yaml', county('450202', '2025-06'));
    const { status, report } = check(dir);
    expect(report.problems).toEqual([]);
    expect(status).toBe(0);
    expect(report.results.some((r) => r.unit.code === '450202')).toBe(true);
  });
});

describe('a period after the as-of date', () => {
  it('is a problem at its line, never dropped in silence', () => {
    const dir = tempDir();
    file(dir, 'a.yaml', county('450202', '2052-06'));
    const { status, report } = check(dir);
    expect(status).toBe(2);
    expect(report.problems.map((p) => [p.code, p.file, p.line, p.column, p.path])).toEqual([['future-period', 'a.yaml', 3, 9, 'period']]);
    expect(report.results).toEqual([]);
  });

  it('over the samples as of 1999: every file is named, exit 2', () => {
    // in this thread (--jobs 1): the same problems in the same order at any --jobs (parallel.test.ts)
    const run = runCli(['check', SAMPLES, '--as-of', '1999-01-01', '--format', 'json', '--jobs', '1']);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.results).toEqual([]);
    expect(report.problems.length).toBeGreaterThan(1000);
    expect(report.problems.every((p) => p.code === 'future-period' && p.line !== null)).toBe(true);
  });
});

describe('a computed value that is not a finite number', () => {
  it('is no-data with its reason, and a problem at the figure that produced it', () => {
    // 1.7e308 m² × 100 overflows: no value, never `met` with value null
    const dir = tempDir();
    file(dir, 'a.yaml', county('450202', '2025-06', '  residential_new:\n    households: 1000\n    facility_area_m2: 1.7e308\n'));
    const { status, report } = check(dir);
    expect(status).toBe(2);
    const r = report.results.find((x) => x.target === 'liuzhou-2023/facility-area-new' && x.unit.code === '450202')!;
    expect([r.status, r.value, r.noDataReason]).toEqual(['no-data', null, 'not-finite']);
    expect(report.problems.map((p) => [p.code, p.file, p.line, p.column, p.path])).toEqual([
      ['not-finite-result', 'a.yaml', 7, 23, 'measures.residential_new.facility_area_m2'],
    ]);
  });
});

describe('a figure that its level does not hold', () => {
  it("is a warning, and is left out of the area's sums (a city's own file holding its counties' population)", () => {
    const dir = tempDir();
    file(dir, 'city.yaml', county('450200', '2025-06', '  population:\n    elderly_60plus: 900000\n  staff:\n    social_workers: 100\n'));
    const { report } = check(dir);
    expect(report.problems.map((p) => [p.code, p.severity, p.line, p.path])).toEqual([['not-held', 'warning', 6, 'measures.population.elderly_60plus']]);
  });
});

describe('no path', () => {
  it('never reads the bundled samples unasked, and says how to name them', () => {
    for (const args of [['check', ...AS_OF], ['validate']]) {
      const run = runCli([...args, '--lang', 'en']);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('data/samples');
    }
    // the README's quick start names them
    expect(readFileSync(join(SAMPLES, '..', '..', 'README.md'), 'utf8')).toMatch(/care-check\.js check data\/samples --as-of 2025-06-30/);
  });
});
