// Who is late and who never reported, document by document: what a director asks after "what failed".
// A unit is late when the area's latest month has no file from it although it sent earlier ones (a
// whole-area sum then carries its last figure, or misses it); it never reported when it sent nothing.
import { byText } from './order.js';
import type { Period, PolicyDocument, UnitReport } from './types.js';

export interface LateUnit {
  code: string;
  name: string;
  /** the latest month it sent a file for */
  lastPeriod: Period;
}

export interface LateReport {
  document: string;
  /** the latest month any unit of the area sent a file for; null when none did */
  period: Period | null;
  /** units with earlier files but none for `period`, by code */
  late: LateUnit[];
  /** expected units that sent no file at all, by code */
  never: { code: string; name: string }[];
}

/**
 * For each document: the area's latest month in the files, the units late for it and those that never
 * reported. `reports` are the files in scope (narrowReports); `unreported` the units without any file
 * (core/unreported.ts, narrowed alike).
 */
export function lateUnits(
  documents: readonly PolicyDocument[],
  reports: readonly UnitReport[],
  unreported: Readonly<Record<string, readonly { code: string; name: string }[]>>,
): LateReport[] {
  return documents.map((doc) => {
    const latest = new Map<string, { period: Period; name: string }>();
    let period: Period | null = null;
    for (const r of reports) {
      if (!r.code.startsWith(doc.area.prefix)) continue;
      const seen = latest.get(r.code);
      if (!seen || r.period > seen.period) latest.set(r.code, { period: r.period, name: r.name ?? seen?.name ?? r.code });
      if (period === null || r.period > period) period = r.period;
    }
    const late: LateUnit[] = [];
    for (const [code, seen] of latest) if (period !== null && seen.period < period) late.push({ code, name: seen.name, lastPeriod: seen.period });
    late.sort((a, b) => byText(a.code, b.code));
    const never = [...(unreported[doc.id] ?? [])].sort((a, b) => byText(a.code, b.code));
    return { document: doc.id, period, late, never };
  });
}
