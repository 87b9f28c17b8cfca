// The catalog of targets (data/policies/*.yaml) against its schema, the plans' own text and
// the measure registry. Reads the files directly: the project's loader is tested elsewhere.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { manifest } from '../support/catalog.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface RawEntry {
  id: string;
  clause: string;
  quote: string;
  formula: { numerator: string[]; denominator?: string[]; scale?: number };
  unit: string;
  scope: string;
  levels?: string[];
  rule?: { comparator: string; threshold: number | boolean };
  deadline?: string;
  from?: string;
  kind?: string;
  windowStart?: string;
  note?: { zh: string; en: string };
}
interface RawDocument {
  id: string;
  number: string | null;
  issued: string;
  area: { prefix: string; code: string; name: string };
  source: string;
  targets: RawEntry[];
  indicators: RawEntry[];
}
interface RawMeasure {
  type: string;
  window?: string;
}

const schema = JSON.parse(read('schemas/policy.schema.json')) as {
  $defs: Record<string, { enum?: string[] }>;
};
// ajv-formats is CommonJS: the function itself or its `default`, depending on the loader
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => unknown;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const measures = parse(read('data/measures.yaml')) as Record<string, RawMeasure>;
const policyFiles = readdirSync(new URL('data/policies/', root))
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const documents = policyFiles.map((file) => ({
  file,
  doc: parse(read(`data/policies/${file}`)) as RawDocument,
}));
const byId = new Map(documents.map(({ doc }) => [doc.id, doc]));

function target(fullId: string): RawEntry {
  const [docId, slug] = fullId.split('/');
  const found = byId.get(docId ?? '')?.targets.find((t) => t.id === slug);
  if (!found) throw new Error(`no target ${fullId}`);
  return found;
}

const clone = <T>(value: T): T => structuredClone(value);
const liuzhou = (): RawDocument => clone(byId.get('liuzhou-2023')!);

/** Paths (instancePath) of the errors of an invalid document; throws if it is valid. */
function errorPaths(doc: unknown): string[] {
  expect(validate(doc)).toBe(false);
  return (validate.errors ?? []).map((e) => e.instancePath);
}

// What the catalog holds is checked against data/manifest.yaml: each plan's sha-256, the ids of its
// targets and indicators, and the targets whose threshold is a reading of words.
const MANIFEST = manifest();
const THRESHOLD_FROM_WORDS = new Set(Object.entries(MANIFEST).flatMap(([doc, entry]) => entry.thresholdFromWords.map((slug) => `${doc}/${slug}`)));

