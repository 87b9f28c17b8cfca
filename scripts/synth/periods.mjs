// Periods (`YYYY-MM`) as month numbers, so that trends are plain arithmetic.

export function monthIndex(period) {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) throw new Error(`not a period (YYYY-MM): ${period}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function periodOf(index) {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every period from `from` to `to`, both included. */
export function periodsBetween(from, to) {
  const out = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(periodOf(i));
  return out;
}
