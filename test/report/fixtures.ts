// Builders of realistic report contexts from plain objects, for the tests of every report format.
//
//   makeContext()                          a small mixed set: Liuzhou, Guizhou and Guilin units, whole
//                                          areas, every status, every flag, indicative values, problems
//   makeContext({ lang: 'en', color: true }) the same, other options
//   makeContext({ results: [makeResult({ status: 'missed' })] })   only these results
//   makeResult({ target: 'liuzhou-2023/director-training', unit: { code: '450200' }, aggregate: true, value: 82 })
//                                          rule, deadline, unit name and level, gap, progress, history
//                                          filled in from the fixture catalog and division table
//   makeLargeContext({ units: 100, targets: 30 })   a province-sized set
import type { Deadline, Flag, IndicativeResult, Indicator, Level, PolicyDocument, Result, Rule, Scope, Status, Target, Trend, UnitRef, UnitReport, ValueUnit } from '../../src/core/types.js';
import type { ReportContext } from '../../src/report/context.js';
import { DEFAULT_THRESHOLDS } from '../../src/core/types.js';
import { levelOf } from '../../src/core/levels.js';
import { gapOf, progressOf } from '../../src/core/rule.js';
import { makeUnitReport } from '../unit/core-builders.js';
import { loadMeasures } from '../../src/load/measures.js';
import { message, type Message, type Problem } from '../../src/shared/problem.js';
import { textMessage } from '../support/problems.js';

export const FIXTURE_AS_OF = '2025-06-30';
export const FIXTURE_PERIOD = '2025-06';
export const FIXTURE_TOOL = { name: 'care-check', version: '0.0.0-test' };

// ---------------------------------------------------------------- divisions

export const FIXTURE_UNITS: Record<string, { name: string; level: Level }> = {
  '450200': { name: '柳州市', level: 'city' },
  '450202': { name: '城中区', level: 'county' },
  '450203': { name: '鱼峰区', level: 'county' },
  '450204': { name: '柳南区', level: 'county' },
  '450205': { name: '柳北区', level: 'county' },
  '450226': { name: '三江侗族自治县', level: 'county' },
  '450300': { name: '桂林市', level: 'city' },
  '450302': { name: '秀峰区', level: 'county' },
  '520000': { name: '贵州省', level: 'province' },
  '520102': { name: '南明区', level: 'county' },
  '520103': { name: '云岩区', level: 'county' },
};

export function unitRef(code: string, partial: Partial<UnitRef> = {}): UnitRef {
  const known = FIXTURE_UNITS[code];
  return {
    code,
    name: partial.name ?? known?.name ?? `单位${code}`,
    level: partial.level ?? known?.level ?? levelOf(code),
  };
}

// ---------------------------------------------------------------- the catalog

interface TargetSpec {
  slug: string;
  zh: string;
  en: string;
  unit: ValueUnit;
  rule: Rule;
  deadline: Deadline;
  scope: Scope;
  kind?: Target['kind'];
  numerator: string[];
  denominator?: string[];
  clause?: string;
}

const BY_2025: Deadline = { type: 'date', date: '2025-12-31' };
const BY_2024: Deadline = { type: 'date', date: '2024-12-31' };
const ONGOING: Deadline = { type: 'ongoing' };
const EACH_COUNTY: Scope = { type: 'each-county' };
const WHOLE_AREA: Scope = { type: 'whole-area' };

function target(document: string, spec: TargetSpec): Target {
  const t: Target = {
    id: `${document}/${spec.slug}`,
    document,
    indicator: { zh: spec.zh, en: spec.en },
    formula: {
      numerator: spec.numerator,
      ...(spec.denominator ? { denominator: spec.denominator } : {}),
      ...(spec.unit === 'percent' ? { scale: 100 } : spec.unit === 'm2-per-100-households' ? { scale: 100 } : {}),
    },
    unit: spec.unit,
    clause: spec.clause ?? '二(四)',
    quote: `${spec.zh}（摘录）`,
    responsible: ['市民政局', '财政局'],
    rule: spec.rule,
    deadline: spec.deadline,
    scope: spec.scope,
    kind: spec.kind ?? 'level',
  };
  if (t.kind === 'cumulative') t.windowStart = '2021-01-01';
  return t;
}

