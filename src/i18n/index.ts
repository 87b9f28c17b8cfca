import type { Lang, Text } from '../core/types.js';

export type { Lang, Text };

/** Picks the run's language from a Text. */
export function pick(lang: Lang, text: Text): string {
  return text[lang];
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
