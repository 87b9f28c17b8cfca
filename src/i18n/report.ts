// Every word a report shows a person, in Chinese and English. Format-neutral: the table, Markdown,
// GitHub and Excel writers all draw on these.
import type { Change, Flag, IndicativeResult, Level, NoDataReason, Status, Text, ValueUnit } from '../core/types.js';

export const STATUS_LABELS: Record<Status, Text> = {
  met: { zh: '已达标', en: 'met' },
  'on-track': { zh: '进度正常', en: 'on-track' },
  'at-risk': { zh: '有风险', en: 'at-risk' },
  'off-track': { zh: '进度滞后', en: 'off-track' },
  pending: { zh: '待观察', en: 'pending' },
  missed: { zh: '未达标', en: 'missed' },
  'no-data': { zh: '缺数据', en: 'no-data' },
};

/** One line each: what the status means, for legends and tooltips. */
export const STATUS_HINTS: Record<Status, Text> = {
  met: { zh: '最新数值已满足目标', en: 'the latest value satisfies the rule' },
  'on-track': { zh: '尚未达标，按当前趋势可在期限前达标', en: 'not met yet; the trend reaches the threshold by the deadline' },
  'at-risk': { zh: '尚未达标，按当前趋势到期时略有差距', en: 'not met yet; the trend falls short by a margin' },
  'off-track': { zh: '尚未达标，按当前趋势到期时差距较大或在倒退', en: 'not met yet; the trend falls far short or moves away' },
  pending: { zh: '尚未达标，数据期数太少，无法判断趋势', en: 'not met yet; too little history for a trend' },
  missed: { zh: '期限已过（或长期目标）而最新数值未满足目标', en: 'the deadline has passed (or the rule is ongoing) and the value fails the rule' },
  'no-data': {
    zh: '无法判定：缺少公式所需的数据项、分母为0、全域上报单位太少，或数值无法使用',
    en: 'no verdict: a measure the formula needs is absent, a denominator is 0, too few units of a whole area reported, or a figure is unusable',
  },
};

/** Why a result is no-data, in a few words. */
export const NO_DATA_REASON_LABELS: Record<NoDataReason, Text> = {
  'missing-measure': { zh: '缺少数据项', en: 'a measure is missing' },
  'zero-denominator': { zh: '分母为0', en: 'the denominator is 0' },
  'thin-coverage': { zh: '上报单位太少，不作全域判定', en: 'too few units reported for a whole-area verdict' },
  'not-finite': { zh: '计算结果不是有限数值（数据有误）', en: 'the computed value is not a finite number (a bad figure)' },
  'no-observation': { zh: '判定期内没有数据', en: 'no figures in the period judged' },
};

/** Short labels, for a narrow column. */
export const FLAG_LABELS: Record<Flag, Text> = {
  'low-confidence': { zh: '样本少', en: 'low-conf' },
  provisional: { zh: '暂定', en: 'provisional' },
  partial: { zh: '部分上报', en: 'partial' },
  carried: { zh: '沿用上期', en: 'carried' },
  regressing: { zh: '倒退', en: 'regressing' },
  slipping: { zh: '趋于回落', en: 'slipping' },
  'after-deadline': { zh: '期后数据', en: 'after-deadline' },
};

export const FLAG_HINTS: Record<Flag, Text> = {
  'low-confidence': { zh: '趋势仅基于两期数据', en: 'the trend rests on two observations only' },
  provisional: { zh: '截止月份的数据尚未报送，按更早的数据判断', en: 'the figures of the deadline month are not in yet; judged on earlier ones' },
  partial: {
    zh: '全域合计缺少部分单位的数据（未报送，且没有可沿用的近期数据）',
    en: 'some expected units of the area have no figure in the period summed, and none recent enough to carry',
  },
  carried: {
    zh: '部分单位本期未报，全域合计沿用其最近一期的数据（见所注数据期）',
    en: 'some units are late: the whole-area sum carries their latest figure forward (the period it comes from is named)',
  },
  regressing: { zh: '数值在朝远离目标的方向变化', en: 'the value moves away from the threshold' },
  slipping: { zh: '已达标，但按趋势到期时将回落到目标以下', en: 'met, but the trend falls back below the threshold by the deadline' },
  'after-deadline': { zh: '所有数据都晚于期限，按最新数据判断', en: 'every observation is after the deadline; the latest decides' },
};