function doc(
  id: string,
  title: string,
  titleEn: string,
  number: string | null,
  issued: string,
  area: PolicyDocument['area'],
  targets: TargetSpec[],
  indicators: Indicator[] = [],
): PolicyDocument {
  return {
    id,
    title: { zh: title, en: titleEn },
    issuer: area.name + '人民政府办公室',
    number,
    issued,
    area,
    source: `${id}.txt`,
    notes: [],
    targets: targets.map((t) => target(id, t)),
    indicators,
    file: `data/policies/${id}.yaml`,
  };
}

const pct = (threshold: number, comparator: Rule['comparator'] = '>='): Rule => ({ comparator, threshold });

export const LIUZHOU = doc(
  'liuzhou-2023',
  '柳州市推进基本养老服务体系建设工作方案',
  'Liuzhou work plan for building the basic elderly-care service system',
  '柳政办〔2023〕14号',
  '2023-03-03',
  { prefix: '4502', code: '450200', name: '柳州市' },
  [
    { slug: 'director-training', zh: '养老院院长培训覆盖率', en: 'care-home directors trained', unit: 'percent', rule: pct(100), deadline: BY_2025, scope: WHOLE_AREA, numerator: ['staff.directors_trained'], denominator: ['staff.directors'], clause: '二(三)9' },
    { slug: 'township-center-coverage', zh: '乡镇（街道）区域养老服务中心覆盖率', en: 'townships with a regional care centre', unit: 'percent', rule: pct(60), deadline: BY_2025, scope: WHOLE_AREA, numerator: ['townships.with_regional_center'], denominator: ['townships.total'], clause: '二(五)14' },
    { slug: 'home-adaptation', zh: '特殊困难老年人家庭适老化改造户数', en: 'homes of elderly people in difficulty adapted', unit: 'households', rule: pct(6040), deadline: BY_2025, scope: WHOLE_AREA, kind: 'cumulative', numerator: ['home_adaptation.households_cumulative'], clause: '二(五)15' },
    { slug: 'facility-area-new', zh: '新建居住区配建养老服务设施（每百户）', en: 'care facilities in new residential areas per 100 households', unit: 'm2-per-100-households', rule: pct(20), deadline: ONGOING, scope: EACH_COUNTY, numerator: ['residential_new.facility_area_m2'], denominator: ['residential_new.households'], clause: '二(四)11' },
    { slug: 'facility-area-existing', zh: '老城区和已建成居住区养老服务设施（每百户）', en: 'care facilities in existing residential areas per 100 households', unit: 'm2-per-100-households', rule: pct(15), deadline: BY_2025, scope: EACH_COUNTY, numerator: ['residential_existing.facility_area_m2'], denominator: ['residential_existing.households'], clause: '二(四)11' },
    { slug: 'centralized-support', zh: '有意愿特困人员集中供养率', en: 'willing extremely poor persons in centralized support', unit: 'percent', rule: pct(100), deadline: ONGOING, scope: EACH_COUNTY, numerator: ['special_poor.centralized'], denominator: ['special_poor.willing_centralized'], clause: '二(四)12' },
    { slug: 'county-care-institution', zh: '以失能照护为主的县级特困供养机构', en: 'county institution focused on disability care', unit: 'count', rule: pct(1), deadline: BY_2025, scope: EACH_COUNTY, numerator: ['institutions.county_disability_care'], clause: '二(四)12' },
    { slug: 'three-level-network', zh: '县乡村三级养老服务网络', en: 'three-level care network in place', unit: 'boolean', rule: { comparator: '==', threshold: true }, deadline: BY_2025, scope: EACH_COUNTY, numerator: ['network.three_level_established'], clause: '二(五)14' },
  ],
  [
    {
      id: 'liuzhou-2023/lottery-share',
      document: 'liuzhou-2023',
      indicator: { zh: '福彩公益金用于养老服务的比例', en: 'lottery welfare fund spent on elderly care' },
      formula: { numerator: ['lottery.elderly_care'], denominator: ['lottery.welfare_fund'], scale: 100 },
      unit: 'percent',
      clause: '二(三)8',
      quote: '加大福利彩票公益金对养老服务的倾斜支持力度',
      responsible: ['市发展改革委', '民政局', '财政局'],
      scope: { type: 'each-level', levels: ['city', 'county'] },
    },
  ],
);

