// Every word that `validate`, `policies`, `explain` and `init` show a person, in Chinese and English.
import type { Lang, Level, MeasureUnit } from '../core/types.js';

const LEVEL_NAMES_ZH: Record<Level, string> = { province: '省本级', city: '市本级', county: '县级' };
const LEVEL_NAMES_EN: Record<Level, string> = { province: 'province', city: 'city', county: 'county' };
const HOLDER_NAMES_EN: Record<Level, string> = { province: "provinces' own accounts", city: "cities' own accounts", county: 'county-level units' };

const zh = {
  // ---- shared
  badFormat: (command: string, value: string) => `${command} 的 --format 应为 table 或 json，收到 “${value}”`,
  didYouMean: (suggestion: string) => `；是否要找 ${suggestion}？`,
  list: (items: readonly string[]) => items.join('、'),

  // ---- validate
  validateSummary: (files: number, valid: number, errors: number, warnings: number) =>
    `读取文件 ${files} 个，通过校验 ${valid} 个；问题 ${errors + warnings} 个（错误 ${errors}，警告 ${warnings}）`,

  // ---- policies
  unknownDocument: (id: string, known: readonly string[]) => `未知的政策文件 “${id}”；已有：${known.join('、')}`,
  columns: {
    id: '编号',
    title: '名称',
    number: '文号',
    issued: '印发日期',
    area: '地区',
    targets: '目标',
    indicators: '参考指标',
    target: '目标',
    indicator: '指标',
    rule: '要求',
    deadline: '期限',
    scope: '范围',
    clause: '条款',
  },
  noNumber: '无文号',
  issuer: '发文机关',
  notes: '说明',
  quote: '原文',
  indicatorsTitle: '只显示、不判定的指标',
  noRule: '未设定数值',
  documentsFooter: (n: number) => `共 ${n} 份政策文件；用 care-check policies <编号> 查看某份文件的各项目标`,
  documentFooter: '用 care-check explain <目标编号> 查看一项目标的公式和所需数据',

  // ---- explain
  unknownTarget: (id: string) => `未知的目标 “${id}”`,
  knownTargets: (doc: string, ids: readonly string[]) => `；${doc} 的目标有：${ids.join('、')}`,
  ambiguousSlug: (slug: string, ids: readonly string[]) => `；“${slug}” 出现在多份文件中，请写全：${ids.join('、')}`,
  knownDocuments: (ids: readonly string[]) => `；已有的政策文件：${ids.join('、')}`,
  labels: {
    document: '文件',
    clause: '条款',
    responsible: '责任单位',
    quote: '原文',
    indicator: '指标',
    formula: '公式',
    measures: '所需数据',
    rule: '要求',
    deadline: '期限',
    scope: '范围',
    kind: '类型',
    window: '累计起点',
    note: '说明',
  },
  noRuleExplained: '文件未设定数值：只显示数值，不作判定',
  deadlineDate: (date: string) => `${date} 前`,
  deadlineOngoing: (from: string) => `长期：自 ${from} 起每一期都须满足`,
  deadlineEachYear: '每年：每个自然年到 12 月 31 日止',
  scopeEachCounty: '每个县级单位（县、县级市、区）分别达标',
  scopeEachLevel: (levels: readonly Level[]) => `${levels.map((l) => LEVEL_NAMES_ZH[l]).join('、')}各自按本级数据达标`,
  scopeWholeArea: (area: string) => `${area}全域合计（所有单位数据相加后计算）`,
  kindLevel: '水平值（可升可降）',
  kindCumulative: '累计值（窗口内的累计数）',
  windowFrom: (date: string) => `自 ${date} 起累计（此日视为 0）`,
  windowYear: '自每年 1 月 1 日起累计',
  times: '×',
  divide: '÷',
  partOf: (whole: string, part: string) => `${whole}，${part}`,

  // ---- init
  badCode: (value: string) => `--code 应为 6 位行政区划代码，收到 “${value}”`,
  unknownCode: (code: string) => `行政区划表中没有代码 ${code}`,
  badPeriod: (value: string) => `--period 应为 YYYY-MM（月份 01–12），收到 “${value}”`,
  noDocument: (code: string, areas: readonly string[]) => `没有适用于 ${code} 的政策文件；已有文件的地区：${areas.join('、')}`,
  noTarget: (code: string, level: Level) => `适用于 ${code} 的政策文件中没有需要${LEVEL_NAMES_ZH[level]}单位填报的目标`,
  exists: (path: string) => `${path} 已存在，不会覆盖；请换一个 --output 路径，或先删除该文件`,
  written: (path: string, measures: number, documents: readonly string[]) =>
    `已写出 ${path}：${measures} 项数据待填写（${documents.join('、')}）。填好后运行 care-check validate ${path}`,
  header: {
    title: (name: string, code: string, level: Level, period: string) =>
      `${name}（${code}，${LEVEL_NAMES_ZH[level]}）${period} 统计数据（由 care-check init 生成）`,
    documents: '适用的政策文件：',
    fill: '填写：每个空值填上本单位截至该月末的数字（是/否项填 true 或 false）；0 表示真实的零。',
    unknown: '不掌握的数据请删去整行：删去的视为未知，相关目标显示“缺数据”。',
    notZero: '留空的值不会被当作 0：未填完的文件通不过 care-check validate。',
    ownOnly: (level: Level) =>
      level === 'county'
        ? '只填本单位的数字。'
        : `只填${LEVEL_NAMES_ZH[level]}自身的数字，不要加上下级单位：全域合计由 care-check 计算。`,
    arrow: '→ 用于的目标；[全域] 全域合计，[参考] 只显示不判定',
  },
  measureLine: (name: string, unit: string) => `${name}（${unit}）`,
  heldBy: (levels: readonly Level[]) => `由${levels.map((l) => LEVEL_NAMES_ZH[l]).join('、')}填报`,
  responsibleNone: '（文件未写明）',
  integer: '整数',
  boolean: 'true 或 false',
  atMost: (whole: string) => `不大于 ${whole}`,
  sinceWindow: '2021年1月1日起累计',
  ytdWindow: '本年1月1日起累计',
  feeds: (ids: readonly string[]) => `→ ${ids.join('，')}`,
  wholeAreaMark: '[全域]',
  indicativeMark: '[参考]',
};

