import { bench, describe } from 'vitest';
import type { FertilizerRecommendationInput } from './recommendation/recommendationInput';
import { recommendForPlots } from './recommendation/recommendForPlots';
import { nutrientValues } from './units';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same input. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = lcg(38);
const crops = ['winterWheat', 'maize', 'rice', 'soybean', 'peanut'];
const urea = { id: 'urea', grade: { N: 46, P2O5: 0, K2O: 0 } };

// A county's soil-test campaign: 10,000 plots, each with its own soil test and yield history.
const plots: FertilizerRecommendationInput[] = Array.from({ length: 10_000 }, (_, i) => ({
  crop: crops[i % crops.length] ?? 'maize',
  targetYield: { recentYieldsKgPerMu: [300 + next() * 300, 300 + next() * 300, 300 + next() * 300] },
  method: {
    kind: 'soilTest',
    soilTestMgPerKg: nutrientValues('mg/kg', {
      N: 40 + next() * 80,
      P2O5: 5 + next() * 40,
      K2O: 60 + next() * 140,
    }),
    correction: { N: 0.4 + next() * 0.3, P2O5: 0.4 + next() * 0.4, K2O: 0.3 + next() * 0.4 },
  },
  straightFertilizers: { N: urea },
  areaMu: 1 + next() * 20,
}));

describe('recommendForPlots', () => {
  bench('10,000 plots by the soil-test method', () => {
    recommendForPlots(plots);
  });
});