export const GUIZHOU = doc(
  'guizhou-2023',
  '贵州省推进基本养老服务体系建设实施方案',
  'Guizhou implementation plan for building the basic elderly-care service system',
  '黔府办发〔2023〕21号',
  '2023-11-27',
  { prefix: '52', code: '520000', name: '贵州省' },
  [
    { slug: 'monthly-visits', zh: '特殊困难老年人月探访率', en: 'elderly people in difficulty visited this month', unit: 'percent', rule: pct(100), deadline: BY_2024, scope: EACH_COUNTY, numerator: ['special_difficulty_elderly.visited_this_month'], denominator: ['special_difficulty_elderly.total'], clause: '二(二)6' },
    { slug: 'lottery-share', zh: '福彩公益金用于养老服务的比例', en: 'lottery welfare fund spent on elderly care', unit: 'percent', rule: pct(55), deadline: ONGOING, scope: { type: 'each-level', levels: ['province', 'city', 'county'] }, numerator: ['lottery.elderly_care'], denominator: ['lottery.welfare_fund'], clause: '二(三)9' },
    { slug: 'township-center-rate', zh: '乡镇区域养老服务中心建有率', en: 'townships with a regional care centre', unit: 'percent', rule: pct(60), deadline: BY_2025, scope: WHOLE_AREA, numerator: ['townships.with_regional_center'], denominator: ['townships.total'], clause: '二(四)12' },
    { slug: 'rural-mutual-aid-demos', zh: '农村互助养老示范点', en: 'rural mutual-aid demonstration points', unit: 'count', rule: pct(100), deadline: BY_2025, scope: WHOLE_AREA, numerator: ['demonstration.rural_mutual_aid_points'], clause: '二(四)12' },
  ],
);

export const GUILIN = doc(
  'guilin-2020',
  '桂林市居家和社区养老服务改革试点工作实施方案',
  'Guilin pilot of home- and community-based elderly-care reform',
  '市政办〔2020〕23号',
  '2020-10-14',
  { prefix: '4503', code: '450300', name: '桂林市' },
  [
    { slug: 'training-person-times', zh: '养老服务从业人员年培训人次', en: 'care workers trained this year (person-times)', unit: 'person-times', rule: pct(1800), deadline: { type: 'each-year' }, scope: WHOLE_AREA, kind: 'cumulative', numerator: ['training.person_times_ytd'], clause: '三(五)' },
  ],
);

export const FIXTURE_DOCUMENTS: PolicyDocument[] = [LIUZHOU, GUIZHOU, GUILIN];

const CATALOG = new Map<string, Target | Indicator>();
for (const d of FIXTURE_DOCUMENTS) {
  for (const t of d.targets) CATALOG.set(t.id, t);
  for (const i of d.indicators) CATALOG.set(i.id, i);
}

export function fixtureTarget(id: string): Target | Indicator | undefined {
  return CATALOG.get(id);
}

// ---------------------------------------------------------------- results

export type ResultInput = Partial<Omit<Result, 'unit' | 'trend' | 'rule'>> & {
  unit?: Partial<UnitRef> & { code?: string };
  trend?: Partial<Trend>;
  rule?: Partial<Rule>;
};

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm));
}

function deadlineDate(deadline: Deadline | undefined, asOf: string): string | null {
  if (!deadline) return '2025-12-31';
  if (deadline.type === 'date') return deadline.date;
  if (deadline.type === 'each-year') return `${asOf.slice(0, 4)}-12-31`;
  return null;
}

