/**
 * `exp` and `ln` from IEEE-754 additions, multiplications and divisions only, which every
 * JavaScript engine rounds the same way. `Math.exp`, `Math.log`, `Math.sin` and `**` are only
 * approximately specified and differ in the last bit between engines, which would be enough to
 * flip a draw: with these a seed gives the same county in every engine. Accurate to a few units
 * in the last place, which is all a generator needs.
 * @internal
 */

/** ln 2 split so that `k × LN2_HI` is exact for the `k` that occur (the constants are exact doubles). */
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;

/** 2^k for an integer k, by exact doublings and halvings. */
function powerOfTwo(k: number): number {
  let result = 1;
  let factor = k >= 0 ? 2 : 0.5;
  for (let n = Math.abs(k); n > 0; n >>= 1) {
    if (n & 1) result *= factor;
    factor *= factor;
  }
  return result;
}

/** e^x, the same in every engine. */
export function portableExp(x: number): number {
  if (x > 709) return Number.POSITIVE_INFINITY;
  if (x < -745) return 0;
  // x = k·ln 2 + r with |r| ≤ ln 2 / 2; e^r by its Taylor series (|r|^18/18! < 2^-60).
  const k = Math.round(x / Math.LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 18; n++) {
    term = (term * r) / n;
    sum += term;
  }
  // Two steps keep 2^k finite when e^x itself is near the ends of the double range.
  const half = Math.trunc(k / 2);
  return sum * powerOfTwo(half) * powerOfTwo(k - half);
}

/** The natural logarithm of x > 0, the same in every engine. */
export function portableLn(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  // x = m·2^e with m in [√2/2, √2): exact scalings by two.
  let m = x;
  let e = 0;
  while (m >= Math.SQRT2) {
    m /= 2;
    e++;
  }
  while (m < Math.SQRT1_2) {
    m *= 2;
    e--;
  }
  // ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series converges fast.
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let power = s;
  let sum = 0;
  for (let n = 1; n <= 41; n += 2) {
    sum += power / n;
    power *= s2;
  }
  return 2 * sum + e * LN2_HI + e * LN2_LO;
}
