// The words of the machine formats (JUnit, Markdown, GitHub annotations) and of the sentences they
// share about a result.
import type { Lang, Text } from '../core/types.js';
import { joinList } from './index.js';

export const FORMAT_TEXT = {
  // ---- shared by the formats
  wholeArea: { zh: '（全域）', en: ' (whole area)' },
  valueAgainstThreshold: (value: string, rule: string): Text => ({
    zh: `当前值 ${value}，目标 ${rule}`,
    en: `value ${value} against threshold ${rule}`,
  }),
  gapAndProgress: (gap: string, progress: string): Text => ({
    zh: `差距 ${gap}，进度 ${progress}`,
    en: `gap ${gap}, progress ${progress}`,
  }),
  carriedUnits: (units: string[]): Text => ({
    zh: `沿用上期数据的单位：${joinList('zh', units)}`,
    en: `units carried forward: ${joinList('en', units)}`,
  }),
  noDataReason: (reason: string): Text => ({
    zh: `缺数据原因：${reason}`,
    en: `no data: ${reason}`,
  }),
  coverage: (share: string, period: string, needed: string | null): Text => ({
    zh: `${period} 上报覆盖率 ${share}${needed === null ? '' : `，须达 ${needed}`}`,
    en: `coverage ${share} in ${period}${needed === null ? '' : `, ${needed} needed`}`,
  }),
  moreUnits: (count: number): Text => ({
    zh: ` 等 ${count} 个`,
    en: `, … (${count} in all)`,
  }),
  morePeriods: (count: number): Text => ({
    zh: `另 ${count} 期`,
    en: `${count} more`,
  }),
  leftOut: (periods: string[]): Text => ({
    zh: `上报覆盖率不足、未作为观测值的期：${joinList('zh', periods)}`,
    en: `periods left out for thin coverage: ${joinList('en', periods)}`,
  }),
  responsible: (units: string): Text => ({
    zh: `责任单位：${units}`,
    en: `responsible: ${units}`,
  }),
  deadline: (date: string): Text => ({
    zh: `期限 ${date}`,
    en: `deadline ${date}`,
  }),
  period: (period: string): Text => ({
    zh: `数据期 ${period}`,
    en: `period ${period}`,
  }),
  flags: (flags: string[]): Text => ({
    zh: `标记：${joinList('zh', flags)}`,
    en: `flags: ${joinList('en', flags)}`,
  }),
  source: (where: string): Text => ({
    zh: `来源 ${where}`,
    en: `source ${where}`,
  }),
  missingUnits: (units: string[]): Text => ({
    zh: `合计缺少的单位（未报送，且无可沿用的近期数据）：${joinList('zh', units)}`,
    en: `units missing from the sums (no figure, none recent enough to carry): ${joinList('en', units)}`,
  }),
  tooLittleHistory: { zh: '数据期数不足，尚无趋势', en: 'too little history for a trend yet' },
  change: (label: string): Text => ({
    zh: `与基线相比：${label}`,
    en: `since the baseline: ${label}`,
  }),
  status: (label: string): Text => ({
    zh: `状态：${label}`,
    en: `status: ${label}`,
  }),
  trend: (pace: string, required: string, projected: string): Text => ({
    zh: `每月进度 ${pace}，所需 ${required}，预计到期值 ${projected}`,
    en: `pace ${pace}/month, required ${required}/month, projected ${projected}`,
  }),

  // ---- JUnit
  junitProblemsSuite: { zh: '输入问题', en: 'input problems' },

  // ---- Markdown
  mdChangesHeading: { zh: '与基线相比的变化', en: 'What changed since the baseline' },
  mdBecameMissed: { zh: '新变为未达标', en: 'became missed' },
  mdBecameMet: { zh: '新变为达标', en: 'became met' },
  mdNothingChanged: { zh: '与基线相比，没有结果的状态发生变化。', en: 'No result changed status since the baseline.' },
  mdGone: { zh: '已消失', en: 'gone' },
  mdGoneTitle: { zh: '已消失（基线中有、本次没有的结果）', en: 'Gone (in the baseline, not in this run)' },
  mdCountsHeading: { zh: '各文件的状态统计', en: 'Statuses by document' },
  mdFailingHeading: (statuses: string[]): Text => ({
    zh: `未通过的检查（${joinList('zh', statuses)}）`,
    en: `Failing checks (${joinList('en', statuses)})`,
  }),
  mdNoFailOn: { zh: '未设置任何导致失败的状态（--fail-on never）。', en: 'No status fails the run (--fail-on never).' },
  mdNoneFailing: { zh: '没有未通过的检查。', en: 'No failing checks.' },
  /** columns of the failing table that the shared column labels do not have */
  mdColumns: {
    zh: { source: '来源', change: '变化', notes: '说明' },
    en: { source: 'source', change: 'change', notes: 'notes' },
  } satisfies Record<Lang, Record<string, string>>,
  mdWholeAreasHeading: { zh: '全域目标', en: 'Whole-area targets' },
  mdProblemsHeading: { zh: '输入问题', en: 'Input problems' },
  mdNoResults: { zh: '没有可判断的结果。', en: 'No results to judge.' },
  mdMore: (count: number): Text => ({
    zh: `…… 另有 ${count} 条`,
    en: `… and ${count} more`,
  }),
  mdTruncated: { zh: '（报告已截断，以保持在 1 MiB 以内。完整结果见 JSON 报告。）', en: '(Report truncated to stay under 1 MiB. The JSON report has every result.)' },

  // ---- GitHub annotations
  ghLeftOut: (errors: number, warnings: number): Text => ({
    zh: `另有 ${errors} 个错误和 ${warnings} 个警告未逐条标注（每类最多标注 10 个），完整结果见报告`,
    en: `${errors} more error(s) and ${warnings} more warning(s) left out (at most 10 of each are annotated); the report has them all`,
  }),

  ghGone: (count: number): Text => ({
    zh: `与基线相比，本次少了 ${count} 项结果（基线中有、本次没有）：`,
    en: `${count} result(s) of the baseline are gone from this run:`,
  }),
}