/**
 * A complete Result from the fields that matter to a test. Whatever is not given is derived: the
 * document from the target id; rule and deadline from the fixture catalog; unit name and level from
 * the code; source, gap, progress, months left and history from the rest.
 */
export function makeResult(input: ResultInput = {}): Result {
  const targetId = input.target ?? 'liuzhou-2023/facility-area-new';
  const catalog = CATALOG.get(targetId);
  const aggregate = input.aggregate ?? false;
  const code = input.unit?.code ?? '450202';
  const unit = unitRef(code, input.unit);
  const known = catalog && 'rule' in catalog ? catalog : undefined;
  const rule: Rule = {
    comparator: input.rule?.comparator ?? known?.rule.comparator ?? '>=',
    threshold: input.rule?.threshold ?? known?.rule.threshold ?? 20,
  };
  const status: Status = input.status ?? 'met';
  const period = input.period === undefined ? FIXTURE_PERIOD : input.period;
  const value =
    input.value !== undefined
      ? input.value
      : status === 'no-data'
        ? null
        : typeof rule.threshold === 'boolean'
          ? status === 'met'
          : status === 'met'
            ? rule.threshold * 1.05
            : rule.threshold * 0.8;
  const deadline = input.deadline !== undefined ? input.deadline : deadlineDate(known?.deadline, FIXTURE_AS_OF);
  const trend: Trend = {
    observations: period === null ? 0 : 1,
    pace: null,
    requiredPace: null,
    projected: null,
    paceRatio: null,
    ...input.trend,
  };
  const result: Result = {
    target: targetId,
    document: input.document ?? targetId.split('/')[0] ?? targetId,
    unit,
    aggregate,
    period,
    status,
    value,
    rule,
    deadline,
    flags: input.flags ?? [],
    trend,
    source:
      input.source !== undefined
        ? input.source
        : aggregate || period === null
          ? null
          : { file: `data/${period}/${code}.yaml`, line: 5 },
    gap: input.gap !== undefined ? input.gap : gapOf(value, rule),
    progress: input.progress !== undefined ? input.progress : progressOf(value, rule),
    monthsLeft: input.monthsLeft !== undefined ? input.monthsLeft : deadline === null ? null : monthsBetween(FIXTURE_AS_OF, deadline),
    since: input.since ?? null,
    metLate: input.metLate ?? null,
    missingUnits: input.missingUnits ?? [],
    carried: input.carried ?? [],
    coverage: input.coverage ?? [],
    missingMeasures: input.missingMeasures ?? [],
    noDataReason:
      input.noDataReason !== undefined
        ? input.noDataReason
        : status !== 'no-data'
          ? null
          : (input.missingMeasures ?? []).length > 0
            ? 'missing-measure'
            : 'zero-denominator',
    responsible: input.responsible ?? (catalog ? [...catalog.responsible] : []),
    history: input.history ?? (period === null ? [] : [{ period, value }]),
  };
  if (input.change !== undefined) result.change = input.change;
  return result;
}

export type IndicativeInput = Partial<Omit<IndicativeResult, 'unit'>> & { unit?: Partial<UnitRef> & { code?: string } };

export function makeIndicative(input: IndicativeInput = {}): IndicativeResult {
  const code = input.unit?.code ?? '450202';
  const aggregate = input.aggregate ?? false;
  const period = input.period ?? FIXTURE_PERIOD;
  const targetId = input.target ?? 'liuzhou-2023/director-training';
  return {
    target: targetId,
    document: input.document ?? targetId.split('/')[0] ?? targetId,
    unit: unitRef(code, input.unit),
    aggregate,
    period,
    value: input.value === undefined ? 92.5 : input.value,
    reason: input.reason ?? 'whole-area',
    source: input.source !== undefined ? input.source : aggregate ? null : { file: `data/${period}/${code}.yaml`, line: 9 },
  };
}

