import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import { sortedCopy } from './populationStabilityIndex';
import { NumericSampleSchema, OutcomeSampleSchema, toBadFlags } from './samples';

/** Input of {@link discrimination}. */
export const DiscriminationInputSchema = z
  .strictObject({
    /** Scores, higher = better (lower risk). */
    scores: NumericSampleSchema,
    /** Outcome per score, same order: `true`/`1` = bad. */
    bad: OutcomeSampleSchema,
  })
  .refine((v) => v.scores.length === v.bad.length, {
    message: 'scores and bad must have the same length',
    path: ['bad'],
  });

/** Input of {@link discrimination}, as given. */
export type DiscriminationInput = z.input<typeof DiscriminationInputSchema>;

/** How well scores separate goods from bads. */
export interface DiscriminationResult {
  /** Observations. */
  readonly count: number;
  /** Good observations. */
  readonly goods: number;
  /** Bad observations. */
  readonly bads: number;
  /**
   * Area under the ROC curve, oriented "scores rank goods above bads":
   * P(score of a good > score of a bad) + ½·P(equal). 0.5 = no separation, 1 = perfect.
   */
  readonly auc: number;
  /** Gini (accuracy ratio) = 2·AUC − 1. */
  readonly gini: number;
  /** Kolmogorov–Smirnov: the largest absolute gap between the cumulative bad and good shares. */
  readonly ks: number;
  /** The score at which KS is reached: the gap is between "score ≤ ksScore" shares. */
  readonly ksScore: number;
}

/**
 * 区分能力 — discrimination of a scorecard on observed outcomes: tie-aware AUC (Mann–Whitney,
 * a tie between a good and a bad counts ½), Gini = 2·AUC − 1, and KS over distinct score values
 * (equal scores grouped, so KS never splits a tie). Higher scores must mean lower risk.
 * O(n log n): goods and bads are sorted apart and merged; counts are kept as exact integers.
 *
 * @throws HezuoError `INVALID_INPUT` for bad samples or lengths that differ, or when the
 * outcomes hold no good or no bad (AUC is undefined then).
 */
export function discrimination(input: DiscriminationInput): DiscriminationResult {
  const { scores, bad } = parseInput(DiscriminationInputSchema, input);
  const flags = toBadFlags(bad);
  let bads = 0;
  for (let i = 0; i < flags.length; i++) bads += flags[i] as number;
  const goods = flags.length - bads;
  if (goods === 0 || bads === 0) {
    throw new HezuoError('INVALID_INPUT', 'discrimination needs at least one good and one bad outcome', {
      path: ['bad'],
      details: { goods, bads },
    });
  }
  const goodScores = new Float64Array(goods);
  const badScores = new Float64Array(bads);
  for (let i = 0, g = 0, b = 0; i < flags.length; i++) {
    if (flags[i] === 1) badScores[b++] = scores[i] as number;
    else goodScores[g++] = scores[i] as number;
  }
  const sg = sortedCopy(goodScores);
  const sb = sortedCopy(badScores);
  // Twice the Mann–Whitney U, so half-counted ties stay integers: exact below 2^53.
  let twiceU = 0;
  let cg = 0;
  let cb = 0;
  let bestGap = -1;
  let ksScore = 0;
  while (cg < goods || cb < bads) {
    const v = Math.min(cg < goods ? (sg[cg] as number) : Infinity, cb < bads ? (sb[cb] as number) : Infinity);
    let g = 0;
    while (cg < goods && sg[cg] === v) {
      cg++;
      g++;
    }
    let b = 0;
    const badsBelow = cb;
    while (cb < bads && sb[cb] === v) {
      cb++;
      b++;
    }
    twiceU += g * (2 * badsBelow + b);
    // |cb/B − cg/G| compared as |cb·G − cg·B|, exact integers.
    const gap = Math.abs(cb * goods - cg * bads);
    if (gap > bestGap) {
      bestGap = gap;
      ksScore = v;
    }
  }
  const pairs = goods * bads;
  const auc = twiceU / (2 * pairs);
  return { count: flags.length, goods, bads, auc, gini: 2 * auc - 1, ks: bestGap / pairs, ksScore };
}
