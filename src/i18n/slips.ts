// How a recognised slip in a figure is named, and the fix proposed (validate/number-slips.ts).
import type { Lang, Text } from '../core/types.js';
import { FORM_WORDS } from './form.js';
import { joinList } from './index.js';
import type { SlipKind } from '../validate/number-slips.js';

export const SLIP_NAMES: Record<SlipKind, Text> = {
  'thousands-separator': { zh: '千分位分隔符', en: 'a thousands separator' },
  'percent-sign': { zh: '百分号（百分比已隐含）', en: 'a percent sign (percent is implied)' },
  'full-width-digit': { zh: '全角数字', en: 'full-width digits' },
  wan: { zh: '“万”字', en: '万 (ten thousand) written out' },
  yi: { zh: '“亿”字', en: '亿 (a hundred million) written out' },
  'unit-suffix': { zh: '数字后带了单位', en: 'a unit after the figure' },
  yuan: { zh: '以元计（本项以万元计）', en: 'yuan (this measure is in 万元, 10,000 yuan)' },
  approximate: { zh: '约数（如“约”“左右”“余”）', en: 'an approximation (约, 左右, 余)' },
  exponent: { zh: '科学计数法（列宽不够时表格软件的显示）', en: 'scientific notation (how a spreadsheet shows a figure in a narrow column)' },
  'stray-comma': { zh: '数字中的逗号不是千分位', en: 'a comma that does not separate thousands' },
  placeholder: { zh: '占位符，不是数字', en: 'a placeholder, not a figure' },
  'yes-no-word': { zh: '是/否的其他写法', en: 'another word for yes or no' },
};

/** The figure meant, as it is typed where the message is read: 是/否 (yes/no) on a form, true/false in a YAML file. */
function show(value: number | boolean, lang: Lang, inForm: boolean): string {
  if (typeof value === 'boolean') return inForm ? (value ? FORM_WORDS.yes : FORM_WORDS.no)[lang] : String(value);
  return String(value);
}

/**
 * “12,000”：千分位分隔符——是否应为 12000？ The text as typed, what was recognised in it and the
 * figure meant; never applied. `inForm`: the message is read on a form, where a yes/no is 是/否.
 */
export function slipText(typed: string, slips: readonly SlipKind[], suggestion: number | boolean | null, inForm = false): Text {
  const names = (lang: Lang) => joinList(lang, slips.map((k) => SLIP_NAMES[k][lang]));
  if (slips.includes('placeholder')) {
    return {
      zh: `“${typed}” 是占位符，不是数字：不掌握的数请留空（视为未知），确实为零请填 0`,
      en: `"${typed}" is a placeholder, not a figure: leave it empty when unknown, write 0 for a real zero`,
    };
  }
  if (suggestion === null) {
    return {
      zh: `“${typed}” 不是规范的数字（${names('zh')}）：请只填数字，不带单位和分隔符`,
      en: `"${typed}" is not a plain figure (${names('en')}): write the figure alone, without unit or separators`,
    };
  }
  const zh = show(suggestion, 'zh', inForm);
  const en = show(suggestion, 'en', inForm);
  return {
    zh: `“${typed}” 含${names('zh')}：是否应为 ${zh}？请改为 ${zh}（不会自动更正）`,
    en: `"${typed}" has ${names('en')}: did you mean ${en}? Write ${en} (nothing is corrected for you)`,
  };
}
