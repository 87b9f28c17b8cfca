// Every string a person reads lives in a catalog of this folder, in one form: a Text (`{zh, en}`),
// or a function of what it names that returns one. Nothing here knows the run's language; it is
// chosen where the text is shown: `text[lang]`, or `localize(catalog, lang)` for code that shows
// many texts of one catalog. This folder imports nothing but types.
import type { Lang, Text } from '../core/types.js';

/** What a catalog reads as in one language: each Text a string, each function returning one a function returning a string. */
export type Localized<T> = T extends { zh: infer Z; en: unknown }
  ? Z
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Localized<R>
    : T extends readonly unknown[]
      ? T
      : T extends object
        ? { [K in keyof T]: Localized<T[K]> }
        : T;

function isBilingual(value: object): value is { zh: unknown; en: unknown } {
  const keys = Object.keys(value);
  return keys.length === 2 && 'zh' in value && 'en' in value;
}

function localizeValue(value: unknown, lang: Lang): unknown {
  if (typeof value === 'function') return (...args: unknown[]) => localizeValue((value as (...a: unknown[]) => unknown)(...args), lang);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  if (isBilingual(value)) return value[lang];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, localizeValue(item, lang)]));
}

const localized = new WeakMap<object, Partial<Record<Lang, unknown>>>();

/** A catalog as it reads in `lang` (made once per catalog and language). */
export function localize<T extends object>(catalog: T, lang: Lang): Localized<T> {
  let views = localized.get(catalog);
  if (!views) {
    views = {};
    localized.set(catalog, views);
  }
  views[lang] ??= localizeValue(catalog, lang);
  return views[lang] as Localized<T>;
}

/**
 * The punctuation that differs by language, chosen by `[lang]` like any Text: reports and commands
 * take their separators and brackets from here, never from an inline choice by language.
 */
export const PUNCTUATION = {
  /** after a label: `责任单位：…` / `responsible: …` */
  colon: { zh: '：', en: ': ' },
  /** between the items of a list (joinList) */
  list: { zh: '、', en: ', ' },
  /** between the details of one thing: `柳政办〔2023〕14号，2023-05-01` */
  comma: { zh: '，', en: ', ' },
  /** between the parts of a sentence (joinClauses) */
  clauses: { zh: '；', en: '; ' },
  /** before the last of several choices (orList) */
  or: { zh: ' 或 ', en: ' or ' },
  /** between statuses named as alternatives: `未达标、进度滞后` / `missed/off track` */
  alternatives: { zh: '、', en: '/' },
  /** between the entries of a legend on one line */
  legend: { zh: '　', en: ', ' },
  /** around an aside (inParens) */
  open: { zh: '（', en: ' (' },
  close: { zh: '）', en: ')' },
} satisfies Record<string, Text>;

/** The language's tag where a file or a library asks for one. */
export const LOCALE_TAGS = {
  /** an HTML document's `lang`, a workbook's language */
  document: { zh: 'zh-CN', en: 'en' },
  /** a language with its region: Intl's number formats, a chart part's `lang` */
  region: { zh: 'zh-CN', en: 'en-US' },
  /** ECharts' built-in locales */
  echarts: { zh: 'ZH', en: 'EN' },
} satisfies Record<string, Text>;

/** An aside after what it qualifies: `文本（注）` in Chinese, `text (note)` in English. */
export function inParens(lang: Lang, text: string): string {
  return `${PUNCTUATION.open[lang]}${text}${PUNCTUATION.close[lang]}`;
}

/** Items of a list as a sentence joins them: `甲、乙、丙` in Chinese, `a, b, c` in English. */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(PUNCTUATION.list[lang]);
}

/** The choices of a list (ids, codes): `a、b 或 c` in Chinese, `a, b or c` in English. */
export function orList(lang: Lang, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${joinList(lang, items.slice(0, -1))}${PUNCTUATION.or[lang]}${items.at(-1)}`;
}

/** Parts of a sentence one after another: `甲；乙` in Chinese, `a; b` in English. */
export function joinClauses(lang: Lang, items: readonly string[]): string {
  return items.join(PUNCTUATION.clauses[lang]);
}

/**
 * The language of everything a person reads: `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG),
 * else Chinese.
 */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  if (/^en([_.-]|$)/i.test(locale)) return 'en';
  return 'zh';
}

export function isLang(value: string): value is Lang {
  return value === 'zh' || value === 'en';
}
