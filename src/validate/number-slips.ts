// A figure typed as text, read as a person would read it: "12,000", "55%", "1.4万", "１２０００",
// "约1.2万人", "是". Pure: no catalog, no language. It never repairs anything; it says what the text
// is (a figure, a recognised slip with the figure it most likely means, or not a figure at all),
// so that a form's import and the statistics-file validator can both name the slip and the fix.
import type { MeasureType, MeasureUnit } from '../core/types.js';

/** What is wrong with a figure typed as text; several can apply to one text ("１２，０００人"). */
export const SLIP_KINDS = [
  /** "12,000", "12，000", "12 000" */
  'thousands-separator',
  /** "55%", "55％": percent is implied by the measure */
  'percent-sign',
  /** "１２０００", "１.５", "1。5": full-width digits or points */
  'full-width-digit',
  /** "1.4万": 万 (ten thousand) written out */
  'wan',
  /** "2亿": 亿 (a hundred million) written out */
  'yi',
  /** "120人", "2500平方米", "891.5万元" where the measure is in 万元 already */
  'unit-suffix',
  /** "8915000元" for a measure in 万元 */
  'yuan',
  /** "约1.2万", "12000左右", "1万余": a rounded figure */
  'approximate',
  /** "1.2E+04": a number as a spreadsheet shows it in a narrow column */
  'exponent',
  /** "12,5", "1,20,000": a comma that does not separate thousands */
  'stray-comma',
  /** "-", "—", "/", "无", "不详", "N/A": a placeholder where a figure or nothing belongs */
  'placeholder',
  /** "是", "否", "yes", "1", "√" for a true/false measure */
  'yes-no-word',
] as const;
export type SlipKind = (typeof SLIP_KINDS)[number];

export interface FigureExpectation {
  type: MeasureType;
  /** the measure's unit: 万 is the unit itself for a measure in 万元 */
  unit?: MeasureUnit;
}

export type FigureReading =
  /** nothing but white space */
  | { kind: 'empty' }
  /** a figure as written in a statistics file: `12000`, `-3`, `2.5`, `true` (sign and range are the caller's to judge) */
  | { kind: 'figure'; value: number | boolean }
  /** a recognised slip; `suggestion` is the figure it most likely means, null when that cannot be told */
  | { kind: 'slip'; slips: SlipKind[]; suggestion: number | boolean | null }
  /** not a figure at all */
  | { kind: 'unreadable' };

const CANONICAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const EXPONENT_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$/;
const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const SPACE_GROUPED = /^([+-]?)(\d{1,3}(?: \d{3})+)(\.\d+)?$/;

// Full-width forms (U+FF01–FF5E) are ASCII shifted by 0xFEE0; the ideographic full stop is a point.
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19\uFF0E\u3002]/;
const FULL_WIDTH_COMMA = /[\uFF0C\u3001]/g;

const APPROXIMATE_PREFIX = /^(?:约|大约|大概|近|将近|超过|逾|>|≈|~)\s*/;
const APPROXIMATE_SUFFIX = /\s*(?:左右|上下|余|多|以上|余个|\+)$/;

/** Unit words people type after a figure, longest first so that 平方米 is not read as 米. */
const UNIT_WORDS = [
  '平方米', '平米', '㎡', 'm²', 'm2', '人次', '万元', '人', '名', '位', '户', '个', '家', '处', '所', '座',
  '张', '床', '期', '次', '台', '部', '套', '项', '件', '元',
];

const PLACEHOLDERS = new Set([
  '-', '--', '—', '——', '–', '/', '\\', '无', '暂无', '没有', '空', '不详', '未知', '不清楚', '待定', '待填',
  '缺', 'n/a', 'na', 'null', 'none', 'nil', '?', '？', 'x', '×', '*',
]);

const YES_WORDS = new Set(['是', '有', '已', '已完成', '已建成', '已建', '完成', '建成', 'yes', 'y', 'true', '1', '√', '✓', '✔', '对']);
const NO_WORDS = new Set(['否', '无', '没有', '未', '未完成', '未建成', '未建', 'no', 'n', 'false', '0', '×', '✗', '✘', '错']);

/** Half-width text for full-width digits, points, signs and spaces; `touched` says whether digits or points changed. */
function halfWidth(text: string): { text: string; digits: boolean } {
  const digits = FULL_WIDTH_DIGIT.test(text);
  const out = text
    .replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3002/g, '.')
    .replace(/[\u2212\u2013\u2014](?=\d)/g, '-')
    .replace(/[\u3000\u00A0\u2009\u202F]/g, ' ');
  return { text: out, digits };
}

/** `digits` (a plain decimal, optional sign) times 10^power, computed on the digits so that 1.4 × 10⁴ is 14000 exactly. */
export function shiftDecimal(digits: string, power: number): number {
  const sign = digits.startsWith('-') ? '-' : '';
  const unsigned = digits.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = unsigned.split('.');
  let all = whole + fraction;
  let point = whole.length + power;
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all += '0'.repeat(point - all.length);
  const text = `${all.slice(0, point) || '0'}.${all.slice(point) || '0'}`;
  return Number(sign + text);
}