/** A problem; a message given as text is carried as it is (see textMessage). */
export function makeProblem(input: Partial<Omit<Problem, 'message'>> & { message?: Message | string } = {}): Problem {
  const { message: given, ...rest } = input;
  return {
    file: 'data/2025-06/450203.yaml',
    line: 7,
    column: 14,
    path: 'measures.townships.with_regional_center',
    code: 'part-exceeds-whole',
    severity: 'error',
    ...rest,
    message:
      given === undefined
        ? message('partExceedsWhole', 'townships.with_regional_center', '9', 'townships.total', '8')
        : typeof given === 'string'
          ? textMessage(given)
          : given,
  };
}

/** The statistics file a fixture unit sent for the fixture period, named from the division table. */
export function fixtureUnitReport(code: string, over: Partial<UnitReport> = {}): UnitReport {
  const measures = { 'residential_new.households': 12000, 'residential_new.facility_area_m2': 2500 };
  return makeUnitReport(code, FIXTURE_PERIOD, measures, { name: FIXTURE_UNITS[code]?.name ?? null, ...over });
}

// ---------------------------------------------------------------- the default mixed set

/** Every status, every flag, whole areas, a unit's own and an area's result under one code, indicative values. */
export function fixtureResults(): Result[] {
  const r = makeResult;
  const LZ = 'liuzhou-2023/';
  const GZ = 'guizhou-2023/';
  return [
    // 城中区: a mixed county
    r({ target: LZ + 'facility-area-new', unit: { code: '450202' }, status: 'met', value: 20.83 }),
    r({ target: LZ + 'facility-area-existing', unit: { code: '450202' }, status: 'on-track', value: 13.5, flags: ['low-confidence'], trend: { observations: 2, pace: 0.4, requiredPace: 0.25, projected: 15.9, paceRatio: 1.6 }, history: [{ period: '2025-05', value: 13.1 }, { period: '2025-06', value: 13.5 }] }),
    r({ target: LZ + 'centralized-support', unit: { code: '450202' }, status: 'missed', value: 99.96, since: '2024-01' }),
    r({ target: LZ + 'county-care-institution', unit: { code: '450202' }, status: 'pending', value: 0 }),
    r({ target: LZ + 'three-level-network', unit: { code: '450202' }, status: 'met', value: true }),
    // 鱼峰区: the worst county
    r({ target: LZ + 'facility-area-new', unit: { code: '450203' }, status: 'missed', value: 18.2, since: '2024-03' }),
    r({ target: LZ + 'facility-area-existing', unit: { code: '450203' }, status: 'off-track', value: 10.1, flags: ['regressing'], trend: { observations: 5, pace: -0.1, requiredPace: 0.82, projected: 9.5, paceRatio: -0.12 } }),
    r({ target: LZ + 'centralized-support', unit: { code: '450203' }, status: 'met', value: 100 }),
    r({ target: LZ + 'county-care-institution', unit: { code: '450203' }, status: 'no-data', value: null, missingMeasures: ['institutions.county_disability_care'] }),
    r({ target: LZ + 'three-level-network', unit: { code: '450203' }, status: 'pending', value: false }),
    // 柳南区: at risk
    r({ target: LZ + 'facility-area-new', unit: { code: '450204' }, status: 'met', value: 21.4, flags: ['slipping'] }),
    r({ target: LZ + 'facility-area-existing', unit: { code: '450204' }, status: 'at-risk', value: 12.25, trend: { observations: 6, pace: 0.3, requiredPace: 0.46, projected: 14.0, paceRatio: 0.65 } }),
    // 柳北区: all met
    r({ target: LZ + 'facility-area-new', unit: { code: '450205' }, status: 'met', value: 25 }),
    r({ target: LZ + 'facility-area-existing', unit: { code: '450205' }, status: 'met', value: 15.02 }),
    // 柳州市 as a whole
    r({ target: LZ + 'director-training', unit: { code: '450200' }, aggregate: true, status: 'at-risk', value: 82.4, flags: ['partial'], missingUnits: ['450226'] }),
    r({ target: LZ + 'township-center-coverage', unit: { code: '450200' }, aggregate: true, status: 'on-track', value: 55.6 }),
    r({ target: LZ + 'home-adaptation', unit: { code: '450200' }, aggregate: true, status: 'met', value: 6312, flags: ['carried'], carried: [{ code: '450226', period: '2025-05' }], coverage: [{ period: '2025-05', share: 1, used: true }, { period: '2025-06', share: 1, used: true }] }),
    // 贵州省: own accounts and the whole province under one code
    r({ target: GZ + 'lottery-share', unit: { code: '520000' }, status: 'met', value: 57.2 }),
    r({ target: GZ + 'township-center-rate', unit: { code: '520000' }, aggregate: true, status: 'off-track', value: 41.3, flags: ['partial'], missingUnits: ['520103'] }),
    r({ target: GZ + 'rural-mutual-aid-demos', unit: { code: '520000' }, aggregate: true, status: 'no-data', value: null, flags: ['partial'], missingUnits: ['520103'], noDataReason: 'thin-coverage', coverage: [{ period: '2025-06', share: 0.5, used: false }] }),
    r({ target: GZ + 'monthly-visits', unit: { code: '520102' }, status: 'missed', value: 96.5, flags: ['provisional'], period: '2024-11', metLate: '2025-03' }),
    r({ target: GZ + 'lottery-share', unit: { code: '520102' }, status: 'met', value: 60 }),
    r({ target: GZ + 'monthly-visits', unit: { code: '520103' }, status: 'met', value: 100, flags: ['after-deadline'], period: '2025-02' }),
    // 桂林市 as a whole: an each-year target
    r({ target: 'guilin-2020/training-person-times', unit: { code: '450300' }, aggregate: true, status: 'on-track', value: 1020 }),
  ];
}

