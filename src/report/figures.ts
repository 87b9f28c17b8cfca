// The one rule for showing a figure, used by every format (terminal, Markdown, JUnit, GitHub, the
// workbook): how a value, a gap and a progress are rounded. Formats only lay the result out.
//
// - A value is rounded to the nearest at its unit's usual decimals (93.29% → 93.3%). Where that
//   would put it on the other side of its rule than its status (99.96% against ≥ 100% shown as
//   100.0% while missed), it is shown with as many more decimals as it takes (99.96%), up to four;
//   past that it is cut towards the side it is on.
// - A gap is the threshold less the value as shown, in the same decimals (100% − 93.3% = 6.7
//   points), so that value and gap add up on the page; a percentage's gap is in points (百分点).
// - Progress is the value as a whole percentage of the threshold, nearest; a result that is not
//   met never shows 100%.
import { satisfies } from '../core/rule.js';
import type { Rule, ValueUnit } from '../core/types.js';

/** A number as it is to be shown: rounded, with the decimals to show it with. */
export interface Shown {
  value: number;
  decimals: number;
}

/** The most decimals a value gets beyond its unit's usual ones to stay on its side of the rule. */
const MAX_EXTRA_DECIMALS = 4;

/** Decimals a person needs for a value of this unit. */
export function decimalsFor(unit: ValueUnit): number {
  switch (unit) {
    case 'percent':
      return 1;
    case 'm2-per-100-households':
    case 'm2-per-capita':
    case 'per-1000-elderly':
      return 2;
    default:
      return 0;
  }
}

export type Rounding = 'floor' | 'ceil' | 'nearest';

/** `value` rounded to `decimals`; a float a hair off an exact decimal (0.29 × 100) counts as that decimal. */
export function roundTo(value: number, decimals: number, mode: Rounding = 'nearest'): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const eps = 1e-9 * Math.max(1, Math.abs(scaled));
  const r =
    mode === 'floor' ? Math.floor(scaled + eps)
    : mode === 'ceil' ? Math.ceil(scaled - eps)
    : Math.sign(scaled) * Math.floor(Math.abs(scaled) + 0.5 + eps);
  return r / factor;
}

/** Decimals a threshold is written with (0.1 has one). */
export function ownDecimals(value: number): number {
  return /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
}

/** A value as shown: never on the other side of its rule than the value itself. */
export function shownValue(value: number, unit: ValueUnit, rule?: Rule): Shown {
  const base = decimalsFor(unit);
  if (!rule || typeof rule.threshold !== 'number') return { value: roundTo(value, base), decimals: base };
  const holds = satisfies(value, rule);
  for (let d = base; d <= base + MAX_EXTRA_DECIMALS; d += 1) {
    const r = roundTo(value, d);
    if (satisfies(r, rule) === holds) return { value: r, decimals: d };
  }
  const d = base + MAX_EXTRA_DECIMALS;
  if (holds) return { value: roundTo(value, d), decimals: d };
  return { value: roundTo(value, d, value < rule.threshold ? 'floor' : 'ceil'), decimals: d };
}

/**
 * The gap as shown: the threshold less the value as shown, in points for a percentage; null when
 * there is none to show (met, a yes/no target, no value).
 */
export function shownGap(gap: number | null, value: number | boolean | null, unit: ValueUnit, rule: Rule): Shown | null {
  if (gap === null || !Number.isFinite(gap) || gap === 0 || typeof rule.threshold !== 'number') return null;
  const threshold = rule.threshold;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const d = decimalsFor(unit);
    return { value: Math.max(roundTo(Math.abs(gap), d), 1 / 10 ** d), decimals: d };
  }
  const shown = shownValue(value, unit, rule);
  const d = Math.max(shown.decimals, ownDecimals(threshold));
  const r = roundTo(Math.abs(threshold - shown.value), d);
  return { value: r > 0 ? r : 1 / 10 ** d, decimals: d };
}

/** Progress as a whole percentage, nearest; a result that is not met never shows 100% or more. */
export function shownProgress(progress: number | null, met: boolean): number | null {
  if (progress === null || !Number.isFinite(progress)) return null;
  const p = Math.max(0, roundTo(progress, 0));
  return met ? p : Math.min(p, 99);
}
