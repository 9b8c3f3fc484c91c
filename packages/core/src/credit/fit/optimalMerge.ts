import { binInformationValue, smoothedWoe } from './weightOfEvidence';

/** @internal The shapes the bad rate may take across merged bins. */
export type MergeTrend = 'ascending' | 'descending' | 'peak' | 'valley' | 'none';

/**
 * The phase after a step from one bin to the next, or −1 when the trend forbids it. Phase 0 is the
 * first leg (rising for `ascending` and `peak`, falling for `descending` and `valley`), phase 1 the
 * second leg of a peak or valley. Equal bad rates are a step nowhere, allowed only by `none`.
 */
function nextPhase(trend: MergeTrend, phase: number, up: boolean, down: boolean): number {
  switch (trend) {
    case 'none':
      return 0;
    case 'ascending':
      return up ? 0 : -1;
    case 'descending':
      return down ? 0 : -1;
    case 'peak':
      return up && phase === 0 ? 0 : down ? 1 : -1;
    case 'valley':
      return down && phase === 0 ? 0 : up ? 1 : -1;
  }
}

/** @internal What {@link optimalMerge} must respect. */
export interface MergeConstraints {
  /** Fewest rows in a merged bin. */
  readonly minCount: number;
  /** Fewest bads in a merged bin. */
  readonly minEvents: number;
  /** Fewest goods in a merged bin. */
  readonly minNonEvents: number;
  /** Most merged bins. */
  readonly maxBins: number;
  /**
   * Bad rate strictly rising (`ascending`) or falling (`descending`) from bin to bin, rising then
   * falling (`peak`), falling then rising (`valley`), or free.
   */
  readonly trend: MergeTrend;
  /** `fixed[b]`: boundary `b` (between pre-bins b−1 and b) must stay a boundary. */
  readonly fixed: Uint8Array;
  /** Totals for the WOE of a bin (the whole characteristic, missing included). */
  readonly totalGoods: number;
  readonly totalBads: number;
  readonly pseudoCount: number;
}

/**
 * @internal Exact optimal merging of adjacent pre-bins by dynamic programming: of every way to
 * cut the pre-bins into at most `maxBins` contiguous bins that each meet the minimums, keep the
 * fixed boundaries and follow the trend, returns the one with the most information value (ties:
 * fewer bins, then the earlier cuts). `best[phase][k][i][j]` is the most IV of pre-bins `[0, j)`
 * cut into `k` bins of which the last is `[i, j)`, in the given leg of a peak or valley; the trend
 * only links neighbouring bins, so the last bin and the leg are all the state a step needs.
 * O(maxBins · m³) for m pre-bins (m ≤ 100).
 *
 * @returns the boundaries, from 0 to m, or `null` when no cut meets the constraints.
 */
export function optimalMerge(
  goods: Float64Array,
  bads: Float64Array,
  constraints: MergeConstraints,
): number[] | null {
  const m = goods.length;
  const c = constraints;
  const K = Math.min(c.maxBins, m);
  const cg = new Float64Array(m + 1);
  const cb = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) {
    cg[i + 1] = (cg[i] as number) + (goods[i] as number);
    cb[i + 1] = (cb[i] as number) + (bads[i] as number);
  }
  // lastFixed[j]: the largest fixed boundary below j, so [i, j) spans none when i >= it.
  const lastFixed = new Int32Array(m + 1);
  for (let j = 1; j <= m; j++) lastFixed[j] = c.fixed[j - 1] ? j - 1 : (lastFixed[j - 1] as number);
  const side = m + 1;
  const phases = constraints.trend === 'peak' || constraints.trend === 'valley' ? 2 : 1;
  const at = (p: number, k: number, i: number, j: number) => ((p * (K + 1) + k) * side + i) * side + j;
  const size = phases * (K + 1) * side * side;
  const best = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const from = new Int32Array(size).fill(-1);
  const fromPhase = new Int8Array(size);
  const ivOf = new Float64Array(side * side);
  for (let j = 1; j <= m; j++) {
    for (let i = 0; i < j; i++) {
      const g = (cg[j] as number) - (cg[i] as number);
      const b = (cb[j] as number) - (cb[i] as number);
      const woe = smoothedWoe(g, b, c.totalGoods, c.totalBads, c.pseudoCount);
      ivOf[i * side + j] = binInformationValue(g, b, c.totalGoods, c.totalBads, woe);
    }
  }
  const valid = (i: number, j: number): boolean => {
    const g = (cg[j] as number) - (cg[i] as number);
    const b = (cb[j] as number) - (cb[i] as number);
    return g + b >= c.minCount && b >= c.minEvents && g >= c.minNonEvents && i >= (lastFixed[j] as number);
  };
  for (let j = 1; j <= m; j++) {
    for (let i = 0; i < j; i++) {
      if (!valid(i, j)) continue;
      const iv = ivOf[i * side + j] as number;
      if (i === 0) {
        best[at(0, 1, 0, j)] = iv;
        continue;
      }
      const b2 = (cb[j] as number) - (cb[i] as number);
      const n2 = b2 + (cg[j] as number) - (cg[i] as number);
      for (let h = 0; h < i; h++) {
        // Bad rates of [h, i) and [i, j) compared by cross-multiplying, exactly.
        const b1 = (cb[i] as number) - (cb[h] as number);
        const n1 = b1 + (cg[i] as number) - (cg[h] as number);
        const up = b1 * n2 < b2 * n1;
        const down = b1 * n2 > b2 * n1;
        for (let p = 0; p < phases; p++) {
          const q = nextPhase(c.trend, p, up, down);
          if (q < 0) continue;
          for (let k = 2; k <= K; k++) {
            const before = best[at(p, k - 1, h, i)] as number;
            if (before === Number.NEGATIVE_INFINITY) continue;
            const slot = at(q, k, i, j);
            const candidate = before + iv;
            if (candidate > (best[slot] as number)) {
              best[slot] = candidate;
              from[slot] = h;
              fromPhase[slot] = p;
            }
          }
        }
      }
    }
  }
  let top = Number.NEGATIVE_INFINITY;
  let bestK = -1;
  let bestI = -1;
  let bestP = 0;
  for (let k = 1; k <= K; k++) {
    for (let p = 0; p < phases; p++) {
      for (let i = 0; i < m; i++) {
        const v = best[at(p, k, i, m)] as number;
        if (v > top) {
          top = v;
          bestK = k;
          bestI = i;
          bestP = p;
        }
      }
    }
  }
  if (bestK < 0) return null;
  const cuts = [m];
  for (let k = bestK, i = bestI, j = m, p = bestP; k >= 1; k--) {
    cuts.push(i);
    const slot = at(p, k, i, j);
    const h = from[slot] as number;
    p = fromPhase[slot] as number;
    j = i;
    i = h;
  }
  return cuts.reverse();
}
