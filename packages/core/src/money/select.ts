/**
 * The k-th smallest value (0-based) of `values`, found in place by quickselect: expected
 * linear time, with median-of-three pivots and a fall-back to a full sort if partitioning
 * stops making progress (so hostile inputs cannot make it quadratic). Reorders `values`.
 * @internal
 */
export function selectKthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (lo < hi) {
    if (budget-- === 0) {
      const rest = values.subarray(lo, hi + 1).sort();
      return rest[k - lo] as number;
    }
    const a = values[lo] as number;
    const b = values[(lo + hi) >>> 1] as number;
    const c = values[hi] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k] as number;
  }
  return values[k] as number;
}
