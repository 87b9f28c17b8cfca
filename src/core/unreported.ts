import type { Division, PolicyDocument, UnitReport } from './types.js';

/** For each document: the units of its area (from the division table) that sent no file at all. */
export function unreportedUnits(
  documents: readonly PolicyDocument[],
  reports: readonly UnitReport[],
  divisions: ReadonlyMap<string, Division>,
): Record<string, { code: string; name: string }[]> {
  const reported = new Set(reports.map((r) => r.code));
  const out: Record<string, { code: string; name: string }[]> = {};
  for (const doc of documents) {
    out[doc.id] = [...divisions.values()]
      .filter((d) => d.code.startsWith(doc.area.prefix) && !reported.has(d.code))
      .map((d) => ({ code: d.code, name: d.name }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  return out;
}
