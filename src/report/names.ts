// How a report names a unit (by its code) and the place of a problem.
import type { ReportContext } from './context.js';
import type { Problem } from '../shared/problem.js';

/** `file:line:column`, as far as it is known. */
export function problemLocation(problem: Problem): string {
  let out = problem.file;
  if (problem.line !== null) {
    out += `:${problem.line}`;
    if (problem.column !== null) out += `:${problem.column}`;
  }
  return out;
}

/**
 * Code → name of every unit the context names: a unit's own results first, then the files read,
 * the units that sent nothing, and the documents' areas.
 */
export function unitNames(ctx: Pick<ReportContext, 'evaluation' | 'reports' | 'unreported' | 'documents'>): Map<string, string> {
  const names = new Map<string, string>();
  const learn = (code: string, name: string | null | undefined): void => {
    if (name && !names.has(code)) names.set(code, name);
  };
  for (const r of ctx.evaluation.results) if (!r.aggregate) learn(r.unit.code, r.unit.name);
  for (const r of ctx.evaluation.indicative) if (!r.aggregate) learn(r.unit.code, r.unit.name);
  for (const r of ctx.reports) learn(r.code, r.name);
  for (const list of Object.values(ctx.unreported)) for (const u of list) learn(u.code, u.name);
  for (const doc of ctx.documents) learn(doc.area.code, doc.area.name);
  for (const r of ctx.evaluation.results) if (r.aggregate) learn(r.unit.code, r.unit.name);
  return names;
}
