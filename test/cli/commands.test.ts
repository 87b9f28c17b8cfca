import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, parse, parseDocument, type Node } from 'yaml';
import { ROOT, SAMPLES, runCli, tempDir } from './run-cli.js';
import { documentIds } from '../support/catalog.js';

const DOCUMENTS = documentIds();

interface ValidateJson {
  files: number;
  valid: number;
  problems: { file: string; line: number | null; column: number | null; path: string | null; code: string; severity: string }[];
}

interface PoliciesJson {
  documents: {
    id: string;
    title: string;
    area: { prefix: string; code: string; name: string };
    targets: { id: string; clause: string; quote: string; rule: { comparator: string; threshold: number | boolean }; scope: { type: string } }[];
    indicators: { id: string }[];
  }[];
}

const registry = parse(readFileSync(join(ROOT, 'data', 'measures.yaml'), 'utf8')) as Record<string, { type: string }>;

/** Every empty measure of an init file, filled in: integers and numbers with 10, booleans with true. */
function fillIn(text: string): string {
  const doc = parseDocument(text);
  const measures = doc.get('measures', true) as Node;
  if (!isMap(measures)) throw new Error('no measures mapping');
  for (const group of measures.items) {
    if (!isPair(group) || !isScalar(group.key) || !isMap(group.value)) continue;
    for (const pair of group.value.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const id = `${String(group.key.value)}.${String(pair.key.value)}`;
      doc.setIn(['measures', group.key.value, pair.key.value], registry[id]?.type === 'boolean' ? true : 10);
    }
  }
  return doc.toString();
}

function measureIds(text: string): string[] {
  const data = parse(text) as { measures: Record<string, Record<string, unknown>> };
  return Object.entries(data.measures).flatMap(([group, keys]) => Object.keys(keys).map((key) => `${group}.${key}`));
}


describe('care-check validate', () => {
  it('passes the bundled samples', () => {
    // in this thread (--jobs 1): the same problems and summary at any --jobs (parallel.test.ts)
    const run = runCli(['validate', SAMPLES, '--format', 'json', '--jobs', '1']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ValidateJson;
    expect(report.files).toBeGreaterThan(0);
    expect(report.valid).toBe(report.files);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(runCli(['validate', SAMPLES, '--lang', 'en', '--jobs', '1']).status).toBe(0);
  });

  it('exits 2 on a bad file and names it with line and column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.yaml'), 'unit:\n  code: "450202"\nperiod: 2025-06\nmeasures:\n  townships:\n    total: 8\n');
    writeFileSync(
      join(dir, 'bad.yaml'),
      'unit:\n  code: "450203"\nperiod: 2025-06\nmeasures:\n  townships:\n    total: 8\n    with_regional_center: -5\n',
    );
    const text = runCli(['validate', '.'], { cwd: dir });
    expect(text.status).toBe(2);
    expect(text.stdout).toMatch(/bad\.yaml:7:27\s+measures\.townships\.with_regional_center/);
    expect(text.stdout).not.toMatch(/good\.yaml/);

    const json = runCli(['validate', '.', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(2);
    const report = JSON.parse(json.stdout) as ValidateJson;
    expect(report.files).toBe(2);
    expect(report.valid).toBe(1);
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 7, column: 27, path: 'measures.townships.with_regional_center', code: 'negative', severity: 'error' }),
    ]);
  });

  it('refuses an unknown format', () => {
    expect(runCli(['validate', SAMPLES, '--format', 'xml']).status).toBe(2);
  });
});

