// Every word that `validate`, `policies`, `explain` and `init` show a person, in Chinese and English.
import type { Level, MeasureUnit, Text } from '../core/types.js';

const LEVEL_NAMES_ZH: Record<Level, string> = { province: '省本级', city: '市本级', county: '县级' };
const LEVEL_NAMES_EN: Record<Level, string> = { province: 'province', city: 'city', county: 'county' };
const HOLDER_NAMES_EN: Record<Level, string> = { province: "provinces' own accounts", city: "cities' own accounts", county: 'county-level units' };

export const COMMAND_TEXT = {
  badFormat: (command: string, value: string): Text => ({
    zh: `${command} 的 --format 应为 table 或 json，收到 “${value}”`,
    en: `--format of ${command} must be table or json, got "${value}"`,
  }),
  didYouMean: (suggestion: string): Text => ({
    zh: `；是否要找 ${suggestion}？`,
    en: `; did you mean ${suggestion}?`,
  }),
  validateSummary: (files: number, valid: number, errors: number, warnings: number): Text => ({
    zh: `读取文件 ${files} 个，通过校验 ${valid} 个；问题 ${errors + warnings} 个（错误 ${errors}，警告 ${warnings}）`,
    en: `${files} ${files === 1 ? 'file' : 'files'} read, ${valid} valid; ${errors + warnings} ${errors + warnings === 1 ? 'problem' : 'problems'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'})`,
  }),
  unknownDocument: (id: string, known: readonly string[]): Text => ({
    zh: `未知的政策文件 “${id}”；已有：${known.join('、')}`,
    en: `unknown document "${id}"; known: ${known.join(', ')}`,
  }),
  columns: {
    id: { zh: '编号', en: 'id' },
    title: { zh: '名称', en: 'title' },
    number: { zh: '文号', en: 'number' },
    issued: { zh: '印发日期', en: 'issued' },
    area: { zh: '地区', en: 'area' },
    targets: { zh: '目标', en: 'targets' },
    indicators: { zh: '参考指标', en: 'indicators' },
    target: { zh: '目标', en: 'target' },
    indicator: { zh: '指标', en: 'indicator' },
    rule: { zh: '要求', en: 'rule' },
    deadline: { zh: '期限', en: 'deadline' },
    scope: { zh: '范围', en: 'scope' },
    clause: { zh: '条款', en: 'clause' },
  },
  noNumber: { zh: '无文号', en: 'none' },
  issuer: { zh: '发文机关', en: 'issued by' },
  notes: { zh: '说明', en: 'notes' },
  quote: { zh: '原文', en: 'text' },
  indicatorsTitle: { zh: '只显示、不判定的指标', en: 'Figures shown without a verdict' },
  noRule: { zh: '未设定数值', en: 'no number set' },
  documentsFooter: (n: number): Text => ({
    zh: `共 ${n} 份政策文件；用 care-check policies <编号> 查看某份文件的各项目标`,
    en: `${n} documents; care-check policies <id> lists one document's targets`,
  }),
  documentFooter: { zh: '用 care-check explain <目标编号> 查看一项目标的公式和所需数据', en: "care-check explain <target id> shows a target's formula and the measures it needs" },
  unknownTarget: (id: string): Text => ({
    zh: `未知的目标 “${id}”`,
    en: `unknown target "${id}"`,
  }),
  knownTargets: (doc: string, ids: readonly string[]): Text => ({
    zh: `；${doc} 的目标有：${ids.join('、')}`,
    en: `; the targets of ${doc} are: ${ids.join(', ')}`,
  }),
  ambiguousSlug: (slug: string, ids: readonly string[]): Text => ({
    zh: `；“${slug}” 出现在多份文件中，请写全：${ids.join('、')}`,
    en: `; "${slug}" is in several documents, write it in full: ${ids.join(', ')}`,
  }),
  knownDocuments: (ids: readonly string[]): Text => ({
    zh: `；已有的政策文件：${ids.join('、')}`,
    en: `; the documents are: ${ids.join(', ')}`,
  }),
  labels: {
    document: { zh: '文件', en: 'document' },
    clause: { zh: '条款', en: 'clause' },
    responsible: { zh: '责任单位', en: 'responsible' },
    quote: { zh: '原文', en: 'text' },
    indicator: { zh: '指标', en: 'indicator' },
    formula: { zh: '公式', en: 'formula' },
    measures: { zh: '所需数据', en: 'measures' },
    rule: { zh: '要求', en: 'rule' },
    deadline: { zh: '期限', en: 'deadline' },
    scope: { zh: '范围', en: 'scope' },
    kind: { zh: '类型', en: 'kind' },
    window: { zh: '累计起点', en: 'window' },
    note: { zh: '说明', en: 'note' },
  },
  noRuleExplained: { zh: '文件未设定数值：只显示数值，不作判定', en: 'the document sets no number: the figure is shown without a verdict' },
  deadlineDate: (date: string): Text => ({
    zh: `${date} 前`,
    en: `by ${date}`,
  }),
  deadlineOngoing: (from: string): Text => ({
    zh: `长期：自 ${from} 起每一期都须满足`,
    en: `ongoing: must hold at every observation from ${from} on`,
  }),
  deadlineEachYear: { zh: '每年：每个自然年到 12 月 31 日止', en: 'each year: every calendar year, by 31 December' },
  eachCountyShort: { zh: '各县', en: 'each county' },
  scopeEachCounty: { zh: '每个县级单位（县、县级市、区）分别达标', en: 'each county-level unit (county, county-level city, district) on its own' },
  scopeEachLevel: (levels: readonly Level[]): Text => ({
    zh: `${levels.map((l) => LEVEL_NAMES_ZH[l]).join('、')}各自按本级数据达标`,
    en: `each ${levels.map((l) => LEVEL_NAMES_EN[l]).join(', ')} unit on its own accounts`,
  }),
  scopeWholeArea: (area: string): Text => ({
    zh: `${area}全域合计（所有单位数据相加后计算）`,
    en: `the whole of ${area} (the sum over every unit)`,
  }),
  kindLevel: { zh: '水平值（可升可降）', en: 'level (can go up and down)' },
  kindCumulative: { zh: '累计值（窗口内的累计数）', en: 'cumulative (a running total inside a window)' },
  windowFrom: (date: string): Text => ({
    zh: `自 ${date} 起累计（此日视为 0）`,
    en: `counted from ${date} (0 on that day)`,
  }),
  windowYear: { zh: '自每年 1 月 1 日起累计', en: 'counted from 1 January of each year' },
  times: { zh: '×', en: '×' },
  divide: { zh: '÷', en: '÷' },
  partOf: (whole: string, part: string): Text => ({
    zh: `${whole}，${part}`,
    en: `${whole}, ${part}`,
  }),
  badCode: (value: string): Text => ({
    zh: `--code 应为 6 位行政区划代码，收到 “${value}”`,
    en: `--code takes a 6-digit division code, got "${value}"`,
  }),
  unknownCode: (code: string): Text => ({
    zh: `行政区划表中没有代码 ${code}`,
    en: `the division table has no code ${code}`,
  }),
  badPeriod: (value: string): Text => ({
    zh: `--period 应为 YYYY-MM（月份 01–12），收到 “${value}”`,
    en: `--period must be YYYY-MM (month 01–12), got "${value}"`,
  }),
  noDocument: (code: string, areas: readonly string[]): Text => ({
    zh: `没有适用于 ${code} 的政策文件；已有文件的地区：${areas.join('、')}`,
    en: `no document applies to ${code}; the documents cover: ${areas.join(', ')}`,
  }),
  noTarget: (code: string, level: Level): Text => ({
    zh: `适用于 ${code} 的政策文件中没有需要${LEVEL_NAMES_ZH[level]}单位填报的目标`,
    en: `no target of the documents that apply to ${code} asks a ${LEVEL_NAMES_EN[level]}-level unit for figures`,
  }),
  exists: (path: string): Text => ({
    zh: `${path} 已存在，不会覆盖；请换一个 --output 路径，或先删除该文件`,
    en: `${path} exists already and is not overwritten; choose another --output path or remove the file first`,
  }),
  written: (path: string, measures: number, documents: readonly string[]): Text => ({
    zh: `已写出 ${path}：${measures} 项数据待填写（${documents.join('、')}）。填好后运行 care-check validate ${path}`,
    en: `wrote ${path}: ${measures} figures to fill in (${documents.join(', ')}). Then run care-check validate ${path}`,
  }),
  header: {
    title: (name: string, code: string, level: Level, period: string): Text => ({
      zh: `${name}（${code}，${LEVEL_NAMES_ZH[level]}）${period} 统计数据（由 care-check init 生成）`,
      en: `${name} (${code}, ${LEVEL_NAMES_EN[level]}), figures for ${period} (written by care-check init)`,
    }),
    documents: { zh: '适用的政策文件：', en: 'Documents that apply:' },
    fill: { zh: '填写：每个空值填上本单位截至该月末的数字（是/否项填 true 或 false）；0 表示真实的零。', en: "Fill in: put this unit's figure as of the month's last day after each empty key (true or false for a yes/no); 0 is a real zero." },
    unknown: { zh: '不掌握的数据请删去整行：删去的视为未知，相关目标显示“缺数据”。', en: 'A figure you do not have: delete its line. A deleted measure is unknown; the targets it feeds show no-data.' },
    notZero: { zh: '留空的值不会被当作 0：未填完的文件通不过 care-check validate。', en: 'An empty value is never read as 0: a file that is not filled in fails care-check validate.' },
    ownOnly: (level: Level): Text => ({
      zh: level === 'county'
        ? '只填本单位的数字。'
        : `只填${LEVEL_NAMES_ZH[level]}自身的数字，不要加上下级单位：全域合计由 care-check 计算。`,
      en: level === 'county'
        ? "Only this unit's own figures."
        : `Only the ${LEVEL_NAMES_EN[level]}'s own accounts, without its lower units: care-check makes the area's sum.`,
    }),
    arrow: { zh: '→ 用于的目标；[全域] 全域合计，[参考] 只显示不判定', en: '→ the targets it feeds; [area] a whole-area sum, [shown] shown without a verdict' },
  },
  measureLine: (name: string, unit: string): Text => ({
    zh: `${name}（${unit}）`,
    en: `${name} (${unit})`,
  }),
  heldBy: (levels: readonly Level[]): Text => ({
    zh: `由${levels.map((l) => LEVEL_NAMES_ZH[l]).join('、')}填报`,
    en: `held by ${levels.map((l) => HOLDER_NAMES_EN[l]).join(', ')}`,
  }),
  responsibleNone: { zh: '（文件未写明）', en: '(not named by the document)' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  atMost: (whole: string): Text => ({
    zh: `不大于 ${whole}`,
    en: `at most ${whole}`,
  }),
  sinceWindow: { zh: '2021年1月1日起累计', en: 'running total since 2021-01-01' },
  ytdWindow: { zh: '本年1月1日起累计', en: 'running total since 1 January of this year' },
  feeds: (ids: readonly string[]): Text => ({
    zh: `→ ${ids.join('，')}`,
    en: `→ ${ids.join(', ')}`,
  }),
  wholeAreaMark: { zh: '[全域]', en: '[area]' },
  indicativeMark: { zh: '[参考]', en: '[shown]' },
};

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