const en: typeof zh = {
  badFormat: (command, value) => `--format of ${command} must be table or json, got "${value}"`,
  didYouMean: (suggestion) => `; did you mean ${suggestion}?`,
  list: (items) => items.join(', '),

  validateSummary: (files, valid, errors, warnings) =>
    `${files} ${files === 1 ? 'file' : 'files'} read, ${valid} valid; ${errors + warnings} ${errors + warnings === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`,

  unknownDocument: (id, known) => `unknown document "${id}"; known: ${known.join(', ')}`,
  columns: {
    id: 'id',
    title: 'title',
    number: 'number',
    issued: 'issued',
    area: 'area',
    targets: 'targets',
    indicators: 'indicators',
    target: 'target',
    indicator: 'indicator',
    rule: 'rule',
    deadline: 'deadline',
    scope: 'scope',
    clause: 'clause',
  },
  noNumber: 'none',
  issuer: 'issued by',
  notes: 'notes',
  quote: 'text',
  indicatorsTitle: 'Figures shown without a verdict',
  noRule: 'no number set',
  documentsFooter: (n) => `${n} documents; care-check policies <id> lists one document's targets`,
  documentFooter: "care-check explain <target id> shows a target's formula and the measures it needs",

  unknownTarget: (id) => `unknown target "${id}"`,
  knownTargets: (doc, ids) => `; the targets of ${doc} are: ${ids.join(', ')}`,
  ambiguousSlug: (slug, ids) => `; "${slug}" is in several documents, write it in full: ${ids.join(', ')}`,
  knownDocuments: (ids) => `; the documents are: ${ids.join(', ')}`,
  labels: {
    document: 'document',
    clause: 'clause',
    responsible: 'responsible',
    quote: 'text',
    indicator: 'indicator',
    formula: 'formula',
    measures: 'measures',
    rule: 'rule',
    deadline: 'deadline',
    scope: 'scope',
    kind: 'kind',
    window: 'window',
    note: 'note',
  },
  noRuleExplained: 'the document sets no number: the figure is shown without a verdict',
  deadlineDate: (date) => `by ${date}`,
  deadlineOngoing: (from) => `ongoing: must hold at every observation from ${from} on`,
  deadlineEachYear: 'each year: every calendar year, by 31 December',
  scopeEachCounty: 'each county-level unit (county, county-level city, district) on its own',
  scopeEachLevel: (levels) => `each ${levels.map((l) => LEVEL_NAMES_EN[l]).join(', ')} unit on its own accounts`,
  scopeWholeArea: (area) => `the whole of ${area} (the sum over every unit)`,
  kindLevel: 'level (can go up and down)',
  kindCumulative: 'cumulative (a running total inside a window)',
  windowFrom: (date) => `counted from ${date} (0 on that day)`,
  windowYear: 'counted from 1 January of each year',
  times: '×',
  divide: '÷',
  partOf: (whole, part) => `${whole}, ${part}`,

  badCode: (value) => `--code takes a 6-digit division code, got "${value}"`,
  unknownCode: (code) => `the division table has no code ${code}`,
  badPeriod: (value) => `--period must be YYYY-MM (month 01–12), got "${value}"`,
  noDocument: (code, areas) => `no document applies to ${code}; the documents cover: ${areas.join(', ')}`,
  noTarget: (code, level) => `no target of the documents that apply to ${code} asks a ${LEVEL_NAMES_EN[level]}-level unit for figures`,
  exists: (path) => `${path} exists already and is not overwritten; choose another --output path or remove the file first`,
  written: (path, measures, documents) =>
    `wrote ${path}: ${measures} figures to fill in (${documents.join(', ')}). Then run care-check validate ${path}`,
  header: {
    title: (name, code, level, period) => `${name} (${code}, ${LEVEL_NAMES_EN[level]}), figures for ${period} (written by care-check init)`,
    documents: 'Documents that apply:',
    fill: "Fill in: put this unit's figure as of the month's last day after each empty key (true or false for a yes/no); 0 is a real zero.",
    unknown: 'A figure you do not have: delete its line. A deleted measure is unknown; the targets it feeds show no-data.',
    notZero: 'An empty value is never read as 0: a file that is not filled in fails care-check validate.',
    ownOnly: (level) =>
      level === 'county'
        ? "Only this unit's own figures."
        : `Only the ${LEVEL_NAMES_EN[level]}'s own accounts, without its lower units: care-check makes the area's sum.`,
    arrow: '→ the targets it feeds; [area] a whole-area sum, [shown] shown without a verdict',
  },
  measureLine: (name, unit) => `${name} (${unit})`,
  heldBy: (levels) => `held by ${levels.map((l) => HOLDER_NAMES_EN[l]).join(', ')}`,
  responsibleNone: '(not named by the document)',
  integer: 'a whole number',
  boolean: 'true or false',
  atMost: (whole) => `at most ${whole}`,
  sinceWindow: 'running total since 2021-01-01',
  ytdWindow: 'running total since 1 January of this year',
  feeds: (ids) => `→ ${ids.join(', ')}`,
  wholeAreaMark: '[area]',
  indicativeMark: '[shown]',
};

export type CommandText = typeof zh;

export function commandText(lang: Lang): CommandText {
  return lang === 'en' ? en : zh;
}

/** How a measure's unit is written after its name. */
export const MEASURE_UNIT_TEXT: Record<MeasureUnit, { zh: string; en: string }> = {
  persons: { zh: '人', en: 'persons' },
  households: { zh: '户', en: 'households' },
  m2: { zh: '平方米', en: 'm²' },
  count: { zh: '个', en: 'count' },
  beds: { zh: '张', en: 'beds' },
  'wan-yuan': { zh: '万元', en: '10,000 yuan' },
  'person-times': { zh: '人次', en: 'person-times' },
  sessions: { zh: '期', en: 'sessions' },
  devices: { zh: '台', en: 'devices' },
  items: { zh: '项', en: 'items' },
  boolean: { zh: '是/否', en: 'yes/no' },
};
