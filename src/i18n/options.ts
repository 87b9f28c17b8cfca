// What `check` says about its options when one is wrong (each a usage error, exit 2).
import type { Text } from '../core/types.js';
import { joinList, orList } from './index.js';

export const OPTION_TEXT = {
  badDate: (value: string): Text => ({
    zh: `--as-of 应为有效日期 YYYY-MM-DD，收到 “${value}”`,
    en: `--as-of must be a valid date YYYY-MM-DD, got "${value}"`,
  }),
  badFormat: (value: string, formats: readonly string[]): Text => ({
    zh: `--format 应为 ${orList('zh', formats)}，收到 “${value}”`,
    en: `--format must be ${orList('en', formats)}, got "${value}"`,
  }),
  badOut: (value: string, formats: readonly string[]): Text => ({
    zh: `--out 应为 格式=路径（格式为 ${orList('zh', formats)}），收到 “${value}”`,
    en: `--out must be FORMAT=PATH (FORMAT one of ${joinList('en', formats)}), got "${value}"`,
  }),
  badUnit: (value: string): Text => ({
    zh: `--unit 应为 6 位行政区划代码，收到 “${value}”`,
    en: `--unit takes 6-digit division codes, got "${value}"`,
  }),
  badStatus: (option: string, value: string, allowed: string[]): Text => ({
    zh: `${option} 中有未知状态 “${value}”；可用：${allowed.join('、')}`,
    en: `${option} has an unknown status "${value}"; known: ${allowed.join(', ')}`,
  }),
  /** a status as the error lists it: by its id and, in Chinese, its name too */
  knownStatus: (id: string, name: Text): Text => ({ zh: `${id}（${name.zh}）`, en: id }),
  knownNever: { zh: 'never（从不）', en: 'never' },
  badThreshold: (item: string, keys: string[]): Text => ({
    zh: `--thresholds 中 “${item}” 无效；应为 键=数值，键为 ${keys.join('、')}（on-track、at-risk 为正数，trend-window 为不小于 2 的整数，carry 为不小于 0 的整数月数，coverage 为大于 0、不大于 1 的比例）`,
    en: `--thresholds: "${item}" is not valid; expected KEY=VALUE, KEY one of ${keys.join(', ')} (on-track and at-risk positive numbers, trend-window a whole number of at least 2, carry a whole number of months of at least 0, coverage a share above 0 and at most 1)`,
  }),
  badThresholdOrder: (atRisk: number, onTrack: number): Text => ({
    zh: `--thresholds：at-risk（${atRisk}）不能大于 on-track（${onTrack}）`,
    en: `--thresholds: at-risk (${atRisk}) cannot be above on-track (${onTrack})`,
  }),
  neverAlone: (option: string, value: string): Text => ({
    zh: `${option} 的 never 表示任何状态都不使退出码为 1，不能与其他状态同时使用，收到 “${value}”`,
    en: `${option}: never (no status makes the exit code 1) stands alone, not with other statuses; got "${value}"`,
  }),
  unknownDocument: (id: string, known: string[]): Text => ({
    zh: `未知的政策文件 “${id}”；已有：${known.join('、')}`,
    en: `unknown document "${id}"; known: ${known.join(', ')}`,
  }),
  emptyList: (option: string): Text => ({
    zh: `${option} 的值为空（是否有未设置的变量？）：请给出至少一项，或去掉该选项`,
    en: `${option} is empty (an unset variable?): give at least one item, or leave the option out`,
  }),
  noPaths: (command: string, samples: string): Text => ({
    zh: `请指定要检查的统计文件或文件夹，例如 care-check ${command} ${samples}（附带的示例数据）`,
    en: `name the statistics files or folders to check, e.g. care-check ${command} ${samples} (the bundled sample set)`,
  }),
};
