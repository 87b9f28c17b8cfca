// Time as a continuous count of months. A date sits at the end of its day, so the end of 2025-06
// (an observation of period 2025-06) equals the start of 2025-07, and 2025-12-31 equals the end
// of period 2025-12.

import type { IsoDate, Period } from './types.js';

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date written YYYY-MM-DD (as JSON Schema's `date` format has it). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(text: string): [number, number, number] {
  const [y, m, d] = text.split('-').map(Number);
  return [y ?? NaN, m ?? NaN, d ?? NaN];
}

/** The end of a date's day, in months. */
export function dateTime(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return y * 12 + (m - 1) + d / daysInMonth(y, m);
}

/** The start of a date's day, in months: where a window opening on that day begins. */
export function dayStart(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return y * 12 + (m - 1) + (d - 1) / daysInMonth(y, m);
}

/** The end of a period's month, in months: where its observation sits. */
export function periodTime(period: Period): number {
  const [y, m] = parts(period);
  return y * 12 + m;
}

export function periodOf(date: IsoDate): Period {
  return date.slice(0, 7);
}

export function yearOf(dateOrPeriod: string): number {
  return Number(dateOrPeriod.slice(0, 4));
}

export function lastDayOf(period: Period): IsoDate {
  const [y, m] = parts(period);
  return `${period}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}
