// What the checks share about problems: whether there is an error, how a found value is shown, and
// the cap on the problems one file may list.
import type { Position } from '../core/types.js';
import { makeProblem, message, type Problem } from '../shared/problem.js';

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

/**
 * The problems one file may list. Past them, one problem counts the rest: a hostile file with
 * 100,000 unknown keys is refused in a line, not 100,000, and the work of describing each is not done.
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/** How many problems a `more-problems` problem stands for. */
const omittedBy = new WeakMap<Problem, number>();

/** The problem that stands for `count` problems not listed, placed where the first of them was. */
export function moreProblems(file: string, count: number, at: Position | null, severity: Problem['severity']): Problem {
  const problem = makeProblem({ file, code: 'more-problems', message: message('moreProblems', count, MAX_PROBLEMS_PER_FILE), at, severity });
  omittedBy.set(problem, count);
  return problem;
}

/** The count a `more-problems` problem stands for; undefined for any other problem. */
export function omittedCount(problem: Problem): number | undefined {
  return omittedBy.get(problem);
}

/** Gives a copy of a `more-problems` problem (one that crossed from a worker thread) the count it stands for. */
export function markOmitted(problem: Problem, count: number): void {
  omittedBy.set(problem, count);
}

/**
 * One file's problems in the file's order, at most MAX_PROBLEMS_PER_FILE of them and then one
 * that counts the rest (earlier counts included). An error among those left out keeps the count an error.
 */
export function capProblems(problems: readonly Problem[]): Problem[] {
  const counted = problems.filter((p) => omittedBy.has(p));
  const listed = problems.filter((p) => !omittedBy.has(p)).sort(byPosition);
  if (counted.length === 0 && listed.length <= MAX_PROBLEMS_PER_FILE) return listed;
  const kept = listed.slice(0, MAX_PROBLEMS_PER_FILE);
  const dropped = listed.slice(MAX_PROBLEMS_PER_FILE);
  const count = dropped.length + counted.reduce((sum, p) => sum + (omittedBy.get(p) ?? 0), 0);
  const first = [...dropped, ...counted].sort(byPosition)[0]!;
  const severity = [...dropped, ...counted].some((p) => p.severity === 'error') ? 'error' : 'warning';
  const at = first.line === null ? null : { line: first.line, column: first.column ?? 1 };
  return [...kept, moreProblems(first.file, count, at, severity)];
}

function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
