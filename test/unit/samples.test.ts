import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANCHOR, PERIODS, SAMPLED_PART, SAMPLES_DIR, SEED, sampleFiles, sampleUnits } from '../../scripts/generate-samples.mjs';
import { MODELINE, measuresFor, rngFor, toYaml, unitModel, unitsFor } from '../../scripts/synth/index.mjs';

const root = new URL('../../', import.meta.url);
const divisionsText = readFileSync(new URL('data/divisions/2024.txt', root), 'utf8');
const names = new Map(divisionsText.split('\n').filter(Boolean).map((l) => [l.slice(0, 6), l.slice(7).trim()]));

interface MeasureEntry {
  type: 'integer' | 'number' | 'boolean';
  partOf?: string;
  window?: string;
  levels: ('province' | 'city' | 'county')[];
}
const registry = parse(readFileSync(new URL('data/measures.yaml', root), 'utf8')) as Record<string, MeasureEntry>;

interface Sample {
  path: string;
  period: string;
  code: string;
  firstLine: string;
  doc: { unit: { code: unknown; name?: unknown }; period: unknown; measures: Record<string, Record<string, unknown>> };
  flat: Record<string, number | boolean>;
}

function readSamples(): Sample[] {
  const out: Sample[] = [];
  for (const period of readdirSync(SAMPLES_DIR).filter((d) => /^\d{4}-\d{2}$/.test(d)).sort()) {
    for (const file of readdirSync(`${SAMPLES_DIR}${period}`).sort()) {
      const text = readFileSync(`${SAMPLES_DIR}${period}/${file}`, 'utf8');
      const doc = parse(text) as Sample['doc'];
      const flat: Record<string, number | boolean> = {};
      for (const [group, fields] of Object.entries(doc.measures ?? {})) {
        for (const [name, value] of Object.entries(fields)) flat[`${group}.${name}`] = value as number | boolean;
      }
      out.push({ path: `${period}/${file}`, period, code: file.replace(/\.yaml$/, ''), firstLine: text.split('\n')[0] ?? '', doc, flat });
    }
  }
  return out;
}

const samples = readSamples();
const byUnit = new Map<string, Sample[]>();
for (const s of samples) byUnit.set(s.code, [...(byUnit.get(s.code) ?? []), s]);

// The catalog, read here independently of the generator: each document's area and what its targets read.
type Level = 'province' | 'city' | 'county';
interface CatalogTarget {
  id: string;
  scope: 'each-county' | 'each-level' | 'whole-area';
  levels?: Level[];
  formula: { numerator: string[]; denominator?: string[] };
}
interface CatalogDocument {
  id: string;
  area: { prefix: string };
  targets: CatalogTarget[];
  indicators?: CatalogTarget[];
}
const documents = Object.keys(parse(readFileSync(new URL('data/manifest.yaml', root), 'utf8')) as object).map(
  (id) => parse(readFileSync(new URL(`data/policies/${id}.yaml`, root), 'utf8')) as CatalogDocument,
);

// The expected units: every unit of every document's area, but where the samples cover part of one
// (a sample choice, SAMPLED_PART, keyed by the area's name as the document id gives it).
const areaPrefixes = documents.flatMap((d) => SAMPLED_PART[d.id.replace(/-\d{4}$/, '')] ?? [String(d.area.prefix)]);
const expectedCodes = [...names.keys()].filter((c) => areaPrefixes.some((p) => c.startsWith(p)));

