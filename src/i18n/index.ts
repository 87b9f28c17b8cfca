import type { Lang, Text } from '../core/types.js';

export type { Lang, Text };

/** Picks the run's language from a Text. */
export function pick(lang: Lang, text: Text): string {
  return text[lang];
}

/** Items of a list as a sentence joins them: `甲、乙、丙` in Chinese, `a, b, c` in English. */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

/** Parts of a sentence one after another: `甲；乙` in Chinese, `a; b` in English. */
export function joinClauses(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh' ? '；' : '; ');
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
