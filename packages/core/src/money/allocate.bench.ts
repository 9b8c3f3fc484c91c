import { bench, describe } from 'vitest';
import { allocate } from './allocate';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same input. */
function seededWeights(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % 5_000_000; // a household's yearly patronage in fen, up to 50,000 yuan
  });
}

const N = 100_000;
const integerWeights = seededWeights(N, 42);
const decimalWeights = integerWeights.map((w) => (w / 100).toFixed(2));
const countyTotal = 98_765_432_109; // about 987.7 million yuan in fen: every product fits in 2^53
const hugeTotal = 9_007_199_254_740; // 2^53 / 1000: most products need bigint

describe(`allocate ${N.toLocaleString('en')} weights`, () => {
  bench('integer weights (fen), county-sized total', () => {
    allocate(countyTotal, integerWeights);
  });
  bench('integer weights, huge total (products past 2^53, bigint per part)', () => {
    allocate(hugeTotal, integerWeights);
  });
  bench('decimal-string weights (exact bigint path)', () => {
    allocate(countyTotal, decimalWeights);
  });
  bench('baseline: naive float shares, rounded (not exact, does not sum)', () => {
    let sum = 0;
    for (const w of integerWeights) sum += w;
    integerWeights.map((w) => Math.round((countyTotal * w) / sum));
  });
});
