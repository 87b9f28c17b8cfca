// The evaluation core's entry point: documents × reports → results and indicative values, sorted.

import { areaSeries, type AreaSeries } from './aggregate.js';
import { isBooleanEntry } from './formula.js';
import { LEVELS } from './types.js';
import { levelOf } from './levels.js';
import { byText, byUnitThenTarget } from './order.js';
import { gapOf, progressOf } from './rule.js';
import { applies, roleOf } from './scope.js';
import { frameOf, unitObservations, type Observation } from './series.js';
import { judge } from './status.js';
import { periodOf } from './time.js';
import {
  DEFAULT_THRESHOLDS,
  FLAGS,
  type Divisions,
  type Evaluation,
  type Flag,
  type IndicativeResult,
  type Indicator,
  type IsoDate,
  type Level,
  type MeasureDef,
  type NoDataReason,
  type PolicyDocument,
  type Result,
  type Target,
  type Thresholds,
  type UnitRef,
  type UnitReport,
  type UnusableFigure,
} from './types.js';

export interface EvaluateInput {
  /** targets (with a rule) and indicators (without) */
  documents: PolicyDocument[];
  /** validated statistics files: one unit, one period each, measures as flat dotted ids */
  reports: UnitReport[];
  /** the division table: code → name, level, parent */
  divisions: Divisions;
  asOf: IsoDate;
  thresholds?: Thresholds;
  /** the measure registry: which levels hold each measure (a measure it lacks is held at every level) */
  measures?: ReadonlyMap<string, Pick<MeasureDef, 'levels'>>;
}

interface Unit {
  ref: UnitRef;
  /** one report per period, oldest first, none after the as-of month */
  reports: UnitReport[];
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { asOf, divisions } = input;
  const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
  const asOfMonth = periodOf(asOf);
  const reports = input.reports.filter((r) => r.period <= asOfMonth);
  const units = unitsOf(reports, divisions);
  const results: Result[] = [];
  const indicative: IndicativeResult[] = [];
  const unusable: UnusableFigure[] = [];
  const levelsOf = (id: string): readonly Level[] => input.measures?.get(id)?.levels ?? LEVELS;

  for (const document of input.documents) {
    const members = units.filter((u) => applies(document, u.ref.code));
    if (members.length === 0) continue;
    const area: UnitRef = { code: document.area.code, name: document.area.name, level: levelOf(document.area.code) };
    const areaReports = members.flatMap((u) => u.reports);
    const expected = divisions.codesUnder(document.area.prefix);
    const entries: (Target | Indicator)[] = [...document.targets, ...document.indicators];

    for (const entry of entries) {
      const target = 'rule' in entry ? entry : null;
      const boolean = isBooleanEntry(entry);
      for (const unit of members) {
        const role = roleOf(entry.scope, unit.ref.level, target !== null);
        if (role === null) continue;
        const observations = unitObservations(entry.formula, boolean, unit.reports);
        if (role === 'verdict' && target !== null) {
          const result = resultOf(document, target, unit.ref, ownSeries(observations), false, asOf, thresholds);
          results.push(result);
          unusable.push(...unusableOf(result, observations));
        } else if (role !== 'verdict') {
          const shown = indicativeOf(document, entry, unit.ref, false, observations, role);
          if (shown) indicative.push(shown);
        }
      }
      if (entry.scope.type !== 'whole-area') continue;
      const series = areaSeries({
        formula: entry.formula,
        boolean,
        reports: areaReports,
        expected,
        levelsOf,
        carry: thresholds.carry,
        coverage: thresholds.coverage,
      });
      if (target !== null) {
        const result = resultOf(document, target, area, series, true, asOf, thresholds);
        results.push(result);
        unusable.push(...unusableOf(result, series.observations));
      } else {
        const shown = indicativeOf(document, entry, area, true, series.observations, 'no-rule');
        if (shown) indicative.push(shown);
      }
    }
  }

  return {
    asOf,
    thresholds: { ...thresholds },
    results: results.sort(byUnitThenTarget),
    indicative: indicative.sort(byUnitThenTarget),
    unusable: unusable.sort((a, b) => byText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byText(a.target, b.target)),
  };
}

/** A unit's own observations as a series: every one is used, none is carried. */
function ownSeries(observations: Observation[]): AreaSeries {
  return { observations, coverage: [], latestThin: null, holders: [] };
}

