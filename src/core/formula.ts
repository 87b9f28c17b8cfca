import type { Formula, MeasureValue, Rule, ValueUnit } from './types.js';

export interface FormulaValue {
  /** null when a measure is absent, the denominator is 0 or the result is not a finite number */
  value: number | boolean | null;
  /** measures of the formula absent from the figures, in formula order */
  missing: string[];
  /** the figures are all there, but the result overflows (or is otherwise not a finite number) */
  notFinite?: boolean;
}

/** Every measure a formula reads: numerator first, then denominator, each once. */
export function measuresOf(formula: Formula): string[] {
  return [...new Set([...formula.numerator, ...(formula.denominator ?? [])])];
}

/** A yes/no figure: its value is true or false, never a number. */
export function isBooleanEntry(entry: { unit: ValueUnit; rule?: Rule }): boolean {
  return entry.unit === 'boolean' || typeof entry.rule?.threshold === 'boolean';
}

/**
 * value = scale × Σ numerator / Σ denominator (or scale × Σ numerator without one). Scaling before
 * dividing keeps 3 of 5 at exactly 60%. A boolean formula is true when every numerator measure is.
 * A measure of the wrong type counts as absent. A result that is not a finite number (1.7e308 m²
 * scaled by 100) is no value: `notFinite` says so (tracking.md, "Bad figures").
 */
export function formulaValue(
  formula: Formula,
  measures: Readonly<Record<string, MeasureValue>>,
  boolean: boolean,
): FormulaValue {
  const wanted = boolean ? 'boolean' : 'number';
  const missing = measuresOf(formula).filter((id) => typeof measures[id] !== wanted);
  if (missing.length > 0) return { value: null, missing };
  if (boolean) return { value: formula.numerator.every((id) => measures[id] === true), missing };
  const sum = (ids: string[]): number => ids.reduce((total, id) => total + (measures[id] as number), 0);
  const numerator = (formula.scale ?? 1) * sum(formula.numerator);
  if (formula.denominator === undefined || formula.denominator.length === 0) return finiteOrNot(numerator, missing);
  const denominator = sum(formula.denominator);
  if (denominator === 0) return { value: null, missing };
  return finiteOrNot(numerator / denominator, missing);
}

function finiteOrNot(value: number, missing: string[]): FormulaValue {
  return Number.isFinite(value) ? { value, missing } : { value: null, missing, notFinite: true };
}

/** The measure of the formula with the largest figure: where an overflow comes from. */
export function largestMeasure(formula: Formula, measures: Readonly<Record<string, MeasureValue>>): string | null {
  let best: string | null = null;
  let size = -1;
  for (const id of measuresOf(formula)) {
    const v = measures[id];
    if (typeof v !== 'number') continue;
    const s = Number.isFinite(v) ? Math.abs(v) : Infinity;
    if (s > size) {
      best = id;
      size = s;
    }
  }
  return best;
}
