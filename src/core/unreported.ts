import type { Divisions, PolicyDocument, UnitReport } from './types.js';

/** For each document: the units of its area (from the division table) that sent no file at all. */
export function unreportedUnits(
  documents: readonly PolicyDocument[],
  reports: readonly UnitReport[],
  divisions: Divisions,
): Record<string, { code: string; name: string }[]> {
  const reported = new Set(reports.map((r) => r.code));
  const out: Record<string, { code: string; name: string }[]> = {};
  for (const doc of documents) {
    out[doc.id] = divisions.codesUnder(doc.area.prefix)
      .filter((code) => !reported.has(code))
      .map((code) => ({ code, name: divisions.get(code)?.name ?? code }));
  }
  return out;
}