/** Every observation of a result whose value is not a finite number, traced to its figure. */
function unusableOf(result: Result, observations: readonly Observation[]): UnusableFigure[] {
  const out: UnusableFigure[] = [];
  for (const o of observations) {
    if (o.unusable === null) continue;
    out.push({ target: result.target, unit: result.unit, aggregate: result.aggregate, period: o.period, ...o.unusable });
  }
  return out;
}

/** The units that sent files: named from the division table, else from their files, else by code. */
function unitsOf(reports: readonly UnitReport[], divisions: Divisions): Unit[] {
  const byCode = new Map<string, UnitReport[]>();
  const ordered = [...reports].sort((a, b) => byText(a.period, b.period) || byText(a.file, b.file));
  for (const report of ordered) {
    const list = byCode.get(report.code) ?? [];
    // Two files for one unit and period are refused when loaded; should both come, the first by file name stands.
    if (list.at(-1)?.period !== report.period) list.push(report);
    byCode.set(report.code, list);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([code, list]) => {
      const division = divisions.get(code);
      const named = list.findLast((r) => r.name !== null)?.name;
      const level = division?.level ?? list.at(-1)?.level ?? levelOf(code);
      return { ref: { code, name: division?.name ?? named ?? code, level }, reports: list };
    });
}

function resultOf(
  document: PolicyDocument,
  target: Target,
  unit: UnitRef,
  series: AreaSeries,
  aggregate: boolean,
  asOf: IsoDate,
  thresholds: Thresholds,
): Result {
  const frame = frameOf(target, document.issued, series.observations, asOf);
  const verdict = judge(target, frame, asOf, thresholds);
  // With no observation to judge, a whole area names what the latest thin period lacked.
  const thin = verdict.judged === null && aggregate ? series.latestThin : null;
  const judged = verdict.judged ?? thin;
  const value = verdict.judged?.value ?? null;
  // a whole area none of whose units reported the formula's measures lacks every unit that holds them
  const missingUnits = aggregate ? (judged?.missingUnits ?? (series.coverage.length === 0 ? series.holders : [])) : [];
  const carried = aggregate && verdict.judged !== null ? verdict.judged.carried : [];
  const flags: Flag[] = [...verdict.flags];
  if (missingUnits.length > 0) flags.push('partial');
  if (carried.length > 0) flags.push('carried');
  const noDataReason = verdict.status === 'no-data' ? reasonOf(verdict.judged, thin, aggregate && series.coverage.length === 0) : null;
  return {
    target: target.id,
    document: document.id,
    unit,
    aggregate,
    period: judged?.period ?? null,
    status: verdict.status,
    value,
    rule: { ...target.rule },
    deadline: verdict.deadline,
    flags: FLAGS.filter((flag) => flags.includes(flag)),
    trend: verdict.trend,
    source: aggregate ? null : (judged?.source ?? null),
    gap: gapOf(value, target.rule),
    progress: progressOf(value, target.rule),
    monthsLeft: verdict.monthsLeft,
    since: verdict.since,
    metLate: verdict.metLate,
    missingUnits,
    carried: carried.map((c) => ({ code: c.code, period: c.period })),
    coverage: series.coverage.map((c) => ({ ...c })),
    missingMeasures: verdict.status === 'no-data' && noDataReason === 'missing-measure' ? (judged?.missingMeasures ?? []) : [],
    noDataReason,
    responsible: [...target.responsible],
    history: series.observations.map((o) => ({ period: o.period, value: o.value })),
  };
}

/** Why there is no verdict: the judged observation's fault, else a thin area, else nothing in the frame. */
function reasonOf(judged: Observation | null, thin: Observation | null, unreported: boolean): NoDataReason {
  if (judged === null) return thin !== null || unreported ? 'thin-coverage' : 'no-observation';
  if (judged.unusable !== null) return 'not-finite';
  if (judged.missingMeasures.length > 0) return 'missing-measure';
  return 'zero-denominator';
}

/** The latest figure of a unit (or area) shown without a verdict; null when it has no value. */
function indicativeOf(
  document: PolicyDocument,
  entry: Target | Indicator,
  unit: UnitRef,
  aggregate: boolean,
  observations: Observation[],
  reason: IndicativeResult['reason'],
): IndicativeResult | null {
  const latest = observations.at(-1);
  if (latest === undefined || latest.value === null) return null;
  return {
    target: entry.id,
    document: document.id,
    unit,
    aggregate,
    period: latest.period,
    value: latest.value,
    reason,
    source: aggregate ? null : latest.source,
  };
}

