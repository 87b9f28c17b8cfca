// The hand-worked cases, run through the built CLI on files written here, with the
// figures worked out by hand in the comments (tracking.md: months counted to the end of each month).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './run-cli.js';

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
  write(dir, '2025-06', '360902', '  villages:\n    total: 100\n    with_mutual_aid: 90\n  home_adaptation:\n    households_cumulative: 4000\n');
  write(dir, '2025-06', '360921', '  villages:\n    total: 50\n    with_mutual_aid: 30\n  home_adaptation:\n    households_cumulative: 2000\n');
  // A passed deadline (end of 2020): 8 of 10 existing areas have 200 m², judged on data after it.
  write(dir, '2025-06', '450302', '  residential_existing:\n    areas: 10\n    areas_with_200m2: 8\n');
  // An each-year target: 1 session by March, 3 by June, from 0 on 1 January: least squares over
  // (0, 0), (3, 1), (6, 3) gives 0.5 a month; required (4 − 3) / 6 = 0.167; ρ = 3; projected 6.
  write(dir, '2025-03', '450300', '  training:\n    sessions_ytd: 1\n');
  write(dir, '2025-06', '450300', '  training:\n    sessions_ytd: 3\n');
  const run = runCli(['check', dir, '--as-of', '2025-06-30', '--format', 'json', '--fail-on', 'never']);
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