describe('policy schema', () => {
  it('lists exactly the measures of data/measures.yaml', () => {
    const ids = Object.keys(measures).sort();
    expect([...(schema.$defs['measure']?.enum ?? [])].sort()).toEqual(ids);
    const booleans = ids.filter((id) => measures[id]?.type === 'boolean');
    expect([...(schema.$defs['booleanMeasure']?.enum ?? [])].sort()).toEqual(booleans);
    expect([...(schema.$defs['numericMeasure']?.enum ?? [])].sort()).toEqual(ids.filter((id) => !booleans.includes(id)));
  });

  it.each(documents)('$file validates', ({ doc }) => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a target without a quote', () => {
    const doc = liuzhou();
    delete (doc.targets[0] as Partial<RawEntry>).quote;
    expect(errorPaths(doc)).toContain('/targets/0');
  });

  it('rejects an unknown measure', () => {
    const doc = liuzhou();
    doc.targets[0]!.formula.numerator = ['staff.directors_promoted'];
    expect(errorPaths(doc)).toContain('/targets/0/formula/numerator/0');
  });

  it('rejects a bad comparator', () => {
    const doc = liuzhou();
    doc.targets[0]!.rule = { comparator: '≥', threshold: 100 };
    expect(errorPaths(doc)).toContain('/targets/0/rule/comparator');
  });

  it('rejects an unknown field', () => {
    const doc = liuzhou() as RawDocument & { targets: (RawEntry & { weight?: number })[] };
    doc.targets[0]!.weight = 2;
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.instancePath === '/targets/0')).toBe(true);
  });

  it('requires levels with an each-level scope, and only there', () => {
    const withoutLevels = liuzhou();
    delete withoutLevels.indicators[0]!.levels;
    expect(errorPaths(withoutLevels)).toContain('/indicators/0');

    const stray = liuzhou();
    stray.targets[0]!.levels = ['county'];
    expect(errorPaths(stray)).toContain('/targets/0/levels');
  });

  it('takes `from` only with an ongoing deadline', () => {
    const doc = liuzhou();
    doc.targets[0]!.from = '2023-06-30';
    expect(errorPaths(doc)).toContain('/targets/0/deadline');
    const ongoing = liuzhou();
    const newAreas = ongoing.targets.find((t) => t.id === 'facility-area-new')!;
    newAreas.from = '2023-06-30';
    expect(validate(ongoing)).toBe(true);
  });

  it('needs a window start for a running total towards a date', () => {
    const doc = liuzhou();
    const index = doc.targets.findIndex((t) => t.id === 'home-adaptation');
    delete doc.targets[index]!.windowStart;
    expect(errorPaths(doc)).toContain(`/targets/${index}`);
  });

  it('keeps a yes/no target to one boolean measure, true, no scale', () => {
    const index = liuzhou().targets.findIndex((t) => t.id === 'three-level-network');
    const numeric = liuzhou();
    numeric.targets[index]!.formula.numerator = ['home_care.sites'];
    expect(errorPaths(numeric)).toContain(`/targets/${index}/formula/numerator/0`);
    const scaled = liuzhou();
    scaled.targets[index]!.formula.scale = 100;
    expect(errorPaths(scaled)).toContain(`/targets/${index}/formula/scale`);
    const falsy = liuzhou();
    falsy.targets[index]!.rule = { comparator: '==', threshold: false };
    expect(errorPaths(falsy)).toContain(`/targets/${index}/rule/threshold`);
    const booleanInShare = liuzhou();
    booleanInShare.targets[0]!.formula.numerator = ['network.three_level_established'];
    expect(errorPaths(booleanInShare)).toContain('/targets/0/formula/numerator/0');
  });

  it('rejects a bad date, slug, clause and area prefix', () => {
    const date = liuzhou();
    date.issued = '2023-02-30';
    expect(errorPaths(date)).toContain('/issued');
    const slug = liuzhou();
    slug.targets[0]!.id = 'Director_Training';
    expect(errorPaths(slug)).toContain('/targets/0/id');
    const clause = liuzhou();
    clause.targets[0]!.clause = '二（三）9';
    expect(errorPaths(clause)).toContain('/targets/0/clause');
    const prefix = liuzhou();
    prefix.area.prefix = '4502000';
    expect(errorPaths(prefix)).toContain('/area/prefix');
  });
});

