// The inputs a narrowed run speaks for: `--only`, `--unit` and `--status` narrow the statistics files
// and the list of units that sent nothing the same way they narrow the results, so that a report's
// data, its counts and its unreported list never describe units its results leave out.
import type { PolicyDocument, Result, Status, UnitReport } from './types.js';

export interface InputScope {
  /** the documents checked (after `--only`) */
  documents: readonly PolicyDocument[];
  /** `--unit`; null keeps every unit */
  units: readonly string[] | null;
  /** `--status`; null keeps every status */
  statuses: readonly Status[] | null;
  /** the results after every narrowing (what the report shows) */
  results: readonly Result[];
}

function underAny(code: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => code.startsWith(prefix));
}

/** The area prefixes of the documents whose whole-area results are shown: every file of such an area feeds them. */
function summedAreas(scope: InputScope): string[] {
  const docs = new Set(scope.results.filter((r) => r.aggregate).map((r) => r.document));
  return scope.documents.filter((d) => docs.has(d.id)).map((d) => d.area.prefix);
}

/**
 * The files behind the results shown: a file of a unit under a checked document's area; with
 * `--unit` or `--status`, only of a unit that is named (`--unit`) and keeps a result of its own
 * (`--status`), or of a unit whose area's whole-area result is shown (the file is in its sums).
 * A file of a unit no document covers feeds no result and is left out.
 */
export function narrowReports(reports: readonly UnitReport[], scope: InputScope): UnitReport[] {
  const prefixes = scope.documents.map((d) => d.area.prefix);
  const inArea = reports.filter((r) => underAny(r.code, prefixes));
  if (scope.units === null && scope.statuses === null) return inArea;
  const units = scope.units === null ? null : new Set(scope.units);
  const withResult = new Set(scope.results.filter((r) => !r.aggregate).map((r) => r.unit.code));
  const areas = summedAreas(scope);
  return inArea.filter(
    (r) => ((units === null || units.has(r.code)) && (scope.statuses === null || withResult.has(r.code))) || underAny(r.code, areas),
  );
}

/**
 * The units that sent nothing, by document, narrowed as the results are: to the `--unit` codes, unless
 * the document's whole-area result is shown (every unit missing from its sums then counts); under
 * `--status`, only for the documents that keep a result (a unit without a file has no status of its own).
 */
export function narrowUnreported(
  unreported: Readonly<Record<string, readonly { code: string; name: string }[]>>,
  scope: InputScope,
): Record<string, { code: string; name: string }[]> {
  const units = scope.units === null ? null : new Set(scope.units);
  const withResults = new Set(scope.results.map((r) => r.document));
  const summed = new Set(scope.results.filter((r) => r.aggregate).map((r) => r.document));
  const out: Record<string, { code: string; name: string }[]> = {};
  for (const doc of scope.documents) {
    if (scope.statuses !== null && !withResults.has(doc.id)) continue;
    const list = unreported[doc.id] ?? [];
    out[doc.id] = units === null || summed.has(doc.id) ? [...list] : list.filter((u) => units.has(u.code));
  }
  return out;
}
