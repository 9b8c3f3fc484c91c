/**
 * @internal A small seeded generator (mulberry32): the same seed gives the same stream on every
 * platform, so folds, shuffles and bootstrap samples are reproducible without `Math.random()`.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** @internal A uniform integer in `[0, n)`. */
export function randomIndex(next: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(next() * n));
}

/** @internal Shuffles in place (Fisher–Yates) with the given generator. */
export function shuffleInPlace<T>(items: T[] | Int32Array, next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(next, i + 1);
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
}