// The catalog changes of the second reading (issue 9): each a reading of its clause (NOTES.md).
describe('the plans read again', () => {
  it('counts the sites and devices of the Guilin pilot from the issue date, not the stock', () => {
    // 三(四) 试点期间至少建设10个以上; 三(八) 至少完成2000个以上: tasks of the pilot
    expect(target('guilin-2020/home-care-sites')).toMatchObject({
      formula: { numerator: ['home_care.sites_built_since_2020_10'] }, kind: 'cumulative', windowStart: '2020-10-14', deadline: '2022-10-31',
    });
    expect(target('guilin-2020/emergency-devices')).toMatchObject({
      formula: { numerator: ['smart_care.emergency_devices_since_2020_10'] }, kind: 'cumulative', windowStart: '2020-10-14', deadline: '2021-12-31',
    });
    expect(measures['home_care.sites_built_since_2020_10']?.window).toBe('since-2020-10-14');
    expect(measures['smart_care.emergency_devices_since_2020_10']?.window).toBe('since-2020-10-14');
  });

  it('reads the narrower bases of Yichun, Guizhou and Chaoyang as the plans write them', () => {
    // 二(四)11 特殊困难老年人家庭适老化改造 8000户, the market adaptations of the next sentence left out
    expect(target('yichun-2023/home-adaptation').formula).toEqual({ numerator: ['home_adaptation.special_difficulty_cumulative'] });
    // 二(四)12 乡镇标准化区域养老服务中心建有率: townships without sub-districts, standardized centres only
    expect(target('guizhou-2023/township-center-rate').formula).toEqual({
      numerator: ['townships.towns_with_standard_center'], denominator: ['townships.towns'], scale: 100,
    });
    // 二(四)8 有集中供养意愿的特困老年人全部: every willing elderly person, not only those unable to care for themselves
    expect(target('yichun-2023/centralized-support').formula).toEqual({
      numerator: ['special_poor.elderly_centralized'], denominator: ['special_poor.elderly_willing_centralized'], scale: 100,
    });
    // eligibility follows household registration: recipients are part of the eligible, not of the residents aged 80+
    expect(target('chaoyang-2023/high-age-allowance').formula).toEqual({
      numerator: ['high_age_allowance.recipients'], denominator: ['high_age_allowance.eligible'], scale: 100,
    });
    expect(measures['high_age_allowance.recipients']).toMatchObject({ partOf: 'high_age_allowance.eligible' });
    expect(measures['townships.towns']).toMatchObject({ partOf: 'townships.total' });
    expect(measures['townships.towns_with_standard_center']).toMatchObject({ partOf: 'townships.towns' });
    expect(measures['home_adaptation.special_difficulty_cumulative']).toMatchObject({ partOf: 'home_adaptation.households_cumulative', window: 'since-2021' });
    expect(target('chaoyang-2023/high-age-allowance').note?.zh).toContain('读法');
  });

  it('dates the targets as the plans do', () => {
    // Guizhou writes 2024年底前 when it means end-2024; its horizon is 确保到2025年
    expect(target('guizhou-2023/smart-platform').deadline).toBe('2025-12-31');
    expect(target('guizhou-2023/monthly-visits').deadline).toBe('2025-12-31');
    // 二(三)9: one sentence under 到2025年底, a level target
    expect(target('liuzhou-2023/social-workers')).toMatchObject({ deadline: '2025-12-31', kind: 'level' });
    // the per-capita standard applies through the layout plans due 2024年底前
    expect(target('guizhou-2023/land-per-capita')).toMatchObject({ deadline: 'ongoing', from: '2024-12-31' });
  });
});

