/**
 * Exact decimal sums of areas and quantities. A number is read as the shortest decimal that
 * prints back to it (as `scaleFen` reads it), so 10.1 + 20.2 is 30.3, not 30.299999999999997,
 * and a price times a sum of areas is rounded once, on the exact product.
 * @internal
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

function toDecimal(value: number): Decimal {
  const match = DECIMAL.exec(String(value));
  if (!match) return { coefficient: 0n, scale: 0 };
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let coefficient = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient: sign === '-' ? -coefficient : coefficient, scale };
}

/**
 * The exact sum of finite numbers, as a decimal string `scaleFen` and `Number` read
 * (`'303e-1'` for 10.1 + 20.2).
 * @internal
 */
export function exactSum(values: readonly number[]): string {
  const decimals = values.map(toDecimal);
  let scale = 0;
  for (const d of decimals) if (d.scale > scale) scale = d.scale;
  let total = 0n;
  for (const d of decimals) total += d.coefficient * 10n ** BigInt(scale - d.scale);
  return scale === 0 ? total.toString() : `${total}e-${scale}`;
}

/**
 * The exact difference `a − b` of two finite numbers, as a decimal string.
 * @internal
 */
export function exactDifference(a: number, b: number): string {
  return exactSum([a, -b]);
}

/**
 * The exact product of finite numbers, as a decimal string (`'31025e-1'` for 310.25 × 10).
 * @internal
 */
export function exactProduct(values: readonly number[]): string {
  let coefficient = 1n;
  let scale = 0;
  for (const value of values) {
    const d = toDecimal(value);
    coefficient *= d.coefficient;
    scale += d.scale;
  }
  return scale === 0 ? coefficient.toString() : `${coefficient}e-${scale}`;
}
