import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { DEFAULT_PSEUDO_COUNT, PseudoCountSchema, psiFromCounts, type StabilityResult } from './psi';
import { type NumericSample, NumericSampleSchema } from './samples';
import { DEFAULT_STABILITY_THRESHOLDS, StabilityThresholdsSchema } from './stabilityVerdict';

/** Quantile bins of the expected sample when none are given: 10 (deciles), as is usual for PSI. */
export const DEFAULT_PSI_BINS = 10;

/** Bin edges: strictly increasing finite cut points, at most 999 (so at most 1,000 bins). */
export const BinEdgesSchema = z
  .array(z.number().finite())
  .min(1)
  .max(999)
  .refine((edges) => edges.every((e, i) => i === 0 || (edges[i - 1] as number) < e), {
    message: 'edges must be strictly increasing',
  });

/** Input of {@link populationStabilityIndex}. */
export const PopulationStabilityInputSchema = z.strictObject({
  /** The baseline sample (development or last validated period). */
  expected: NumericSampleSchema,
  /** The current sample. */
  actual: NumericSampleSchema,
  /**
   * A number of quantile bins of `expected` (1–1,000; default 10), or the interior cut points.
   * Bins are closed on the left: `(−∞, e₀)`, `[e₀, e₁)`, …, `[eₖ₋₁, +∞)`.
   */
  bins: z.union([z.number().int().min(1).max(1000), BinEdgesSchema]).default(DEFAULT_PSI_BINS),
  /** Pseudo-count per bin when a bin is empty; 0.5 by default. */
  pseudoCount: PseudoCountSchema.default(DEFAULT_PSEUDO_COUNT),
  /** Verdict thresholds; 0.10 / 0.25 by default. */
  thresholds: StabilityThresholdsSchema.default(DEFAULT_STABILITY_THRESHOLDS),
});

/** Input of {@link populationStabilityIndex}, as given. */
export type PopulationStabilityInput = z.input<typeof PopulationStabilityInputSchema>;

/** A sorted copy, with −0 folded into +0 so that equal values sit together. */
export function sortedCopy(sample: NumericSample): Float64Array {
  const copy = new Float64Array(sample.length);
  for (let i = 0; i < sample.length; i++) copy[i] = (sample[i] as number) + 0;
  return copy.sort();
}

/**
 * Quantile cut points of a sample: for bin j of k the value at rank ⌊j·n/k⌋ of the sorted
 * sample, so about j/k of the sample lies strictly below it. Ties collapse cut points (fewer
 * bins), and a cut point at the minimum is dropped, because its bin below would always be empty.
 */
export function quantileEdges(sample: NumericSample, bins: number): number[] {
  const sorted = sortedCopy(sample);
  const n = sorted.length;
  const edges: number[] = [];
  for (let j = 1; j < bins; j++) {
    const edge = sorted[Math.floor((j * n) / bins)] as number;
    if (edge > (sorted[0] as number) && (edges.length === 0 || edge > (edges[edges.length - 1] as number))) {
      edges.push(edge);
    }
  }
  return edges;
}

/** The bin of `x` among left-closed bins cut at `edges`: the number of edges ≤ x. */
function binOf(x: number, edges: readonly number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((edges[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countBins(sample: NumericSample, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  for (let i = 0; i < sample.length; i++) {
    const b = binOf(sample[i] as number, edges);
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}

function intervalLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['(-∞, +∞)'];
  const labels = [`(-∞, ${edges[0]})`];
  for (let i = 1; i < edges.length; i++) labels.push(`[${edges[i - 1]}, ${edges[i]})`);
  labels.push(`[${edges[edges.length - 1]}, +∞)`);
  return labels;
}

/**
 * 群体稳定性指数 — population stability index of a numeric sample (scores or a numeric
 * characteristic) against its baseline: `PSI = Σ (aᵢ − eᵢ) · ln(aᵢ / eᵢ)` over bins.
 *
 * Bins are the given cut points, or quantile bins of `expected` (10 by default). When any bin
 * is empty in either sample, a pseudo-count of 0.5 (by default) is added to every bin of both
 * samples and shares renormalised, so the PSI stays finite; otherwise shares are the raw
 * proportions. A sample against itself gives exactly 0. Verdict: PSI < 0.10 stable,
 * 0.10 ≤ PSI ≤ 0.25 watch, PSI > 0.25 shift (DESIGN §3.6, practice; thresholds configurable).
 *
 * @throws HezuoError `INVALID_INPUT` for an empty sample, a non-finite value, or bad bins.
 */
export function populationStabilityIndex(input: PopulationStabilityInput): StabilityResult {
  const { expected, actual, bins, pseudoCount, thresholds } = parseInput(
    PopulationStabilityInputSchema,
    input,
  );
  const edges = typeof bins === 'number' ? quantileEdges(expected, bins) : bins;
  return psiFromCounts(
    intervalLabels(edges),
    countBins(expected, edges),
    countBins(actual, edges),
    pseudoCount,
    thresholds,
  );
}
