import { z } from 'zod';
import { type StabilityThresholds, type StabilityVerdict, stabilityVerdict } from './stabilityVerdict';

/** The pseudo-count added to every bin of both samples when any bin is empty: 0.5. */
export const DEFAULT_PSEUDO_COUNT = 0.5;

/** A pseudo-count for empty bins: from 0.000001 (smaller ones underflow to a zero share) to 100. */
export const PseudoCountSchema = z.number().min(1e-6).max(100);

/** One bin of a stability table. */
export interface StabilityBin {
  /** The bin's label: an interval such as `[600, 650)`, or a category. */
  readonly label: string;
  /** Observations of the expected (baseline, development) sample in this bin. */
  readonly expectedCount: number;
  /** Observations of the actual (current) sample in this bin. */
  readonly actualCount: number;
  /** The expected share used in the PSI (after smoothing, when it applied). */
  readonly expectedShare: number;
  /** The actual share used in the PSI (after smoothing, when it applied). */
  readonly actualShare: number;
  /** `(actualShare − expectedShare) · ln(actualShare / expectedShare)`; never negative. */
  readonly contribution: number;
}

/** A population stability result. */
export interface StabilityResult {
  /** The population stability index: the sum of the bins' contributions. */
  readonly psi: number;
  /** The bins, in order (intervals ascending, categories in code-unit order). */
  readonly bins: readonly StabilityBin[];
  /** `stable`, `watch` or `shift` under the thresholds used. */
  readonly verdict: StabilityVerdict;
  /** Whether the pseudo-count was added because some bin was empty in one sample. */
  readonly smoothed: boolean;
}

/**
 * PSI from bin counts. Shares are raw proportions when every bin holds observations of both
 * samples; when any bin is empty in either sample, `pseudoCount` is added to every bin of both
 * samples and the shares are renormalised: `(count + c) / (n + c·k)`. Equal counts give equal
 * shares and a contribution of exactly 0.
 */
export function psiFromCounts(
  labels: readonly string[],
  expectedCounts: ArrayLike<number>,
  actualCounts: ArrayLike<number>,
  pseudoCount: number,
  thresholds: StabilityThresholds,
): StabilityResult {
  const k = labels.length;
  let nExpected = 0;
  let nActual = 0;
  let anyEmpty = false;
  for (let i = 0; i < k; i++) {
    const e = expectedCounts[i] as number;
    const a = actualCounts[i] as number;
    nExpected += e;
    nActual += a;
    if (e === 0 || a === 0) anyEmpty = true;
  }
  const c = anyEmpty ? pseudoCount : 0;
  const expectedTotal = nExpected + c * k;
  const actualTotal = nActual + c * k;
  const bins: StabilityBin[] = [];
  let psi = 0;
  for (let i = 0; i < k; i++) {
    const expectedCount = expectedCounts[i] as number;
    const actualCount = actualCounts[i] as number;
    const expectedShare = (expectedCount + c) / expectedTotal;
    const actualShare = (actualCount + c) / actualTotal;
    // Both factors share a sign (division and log are monotone), so each term is ≥ 0 in floats too.
    const contribution = (actualShare - expectedShare) * Math.log(actualShare / expectedShare);
    psi += contribution;
    bins.push({
      label: labels[i] as string,
      expectedCount,
      actualCount,
      expectedShare,
      actualShare,
      contribution,
    });
  }
  return { psi, bins, verdict: stabilityVerdict(psi, thresholds), smoothed: anyEmpty };
}