/** The unit a value is shown in; empty where the number speaks for itself. */
export const VALUE_UNIT_LABELS: Record<ValueUnit, Text> = {
  percent: { zh: '%', en: '%' },
  'm2-per-100-households': { zh: 'm²/百户', en: 'm²/100 hh' },
  'm2-per-capita': { zh: 'm²/人', en: 'm²/person' },
  'per-1000-elderly': { zh: '人/千名老人', en: 'per 1,000 elderly' },
  count: { zh: '个', en: '' },
  households: { zh: '户', en: 'households' },
  persons: { zh: '人', en: 'persons' },
  'person-times': { zh: '人次', en: 'person-times' },
  sessions: { zh: '期', en: 'sessions' },
  devices: { zh: '台', en: 'devices' },
  boolean: { zh: '', en: '' },
};

/** A difference of two percentages. */
export const PERCENT_POINTS: Text = { zh: '百分点', en: 'points' };

export const LEVEL_LABELS: Record<Level, Text> = {
  province: { zh: '省本级', en: 'province' },
  city: { zh: '市本级', en: 'city' },
  county: { zh: '县级', en: 'county' },
};

export const REASON_LABELS: Record<IndicativeResult['reason'], Text> = {
  'whole-area': { zh: '全域目标，本单位数值仅供参考', en: 'whole-area target; own figure shown only' },
  'other-level': { zh: '目标不针对本级', en: 'target set for other levels' },
  'no-rule': { zh: '文件未设定数值', en: 'no number set by the document' },
};

export const CHANGE_LABELS: Record<Change, Text> = {
  new: { zh: '新增', en: 'new' },
  unchanged: { zh: '无变化', en: 'unchanged' },
  improved: { zh: '好转', en: 'improved' },
  worsened: { zh: '变差', en: 'worsened' },
};

export const COLUMN_LABELS = {
  target: { zh: '目标', en: 'target' },
  value: { zh: '数值', en: 'value' },
  threshold: { zh: '目标值', en: 'threshold' },
  gap: { zh: '差距', en: 'gap' },
  progress: { zh: '进度', en: 'progress' },
  status: { zh: '状态', en: 'status' },
  flags: { zh: '标记', en: 'flags' },
  deadline: { zh: '期限', en: 'deadline' },
  monthsLeft: { zh: '剩余月数', en: 'months left' },
  unit: { zh: '单位', en: 'unit' },
  document: { zh: '文件', en: 'document' },
  period: { zh: '数据期', en: 'period' },
  total: { zh: '合计', en: 'total' },
  file: { zh: '文件位置', en: 'location' },
  field: { zh: '字段', en: 'field' },
  message: { zh: '说明', en: 'message' },
  severity: { zh: '级别', en: 'severity' },
  reason: { zh: '原因', en: 'reason' },
} satisfies Record<string, Text>;
export type ColumnKey = keyof typeof COLUMN_LABELS;

