/**
 * Optimal-string-alignment distance: edits, with a swap of two neighbours counting as one. Three
 * rows of the table at a time (the swap looks two back), not the whole table.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let before = new Uint32Array(cols);
  let previous = new Uint32Array(cols);
  let current = new Uint32Array(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
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
