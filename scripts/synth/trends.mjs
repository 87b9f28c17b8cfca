// How a unit's figures move over time. A trend names a profile of progress toward a threshold:
//   ahead         the threshold is met and stays met
//   on-pace       not met yet, moving fast enough to meet it by the deadline
//   lagging       moving, but too slowly (an ongoing target: just short)
//   falling-back  short, and moving away from it
//   slipping      met, but moving away fast enough to fall short by the deadline
// Every function returns a function of the month index t (periods.mjs: monthIndex).

import { hashSeed, intBetween, mulberry32, uniform } from './random.mjs';

export const TRENDS = ['ahead', 'on-pace', 'lagging', 'falling-back', 'slipping'];

/** A value in [0, 1) for (seed, k): per-period jitter that does not depend on call order. */
export function jitter(seed, k) {
  let t = (seed + Math.imul(k + 1, 0x9e3779b9)) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function gapFor(rng, threshold, max) {
  if (max !== undefined && threshold >= max) return uniform(rng, 3, 7);
  return threshold * uniform(rng, 0.05, 0.1);
}

function linear(end, slope, anchor, max) {
  const hi = max ?? Infinity;
  return (t) => Math.min(hi, Math.max(0, end + slope * (t - anchor)));
}

/**
 * A share, a ratio or a level (percent for shares) aimed at `threshold`.
 * `due` is the deadline's month index, or null for an ongoing target. The pace, as a multiple
 * of the pace needed, comes from `paceRng` (shared by the units of an area, so that an area's
 * sum keeps the trend whatever each unit's gap) times a little of the unit's own `rng`.
 */
export function levelTrend(trend, { threshold, due, max }, rng, anchor, paceRng = rng) {
  const full = max !== undefined && threshold >= max;
  if (due === null) return ongoingLevel(trend, threshold, max, full, rng, anchor);
  if (due <= anchor) return passedLevel(trend, threshold, max, full, rng, anchor, due);
  const months = due - anchor;
  const pace = (lo, hi) => uniform(paceRng, lo, hi) * uniform(rng, 0.93, 1.07);
  switch (trend) {
    case 'ahead': {
      const end = full ? max : Math.min(max ?? Infinity, threshold * uniform(rng, 1.04, 1.15));
      const slope = full ? uniform(rng, 0.3, 1.2) : threshold * uniform(rng, 0.002, 0.008);
      return linear(end, slope, anchor, max);
    }
    case 'on-pace': {
      const gap = gapFor(rng, threshold, max);
      return linear(threshold - gap, (gap / months) * pace(1.3, 1.5), anchor, max);
    }
    case 'lagging': {
      const gap = gapFor(rng, threshold, max) * uniform(rng, 1, 1.4);
      return linear(threshold - gap, (gap / months) * pace(0.7, 0.8), anchor, max);
    }
    case 'slipping': {
      if (!full) {
        const margin = threshold * uniform(rng, 0.01, 0.025);
        return linear(threshold + margin, -(margin / months) * pace(1.8, 2.4), anchor, max);
      }
      return fallingBack(threshold, max, rng, anchor, pace);
    }
    default:
      return fallingBack(threshold, max, rng, anchor, pace);
  }
}

function fallingBack(threshold, max, rng, anchor, pace) {
  const gap = gapFor(rng, threshold, max) * uniform(rng, 1.2, 2);
  return linear(threshold - gap, -threshold * 0.0035 * pace(0.6, 1.4), anchor, max);
}

function ongoingLevel(trend, threshold, max, full, rng, anchor) {
  const above = (lo, hi) => (full ? max : Math.min(max ?? Infinity, threshold * uniform(rng, lo, hi)));
  switch (trend) {
    case 'ahead':
      return linear(above(1.05, 1.25), threshold * uniform(rng, 0.001, 0.004), anchor, max);
    case 'on-pace':
      return linear(above(1.01, 1.05), threshold * uniform(rng, 0, 0.002), anchor, max);
    case 'slipping':
      return linear(above(1.005, 1.02), -threshold * uniform(rng, 0.0005, 0.002), anchor, max);
    case 'lagging': {
      // just over or just under the line, a coin toss
      const end = rng() < 0.5 ? above(1, 1.02) : threshold * (1 - uniform(rng, 0.01, 0.05));
      return linear(end, threshold * uniform(rng, 0, 0.002), anchor, max);
    }
    default:
      return linear(threshold * (1 - uniform(rng, 0.05, 0.12)), -threshold * uniform(rng, 0.001, 0.004), anchor, max);
  }
}

// A deadline already behind the anchor: met at it, met only later (lagging, when the deadline
// falls within the last two years), or still short.
function passedLevel(trend, threshold, max, full, rng, anchor, due) {
  const met = full ? max : threshold * uniform(rng, 1.02, 1.12);
  if (trend === 'ahead' || trend === 'on-pace' || trend === 'slipping') return () => met;
  const gap = gapFor(rng, threshold, max) * (trend === 'lagging' ? uniform(rng, 0.6, 1) : uniform(rng, 1.2, 2));
  if (trend === 'lagging' && anchor - due >= 2 && anchor - due <= 24) {
    const fixedFrom = due + intBetween(rng, 1, anchor - due - 1);
    const below = linear(threshold - gap, gap / 40, fixedFrom, max);
    return (t) => (t >= fixedFrom ? met : Math.min(below(t), threshold - 0.5 * gap));
  }
  const slope = trend === 'lagging' ? gap / 60 : -gap / 80;
  return linear(threshold - gap, slope, anchor, max);
}

/** A count that must reach `threshold` (an institution, say). */
export function countTrend(trend, { threshold }, rng, anchor) {
  switch (trend) {
    case 'ahead': {
      const value = threshold + intBetween(rng, 0, 1);
      return () => value;
    }
    case 'on-pace': {
      const from = anchor - intBetween(rng, 2, 10);
      return (t) => (t >= from ? threshold : threshold - 1);
    }
    case 'slipping':
      return () => threshold;
    default:
      return () => Math.max(0, threshold - 1);
  }
}

/** A yes/no achievement with a deadline. */
export function booleanTrend(trend, { due }, rng, anchor) {
  switch (trend) {
    case 'ahead':
    case 'slipping':
      return () => true;
    case 'on-pace': {
      if (due > anchor) return () => true;
      const from = due - intBetween(rng, 0, 6);
      return (t) => t >= from;
    }
    case 'lagging': {
      if (due >= anchor) return () => false;
      const from = anchor - due > 24 ? anchor - intBetween(rng, 0, 10) : due + intBetween(rng, 1, anchor - due);
      return (t) => t >= from;
    }
    default:
      return () => false;
  }
}

/**
 * The factors of a running total toward an area's figure `total`: `end` the part reached at the
 * anchor, `rate` the part added per month. Drawn from (topic, area, trend) only, so that every
 * unit of an area shares them and the area's sum follows the trend.
 */
export function cumulativeFactors(trend, topic, areaKey, due, anchor, seed) {
  const rng = mulberry32(hashSeed(seed, 'area', areaKey ?? '-', topic, trend));
  if (due <= anchor) {
    switch (trend) {
      case 'ahead': return { end: uniform(rng, 1.2, 1.6), rate: uniform(rng, 0.005, 0.015) };
      case 'on-pace': case 'slipping': return { end: uniform(rng, 1.03, 1.12), rate: uniform(rng, 0.002, 0.008) };
      case 'lagging': return { end: uniform(rng, 0.8, 0.9), rate: uniform(rng, 0.003, 0.008) };
      default: return { end: uniform(rng, 0.55, 0.7), rate: uniform(rng, 0, 0.003) };
    }
  }
  const months = due - anchor;
  const toGo = (end, lo, hi) => ({ end, rate: ((1 - end) / months) * uniform(rng, lo, hi) });
  switch (trend) {
    case 'ahead': return { end: uniform(rng, 1.08, 1.3), rate: uniform(rng, 0.015, 0.03) };
    case 'on-pace': return toGo(uniform(rng, 0.8, 0.88), 1.25, 1.55);
    case 'lagging': return toGo(uniform(rng, 0.72, 0.8), 0.7, 0.85);
    default: return toGo(uniform(rng, 0.55, 0.7), 0.15, 0.35);
  }
}

/**
 * A running total: `scale × end` at the anchor, growing by about `scale × rate` a month with
 * jitter, never below 0 and never falling.
 */
export function runningTotal({ end, rate }, scale, seed, anchor) {
  const atAnchor = scale * end;
  const perMonth = scale * rate;
  const step = (k) => perMonth * (0.7 + 0.6 * jitter(seed, k));
  return (t) => {
    let value = atAnchor;
    if (t < anchor) for (let k = t + 1; k <= anchor; k++) value -= step(k);
    else for (let k = anchor + 1; k <= t; k++) value += step(k);
    return Math.max(0, value);
  };
}

/** The share of its year's figure an each-year total aims at, per trend; past years are met. */
export function yearFactor(trend, topic, areaKey, year, anchorYear, seed) {
  const rng = mulberry32(hashSeed(seed, 'year', areaKey ?? '-', topic, trend, year));
  if (year < anchorYear) return trend === 'falling-back' ? uniform(rng, 0.7, 0.9) : uniform(rng, 1.05, 1.4);
  switch (trend) {
    case 'ahead': return uniform(rng, 1.6, 2.2);
    case 'on-pace': case 'slipping': return uniform(rng, 1.3, 1.45);
    case 'lagging': return uniform(rng, 0.82, 0.9);
    default: return uniform(rng, 0.4, 0.6);
  }
}

/** A year-to-date total: `annual(year)` spread over the months with jitter, reset each January. */
export function yearToDate(annual, seed) {
  return (t) => {
    const year = Math.floor(t / 12);
    const month = t % 12;
    let done = 0;
    let all = 0;
    for (let m = 0; m < 12; m++) {
      const w = 0.7 + 0.6 * jitter(seed, year * 12 + m);
      all += w;
      if (m <= month) done += w;
    }
    return annual(year) * (done / all);
  };
}