/** Words and sentences of the reports. */
export const REPORT_TEXT = {
  asOf: (v: { date: string | number }): Text => ({ zh: `截至 ${v.date}`, en: `as of ${v.date}` }),
  documentsChecked: (v: { n: string | number }): Text => ({ zh: `检查文件 ${v.n} 份`, en: `documents checked: ${v.n}` }),
  unitsRead: (v: { n: string | number; files: string | number }): Text => ({ zh: `单位 ${v.n} 个（统计报表 ${v.files} 份）`, en: `units read: ${v.n} (files: ${v.files})` }),
  problemsCount: (v: { n: string | number }): Text => ({ zh: `问题 ${v.n} 个`, en: `problems: ${v.n}` }),
  problemsSplit: (v: { n: string | number; errors: string | number; warnings: string | number }): Text => ({ zh: `问题 ${v.n} 个（错误 ${v.errors}，警告 ${v.warnings}）`, en: `problems: ${v.n} (errors: ${v.errors}, warnings: ${v.warnings})` }),
  summary: { zh: '汇总', en: 'Summary' },
  overall: { zh: '全部', en: 'all' },
  wholeArea: { zh: '全域', en: 'whole area' },
  wholeAreaTitle: { zh: '全域目标', en: 'Whole-area targets' },
  unitsTitle: { zh: '各单位（问题最多的在前）', en: 'Units (worst first)' },
  worst: { zh: '最差', en: 'worst' },
  ongoing: { zh: '长期', en: 'ongoing' },
  eachYear: { zh: '每年', en: 'each year' },
  monthsLeft: (v: { n: string | number }): Text => ({ zh: `剩 ${v.n} 个月`, en: `${v.n} mo left` }),
  deadlinePassed: { zh: '已到期', en: 'past' },
  since: (v: { period: string | number }): Text => ({ zh: `自 ${v.period} 起`, en: `since ${v.period}` }),
  metLate: (v: { period: string | number }): Text => ({ zh: `${v.period} 补达标`, en: `met late ${v.period}` }),
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  none: { zh: '无', en: 'none' },
  indicative: { zh: '参考值', en: 'indicative' },
  indicativeOmitted: (v: { n: string | number }): Text => ({ zh: `参考值 ${v.n} 项未列出（不作判定，不计入汇总；见 --format json）`, en: `indicative values not listed: ${v.n} (no verdict, not counted; see --format json)` }),
  unreported: (v: { n: string | number }): Text => ({ zh: `未报送单位（${v.n}）`, en: `units that sent no file (${v.n})` }),
  rowsHidden: (v: { n: string | number; code: string | number }): Text => ({ zh: `另有 ${v.n} 项未列出（--unit ${v.code} 查看全部）`, en: `other results not listed: ${v.n} (--unit ${v.code} shows all)` }),
  compactTitle: (v: { n: string | number }): Text => ({ zh: `其余单位（${v.n}）`, en: `Other units (${v.n})` }),
  largeSet: (v: { units: string | number; statuses: string | number; shown: string | number }): Text => ({ zh: `共 ${v.units} 个单位：含 ${v.statuses} 的 ${v.shown} 个单位列出这些结果，其余单位每个一行。`, en: `units: ${v.units}; for those with ${v.statuses} (${v.shown}) these results are listed, one line for each other unit.` }),
  narrow: {
    zh: '缩小范围：--unit CODE（单个单位）、--only DOC（单份文件）、--status STATUS（某一状态）',
    en: 'Narrow it down: --unit CODE (one unit), --only DOC (one document), --status STATUS (one status)',
  },
  gone: (v: { n: string | number }): Text => ({ zh: `与基线相比，本次少了 ${v.n} 项结果（基线中有、本次没有；见 --format json 或 markdown）`, en: `gone since the baseline: ${v.n} results (in the baseline, not in this run; see --format json or markdown)` }),
  problemsTitle: (v: { n: string | number }): Text => ({ zh: `输入问题（${v.n}）`, en: `Input problems (${v.n})` }),
  problemsMore: (v: { n: string | number }): Text => ({ zh: `……另有 ${v.n} 个问题未列出（见 --format json）`, en: `… problems not listed: ${v.n} (see --format json)` }),
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  noResults: { zh: '没有可判定的目标。', en: 'No target could be checked.' },
  flagsLegend: { zh: '标记说明', en: 'Flags' },
  colon: { zh: '：', en: ': ' },
  more: (v: { n: string | number }): Text => ({ zh: `等 ${v.n} 个`, en: `… (${v.n} in all)` }),
};
