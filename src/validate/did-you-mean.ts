/** Optimal-string-alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** No suggestion is ever further away than this. */
const MAX_EDITS = 6;

/**
 * The candidate nearest to `name`, when it is near enough to be a slip of the keyboard
 * (at most a third of its length away, and never more than 6 edits); ties go to the first.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | null {
  const lowered = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: a candidate that far off can never be
    // suggested, and measuring it would cost length × length for a long key in a hostile file.
    if (Math.abs(lowered.length - other.length) > MAX_EDITS) continue;
    const distance = editDistance(lowered, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const limit = Math.min(MAX_EDITS, Math.max(2, Math.floor(best.length / 3)));
  return bestDistance <= limit ? best : null;
}
