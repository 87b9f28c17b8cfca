// Which units a target applies to, and which of them get a verdict (targets.md, column "scope").

import type { IndicativeResult, Level, PolicyDocument, Scope } from './types.js';

export type Role = 'verdict' | IndicativeResult['reason'];

/** A document applies to every unit whose code starts with its area prefix. */
export function applies(document: PolicyDocument, code: string): boolean {
  return code.startsWith(document.area.prefix);
}

/**
 * How one unit takes part in a target: a verdict on its own accounts, or an indicative value with
 * the reason it is not judged; null when it does not take part at all. A whole-area target judges
 * only the area's sum (built elsewhere); every unit that reports shows its own figure beside it.
 */
export function roleOf(scope: Scope, level: Level, judged: boolean): Role | null {
  if (!judged) return 'no-rule';
  switch (scope.type) {
    case 'whole-area':
      return 'whole-area';
    case 'each-county':
      return level === 'county' ? 'verdict' : 'other-level';
    case 'each-level':
      return scope.levels.includes(level) ? 'verdict' : 'other-level';
  }
}
