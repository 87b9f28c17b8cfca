// Comparing a value with a rule. Values are compared exactly, except that a value computed to sit
// exactly on a threshold (3/5×100 against 60) is not pushed off it by floating-point error.

import type { Rule } from './types.js';

const RELATIVE_EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** a ≥ b, with a value within floating error of b counted as equal. */
export function atLeast(a: number, b: number): boolean {
  return a >= b || nearlyEqual(a, b);
}

export function satisfies(value: number | boolean, rule: Rule): boolean {
  const { comparator, threshold } = rule;
  if (typeof value === 'boolean' || typeof threshold === 'boolean') return value === threshold;
  if (comparator === '>=') return atLeast(value, threshold);
  if (comparator === '<=') return atLeast(threshold, value);
  return nearlyEqual(value, threshold);
}

/** +1 when the value must rise to meet the rule, -1 when it must fall, 0 when it need not move. */
export function direction(value: number, rule: Rule): number {
  if (typeof rule.threshold !== 'number' || satisfies(value, rule)) return 0;
  return Math.sign(rule.threshold - value);
}

/** How far the value still is from the threshold; 0 when met, null without a numeric value. */
export function gapOf(value: number | boolean | null, rule: Rule): number | null {
  if (typeof value !== 'number' || typeof rule.threshold !== 'number') return null;
  if (satisfies(value, rule)) return 0;
  return Math.abs(rule.threshold - value);
}

/** The value as a percentage of the threshold (threshold over value for a `<=` rule); booleans 100 or 0. */
export function progressOf(value: number | boolean | null, rule: Rule): number | null {
  if (value === null) return null;
  if (typeof value === 'boolean' || typeof rule.threshold === 'boolean') {
    return satisfies(value, rule) ? 100 : 0;
  }
  const threshold = rule.threshold;
  if (rule.comparator === '<=') return value === 0 ? 100 : (100 * threshold) / value;
  return threshold === 0 ? null : (100 * value) / threshold;
}
