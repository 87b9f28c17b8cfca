// The decision (tracking.md, "Statuses"): one target, one frame of observations, one as-of date.

import { isBooleanEntry } from './formula.js';
import { atLeast, direction, satisfies } from './rule.js';
import { trendPoints, type Frame, type Observation } from './series.js';
import { dateTime, periodOf } from './time.js';
import { paceOf, paceRatioOf, projectionOf, requiredPaceOf } from './trend.js';
import type { Flag, IsoDate, Period, Status, Target, Thresholds, Trend } from './types.js';

export interface Verdict {
  /** the observation judged; null when there is none */
  judged: Observation | null;
  status: Status;
  flags: Flag[];
  trend: Trend;
  deadline: IsoDate | null;
  monthsLeft: number | null;
  since: Period | null;
  metLate: Period | null;
}

const NO_TREND: Trend = { observations: 0, pace: null, requiredPace: null, projected: null, paceRatio: null };

export function judge(target: Target, frame: Frame, asOf: IsoDate, thresholds: Thresholds): Verdict {
  if (frame.deadline === null) return judgeOngoing(target, frame, thresholds);
  const deadline = frame.deadline;
  if (asOf >= deadline) return { ...judgeFinal(target, frame, deadline, thresholds), deadline, monthsLeft: 0 };
  const monthsLeft = Math.round((dateTime(deadline) - dateTime(asOf)) * 10) / 10;
  return { ...judgeAhead(target, frame, deadline, thresholds), deadline, monthsLeft };
}

function noData(judged: Observation | null, deadline: IsoDate | null): Verdict {
  return {
    judged,
    status: 'no-data',
    flags: [],
    trend: NO_TREND,
    deadline,
    monthsLeft: null,
    since: null,
    metLate: null,
  };
}

/** The trend as an after-the-fact record: the observed pace only. */
function paceOnly(target: Target, frame: Frame, judged: Observation, thresholds: Thresholds): Trend {
  if (isBooleanEntry(target)) return { ...NO_TREND, observations: countUpTo(frame, judged) };
  const points = trendPoints(frame, judged, thresholds.trendWindow);
  return { ...NO_TREND, observations: points.length, pace: paceOf(points) };
}

function countUpTo(frame: Frame, judged: Observation): number {
  return frame.observations.filter((o) => o.time <= judged.time && o.value !== null).length;
}

/** The latest observation decides; `since` opens the run of observations with the same outcome. */
function judgeOngoing(target: Target, frame: Frame, thresholds: Thresholds): Verdict {
  const judged = frame.observations.at(-1) ?? null;
  if (judged === null || judged.value === null) return noData(judged, null);
  const met = satisfies(judged.value, target.rule);
  let since = judged.period;
  for (const o of frame.observations.toReversed()) {
    if (o.value === null) continue;
    if (satisfies(o.value, target.rule) !== met) break;
    since = o.period;
  }
  return {
    judged,
    status: met ? 'met' : 'missed',
    flags: [],
    trend: paceOnly(target, frame, judged, thresholds),
    deadline: null,
    monthsLeft: null,
    since,
    metLate: null,
  };
}

/** On or after the deadline: the latest observation not after the deadline's month decides. */
function judgeFinal(target: Target, frame: Frame, deadline: IsoDate, thresholds: Thresholds): Omit<Verdict, 'deadline' | 'monthsLeft'> {
  const deadlineMonth = periodOf(deadline);
  const flags: Flag[] = [];
  let judged = frame.observations.filter((o) => o.period <= deadlineMonth).at(-1) ?? null;
  if (judged === null) {
    judged = frame.observations.at(-1) ?? null;
    flags.push('after-deadline');
  } else if (judged.period < deadlineMonth) {
    flags.push('provisional');
  }
  if (judged === null || judged.value === null) return noData(judged, deadline);
  const met = satisfies(judged.value, target.rule);
  const after = judged.time;
  const late = met
    ? undefined
    : frame.observations.find((o) => o.time > after && o.value !== null && satisfies(o.value, target.rule));
  return {
    judged,
    status: met ? 'met' : 'missed',
    flags,
    trend: paceOnly(target, frame, judged, thresholds),
    since: null,
    metLate: late?.period ?? null,
  };
}

/** Before the deadline: met, or a trend measured against the pace the deadline requires. */
function judgeAhead(target: Target, frame: Frame, deadline: IsoDate, thresholds: Thresholds): Omit<Verdict, 'deadline' | 'monthsLeft'> {
  const judged = frame.observations.at(-1) ?? null;
  if (judged === null || judged.value === null) return noData(judged, deadline);
  const rule = target.rule;
  const base = { judged, since: null, metLate: null };
  const met = satisfies(judged.value, rule);
  const latest = judged.value;
  if (typeof latest === 'boolean' || typeof rule.threshold === 'boolean') {
    return { ...base, status: met ? 'met' : 'pending', flags: [], trend: { ...NO_TREND, observations: countUpTo(frame, judged) } };
  }
  const points = trendPoints(frame, judged, thresholds.trendWindow);
  const pace = paceOf(points);
  const remaining = dateTime(deadline) - judged.time;
  const projected = pace === null ? null : projectionOf(latest, pace, Math.max(0, remaining), target.unit);
  if (met) {
    const slipping = target.kind === 'level' && projected !== null && !satisfies(projected, rule);
    return {
      ...base,
      status: 'met',
      flags: slipping ? ['slipping'] : [],
      trend: { observations: points.length, pace, requiredPace: null, projected, paceRatio: null },
    };
  }
  const requiredPace = requiredPaceOf(rule.threshold, latest, remaining);
  const paceRatio = paceRatioOf(pace, requiredPace);
  const trend: Trend = { observations: points.length, pace, requiredPace, projected, paceRatio };
  if (pace === null) return { ...base, status: 'pending', flags: [], trend };
  // With no time left before the deadline (the deadline month's figures are in early), no pace closes the gap.
  const status: Status =
    paceRatio === null ? 'off-track'
    : atLeast(paceRatio, thresholds.onTrack) ? 'on-track'
    : atLeast(paceRatio, thresholds.atRisk) ? 'at-risk'
    : 'off-track';
  const flags: Flag[] = [];
  if (status === 'off-track' && pace * direction(latest, rule) < 0) flags.push('regressing');
  if (points.length === 2) flags.push('low-confidence');
  return { ...base, status, flags, trend };
}
