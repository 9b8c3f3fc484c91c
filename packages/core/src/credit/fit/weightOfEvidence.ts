import type { BinCounts } from './characteristicBinning';

/**
 * @internal Smoothed weight of evidence, `ln(good share / bad share)` of a bin, with
 * `pseudoCount` pseudo-rows added to the bin and split at the overall good:bad ratio:
 * `woe = ln((g + α·G/N) / G) − ln((b + α·B/N) / B)`. An empty bin gets WOE 0, a small one is
 * pulled towards 0, none is infinite; and since the pseudo-rows do not depend on how many bins
 * there are, WOE and information value stay additive over bins (the optimal merge relies on it).
 */
export function smoothedWoe(
  goods: number,
  bads: number,
  totalGoods: number,
  totalBads: number,
  pseudoCount: number,
): number {
  const total = totalGoods + totalBads;
  const g = (goods + (pseudoCount * totalGoods) / total) / totalGoods;
  const b = (bads + (pseudoCount * totalBads) / total) / totalBads;
  return Math.log(g / b);
}

/**
 * @internal A bin's share of information value, `(g/G − b/B) · woe`, never negative (the WOE
 * has the sign of `g/G − b/B`).
 */
export function binInformationValue(
  goods: number,
  bads: number,
  totalGoods: number,
  totalBads: number,
  woe: number,
): number {
  return (goods / totalGoods - bads / totalBads) * woe;
}

/** @internal The counts and evidence of a group of `goods + bads` rows out of `rows`. */
export function binCounts(
  goods: number,
  bads: number,
  rows: number,
  totalGoods: number,
  totalBads: number,
  pseudoCount: number,
): BinCounts {
  const count = goods + bads;
  const woe = smoothedWoe(goods, bads, totalGoods, totalBads, pseudoCount);
  return {
    count,
    events: bads,
    nonEvents: goods,
    share: count / rows,
    eventRate: count === 0 ? 0 : bads / count,
    woe,
    informationValue: binInformationValue(goods, bads, totalGoods, totalBads, woe),
  };
}
