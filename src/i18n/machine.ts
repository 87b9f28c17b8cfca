// Strings of the machine formats (JUnit, Markdown, GitHub annotations) and of the baseline
// loader, in both languages.
import type { Lang } from '../core/types.js';
import { joinList } from './index.js';

type Message<A extends unknown[]> = (lang: Lang, ...args: A) => string;

function message<A extends unknown[]>(zh: (...args: A) => string, en: (...args: A) => string): Message<A> {
  return (lang, ...args) => (lang === 'zh' ? zh(...args) : en(...args));
}

/** `：` in Chinese, `: ` in English. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}


export const machine = {
  // ---- shared by the formats
  wholeArea: message(
    () => '（全域）',
    () => ' (whole area)',
  ),
  valueAgainstThreshold: message(
    (value: string, rule: string) => `当前值 ${value}，目标 ${rule}`,
    (value: string, rule: string) => `value ${value} against threshold ${rule}`,
  ),
  gapAndProgress: message(
    (gap: string, progress: string) => `差距 ${gap}，进度 ${progress}`,
    (gap: string, progress: string) => `gap ${gap}, progress ${progress}`,
  ),
  carriedUnits: message(
    (units: string[]) => `沿用上期数据的单位：${joinList('zh', units)}`,
    (units: string[]) => `units carried forward: ${joinList('en', units)}`,
  ),
  noDataReason: message(
    (reason: string) => `缺数据原因：${reason}`,
    (reason: string) => `no data: ${reason}`,
  ),
  coverage: message(
    (share: string, period: string, needed: string | null) => `${period} 上报覆盖率 ${share}${needed === null ? '' : `，须达 ${needed}`}`,
    (share: string, period: string, needed: string | null) => `coverage ${share} in ${period}${needed === null ? '' : `, ${needed} needed`}`,
  ),
  moreUnits: message(
    (count: number) => ` 等 ${count} 个`,
    (count: number) => `, … (${count} in all)`,
  ),
  leftOut: message(
    (periods: string[]) => `上报覆盖率不足、未作为观测值的期：${joinList('zh', periods)}`,
    (periods: string[]) => `periods left out for thin coverage: ${joinList('en', periods)}`,
  ),
  responsible: message(
    (units: string) => `责任单位：${units}`,
    (units: string) => `responsible: ${units}`,
  ),
  deadline: message(
    (date: string) => `期限 ${date}`,
    (date: string) => `deadline ${date}`,
  ),
  period: message(
    (period: string) => `数据期 ${period}`,
    (period: string) => `period ${period}`,
  ),
  flags: message(
    (flags: string[]) => `标记：${joinList('zh', flags)}`,
    (flags: string[]) => `flags: ${joinList('en', flags)}`,
  ),
  source: message(
    (where: string) => `来源 ${where}`,
    (where: string) => `source ${where}`,
  ),
  missingUnits: message(
    (units: string[]) => `合计缺少的单位（未报送，且无可沿用的近期数据）：${joinList('zh', units)}`,
    (units: string[]) => `units missing from the sums (no figure, none recent enough to carry): ${joinList('en', units)}`,
  ),
  tooLittleHistory: message(
    () => '数据期数不足，尚无趋势',
    () => 'too little history for a trend yet',
  ),
  change: message(
    (label: string) => `与基线相比：${label}`,
    (label: string) => `since the baseline: ${label}`,
  ),
  status: message(
    (label: string) => `状态：${label}`,
    (label: string) => `status: ${label}`,
  ),
  trend: message(
    (pace: string, required: string, projected: string) => `每月进度 ${pace}，所需 ${required}，预计到期值 ${projected}`,
    (pace: string, required: string, projected: string) => `pace ${pace}/month, required ${required}/month, projected ${projected}`,
  ),

  // ---- JUnit
  junitProblemsSuite: message(
    () => '输入问题',
    () => 'input problems',
  ),

  // ---- Markdown
  mdChangesHeading: message(
    () => '与基线相比的变化',
    () => 'What changed since the baseline',
  ),
  mdBecameMissed: message(
    () => '新变为未达标',
    () => 'became missed',
  ),
  mdBecameMet: message(
    () => '新变为达标',
    () => 'became met',
  ),
  mdNothingChanged: message(
    () => '与基线相比，没有结果的状态发生变化。',
    () => 'No result changed status since the baseline.',
  ),
  mdGone: message(
    () => '已消失',
    () => 'gone',
  ),
  mdGoneTitle: message(
    () => '已消失（基线中有、本次没有的结果）',
    () => 'Gone (in the baseline, not in this run)',
  ),
  mdCountsHeading: message(
    () => '各文件的状态统计',
    () => 'Statuses by document',
  ),
  mdFailingHeading: message(
    (statuses: string[]) => `未通过的检查（${joinList('zh', statuses)}）`,
    (statuses: string[]) => `Failing checks (${joinList('en', statuses)})`,
  ),
  mdNoFailOn: message(
    () => '未设置任何导致失败的状态（--fail-on never）。',
    () => 'No status fails the run (--fail-on never).',
  ),
  mdNoneFailing: message(
    () => '没有未通过的检查。',
    () => 'No failing checks.',
  ),
  /** columns of the failing table that the shared column labels do not have */
  mdColumns: {
    zh: { source: '来源', change: '变化', notes: '说明' },
    en: { source: 'source', change: 'change', notes: 'notes' },
  } satisfies Record<Lang, Record<string, string>>,
  mdWholeAreasHeading: message(
    () => '全域目标',
    () => 'Whole-area targets',
  ),
  mdProblemsHeading: message(
    () => '输入问题',
    () => 'Input problems',
  ),
  mdNoResults: message(
    () => '没有可判断的结果。',
    () => 'No results to judge.',
  ),
  mdMore: message(
    (count: number) => `…… 另有 ${count} 条`,
    (count: number) => `… and ${count} more`,
  ),
  mdTruncated: message(
    () => '（报告已截断，以保持在 1 MiB 以内。完整结果见 JSON 报告。）',
    () => '(Report truncated to stay under 1 MiB. The JSON report has every result.)',
  ),

  // ---- GitHub annotations
  ghLeftOut: message(
    (errors: number, warnings: number) =>
      `另有 ${errors} 个错误和 ${warnings} 个警告未逐条标注（每类最多标注 10 个），完整结果见报告`,
    (errors: number, warnings: number) =>
      `${errors} more error(s) and ${warnings} more warning(s) left out (at most 10 of each are annotated); the report has them all`,
  ),

  ghGone: message(
    (count: number) => `与基线相比，本次少了 ${count} 项结果（基线中有、本次没有）：`,
    (count: number) => `${count} result(s) of the baseline are gone from this run:`,
  ),

  // ---- baseline loader
  baselineUnreadable: message(
    (reason: string) => `无法读取基线报告：${reason}`,
    (reason: string) => `cannot read the baseline report: ${reason}`,
  ),
  baselineNotAFile: message(
    () => '不是普通文件（如命名管道或设备），未读取',
    () => 'not a regular file (a FIFO or a device, say): not read',
  ),
  baselineTooLarge: message(
    (limitMiB: number) => `文件超过 ${limitMiB} MiB，未读取`,
    (limitMiB: number) => `the file is over ${limitMiB} MiB: not read`,
  ),
  fileError: (lang: Lang, code: string): string | null => {
    const known: Record<string, { zh: string; en: string }> = {
      ENOENT: { zh: '文件不存在', en: 'no such file' },
      EISDIR: { zh: '这是一个文件夹，不是文件', en: 'it is a folder, not a file' },
      EACCES: { zh: '没有读取权限', en: 'permission denied' },
      EPERM: { zh: '没有读取权限', en: 'permission denied' },
      ENOTDIR: { zh: '路径中的某一段是文件而不是文件夹', en: 'a part of the path is a file, not a folder' },
      ELOOP: { zh: '符号链接形成了循环', en: 'a loop of symbolic links' },
    };
    return Object.hasOwn(known, code) ? (known[code]?.[lang] ?? null) : null;
  },
  baselineNotJson: message(
    // the parser's own words are English only; the position goes into line and column
    (_reason: string) => '基线报告不是有效的 JSON',
    (reason: string) => `the baseline report is not valid JSON: ${reason}`,
  ),
  baselineNotReport: message(
    () => '基线报告应为 care-check 以 --format json 写出的报告（一个含 schemaVersion 和 results 的对象）',
    () => 'the baseline must be a report written by care-check --format json (an object with schemaVersion and results)',
  ),
  baselineSchemaVersion: message(
    (found: string) => `基线报告的 schemaVersion 应为 1，实际为 ${found}`,
    (found: string) => `the baseline report's schemaVersion should be 1, found ${found}`,
  ),
  baselineNoResults: message(
    () => '基线报告缺少 results 数组',
    () => 'the baseline report has no results array',
  ),
  baselineBadEntry: message(
    (field: string, expected: string, found: string) => `${field} 应为${expected}，实际为 ${found}`,
    (field: string, expected: string, found: string) => `${field} should be ${expected}, found ${found}`,
  ),
  baselineMoreBadEntries: message(
    (count: number) => `基线报告中另有 ${count} 条结果格式不对，已略去`,
    (count: number) => `${count} more results of the baseline report are malformed and were skipped`,
  ),
  expectedString: message(
    () => '非空字符串',
    () => 'a non-empty string',
  ),
  expectedBoolean: message(
    () => ' true 或 false',
    () => 'true or false',
  ),
  expectedObject: message(
    () => '对象',
    () => 'an object',
  ),
  expectedStatus: message(
    (statuses: string[]) => `以下之一：${joinList('zh', statuses)}`,
    (statuses: string[]) => `one of ${joinList('en', statuses)}`,
  ),
};
