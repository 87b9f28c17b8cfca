import type { Level } from './types.js';

/** `xx0000` is a province's own accounts, `xxxx00` a city's, anything else a county-level unit. */
export function levelOf(code: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

