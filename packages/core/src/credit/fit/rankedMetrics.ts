import type { DiscriminationMetrics } from './fitReport';

/**
 * @internal AUC, Gini and KS of scores (higher = better) with a weight per row, the same
 * definitions as `discrimination` (ties count half, equal scores never split for KS). `order`
 * sorts the rows by score ascending; sorting once lets each bootstrap sample be a weighted walk.
 */
export function rankedMetrics(
  order: Int32Array,
  scores: Float64Array,
  bad: Uint8Array,
  weights: Float64Array | null,
): DiscriminationMetrics {
  let goods = 0;
  let bads = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const w = weights ? (weights[i] as number) : 1;
    if (bad[i] === 1) bads += w;
    else goods += w;
  }
  if (goods === 0 || bads === 0) return { auc: 0.5, gini: 0, ks: 0 };
  let twiceU = 0;
  let goodsBelow = 0;
  let badsBelow = 0;
  let ks = 0;
  for (let k = 0; k < order.length; ) {
    const v = scores[order[k] as number] as number;
    let g = 0;
    let b = 0;
    while (k < order.length && scores[order[k] as number] === v) {
      const i = order[k] as number;
      const w = weights ? (weights[i] as number) : 1;
      if (bad[i] === 1) b += w;
      else g += w;
      k++;
    }
    twiceU += g * (2 * badsBelow + b);
    goodsBelow += g;
    badsBelow += b;
    ks = Math.max(ks, Math.abs(badsBelow / bads - goodsBelow / goods));
  }
  const auc = twiceU / (2 * goods * bads);
  return { auc, gini: 2 * auc - 1, ks };
}

/** @internal Row indices sorted by score ascending (ties by index, so the order is deterministic). */
export function scoreOrder(scores: Float64Array): Int32Array {
  const order = Int32Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => (scores[a] as number) - (scores[b] as number) || a - b);
  return order;
}