export function fixtureIndicative(): IndicativeResult[] {
  return [
    makeIndicative({ target: 'liuzhou-2023/director-training', unit: { code: '450202' }, value: 92.5, reason: 'whole-area' }),
    makeIndicative({ target: 'liuzhou-2023/lottery-share', unit: { code: '450202' }, value: 48.5, reason: 'no-rule' }),
    makeIndicative({ target: 'liuzhou-2023/lottery-share', unit: { code: '450200' }, aggregate: true, value: 51.2, reason: 'no-rule' }),
    makeIndicative({ target: 'guizhou-2023/township-center-rate', unit: { code: '520102' }, value: 37.5, reason: 'whole-area' }),
  ];
}

export function fixtureProblems(): Problem[] {
  return [
    makeProblem({ file: 'data/2025-06/450203.yaml', line: 12, column: 5, path: 'measures.beds.nursing_type', code: 'wrong-type', message: message('wrongType', { zh: '整数', en: 'an integer' }, { zh: '文本 "三百"', en: 'the text "三百"' }) }),
    makeProblem(),
    makeProblem({ file: 'data/2025-06/450299.yaml', line: null, column: null, path: null, code: 'bad-code', message: message('unknownUnit', '450299'), severity: 'warning' }),
  ];
}

export type ContextInput = Partial<Omit<ReportContext, 'evaluation'>> & {
  evaluation?: Partial<ReportContext['evaluation']>;
  /** shorthand for evaluation.results */
  results?: Result[];
  /** shorthand for evaluation.indicative */
  indicative?: IndicativeResult[];
  /** shorthand for evaluation.asOf */
  asOf?: string;
};

/** A realistic context (the mixed set above), with any field replaced. */
export function makeContext(input: ContextInput = {}): ReportContext {
  const { results, indicative, asOf, evaluation, ...rest } = input;
  const res = results ?? evaluation?.results ?? fixtureResults();
  const unitCodes = [...new Set(res.filter((r) => !r.aggregate).map((r) => r.unit.code))].sort();
  return {
    evaluation: {
      asOf: asOf ?? evaluation?.asOf ?? FIXTURE_AS_OF,
      thresholds: evaluation?.thresholds ?? { ...DEFAULT_THRESHOLDS },
      results: res,
      indicative: indicative ?? evaluation?.indicative ?? (results ? [] : fixtureIndicative()),
      unusable: evaluation?.unusable ?? [],
    },
    problems: results ? [] : fixtureProblems(),
    documents: FIXTURE_DOCUMENTS,
    reports: unitCodes.map((code) => fixtureUnitReport(code)),
    measures: loadMeasures(),
    lang: 'zh',
    color: false,
    tool: FIXTURE_TOOL,
    failOn: ['missed', 'off-track'],
    unreported: results ? {} : { 'liuzhou-2023': [{ code: '450226', name: '三江侗族自治县' }], 'guizhou-2023': [] },
    baseline: false,
    gone: [],
    ...rest,
  };
}

