/**
 * @internal Rounds each characteristic's point options to whole points so the score range is
 * kept: every option is rounded to the nearest integer; then, if the rounded maxima no longer add
 * up to the rounded sum of the exact maxima, the maxima that lost most in rounding get a point
 * back (largest remainder), or those that gained most give one, and the same for the minima. A
 * point is only moved where the options' order is kept.
 *
 * @param options - per characteristic, its exact points (bins, then fixed-points policies).
 * @param base - exact points added to every score (0 when the intercept is spread).
 */
export function roundKeepingRange(options: readonly Float64Array[], base: number): Float64Array[] {
  // `+ 0` turns a rounded −0 into 0, so the sheet never shows "−0".
  const rounded = options.map((xs) => Float64Array.from(xs, (x) => Math.round(x) + 0));
  keepExtremeSum(options, rounded, base, 'max');
  keepExtremeSum(options, rounded, base, 'min');
  return rounded;
}

function argExtreme(xs: Float64Array, which: 'max' | 'min'): number {
  let at = 0;
  for (let j = 1; j < xs.length; j++) {
    const v = xs[j] as number;
    if (which === 'max' ? v > (xs[at] as number) : v < (xs[at] as number)) at = j;
  }
  return at;
}

function keepExtremeSum(
  exact: readonly Float64Array[],
  rounded: Float64Array[],
  base: number,
  which: 'max' | 'min',
): void {
  let exactSum = base;
  let roundedSum = Math.round(base);
  const movable: { c: number; j: number; error: number }[] = [];
  exact.forEach((xs, c) => {
    const r = rounded[c] as Float64Array;
    const j = argExtreme(xs, which);
    const other = argExtreme(xs, which === 'max' ? 'min' : 'max');
    exactSum += xs[j] as number;
    roundedSum += which === 'max' ? Math.max(...r) : Math.min(...r);
    // A characteristic whose options are all equal has one extreme for both ends: leave it.
    if (xs[j] !== xs[other]) movable.push({ c, j, error: (xs[j] as number) - (r[j] as number) });
  });
  let gap = Math.round(exactSum) - roundedSum;
  if (gap === 0) return;
  const step = gap > 0 ? 1 : -1;
  // Raising a maximum or lowering a minimum always keeps the order; the reverse only while the
  // option stays at least as far out as every other rounded option.
  const keepsOrder = ({ c, j }: { c: number; j: number }) => {
    const r = rounded[c] as Float64Array;
    const moved = (r[j] as number) + step;
    for (let k = 0; k < r.length; k++) {
      if (k === j) continue;
      if (which === 'max' ? moved < (r[k] as number) : moved > (r[k] as number)) return false;
    }
    return true;
  };
  movable.sort((a, b) => step * (b.error - a.error) || a.c - b.c);
  for (const m of movable) {
    if (gap === 0) return;
    if (!keepsOrder(m)) continue;
    const r = rounded[m.c] as Float64Array;
    r[m.j] = (r[m.j] as number) + step;
    gap -= step;
  }
}
