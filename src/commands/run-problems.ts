// Problems that only a check run can see: files dated after the as-of date, and computed values
// that are not finite numbers (tracking.md, "Bad figures"). Each stands at its line.
import type { IsoDate, UnitReport, UnusableFigure } from '../core/types.js';
import { makeProblem, message, type Problem } from '../shared/problem.js';

/** A file whose period is after the as-of month is not used (core/check): an error at its `period`. */
export function futureProblems(future: readonly UnitReport[], asOf: IsoDate): Problem[] {
  return future.map((r) =>
    makeProblem({ file: r.file, code: 'future-period', message: message('futurePeriod', r.period, asOf), at: r.periodAt ?? null, path: 'period' }),
  );
}

/** One error per figure behind a value that is not finite, at the figure's line; repeated figures once. */
export function unusableProblems(unusable: readonly UnusableFigure[]): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const u of unusable) {
    const key = `${u.file}\u0000${u.line}\u0000${u.column}\u0000${u.target}\u0000${u.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      makeProblem({
        file: u.file,
        code: 'not-finite-result',
        message: message('notFiniteResult', u.target, u.period, u.measure),
        at: u.line === null ? null : { line: u.line, column: u.column ?? 1 },
        path: `measures.${u.measure}`,
      }),
    );
  }
  return out;
}