describe('the generator', () => {
  it('gives the same figures for the same seed, and other figures for another', () => {
    const units = unitsFor(['450202', '520000', '360981'], divisionsText);
    expect(units.map((u) => u.code)).toEqual(['360981', '450202', '520000']);
    const run = (seed: number) =>
      units.flatMap((u) => {
        const model = unitModel(u, rngFor(seed, u.code), { trend: 'lagging', share: 0.1 });
        return PERIODS.map((p) => toYaml(model.at(p)!));
      });
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it('writes YAML that reads back as the report it was given', () => {
    const report = unitModel(unitsFor(['450302'], divisionsText)[0]!, rngFor(1, '450302'), {}).at('2025-03')!;
    const text = toYaml(report);
    expect(text.split('\n')[0]).toBe(MODELINE);
    expect(parse(text)).toEqual(report);
  });

  it('matches the committed sample set byte for byte (npm run samples is up to date)', () => {
    const files = sampleFiles();
    expect(files.map((f) => f.path).sort()).toEqual(samples.map((s) => s.path).sort());
    for (const f of files) expect(readFileSync(`${SAMPLES_DIR}${f.path}`, 'utf8'), f.path).toBe(f.text);
    expect(SEED).toBe(20250630);
  });
});

describe('the generator and the catalog', () => {
  const levelOf = (code: string): Level => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');
  const registryLevels = (id: string): Level[] => registry[id]?.levels ?? [];
  // the levels a target is reported at: each county, its named levels, or (a whole area) every level holding the measure
  const reportedAt = (t: CatalogTarget, id: string): Level[] =>
    (t.scope === 'each-county' ? ['county' as const] : t.scope === 'each-level' ? (t.levels ?? []) : registryLevels(id)).filter((l) =>
      registryLevels(id).includes(l),
    );

  it('plans, for every measure of every target of every document, a unit of its area and level that reports it', () => {
    const units = sampleUnits();
    const gaps: string[] = [];
    for (const doc of documents) {
      const inArea = units.filter((u) => u.code.startsWith(String(doc.area.prefix)));
      if (!inArea.some((u) => u.level === 'county')) gaps.push(`${doc.id}: no county sampled`);
      for (const target of [...doc.targets, ...(doc.indicators ?? [])]) {
        for (const id of [...target.formula.numerator, ...(target.formula.denominator ?? [])]) {
          for (const level of reportedAt(target, id)) {
            const atLevel = inArea.filter((u) => u.level === level);
            if (atLevel.length > 0 && !atLevel.some((u) => measuresFor(u).includes(id))) gaps.push(`${doc.id}/${target.id} ${id} (${level})`);
          }
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('writes those measures into the committed samples of the anchor month', () => {
    const atAnchor = samples.filter((s) => s.period === ANCHOR);
    const gaps: string[] = [];
    for (const doc of documents) {
      for (const target of [...doc.targets, ...(doc.indicators ?? [])]) {
        for (const id of [...target.formula.numerator, ...(target.formula.denominator ?? [])]) {
          const held = atAnchor.some((s) => s.code.startsWith(String(doc.area.prefix)) && reportedAt(target, id).includes(levelOf(s.code)) && id in s.flat);
          if (!held) gaps.push(`${doc.id}/${target.id} ${id}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });
});

describe('the sample files', () => {
  it('cover every expected unit in every period, but for the two missing reports', () => {
    expect(PERIODS).toHaveLength(18);
    expect(PERIODS[0]).toBe('2024-01');
    expect(PERIODS.at(-1)).toBe('2025-06');
    expect(expectedCodes.length).toBeGreaterThanOrEqual(60);
    for (const period of PERIODS) {
      const present = new Set(samples.filter((s) => s.period === period).map((s) => s.code));
      const missing = expectedCodes.filter((c) => !present.has(c));
      expect(missing, period).toEqual(period === '2025-06' ? ['450226'] : period === '2024-12' ? ['520122'] : []);
      expect([...present].filter((c) => !expectedCodes.includes(c)), period).toEqual([]);
    }
  });

  it('hold the code, name and period of their path, after the schema modeline', () => {
    for (const s of samples) {
      expect(s.firstLine, s.path).toBe('# yaml-language-server: $schema=../../../schemas/unit-report.schema.json');
      expect(s.doc.unit.code, s.path).toBe(s.code);
      expect(s.doc.unit.name, s.path).toBe(names.get(s.code));
      expect(s.doc.period, s.path).toBe(s.period);
    }
  });

  it('hold only registered measures of the right type: counts integers, nothing negative, parts within wholes', () => {
    const wrong: string[] = [];
    for (const s of samples) {
      if (Object.keys(s.flat).length === 0) wrong.push(`${s.path}: no measures`);
      for (const [id, value] of Object.entries(s.flat)) {
        const def = registry[id];
        const where = `${s.path} ${id}=${String(value)}`;
        if (!def) wrong.push(`${where}: not in the registry`);
        else if (def.type === 'boolean') {
          if (typeof value !== 'boolean') wrong.push(`${where}: not a boolean`);
        } else if (typeof value !== 'number' || !(value >= 0)) wrong.push(`${where}: not a non-negative number`);
        else if (def.type === 'integer' && !Number.isInteger(value)) wrong.push(`${where}: not an integer`);
        else if (def.partOf && s.flat[def.partOf] !== undefined && value > (s.flat[def.partOf] as number)) {
          wrong.push(`${where}: exceeds ${def.partOf}=${String(s.flat[def.partOf])}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('run their running totals upward, and restart year-to-date figures each January', () => {
    const windowed = Object.entries(registry).filter(([, d]) => d.window);
    expect(windowed.length).toBeGreaterThan(0);
    let checked = 0;
    for (const [code, history] of byUnit) {
      for (const [id, def] of windowed) {
        let previous: { period: string; value: number } | null = null;
        for (const s of history) {
          const value = s.flat[id] as number | undefined;
          if (value === undefined) continue;
          if (previous && !(def.window === 'year-to-date' && s.period.endsWith('-01'))) {
            expect(value, `${code} ${id} ${s.period}`).toBeGreaterThanOrEqual(previous.value);
            checked++;
          }
          if (def.window === 'year-to-date' && previous && s.period.endsWith('-01')) {
            // a unit that holds none of it (Guilin's counties: the city runs the classes) stays at 0
            if (previous.value > 0) expect(value, `${code} ${id} ${s.period}`).toBeLessThan(previous.value);
            else expect(value, `${code} ${id} ${s.period}`).toBe(0);
          }
          previous = { period: s.period, value };
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('give counties plausible sizes', () => {
    for (const s of samples.filter((x) => !x.code.endsWith('00'))) {
      const residents = s.flat['population.residents'] as number;
      const elderly = s.flat['population.elderly_60plus'] as number;
      expect(residents, s.path).toBeGreaterThanOrEqual(190_000);
      expect(residents, s.path).toBeLessThanOrEqual(1_550_000);
      expect(elderly / residents, s.path).toBeGreaterThan(0.17);
      expect(elderly / residents, s.path).toBeLessThan(0.27);
      const townships = s.flat['townships.total'];
      if (townships !== undefined) expect(townships, s.path).toBeGreaterThanOrEqual(8);
      if (townships !== undefined) expect(townships, s.path).toBeLessThanOrEqual(25);
    }
  });

  it('hold only measures that their level holds (data/measures.yaml levels): own accounts their own figures', () => {
    const withoutLottery = new Set(['450200']);
    const own = samples.filter((s) => s.code.endsWith('00'));
    expect(new Set(own.map((s) => s.code))).toEqual(new Set(expectedCodes.filter((c) => c.endsWith('00'))));
    for (const code of ['211300', '360900', '450200', '450300', '520000', '520100']) expect(expectedCodes).toContain(code);
    const levelOf = (code: string) => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');
    for (const s of samples) {
      for (const id of Object.keys(s.flat)) expect(registry[id]?.levels, `${s.path} ${id}`).toContain(levelOf(s.code));
    }
    for (const s of own) expect(s.flat['lottery.welfare_fund'] === undefined, s.path).toBe(withoutLottery.has(s.code));
    // the city's own welfare home and programmes count in Liuzhou's and Guilin's whole-area sums
    const liuzhou = samples.find((s) => s.path === '2025-06/450200.yaml')!.flat;
    for (const id of ['staff.directors', 'staff.social_workers', 'training.caregiver_person_times_cumulative', 'demonstration.home_community_networks']) {
      expect(liuzhou[id], id).toBeGreaterThanOrEqual(0);
    }
    expect(samples.find((s) => s.path === '2025-06/450300.yaml')!.flat['smart_care.emergency_devices_since_2020_10']).toBeGreaterThan(0);
    expect(samples.find((s) => s.path === '2025-06/520000.yaml')!.flat['smart_care.platform_built']).toBe(true);
  });

  it('leave the deliberate gaps', () => {
    const at = (path: string) => samples.find((s) => s.path === path)!.flat;
    expect(at('2025-05/450205.yaml')['residential_existing.households']).toBeUndefined();
    expect(at('2025-06/450205.yaml')['residential_existing.households']).toBeGreaterThan(0);
    expect(at('2025-04/450204.yaml')['residential_existing.households']).toBeUndefined();
    expect(at('2025-05/450204.yaml')['residential_existing.households']).toBeGreaterThan(0);
    expect(at('2024-11/520122.yaml')['special_difficulty_elderly.total']).toBeGreaterThan(0);
    for (const s of byUnit.get('211324')!) expect(s.flat['high_age_allowance.recipients'], s.path).toBeUndefined();
    for (const s of byUnit.get('211321')!) expect(s.flat['high_age_allowance.recipients'], s.path).toBeDefined();
    // 宜春 360983 stops reporting its villages after 2024: more than three months late by 2025-04
    for (const s of byUnit.get('360983')!) expect(s.flat['villages.total'] === undefined, s.path).toBe(s.period >= '2025-01');
  });

  it('hold a lottery share under 55% somewhere, as of 2025-06', () => {
    const shares = samples
      .filter((s) => s.period === '2025-06' && (s.code.startsWith('52') || s.code.startsWith('3609')))
      .map((s) => (s.flat['lottery.elderly_care'] as number) / (s.flat['lottery.welfare_fund'] as number));
    expect(shares.some((x) => x < 0.55)).toBe(true);
    expect(shares.some((x) => x >= 0.55)).toBe(true);
  });
});