describe('care-check policies', () => {
  it('lists the five documents in a table without colour codes', () => {
    const run = runCli(['policies'], { env: { NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    for (const id of DOCUMENTS) expect(run.stdout).toContain(id);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the documents as JSON', () => {
    const run = runCli(['policies', '--format', 'json', '--lang', 'en']);
    expect(run.status).toBe(0);
    const { documents } = JSON.parse(run.stdout) as PoliciesJson;
    expect(documents.map((d) => d.id).sort()).toEqual(DOCUMENTS);
    const liuzhou = documents.find((d) => d.id === 'liuzhou-2023');
    expect(liuzhou?.area.prefix).toBe('4502');
    expect(typeof liuzhou?.title).toBe('string');
    const target = liuzhou?.targets.find((t) => t.id === 'liuzhou-2023/facility-area-new');
    expect(target).toMatchObject({ clause: '二(四)11', rule: { comparator: '>=', threshold: 20 }, scope: { type: 'each-county' } });
    expect(target?.quote).toContain('20平方米');
    expect(liuzhou?.indicators.map((i) => i.id)).toContain('liuzhou-2023/lottery-share');
    // every target names its responsible units, as its clause does
    expect((target as unknown as { responsible: string[] }).responsible).toEqual(['市发展改革委', '民政局', '自然资源和规划局', '住房城乡建设局', '退役军人局']);
    for (const d of documents) for (const t of d.targets) expect((t as unknown as { responsible: string[] }).responsible.length, t.id).toBeGreaterThan(0);
  });

  it("shows one document's targets with clause and quote", () => {
    const run = runCli(['policies', 'guizhou-2023'], { env: { NO_COLOR: '1' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('guizhou-2023/lottery-share');
    expect(run.stdout).toContain('二(三)9');
    expect(run.stdout).toContain('责任单位：省财政厅、省民政厅');
    expect(run.stdout).not.toContain('liuzhou-2023/');
    const json = JSON.parse(runCli(['policies', 'guizhou-2023', '--format', 'json']).stdout) as PoliciesJson;
    expect(json.documents.map((d) => d.id)).toEqual(['guizhou-2023']);
  });

  it('exits 2 on an unknown document, suggesting the near one', () => {
    const run = runCli(['policies', 'liuzhou-2024']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('liuzhou-2023');
  });
});

describe('care-check explain', () => {
  it("prints a target's clause, quote, formula and measures", () => {
    const run = runCli(['explain', 'liuzhou-2023/facility-area-new']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('二(四)11');
    expect(run.stdout).toContain('residential_new.households');
    expect(run.stdout).toContain('residential_new.facility_area_m2');
    expect(run.stdout).toContain('新建城区、新建居住区户数');
    expect(run.stdout).toMatch(/责任单位：\s*市发展改革委、民政局、自然资源和规划局、住房城乡建设局、退役军人局/);
    // the levels that hold each measure: what a whole area sums and expects
    expect(runCli(['explain', 'liuzhou-2023/social-workers']).stdout).toMatch(/staff\.social_workers.*由市本级、县级填报/);

    const json = JSON.parse(runCli(['explain', 'yichun-2023/staff-trained', '--format', 'json']).stdout) as {
      target: { id: string; measures: { id: string }[]; deadline: unknown };
    };
    expect(json.target.id).toBe('yichun-2023/staff-trained');
    expect(json.target.measures.map((m) => m.id).sort()).toEqual(
      ['staff.caregivers', 'staff.caregivers_trained', 'staff.directors', 'staff.directors_trained'].sort(),
    );
    expect(json.target.deadline).toEqual({ type: 'date', date: '2025-12-31' });
  });

  it('explains a figure the document sets no number for', () => {
    const run = runCli(['explain', 'liuzhou-2023/lottery-share', '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { target: { rule: unknown } }).target.rule).toBeNull();
  });

  it('accepts a slug that only one document has', () => {
    const run = runCli(['explain', 'three-level-network', '--format', 'json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { target: { id: string } }).target.id).toBe('liuzhou-2023/three-level-network');
  });

  it('exits 2 on an unknown target, suggesting the near one', () => {
    const typo = runCli(['explain', 'liuzhou-2023/facility-area-nwe']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('liuzhou-2023/facility-area-new');
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    const shared = runCli(['explain', 'facility-area-new']);
    expect(shared.status).toBe(2);
    expect(shared.stderr).toContain('guizhou-2023/facility-area-new');
    expect(shared.stderr).toContain('liuzhou-2023/facility-area-new');
  });
});

describe('care-check init', () => {
  it('writes a file to fill in, which fails validation until it is filled in, then validates and checks', () => {
    const dir = tempDir();
    const run = runCli(['init', '--code', '450202', '--period', '2025-06'], { cwd: dir });
    expect(run.status).toBe(0);
    const file = join(dir, '2025-06', '450202.yaml');
    const text = readFileSync(file, 'utf8');

    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
    expect(modeline).not.toBeNull();
    expect(existsSync(resolve(dirname(file), modeline?.[1] ?? ''))).toBe(true);

    const data = parse(text) as { unit: { code: string; name: string }; period: string };
    expect(data.unit.code).toBe('450202');
    expect(data.period).toBe('2025-06');
    const ids = measureIds(text);
    // each-county and whole-area targets of Liuzhou, and the lottery figure Liuzhou shows for counties
    for (const id of ['residential_new.households', 'special_poor.centralized', 'staff.directors_trained', 'lottery.elderly_care']) {
      expect(ids).toContain(id);
    }
    // Guizhou's, Guilin's and Chaoyang's measures are not Liuzhou's
    for (const id of ['planning.community_facility_land_m2', 'meal_service.settlement_points', 'high_age_allowance.recipients']) {
      expect(ids).not.toContain(id);
    }
    expect(text).toContain('liuzhou-2023/facility-area-new');

    // not filled in: every empty value is an error at its own line, never a zero
    const unfilled = runCli(['validate', file, '--format', 'json']);
    expect(unfilled.status).toBe(2);
    const problems = (JSON.parse(unfilled.stdout) as ValidateJson).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.path).sort()).toEqual(ids.map((id) => `measures.${id}`).sort());
    const lines = text.split('\n');
    for (const p of problems) expect(lines[(p.line ?? 0) - 1]).toMatch(new RegExp(`^\\s+${p.path?.split('.').pop()}:\\s*$`));

    writeFileSync(file, fillIn(text));
    const filled = runCli(['validate', file, '--format', 'json']);
    expect(JSON.parse(filled.stdout)).toMatchObject({ files: 1, valid: 1, problems: [] });
    expect(filled.status).toBe(0);

    const check = runCli(['check', file, '--as-of', '2025-06-30', '--format', 'json']);
    expect([0, 1]).toContain(check.status);
    const report = JSON.parse(check.stdout) as { results: { target: string; unit: { code: string }; status: string }[]; problems: unknown[] };
    expect(report.problems).toEqual([]);
    const own = report.results.find((r) => r.unit.code === '450202' && r.target === 'liuzhou-2023/facility-area-new');
    expect(own?.status).toBe('met'); // 10 m² for 10 households: 100 m² per 100 households, at least 20
  });

  it('refuses to overwrite a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'mine.yaml'), 'keep me\n');
    const run = runCli(['init', '--code', '450202', '--period', '2025-06', '--output', 'mine.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('keep me\n');
    expect(runCli(['init', '--code', '450202', '--period', '2025-06'], { cwd: dir }).status).toBe(0);
    expect(runCli(['init', '--code', '450202', '--period', '2025-06'], { cwd: dir }).status).toBe(2);
  });

  it("asks a city's own accounts only for the whole-area and city-level figures", () => {
    const dir = tempDir();
    expect(runCli(['init', '--code', '450200', '--period', '2025-06', '--output', 'city.yaml'], { cwd: dir }).status).toBe(0);
    const ids = measureIds(readFileSync(join(dir, 'city.yaml'), 'utf8'));
    expect(ids).toContain('staff.directors'); // whole-area: the city's own figures go into the sum
    expect(ids).toContain('staff.social_workers');
    // whole-area measures its level does not hold: the counties' population, townships, homes adapted
    expect(ids).not.toContain('population.elderly_60plus');
    expect(ids).not.toContain('townships.total');
    expect(ids).not.toContain('home_adaptation.households_cumulative');
    expect(ids).not.toContain('residential_new.households'); // each county
    expect(ids).not.toContain('lottery.welfare_fund'); // Liuzhou shows the lottery share for counties only

    expect(runCli(['init', '--code', '360900', '--period', '2025-06', '--output', 'yichun.yaml'], { cwd: dir }).status).toBe(0);
    expect(measureIds(readFileSync(join(dir, 'yichun.yaml'), 'utf8'))).toContain('lottery.welfare_fund'); // each level city, county
  });

  it('exits 2 on a bad code, an unknown code or a bad period', () => {
    const dir = tempDir();
    for (const args of [
      ['--code', '45020', '--period', '2025-06'],
      ['--code', '459999', '--period', '2025-06'],
      ['--code', '450202', '--period', '2025-13'],
      ['--period', '2025-06'],
    ]) {
      const run = runCli(['init', ...args], { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, '2025-06'))).toBe(false);
  });
});
