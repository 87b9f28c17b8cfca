// Seeded randomness: the generator never calls Math.random, so the same seed gives the same files.

/** A small, fast 32-bit PRNG (Tommy Ettinger's mulberry32): returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the parts joined with `|`: a 32-bit seed for a key such as (seed, unit code). */
export function hashSeed(...parts) {
  const text = parts.join('|');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator keyed by a seed and any number of keys: `rngFor(2025, '450202')`. */
export function rngFor(seed, ...keys) {
  return mulberry32(hashSeed(seed, ...keys));
}

export function uniform(rng, lo, hi) {
  return lo + (hi - lo) * rng();
}

/** An integer in [lo, hi], both ends included. */
export function intBetween(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

export function logUniform(rng, lo, hi) {
  return Math.exp(uniform(rng, Math.log(lo), Math.log(hi)));
}

export function pick(rng, items) {
  return items[Math.floor(rng() * items.length)];
}
