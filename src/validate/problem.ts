import type { Lang, Position, Problem, ProblemCode, Text } from '../core/types.js';

export interface ProblemInit {
  file: string;
  code: ProblemCode;
  text: Text;
  lang: Lang;
  at?: Position | null;
  path?: string | null;
  severity?: 'error' | 'warning';
}

/** A problem in the run's language. */
export function makeProblem(init: ProblemInit): Problem {
  return {
    file: init.file,
    line: init.at?.line ?? null,
    column: init.at?.column ?? null,
    path: init.path ?? null,
    code: init.code,
    message: init.text[init.lang],
    severity: init.severity ?? 'error',
  };
}

/** Orders problems by file, then line and column (problems without a position first in their file). */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** A value as a message shows it: strings quoted, numbers and booleans as written. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (value === Infinity) return '.inf';
    if (value === -Infinity) return '-.inf';
  }
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}
