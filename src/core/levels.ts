import { byText } from './order.js';
import type { Division, Level, PrefixIndex } from './types.js';

/** `xx0000` is a province's own accounts, `xxxx00` a city's, anything else a county-level unit. */
export function levelOf(code: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** Every province-, city- and county-level code of the division table under a prefix, sorted. */
export function unitsUnder(divisions: ReadonlyMap<string, Division>, prefix: string): string[] {
  const index = divisions as ReadonlyMap<string, Division> & Partial<PrefixIndex>;
  if (typeof index.codesUnder === 'function') return index.codesUnder(prefix);
  const codes: string[] = [];
  for (const code of divisions.keys()) {
    if (code.startsWith(prefix)) codes.push(code);
  }
  return codes.sort(byText);
}

