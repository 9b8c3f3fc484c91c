import type { BinCounts, CategoryBin, CharacteristicBinning, IntervalBin } from './characteristicBinning';
import { fitGrouped, type GroupedParameters } from './groupedLogistic';
import { binCounts } from './weightOfEvidence';

/** @internal One characteristic going into the adjustment. */
export interface AdjustmentTerm {
  readonly binning: CharacteristicBinning;
  /** Each row's group: bins `0 … k−1`, then missing `k`, special `k + 1`. */
  readonly groups: Int32Array;
  /** The user's fixed splits: bins are never merged across one. */
  readonly splits: readonly number[];
  readonly pseudoCount: number;
  /** The WOE regression's coefficient (negative). */
  readonly beta: number;
}

/** @internal Options of {@link adjustBins}. */
export interface AdjustmentOptions {
  /** Ridge penalty on the adjustments. */
  readonly penalty: number;
  readonly maxIterations: number;
  readonly tolerance: number;
}

/** @internal One characteristic after the adjustment. */
export interface AdjustedTerm {
  /** The binning with bins merged where the adjusted effects broke the trend. */
  readonly binning: CharacteristicBinning;
  /** Each row's group in the merged binning. */
  readonly groups: Int32Array;
  /** Adjusted WOE per group (bins, missing, special): `woe + adjustment / coefficient`. */
  readonly adjustedWoe: Float64Array;
  /** Bins merged. */
  readonly merges: number;
}

/** @internal The result of {@link adjustBins}. */
export interface Adjustment {
  readonly intercept: number;
  readonly terms: readonly AdjustedTerm[];
  readonly converged: boolean;
  readonly iterations: number;
}

interface State {
  bins: (IntervalBin | CategoryBin)[];
  groups: Int32Array;
  woe: Float64Array;
  merges: number;
  readonly term: AdjustmentTerm;
}

function woeOf(s: State): Float64Array {
  const b = s.term.binning;
  return Float64Array.from([...s.bins.map((x) => x.woe), b.missing?.woe ?? 0, b.special?.woe ?? 0]);
}

function merged(s: State, t: number): IntervalBin {
  const a = s.bins[t] as IntervalBin;
  const z = s.bins[t + 1] as IntervalBin;
  const { count, events, nonEvents } = s.term.binning.totals;
  return {
    kind: 'interval',
    lower: a.lower,
    upper: z.upper,
    ...binCounts(
      a.nonEvents + z.nonEvents,
      a.events + z.events,
      count,
      nonEvents,
      events,
      s.term.pseudoCount,
    ),
  };
}

/** The adjacent pair whose adjusted effects break the trend most, or −1. */
function worstBreak(s: State, beta: number, delta: Float64Array): number {
  const trend = s.term.binning.trend;
  if (s.term.binning.type !== 'numeric' || (trend !== 'ascending' && trend !== 'descending')) return -1;
  // The effect on the log-odds of bad rises with the bad rate: ascending → rising effects.
  const sign = trend === 'ascending' ? 1 : -1;
  let worst = -1;
  let depth = -1;
  for (let t = 0; t + 1 < s.bins.length; t++) {
    const here = beta * (s.woe[t] as number) + (delta[t] as number);
    const next = beta * (s.woe[t + 1] as number) + (delta[t + 1] as number);
    const fall = sign * (here - next);
    const boundary = (s.bins[t + 1] as IntervalBin).lower;
    if (fall >= 0 && fall > depth && !(boundary !== null && s.term.splits.includes(boundary))) {
      worst = t;
      depth = fall;
    }
  }
  return worst;
}

function mergeAt(s: State, t: number, delta: Float64Array): Float64Array {
  const a = s.bins[t] as BinCounts;
  const z = s.bins[t + 1] as BinCounts;
  const share = a.count + z.count > 0 ? a.count / (a.count + z.count) : 0.5;
  const joined = share * (delta[t] as number) + (1 - share) * (delta[t + 1] as number);
  s.bins.splice(t, 2, merged(s, t));
  for (let i = 0; i < s.groups.length; i++)
    if ((s.groups[i] as number) > t) s.groups[i] = (s.groups[i] as number) - 1;
  s.woe = woeOf(s);
  s.merges++;
  const out = new Float64Array(delta.length - 1);
  for (let j = 0, k = 0; j < delta.length; j++) {
    if (j === t + 1) continue;
    out[k++] = j === t ? joined : (delta[j] as number);
  }
  return out;
}

function rebuilt(s: State): CharacteristicBinning {
  const b = s.term.binning;
  let iv = 0;
  for (const x of s.bins) iv += x.informationValue;
  iv += (b.missing?.informationValue ?? 0) + (b.special?.informationValue ?? 0);
  return { ...b, bins: s.bins, informationValue: iv, trend: s.bins.length > 1 ? b.trend : 'none' };
}

/**
 * @internal 调整证据权重 — adjusted WOE. Marginal WOE ignores the other characteristics, so two
 * that work together (a loan amount and the price it pays for) are weighted as if apart. Keeping
 * the WOE regression's coefficients, each group gets an adjustment of its log-odds, fitted on all
 * rows at once and shrunk towards 0 (the plain WOE model) by a ridge penalty; where the adjusted
 * effects of neighbouring numeric bins break the binning's trend, the two bins are merged and the
 * fit repeated, so the points keep the trend. The result is stated as adjusted WOE,
 * `woe + adjustment / coefficient`, so `points = −coefficient · woe · factor` still holds.
 */
export function adjustBins(
  terms: readonly AdjustmentTerm[],
  y: Uint8Array,
  intercept: number,
  o: AdjustmentOptions,
): Adjustment {
  const states: State[] = terms.map((term) => {
    const s: State = {
      bins: [...term.binning.bins],
      groups: Int32Array.from(term.groups),
      woe: new Float64Array(0),
      merges: 0,
      term,
    };
    s.woe = woeOf(s);
    return s;
  });
  const beta = Float64Array.from(terms, (t) => t.beta);
  let start: GroupedParameters = {
    intercept,
    beta,
    delta: states.map((s) => new Float64Array(s.woe.length)),
  };
  let iterations = 0;
  for (;;) {
    const fit = fitGrouped(
      {
        groups: states.map((s) => s.groups),
        groupCounts: states.map((s) => s.woe.length),
        woe: states.map((s) => s.woe),
        y,
      },
      start,
      { penalty: o.penalty, l2: 0, fixedBeta: true, maxIterations: o.maxIterations, tolerance: o.tolerance },
    );
    iterations += fit.iterations;
    let changed = false;
    const delta = fit.params.delta.map((d, c) => {
      const s = states[c] as State;
      const t = worstBreak(s, beta[c] as number, d);
      if (t < 0) return d;
      changed = true;
      return mergeAt(s, t, d);
    });
    if (!changed) {
      return {
        intercept: fit.params.intercept,
        converged: fit.converged,
        iterations,
        terms: states.map((s, c) => ({
          binning: rebuilt(s),
          groups: s.groups,
          merges: s.merges,
          adjustedWoe: Float64Array.from(
            s.woe,
            (w, j) => w + ((delta[c] as Float64Array)[j] as number) / (beta[c] as number),
          ),
        })),
      };
    }
    start = { intercept: fit.params.intercept, beta, delta };
  }
}
