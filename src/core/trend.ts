// Pace and projection (tracking.md, "Pace and projection"). Times are in months.

import type { Point } from './series.js';
import type { ValueUnit } from './types.js';

/** Least-squares slope per month; with two points, the slope between them; null below two distinct times. */
export function paceOf(points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  if (points.length === 2) {
    const [a, b] = points as [Point, Point];
    return b.time === a.time ? null : (b.value - a.value) / (b.time - a.time);
  }
  // Centred on the first point, so that times near 24 300 months do not cost precision.
  const origin = points[0]!.time;
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + (p.time - origin), 0) / n;
  const meanV = points.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    const dt = p.time - origin - meanT;
    covariance += dt * (p.value - meanV);
    variance += dt * dt;
  }
  return variance === 0 ? null : covariance / variance;
}

/** V̂ = Vn + s × (T − tn), a percentage capped to [0, 100]. */
export function projectionOf(latest: number, pace: number, monthsToDeadline: number, unit: ValueUnit): number {
  const projected = latest + pace * monthsToDeadline;
  return unit === 'percent' ? Math.min(100, Math.max(0, projected)) : projected;
}

/** r = (V* − Vn) / (T − tn); null when no time is left. */
export function requiredPaceOf(threshold: number, latest: number, monthsToDeadline: number): number | null {
  return monthsToDeadline > 0 ? (threshold - latest) / monthsToDeadline : null;
}

/** ρ = s / r. */
export function paceRatioOf(pace: number | null, required: number | null): number | null {
  return pace === null || required === null || required === 0 ? null : pace / required;
}
