import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { DEFAULT_PSEUDO_COUNT, PseudoCountSchema, psiFromCounts, type StabilityResult } from './psi';
import { CategoricalSampleSchema } from './samples';
import { DEFAULT_STABILITY_THRESHOLDS, StabilityThresholdsSchema } from './stabilityVerdict';

/** Input of {@link categoricalStability}. */
export const CategoricalStabilityInputSchema = z.strictObject({
  /** The baseline sample of category labels. */
  expected: CategoricalSampleSchema,
  /** The current sample of category labels. */
  actual: CategoricalSampleSchema,
  /** Pseudo-count per category when a category is missing from one sample; 0.5 by default. */
  pseudoCount: PseudoCountSchema.default(DEFAULT_PSEUDO_COUNT),
  /** Verdict thresholds; 0.10 / 0.25 by default. */
  thresholds: StabilityThresholdsSchema.default(DEFAULT_STABILITY_THRESHOLDS),
});

/** Input of {@link categoricalStability}, as given. */
export type CategoricalStabilityInput = z.input<typeof CategoricalStabilityInputSchema>;

function tally(sample: readonly string[], counts: Map<string, [number, number]>, side: 0 | 1): void {
  for (const label of sample) {
    let pair = counts.get(label);
    if (!pair) {
      pair = [0, 0];
      counts.set(label, pair);
    }
    pair[side] += 1;
  }
}

/**
 * Population stability index of a categorical characteristic (one bin per category). Every
 * category seen in either sample is a bin: a category present in only one sample counts (it is
 * where the population moved), smoothed with the pseudo-count (0.5 by default) added to every
 * category of both samples. Categories are listed in code-unit order, so the result does not
 * depend on the order of observations. Same verdict rule as {@link populationStabilityIndex}.
 *
 * @throws HezuoError `INVALID_INPUT` for an empty sample or a label that is not a non-empty string.
 */
export function categoricalStability(input: CategoricalStabilityInput): StabilityResult {
  const { expected, actual, pseudoCount, thresholds } = parseInput(CategoricalStabilityInputSchema, input);
  const counts = new Map<string, [number, number]>();
  tally(expected, counts, 0);
  tally(actual, counts, 1);
  const labels = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const e = labels.map((l) => (counts.get(l) as [number, number])[0]);
  const a = labels.map((l) => (counts.get(l) as [number, number])[1]);
  return psiFromCounts(labels, e, a, pseudoCount, thresholds);
}
