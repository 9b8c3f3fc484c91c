import { portableExp, portableLn } from './portableMath';

/**
 * The sample generator's randomness: sfc32 (a small fast counter generator, 128 bits of state)
 * seeded through splitmix32. Pure 32-bit integer arithmetic, so the same seed gives the same
 * stream on every platform; the normal and Poisson draws use `portableLn`/`portableExp` and the
 * square root (IEEE-754 hardware in every engine), never `Math.log` or `Math.sin`. Each part of
 * a county draws from its own named stream, so adding draws to one part does not shift every
 * other part.
 * @internal
 */
export interface Random {
  /** A uniform number in `[0, 1)`. */
  next(): number;
  /** A uniform integer in `[min, max]`. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A standard normal draw (Marsaglia's polar method). */
  normal(): number;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** An index drawn by the given non-negative weights (at least one positive). */
  weighted(weights: readonly number[]): number;
  /** A Poisson draw with mean `mean` (Knuth's method; small means only). */
  poisson(mean: number): number;
}

/** splitmix32: spreads a 32-bit seed over the state words. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over the UTF-16 code units of a stream name. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A generator for stream `name` of `seed`: the same pair gives the same draws, different names
 * give independent-looking streams.
 * @internal
 */
export function randomStream(seed: number, name: string): Random {
  const mix = splitmix32((seed >>> 0) ^ Math.imul(hashName(name), 0x27d4eb2f));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  const nextUint = (): number => {
    // sfc32 (Chris Doty-Humphrey's PractRand suite), as widely published.
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: the first outputs of a counter generator echo the seed.
  for (let i = 0; i < 12; i++) nextUint();
  const next = (): number => nextUint() / 4_294_967_296;
  let spare: number | undefined;
  const random: Random = {
    next,
    int: (min, max) => min + Math.min(max - min, Math.floor(next() * (max - min + 1))),
    chance: (p) => next() < p,
    normal: () => {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      // Marsaglia's polar method: a point in the unit disc by rejection, then one logarithm.
      for (;;) {
        const u = 2 * next() - 1;
        const v = 2 * next() - 1;
        const s = u * u + v * v;
        if (s === 0 || s >= 1) continue;
        const factor = Math.sqrt((-2 * portableLn(s)) / s);
        spare = v * factor;
        return u * factor;
      }
    },
    pick: (items) => items[Math.min(items.length - 1, Math.floor(next() * items.length))] as never,
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let u = next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i] as number;
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
    poisson: (mean) => {
      const limit = portableExp(-mean);
      let k = 0;
      let p = next();
      while (p > limit && k < 50) {
        k++;
        p *= next();
      }
      return k;
    },
  };
  return random;
}

/** The logistic function `1 / (1 + e^−x)`. @internal */
export function logistic(x: number): number {
  return 1 / (1 + portableExp(-x));
}
