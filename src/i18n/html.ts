// The words of the HTML report that the shared report labels (i18n/report.ts) and the charts'
// (i18n/charts.ts) do not hold.
import type { Status, Text } from '../core/types.js';

export const HTML_TEXT = {
  title: { zh: '基本养老服务体系建设目标检查报告', en: 'Elderly-care plan targets: the monthly report' },
  asOf: (v: { date: string | number }): Text => ({ zh: `截至 ${v.date}`, en: `as of ${v.date}` }),
  generatedBy: (v: { tool: string | number }): Text => ({ zh: `由 ${v.tool} 生成`, en: `made by ${v.tool}` }),
  filesInScope: (v: { files: string | number; units: string | number }): Text => ({
    zh: `统计报表 ${v.files} 份，${v.units} 个单位`,
    en: `${v.files} statistics files from ${v.units} units`,
  }),
  filesOfRead: (v: { n: string | number }): Text => ({ zh: `（共读取 ${v.n} 份）`, en: ` (of ${v.n} read)` }),
  problems: (v: { n: string | number }): Text => ({ zh: `输入问题 ${v.n} 个`, en: `${v.n} input problems` }),
  narrowed: (v: { what: string | number }): Text => ({ zh: `范围：${v.what}`, en: `narrowed to ${v.what}` }),
  documents: (v: { list: string | number }): Text => ({ zh: `政策文件：${v.list}`, en: `documents: ${v.list}` }),
  contents: { zh: '目录', en: 'Contents' },
  pageOf: (v: { n: string | number; total: string | number }): Text => ({ zh: `第 ${v.n} 页，共 ${v.total} 页`, en: `page ${v.n} of ${v.total}` }),

  // sections
  byDocument: { zh: '各文件、各地区的状态', en: 'By document and area' },
  wholeAreaTrends: { zh: '全域目标的趋势', en: 'Whole-area targets: trends' },
  unitTrends: { zh: '需关注的单位目标的趋势', en: 'Unit targets that need action: trends' },
  grid: { zh: '单位 × 目标 状态表', en: 'Units × targets' },
  departments: { zh: '按责任单位', en: 'By responsible department' },
  details: { zh: '全部结果明细', en: 'Every result' },
  catalog: { zh: '目标、条款与原文', en: 'Targets, clauses and quoted sentences' },
  inputs: { zh: '迟报、未报送与输入问题', en: 'Late and missing files, input problems' },

  // the glance
  changes: { zh: '与基线相比', en: 'Since the baseline' },
  noBaseline: {
    zh: '未给出基线：以 --baseline 指定上月的 JSON 报告，即标出每项结果的好转、变差与新增。',
    en: 'No baseline given: --baseline with last month’s JSON report marks each result improved, worsened or new.',
  },
  gone: { zh: '基线中有、本次没有', en: 'gone' },
  worsenedList: { zh: '变差的结果', en: 'Results that worsened' },
  lateTitle: { zh: '迟报与未报送', en: 'Late and missing files' },
  lateLine: (v: { period: string | number; late: string | number; never: string | number }): Text => ({
    zh: `${v.period}：迟报 ${v.late} 个单位，从未报送 ${v.never} 个`,
    en: `${v.period}: late ${v.late}, never reported ${v.never}`,
  }),
  lateNone: (v: { period: string | number }): Text => ({ zh: `${v.period}：各单位均已报送`, en: `${v.period}: every unit sent its file` }),
  noPeriod: { zh: '没有统计报表', en: 'no statistics files' },
  andMore: (v: { n: string | number }): Text => ({ zh: `等 ${v.n} 个`, en: `… (${v.n} in all)` }),

  // the charts
  chartsIntro: {
    zh: '实线为实际值（颜色即状态）；虚线为目标值，竖线为期限；点线为从最新值到期限达标所需的直线路径，彩色虚线为按当前速度的预测。实际值斜率低于所需路径，即“有风险”或“进度滞后”。',
    en: 'The solid line is the observed value (its colour is the status); dashes the threshold, the vertical line the deadline; dots the straight path from the latest value to the threshold at the deadline, coloured dashes the projection at the observed pace. A slope below the path is what “at risk” and “off track” mean.',
  },
  unitChartsIntro: (v: { total: string | number; drawn: string | number }): Text => ({
    zh: `未达标、进度滞后、有风险的单位目标，问题最重的在前：共 ${v.total} 项，绘制 ${v.drawn} 项。`,
    en: `Unit targets missed, off track or at risk, worst first: ${v.total} in all, ${v.drawn} drawn.`,
  }),
  unitChartsLeftOut: (v: { n: string | number; limit: string | number }): Text => ({
    zh: `另有 ${v.n} 项超出 ${v.limit} 张图的上限，未绘图，列于下表。缩小范围即可绘出：--unit 单位代码、--only 文件、--status 状态。`,
    en: `${v.n} more are past the limit of ${v.limit} charts and are listed below. Narrow the run to draw them: --unit CODE, --only DOC, --status STATUS.`,
  }),
  noUnitCharts: { zh: '没有未达标、进度滞后或有风险的单位目标。', en: 'No unit target is missed, off track or at risk.' },
  noWholeArea: { zh: '所查文件没有全域目标。', en: 'The documents checked have no whole-area target.' },
  coverageTitle: (v: { indicator: string | number }): Text => ({ zh: `${v.indicator}：上报覆盖率`, en: `${v.indicator}: reporting coverage` }),
  coverageNote: (v: { needed: string | number }): Text => ({
    zh: `上报单位不足 ${v.needed}，不作全域判定；图为各期上报覆盖率。`,
    en: `Fewer than ${v.needed} of the units reported: no whole-area verdict; the chart shows each month’s coverage.`,
  }),
  noFigures: { zh: '没有任何数值可绘制。', en: 'No figure to draw.' },
  observedLine: (v: { period: string | number; value: string | number; rule: string | number; gap: string | number; progress: string | number }): Text => ({
    zh: `${v.period} 实际 ${v.value}，目标 ${v.rule}，差距 ${v.gap}，进度 ${v.progress}`,
    en: `${v.period}: ${v.value} against ${v.rule}, gap ${v.gap}, progress ${v.progress}`,
  }),
  paceLine: (v: { pace: string | number; required: string | number; projected: string | number }): Text => ({
    zh: `月均进度 ${v.pace}，所需 ${v.required}，到期预计 ${v.projected}`,
    en: `pace ${v.pace}/month, ${v.required} needed, ${v.projected} projected`,
  }),
  traceLine: (v: { clause: string | number; source: string | number }): Text => ({
    zh: `条款 ${v.clause} · ${v.source}`,
    en: `clause ${v.clause} · ${v.source}`,
  }),
  sumOfUnits: { zh: '各单位文件之和', en: 'sum of the units’ files' },
  detailsLink: { zh: '明细', en: 'details' },

  // the grid
  gridIntro: {
    zh: '每格一项结果，颜色与符号即状态；点击查看明细。单位按最差状态排列，问题最重的在前；灰点为参考值（不作判定）。',
    en: 'A cell per result, its colour and sign the status; click for its details. Units worst first; a grey dot is an indicative value (no verdict).',
  },
  keyNumber: { zh: '序号', en: 'no.' },
  keyTarget: { zh: '目标', en: 'target' },
  unitColumn: { zh: '单位', en: 'unit' },
  indicativeCell: { zh: '参考值（不作判定）', en: 'indicative (no verdict)' },

  // departments
  departmentsIntro: (v: { legend: string | number }): Text => ({
    zh: `各项目标按其条款所列责任单位统计；一项目标列有多个责任单位时，计入每个单位。列头符号即状态：${v.legend}。`,
    en: `Each target counted under every responsible department its clause names. The signs of the heads are the statuses: ${v.legend}.`,
  }),
  department: { zh: '责任单位', en: 'department' },
  needsAction: { zh: '需关注的目标', en: 'needs action' },
  noDepartment: { zh: '（条款未列责任单位）', en: '(no department named)' },

  // details
  indicator: { zh: '指标', en: 'indicator' },
  figures: { zh: '数值 / 目标 / 差距', en: 'value / threshold / gap' },
  trend: { zh: '进度与预测', en: 'pace and projection' },
  source: { zh: '来源', en: 'source' },
  clause: { zh: '条款', en: 'clause' },
  quote: { zh: '原文', en: 'quoted sentence' },
  rule: { zh: '规则', en: 'rule' },
  responsible: { zh: '责任单位', en: 'responsible' },
  scope: { zh: '范围', en: 'scope' },
  planFile: (v: { file: string | number }): Text => ({ zh: `原文件：data/plans/${v.file}`, en: `the plan: data/plans/${v.file}` }),
  issued: (v: { date: string | number }): Text => ({ zh: `印发 ${v.date}`, en: `issued ${v.date}` }),
  noRule: { zh: '（未设定数值，仅列示）', en: '(no number set: shown only)' },
  valueRule: { zh: '数值 / 目标', en: 'value / rule' },
  gapProgress: { zh: '差距 / 进度', en: 'gap / progress' },
  paceNeeded: { zh: '速度/所需→预测', en: 'pace/needed→proj.' },
  stateSince: (v: { period: string | number }): Text => ({ zh: `自 ${v.period}`, en: `since ${v.period}` }),
  metLateIn: (v: { period: string | number }): Text => ({ zh: `补达标 ${v.period}`, en: `met late ${v.period}` }),
  allResults: { zh: '合计', en: 'all' },
  code: { zh: '代码', en: 'code' },

  // inputs
  lastPeriod: { zh: '最近报送', en: 'last file' },
  neverReported: { zh: '从未报送', en: 'never reported' },
  problemsTitle: (v: { n: string | number }): Text => ({ zh: `输入问题（${v.n}）`, en: `Input problems (${v.n})` }),
  problemsMore: (v: { n: string | number }): Text => ({ zh: `另有 ${v.n} 个问题未列出（见 --format json）`, en: `${v.n} more problems not listed (see --format json)` }),
  noProblems: { zh: '没有输入问题。', en: 'No input problems.' },
} satisfies Record<string, Text | ((v: never) => Text)>;

/** A sign per status, so that the grid never relies on colour alone. */
export const STATUS_SIGNS: Record<Status, string> = {
  met: '✓',
  'on-track': '↗',
  pending: '…',
  'at-risk': '!',
  'no-data': '?',
  'off-track': '↘',
  missed: '✗',
};