// ---------------------------------------------------------------- a province-sized set

const LARGE_UNITS: ValueUnit[] = ['percent', 'm2-per-100-households', 'count', 'households', 'boolean'];

/** A synthetic province document with `targets` each-county targets. */
export function largeDocument(targets: number): PolicyDocument {
  const specs: TargetSpec[] = [];
  for (let j = 1; j <= targets; j++) {
    const unit = LARGE_UNITS[(j - 1) % LARGE_UNITS.length] ?? 'percent';
    const n = String(j).padStart(2, '0');
    specs.push({
      slug: `indicator-${n}`,
      zh: `第${n}项考核指标（示例）`,
      en: `sample indicator no. ${n}`,
      unit,
      rule: unit === 'boolean' ? { comparator: '==', threshold: true } : pct(unit === 'percent' ? 60 : unit === 'count' ? 1 : 20),
      deadline: j % 3 === 0 ? ONGOING : BY_2025,
      scope: EACH_COUNTY,
      numerator: [`sample.measure_${n}`],
    });
  }
  return doc('sample-province', '某省基本养老服务体系建设实施方案（示例）', 'Sample province plan', null, '2023-06-01', { prefix: '52', code: '520000', name: '贵州省' }, specs);
}

export interface LargeOptions {
  units?: number;
  targets?: number;
  /** every `failingEvery`-th unit has a missed or off-track result (0: none) */
  failingEvery?: number;
}

/** `units` counties × `targets` targets of one province; most units pass, every few fail. */
export function makeLargeContext(options: LargeOptions = {}, input: ContextInput = {}): ReportContext {
  const units = options.units ?? 100;
  const targets = options.targets ?? 30;
  const failingEvery = options.failingEvery ?? 4;
  const document = largeDocument(targets);
  const results: Result[] = [];
  const PASSING: Status[] = ['met', 'met', 'on-track', 'met', 'pending', 'at-risk', 'met', 'no-data'];
  for (let i = 0; i < units; i++) {
    const code = `52${String(1 + Math.floor(i / 20)).padStart(2, '0')}${String(1 + (i % 20)).padStart(2, '0')}`;
    const failing = failingEvery > 0 && i % failingEvery === 0;
    document.targets.forEach((t, j) => {
      const status: Status = failing && j === 0 ? (i % 8 === 0 ? 'missed' : 'off-track') : (PASSING[(i + j) % PASSING.length] ?? 'met');
      const flags: Flag[] = status === 'at-risk' && j % 2 === 0 ? ['low-confidence'] : [];
      const value =
        status === 'no-data'
          ? null
          : typeof t.rule.threshold === 'boolean'
            ? status === 'met'
            : status === 'met'
              ? t.rule.threshold * 1.1
              : t.rule.threshold * 0.7;
      results.push(
        makeResult({
          target: t.id,
          unit: { code, name: `示例县${String(i + 1).padStart(3, '0')}`, level: 'county' },
          status,
          value,
          rule: t.rule,
          deadline: t.deadline.type === 'date' ? t.deadline.date : null,
          flags,
          missingMeasures: status === 'no-data' ? [...t.formula.numerator] : [],
        }),
      );
    });
  }
  const indicative = results
    .filter((_, k) => k % 97 === 0)
    .map((r) => makeIndicative({ target: r.target, unit: r.unit, value: 12.5, reason: 'other-level' }));
  return makeContext({ documents: [document], results, indicative, ...input });
}
