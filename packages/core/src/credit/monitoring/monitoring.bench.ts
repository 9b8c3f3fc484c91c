import { bench, describe } from 'vitest';
import { discrimination } from './discrimination';
import { populationStabilityIndex } from './populationStabilityIndex';

const N = 1_000_000;

/** Deterministic scores 300–850 (a linear congruential generator), with a drift in the current sample. */
function seeded(seed: number, drift: number): { scores: Float64Array; bad: Uint8Array } {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const scores = new Float64Array(N);
  const bad = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const s = Math.round(300 + 550 * ((next() + next() + next()) / 3) + drift);
    scores[i] = s;
    bad[i] = next() < 0.3 - (s - 300) / 2200 ? 1 : 0; // higher score, fewer bads
  }
  return { scores, bad };
}

const baseline = seeded(7, 0);
const current = seeded(11, 15);

describe(`monitoring over ${N.toLocaleString('en')} scores`, () => {
  bench('populationStabilityIndex (10 quantile bins of the baseline)', () => {
    populationStabilityIndex({ expected: baseline.scores, actual: current.scores });
  });
  bench('populationStabilityIndex (given edges)', () => {
    populationStabilityIndex({
      expected: baseline.scores,
      actual: current.scores,
      bins: [500, 550, 600, 650, 700],
    });
  });
  bench('discrimination (AUC, Gini, KS)', () => {
    discrimination({ scores: current.scores, bad: current.bad });
  });
});