describe('responsible units', () => {
  /** The note on responsible units that closes the clause holding `quote`: `（市民政局、财政局按职责分工负责）`, `〔责任单位：…〕`. */
  function closingNote(text: string, quote: string): string {
    const from = text.indexOf(quote);
    const rest = text.slice(from);
    const open = /[（(〔](?:责任单位|[^（(〔]{0,200}?按职责\s*分工负责)/.exec(rest);
    if (!open) throw new Error(`no note on responsible units after ${quote.slice(0, 20)}`);
    let depth = 0;
    for (let i = open.index; i < rest.length; i += 1) {
      if ('（(〔'.includes(rest[i]!)) depth += 1;
      if ('）)〕'.includes(rest[i]!)) depth -= 1;
      if (depth === 0) return rest.slice(open.index, i + 1).replace(/\s+/g, '');
    }
    throw new Error('unclosed note');
  }

  it.each(documents)('$file names for every target and indicator who must deliver it, verbatim from its clause', ({ doc }) => {
    const text = read(`data/plans/${doc.source}`);
    for (const entry of [...doc.targets, ...doc.indicators] as (RawEntry & { responsible?: string[] })[]) {
      const where = `${doc.id}/${entry.id}`;
      expect(entry.responsible?.length, where).toBeGreaterThan(0);
      const note = closingNote(text, entry.quote);
      for (const unit of entry.responsible ?? []) expect(note, `${where}: ${unit}`).toContain(unit);
    }
  });

  it('reads the notes as the plans write them', () => {
    const responsible = (id: string) => (target(id) as RawEntry & { responsible?: string[] }).responsible;
    expect(responsible('liuzhou-2023/social-workers')).toEqual(['市民政局', '人力资源社会保障局', '财政局', '教育局']);
    // a note broken across a page: 按职责\n\n分工负责
    expect((byId.get('liuzhou-2023')?.indicators[0] as RawEntry & { responsible?: string[] }).responsible).toEqual(['市发展改革委', '民政局', '财政局']);
    expect(responsible('guizhou-2023/monthly-visits')).toEqual(['省民政厅会同有关部门']);
    // Guilin's notes close with the task's date, which is no unit
    expect(responsible('guilin-2020/emergency-devices')).toEqual(['市民政局', '市工业和信息化局', '兴安县', '阳朔县', '龙胜各族自治县', '各城区人民政府']);
    expect(responsible('guilin-2020/lottery-share')).toEqual(['市财政局', '市民政局', '各县（市、区）人民政府']);
  });
});

describe('catalog against the plans', () => {
  it('holds the documents of data/manifest.yaml, each in a file named after it', () => {
    expect(documents.map(({ doc }) => doc.id)).toEqual(Object.keys(MANIFEST).sort());
    for (const { file, doc } of documents) {
      expect(file).toBe(`${doc.id}.yaml`);
      expect(doc.source).toBe(`${doc.id}.txt`);
    }
  });

  it('keeps the plans byte for byte', () => {
    for (const [id, entry] of Object.entries(MANIFEST)) {
      const bytes = readFileSync(new URL(`data/plans/${id}.txt`, root));
      expect(createHash('sha256').update(bytes).digest('hex'), id).toBe(entry.plan);
    }
    const plans = readdirSync(new URL('data/plans/', root)).filter((name) => name.endsWith('.txt'));
    expect(plans.sort()).toEqual(Object.keys(MANIFEST).map((id) => `${id}.txt`).sort());
  });

  it.each(documents)('$file quotes its plan word for word', ({ doc }) => {
    const text = read(`data/plans/${doc.source}`);
    for (const entry of [...doc.targets, ...doc.indicators]) {
      expect(text.includes(entry.quote), `${doc.id}/${entry.id}`).toBe(true);
    }
  });

  it('has exactly the target and indicator ids of data/manifest.yaml', () => {
    const ids = documents.flatMap(({ doc }) => doc.targets.map((t) => `${doc.id}/${t.id}`));
    expect(new Set(ids).size).toBe(ids.length);
    for (const { doc } of documents) {
      const entry = MANIFEST[doc.id];
      expect(doc.targets.map((t) => t.id), doc.id).toEqual(entry?.targets);
      expect(doc.indicators.map((i) => i.id), doc.id).toEqual(entry?.indicators);
      for (const slug of entry?.thresholdFromWords ?? []) expect(entry?.targets, doc.id).toContain(slug);
    }
  });

  it('names indicators apart from targets', () => {
    for (const { doc } of documents) {
      const ids = [...doc.targets, ...doc.indicators].map((e) => e.id);
      expect(new Set(ids).size, doc.id).toBe(ids.length);
    }
    expect(byId.get('liuzhou-2023')?.indicators.map((i) => i.id)).toEqual(['lottery-share']);
  });

  it('names only measures of the registry, booleans only in yes/no targets', () => {
    for (const { doc } of documents) {
      for (const entry of [...doc.targets, ...doc.indicators]) {
        const used = [...entry.formula.numerator, ...(entry.formula.denominator ?? [])];
        for (const id of used) expect(measures[id], `${doc.id}/${entry.id}: ${id}`).toBeDefined();
        const booleans = used.filter((id) => measures[id]?.type === 'boolean');
        if (booleans.length > 0 || entry.unit === 'boolean') {
          expect(entry.unit, `${doc.id}/${entry.id}`).toBe('boolean');
          expect(entry.formula.numerator).toEqual(booleans);
          expect(booleans).toHaveLength(1);
        }
      }
    }
  });

  it('follows the window conventions of the measures', () => {
    const startOf = (window: string | undefined): string | null =>
      window === 'since-2021' ? '2021-01-01' : (/^since-(\d{4}-\d{2}-\d{2})$/.exec(window ?? '')?.[1] ?? null);
    for (const { doc } of documents) {
      for (const t of doc.targets) {
        const windows = t.formula.numerator.map((id) => measures[id]?.window);
        const where = `${doc.id}/${t.id}`;
        const start = windows.map(startOf).find((d) => d !== null);
        if (start !== undefined) {
          expect([t.kind, t.windowStart], where).toEqual(['cumulative', start]);
          expect(t.note, where).toBeDefined();
        } else if (windows.includes('year-to-date')) {
          expect([t.kind, t.deadline, t.windowStart], where).toEqual(['cumulative', 'each-year', undefined]);
        } else {
          expect(t.kind, where).toBe('level');
        }
      }
    }
  });

  it('places each area in the division table', () => {
    const table = new Map(
      read('data/divisions/2024.txt')
        .split('\n')
        .map((line) => line.split(' ') as [string, string]),
    );
    for (const { doc } of documents) {
      expect(doc.area.code.startsWith(doc.area.prefix), doc.id).toBe(true);
      expect(table.get(doc.area.code), doc.id).toBe(doc.area.name);
    }
  });

  it('finds the figure of every numeric target in its quote', () => {
    for (const { doc } of documents) {
      for (const t of doc.targets) {
        const id = `${doc.id}/${t.id}`;
        if (typeof t.rule?.threshold !== 'number' || THRESHOLD_FROM_WORDS.has(id)) continue;
        expect(t.quote.includes(String(t.rule.threshold)), id).toBe(true);
      }
    }
  });

  it('reads the spot-checked figures as the plans write them', () => {
    expect(target('guilin-2020/lottery-share').rule).toEqual({ comparator: '>=', threshold: 70 });
    expect(target('guilin-2020/lottery-share')).toMatchObject({ deadline: 'ongoing', from: '2020-12-31', levels: ['city'] });
    expect(target('liuzhou-2023/home-adaptation')).toMatchObject({
      rule: { comparator: '>=', threshold: 6040 },
      deadline: '2025-12-31',
      kind: 'cumulative',
    });
    expect(target('yichun-2023/home-adaptation').rule).toEqual({ comparator: '>=', threshold: 8000 });
    expect(target('yichun-2023/village-mutual-aid')).toMatchObject({
      rule: { comparator: '>=', threshold: 85 },
      formula: { numerator: ['villages.with_mutual_aid'], denominator: ['villages.total'], scale: 100 },
      scope: 'whole-area',
    });
    expect(target('liuzhou-2023/caregiver-training').rule?.threshold).toBe(10000);
    expect(target('guizhou-2023/lottery-share')).toMatchObject({ rule: { threshold: 55 }, levels: ['province', 'city', 'county'] });
    expect(target('guizhou-2023/land-per-capita').rule).toEqual({ comparator: '>=', threshold: 0.1 });
    // "试点期间" is the pilot, which ran to October 2022
    expect(target('guilin-2020/home-care-sites').deadline).toBe('2022-10-31');
    expect(byId.get('yichun-2023')?.number).toBeNull();
    expect(byId.get('guizhou-2023')).toMatchObject({ number: '黔府办发〔2023〕21号', issued: '2023-11-27' });
  });
});
