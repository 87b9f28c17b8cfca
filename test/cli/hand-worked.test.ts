// The hand-worked cases, run through the built CLI on files written here, with the
// figures worked out by hand in the comments (tracking.md: months counted to the end of each month).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, runCli, tempDir } from './run-cli.js';

interface JsonResult {
  target: string;
  unit: { code: string };
  aggregate: boolean;
  status: string;
  value: number | boolean | null;
  flags: string[];
  deadline: string | null;
  trend: { observations: number; pace: number | null; requiredPace: number | null; projected: number | null; paceRatio: number | null };
}

let results: JsonResult[] = [];

function write(dir: string, period: string, code: string, measures: string): void {
  mkdirSync(join(dir, period), { recursive: true });
  writeFileSync(join(dir, period, `${code}.yaml`), `unit:\n  code: "${code}"\nperiod: ${period}\nmeasures:\n${measures}`);
}

function find(target: string, code: string, aggregate: boolean): JsonResult {
  const found = results.find((r) => r.target === target && r.unit.code === code && r.aggregate === aggregate);
  if (found === undefined) throw new Error(`no result for ${target} ${code}`);
  return found;
}

beforeAll(() => {
  const dir = tempDir();
  // A county target: 2,500 m² for 12,000 households = 20.83 m² per 100 households ≥ 20.
  write(dir, '2025-06', '450202', '  residential_new:\n    households: 12000\n    facility_area_m2: 2500\n');
  // A whole-area share over two months: May (85 + 27) / 150 = 74.67%, June (90 + 30) / 150 = 80%
  // (an average of the shares would be 75%). Slope between two points 5.33 pp a month; required
  // (85 − 80) / 6 months = 0.833; ρ = 6.4.
  // A running total: 4,000 + 2,000 = 6,000 homes by June 2025, from an implicit 0 on 2021-01-01:
  // 54 months, pace 111.1 a month; required (8,000 − 6,000) / 6 = 333.3; ρ = 1/3.
  write(dir, '2025-05', '360902', '  villages:\n    total: 100\n    with_mutual_aid: 85\n');
  write(dir, '2025-05', '360921', '  villages:\n    total: 50\n    with_mutual_aid: 27\n');
  write(dir, '2025-06', '360902', '  villages:\n    total: 100\n    with_mutual_aid: 90\n  home_adaptation:\n    special_difficulty_cumulative: 4000\n');
  write(dir, '2025-06', '360921', '  villages:\n    total: 50\n    with_mutual_aid: 30\n  home_adaptation:\n    special_difficulty_cumulative: 2000\n');
  // A passed deadline (end of 2020): 8 of 10 existing areas have 200 m², judged on data after it.
  write(dir, '2025-06', '450302', '  residential_existing:\n    areas: 10\n    areas_with_200m2: 8\n');
  // An each-year target: 1 session by March, 3 by June, from 0 on 1 January: least squares over
  // (0, 0), (3, 1), (6, 3) gives 0.5 a month; required (4 − 3) / 6 = 0.167; ρ = 3; projected 6.
  write(dir, '2025-03', '450300', '  training:\n    sessions_ytd: 1\n');
  write(dir, '2025-06', '450300', '  training:\n    sessions_ytd: 3\n');
  // A few units stand for whole areas here (2 of Yichun's 10 counties, 1 of Guilin's 18 units):
  // --thresholds coverage=0.05 lets their sums be judged (partial), so that each figure is seen.
  const run = runCli(['check', dir, '--as-of', '2025-06-30', '--format', 'json', '--fail-on', 'never', '--thresholds', 'coverage=0.05']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  results = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
});

describe('hand-worked cases', () => {
  it('a county target', () => {
    const r = find('liuzhou-2023/facility-area-new', '450202', false);
    expect(r.status).toBe('met');
    expect(r.value).toBeCloseTo(20.8333, 4);
    expect(r.deadline).toBeNull();
  });

  it('a whole-area share over a two-observation trend', () => {
    const r = find('yichun-2023/village-mutual-aid', '360900', true);
    expect(r.value).toBeCloseTo(80, 9);
    expect(r.status).toBe('on-track');
    expect(r.flags).toEqual(expect.arrayContaining(['low-confidence', 'partial']));
    expect(r.trend.observations).toBe(2);
    expect(r.trend.pace).toBeCloseTo(16 / 3, 9);
    expect(r.trend.requiredPace).toBeCloseTo(5 / 6, 9);
    expect(r.trend.paceRatio).toBeCloseTo(6.4, 9);
    expect(r.trend.projected).toBe(100);
  });

  it('a running total from its implicit zero', () => {
    const r = find('yichun-2023/home-adaptation', '360900', true);
    expect(r.value).toBe(6000);
    expect(r.status).toBe('off-track');
    expect(r.trend.pace).toBeCloseTo(6000 / 54, 9);
    expect(r.trend.requiredPace).toBeCloseTo(2000 / 6, 9);
    expect(r.trend.paceRatio).toBeCloseTo(1 / 3, 9);
  });

  it('a passed deadline', () => {
    const r = find('guilin-2020/existing-area-200m2', '450302', false);
    expect(r.status).toBe('missed');
    expect(r.value).toBeCloseTo(80, 9);
    expect(r.flags).toContain('after-deadline');
    expect(r.deadline).toBe('2020-12-31');
  });

  it('an each-year target in its running year', () => {
    const r = find('guilin-2020/training-sessions', '450300', true);
    expect(r.deadline).toBe('2025-12-31');
    expect(r.status).toBe('on-track');
    expect(r.trend.pace).toBeCloseTo(0.5, 9);
    expect(r.trend.requiredPace).toBeCloseTo(1 / 6, 9);
    expect(r.trend.paceRatio).toBeCloseTo(3, 9);
    expect(r.trend.projected).toBeCloseTo(6, 9);
  });
});

// ---------------------------------------------------------------- issue 9: whole areas, as an official signs them

interface AreaResult extends JsonResult {
  period: string | null;
  missingUnits: string[];
  carried: { code: string; period: string }[];
  coverage: { period: string; share: number; used: boolean }[];
  noDataReason: string | null;
  history: { period: string; value: number | boolean | null }[];
}

const LIUZHOU_COUNTIES = ['450202', '450203', '450204', '450205', '450206', '450222', '450223', '450224', '450225', '450226'];

function areaRun(dir: string, extra: string[] = []): AreaResult[] {
  const run = runCli(['check', dir, '--as-of', '2025-06-30', '--format', 'json', '--fail-on', 'never', '--only', 'liuzhou-2023', ...extra]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { results: AreaResult[] }).results;
}

function areaResult(results: AreaResult[], target: string): AreaResult {
  const found = results.find((r) => r.target === target && r.aggregate);
  if (found === undefined) throw new Error(`no whole-area result for ${target}`);
  return found;
}

describe('whole areas (issue 9)', () => {
  it("counts the city's own social workers beside the counties' population: 1.5 per 1,000, met", () => {
    // The city's own accounts: 100 social workers, no population (a city holds none).
    // Ten counties: 5 social workers and 10,000 residents aged 60+ each.
    // (100 + 10 × 5) / (10 × 10,000) × 1,000 = 150 / 100,000 × 1,000 = 1.5 ≥ 1: met.
    const dir = tempDir();
    write(dir, '2025-06', '450200', '  staff:\n    social_workers: 100\n');
    for (const code of LIUZHOU_COUNTIES) write(dir, '2025-06', code, '  population:\n    elderly_60plus: 10000\n  staff:\n    social_workers: 5\n');
    const r = areaResult(areaRun(dir), 'liuzhou-2023/social-workers');
    expect(r.value).toBeCloseTo(1.5, 12);
    expect(r.status).toBe('met');
    expect(r.missingUnits).toEqual([]);
    expect(r.flags).toEqual([]);
    expect(r.coverage).toEqual([{ period: '2025-06', share: 1, used: true }]);
  });

  it('carries a late county forward, so that a running total never dips', () => {
    // Caregiver training, person-times since 2021, held by the city's own accounts and the counties.
    // May: nine counties 1,000 each, 三江 (450226) 1,500, the city 500: 9,000 + 1,500 + 500 = 11,000.
    // June: nine counties 1,100 each, the city 600, 三江 sent nothing: its May 1,500 is carried:
    // 9,900 + 600 + 1,500 = 12,000. Without carrying (carry=0) June would be 9,900 + 600 = 10,500,
    // below May: a running total cannot fall.
    const dir = tempDir();
    for (const code of LIUZHOU_COUNTIES) {
      write(dir, '2025-05', code, `  training:\n    caregiver_person_times_cumulative: ${code === '450226' ? 1500 : 1000}\n`);
      if (code !== '450226') write(dir, '2025-06', code, '  training:\n    caregiver_person_times_cumulative: 1100\n');
    }
    write(dir, '2025-05', '450200', '  training:\n    caregiver_person_times_cumulative: 500\n');
    write(dir, '2025-06', '450200', '  training:\n    caregiver_person_times_cumulative: 600\n');

    const carried = areaResult(areaRun(dir), 'liuzhou-2023/caregiver-training');
    expect(carried.history).toEqual([{ period: '2025-05', value: 11000 }, { period: '2025-06', value: 12000 }]);
    expect(carried.value).toBe(12000);
    expect(carried.carried).toEqual([{ code: '450226', period: '2025-05' }]);
    expect(carried.flags).toContain('carried');
    expect(carried.missingUnits).toEqual([]);

    // carry=0: 三江 is missing in June (10 of 11 units, 91% ≥ 80%: still an observation), and the total dips
    const dipped = areaResult(areaRun(dir, ['--thresholds', 'carry=0']), 'liuzhou-2023/caregiver-training');
    expect(dipped.history).toEqual([{ period: '2025-05', value: 11000 }, { period: '2025-06', value: 10500 }]);
    expect(dipped.missingUnits).toEqual(['450226']);
    expect(dipped.flags).toContain('partial');
    expect(dipped.carried).toEqual([]);
  });

  it('gives no city-wide verdict from one county\'s file', () => {
    // 柳江区 (450206) alone: 1 of Liuzhou's 10 counties (10%, below 80%) for every county measure.
    const run = runCli(['check', join(SAMPLES, '2025-06', '450206.yaml'), '--as-of', '2025-06-30', '--format', 'json', '--only', 'liuzhou-2023']);
    expect(run.stderr).toBe('');
    const results = (JSON.parse(run.stdout) as { results: AreaResult[] }).results;
    const areas = results.filter((r) => r.aggregate);
    expect(areas.length).toBeGreaterThan(0);
    for (const r of areas) {
      expect([r.target, r.status, r.noDataReason]).toEqual([r.target, 'no-data', 'thin-coverage']);
      expect(r.value).toBeNull();
      expect(r.missingUnits.length, r.target).toBeGreaterThan(0);
    }
    const townships = areas.find((r) => r.target === 'liuzhou-2023/township-center-coverage')!;
    expect(townships.missingUnits).toEqual(LIUZHOU_COUNTIES.filter((c) => c !== '450206'));
    expect(townships.coverage).toEqual([{ period: '2025-06', share: 0.1, used: false }]);
    // what fails is the county's own results, never a verdict on the city
    expect(results.filter((r) => r.status === 'missed' || r.status === 'off-track').every((r) => !r.aggregate)).toBe(true);
  });

  it('does not judge Guizhou from Guiyang alone', () => {
    // The samples hold Guiyang's 10 counties of Guizhou's 88: 10 / 88 = 11.4% coverage, no verdict.
    // Guizhou's files only (a glob, every month): with --only, the other areas' files are only read
    // to be passed over.
    const run = runCli(['check', `${SAMPLES}/*/52*.yaml`, '--as-of', '2025-06-30', '--format', 'json', '--only', 'guizhou-2023', '--fail-on', 'never']);
    const results = (JSON.parse(run.stdout) as { results: AreaResult[] }).results.filter((r) => r.aggregate);
    expect(results.map((r) => r.target).sort()).toEqual([
      'guizhou-2023/home-visit-demos',
      'guizhou-2023/rural-mutual-aid-demos',
      'guizhou-2023/township-center-rate',
    ]);
    for (const r of results) {
      expect(r.status, r.target).toBe('no-data');
      expect(r.noDataReason, r.target).toBe('thin-coverage');
      expect(r.coverage.at(-1)?.share, r.target).toBeCloseTo(10 / 88, 12);
      expect(r.missingUnits, r.target).toHaveLength(78);
    }
  });
});
