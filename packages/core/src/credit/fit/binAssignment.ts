import type { CategoryBin, CharacteristicBinning, IntervalBin } from './characteristicBinning';
import type { PreparedColumn } from './preparedColumn';

/**
 * @internal Each row's group in a binning: `0 … k−1` the bins, `k` the missing group, `k + 1` the
 * special group. Bins are found the way `score()` finds them: special values first, then the
 * interval `[lower, upper)` holding the value (bisection over the lower bounds).
 */
export function assignBins(
  binning: CharacteristicBinning,
  column: PreparedColumn,
  special: readonly number[],
): Int32Array {
  const n = column.type === 'numeric' ? column.values.length : column.codes.length;
  const k = binning.bins.length;
  const out = new Int32Array(n);
  if (column.type === 'numeric') {
    const lowers = Float64Array.from((binning.bins as IntervalBin[]).slice(1), (b) => b.lower as number);
    const specials = new Set(special);
    for (let i = 0; i < n; i++) {
      const x = column.values[i] as number;
      if (Number.isNaN(x)) out[i] = k;
      else if (specials.size > 0 && specials.has(x)) out[i] = k + 1;
      else {
        let lo = 0;
        let hi = lowers.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((lowers[mid] as number) <= x) lo = mid + 1;
          else hi = mid;
        }
        out[i] = lo;
      }
    }
    return out;
  }
  const binOf = new Map<string, number>();
  (binning.bins as CategoryBin[]).forEach((b, j) => {
    for (const v of b.values) binOf.set(v, j);
  });
  const byCode = Int32Array.from(column.categories, (c) => binOf.get(c) ?? k);
  for (let i = 0; i < n; i++) {
    const code = column.codes[i] as number;
    out[i] = code < 0 ? k : (byCode[code] as number);
  }
  return out;
}

/** @internal The WOE of each group: the bins', then the missing and special groups' (0 when absent). */
export function groupWoe(binning: CharacteristicBinning): Float64Array {
  return Float64Array.from([
    ...binning.bins.map((b) => b.woe),
    binning.missing?.woe ?? 0,
    binning.special?.woe ?? 0,
  ]);
}