/** Reads a true/false measure's text. `true`/`false` (any case) are figures; other yes/no words are slips. */
function readYesNo(text: string): FigureReading {
  const lowered = text.toLowerCase();
  if (lowered === 'true') return { kind: 'figure', value: true };
  if (lowered === 'false') return { kind: 'figure', value: false };
  const half = halfWidth(lowered).text.trim();
  if (YES_WORDS.has(half)) return { kind: 'slip', slips: ['yes-no-word'], suggestion: true };
  if (NO_WORDS.has(half)) return { kind: 'slip', slips: ['yes-no-word'], suggestion: false };
  if (PLACEHOLDERS.has(half)) return { kind: 'slip', slips: ['placeholder'], suggestion: null };
  return { kind: 'unreadable' };
}

/**
 * Reads a figure typed as text. A text that is already a figure (`12000`, `2.5`, `-3`, `true`) is
 * `figure`; surrounding white space is not a slip. Anything this module recognises is a `slip`
 * with the kinds found and the figure meant; the rest is `unreadable`.
 */
export function readFigureText(raw: string, expect: FigureExpectation): FigureReading {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  if (expect.type === 'boolean') return readYesNo(text);
  if (CANONICAL_NUMBER.test(text)) return { kind: 'figure', value: Number(text) };

  const slips = new Set<SlipKind>();
  const half = halfWidth(text);
  if (half.digits) slips.add('full-width-digit');
  let rest = half.text.trim();
  if (PLACEHOLDERS.has(rest.toLowerCase())) return { kind: 'slip', slips: ['placeholder'], suggestion: null };

  let power = 0;
  const prefix = APPROXIMATE_PREFIX.exec(rest);
  if (prefix) {
    slips.add('approximate');
    rest = rest.slice(prefix[0].length);
  }
  // Words at the end, in any order: "1.2万余人" is 人, then 余, then 万.
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    const approximate = APPROXIMATE_SUFFIX.exec(rest);
    if (approximate) {
      slips.add('approximate');
      rest = rest.slice(0, rest.length - approximate[0].length);
      changed = true;
      continue;
    }
    if (/[%]$/.test(rest)) {
      slips.add('percent-sign');
      rest = rest.slice(0, -1).trimEnd();
      changed = true;
      continue;
    }
    const word = UNIT_WORDS.find((w) => rest.toLowerCase().endsWith(w) && rest.length > w.length);
    if (word) {
      rest = rest.slice(0, rest.length - word.length).trimEnd();
      changed = true;
      if (word === '万元' && expect.unit !== 'wan-yuan') {
        // 万元 after a figure of another unit: 万 is a multiplier, 元 a stray unit
        slips.add('wan');
        slips.add('unit-suffix');
        power += 4;
      } else if (word === '元' && expect.unit === 'wan-yuan') {
        slips.add('yuan');
        power -= 4;
      } else {
        slips.add('unit-suffix');
      }
      continue;
    }
    if (rest.endsWith('万') && rest.length > 1) {
      rest = rest.slice(0, -1).trimEnd();
      changed = true;
      if (expect.unit === 'wan-yuan' && power === 0) slips.add('unit-suffix');
      else {
        slips.add('wan');
        power += 4;
      }
      continue;
    }
    if (rest.endsWith('亿') && rest.length > 1) {
      rest = rest.slice(0, -1).trimEnd();
      changed = true;
      slips.add('yi');
      power += expect.unit === 'wan-yuan' ? 4 : 8;
    }
  }

  const commas = rest.replace(FULL_WIDTH_COMMA, ',');
  let digits: string | null = null;
  const grouped = GROUPED.exec(commas) ?? SPACE_GROUPED.exec(commas);
  if (grouped) {
    slips.add('thousands-separator');
    digits = `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(/[, ]/g, '')}${grouped[3] ?? ''}`;
  } else if (CANONICAL_NUMBER.test(commas)) {
    digits = commas;
  } else if (EXPONENT_NUMBER.test(commas)) {
    slips.add('exponent');
    const [mantissa = '', exponent = '0'] = commas.toLowerCase().split('e');
    power += Number(exponent);
    digits = mantissa;
  } else if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(commas) && commas.includes(',')) {
    slips.add('stray-comma');
  }

  if (slips.size === 0) return { kind: 'unreadable' };
  if (digits === null) {
    // the words were recognised, the figure was not ("约几百人"): a slip only if nothing else is left
    return slips.has('stray-comma') ? { kind: 'slip', slips: [...slips], suggestion: null } : { kind: 'unreadable' };
  }
  return { kind: 'slip', slips: SLIP_KINDS.filter((k) => slips.has(k)), suggestion: shiftDecimal(digits, power) };
}
