import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { DecimalSchema, toExactDecimal } from '../money/decimal';
import { divideRounded } from '../money/rounding';

/**
 * An exact fraction between 0 and 1, written one of three ways:
 * - basis points, `{ bp: 2500 }` (a whole number from 0 to 10,000; 1 bp = 0.01 %);
 * - a decimal number or decimal string, `0.25` or `'0.25'`, read exactly as core's decimals are
 *   (a number means the shortest decimal that prints back to it);
 * - a ratio of safe integers, `{ numerator: 1, denominator: 3 }`.
 */
export type FractionInput =
  | { readonly bp: number }
  | { readonly numerator: number; readonly denominator: number }
  | number
  | string;

/**
 * An exact fraction: `numerator / denominator`, both bigints, `denominator > 0`, in lowest terms
 * when it comes from {@link exactFraction}.
 */
export interface ExactFraction {
  /** The numerator (≥ 0 for shares). */
  readonly numerator: bigint;
  /** The denominator (> 0). */
  readonly denominator: bigint;
}

const BasisPointsSchema = z.strictObject({
  bp: z
    .number()
    .int({ error: 'basis points must be a whole number (use a decimal or a ratio for finer stakes)' })
    .min(0, { error: 'basis points may not be negative' })
    .max(10_000, { error: 'basis points may not exceed 10,000 (100 %)' }),
});

const RatioSchema = z
  .strictObject({
    numerator: z
      .number()
      .int()
      .min(0, { error: 'the numerator may not be negative' })
      .max(Number.MAX_SAFE_INTEGER),
    denominator: z
      .number()
      .int()
      .min(1, { error: 'the denominator must be at least 1' })
      .max(Number.MAX_SAFE_INTEGER),
  })
  .refine((r) => r.numerator <= r.denominator, { error: 'a fraction may not exceed 1 (100 %)' });

const UnitDecimalSchema = DecimalSchema.check(
  z.refine(
    (value) => {
      const exact = toExactDecimal(value);
      return (
        exact !== undefined && exact.coefficient >= 0n && exact.coefficient <= 10n ** BigInt(exact.scale)
      );
    },
    { error: 'a fraction must be between 0 and 1 (0 % to 100 %)' },
  ),
);

/** Schema of {@link FractionInput}: basis points, a decimal, or a ratio, from 0 to 1 inclusive. */
export const FractionSchema = z.union([BasisPointsSchema, RatioSchema, UnitDecimalSchema]);

/** Schema of a stake: a {@link FractionInput} above 0 and at most 1 (a holding of nothing is no holding). */
export const StakeSchema = FractionSchema.refine((value) => fractionOf(value as FractionInput).n > 0n, {
  error: 'a stake must be above 0',
  when: (payload) => payload.issues.length === 0,
});

/**
 * A fraction held as `n / d` (d > 0). Decimal inputs keep a power-of-ten denominator (not
 * reduced), so sums and products of decimal stakes never need a gcd.
 * @internal
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** 0. @internal */
export const ZERO: Rational = { n: 0n, d: 1n };
/** 1. @internal */
export const ONE: Rational = { n: 1n, d: 1n };

/** Units of 10^-12 in which every stake of up to 12 decimals is a whole number. @internal */
export const UNITS_PER_ONE = 1e12;

/** Powers of ten as numbers, 10^0 … 10^12. */
const POW10 = Array.from({ length: 13 }, (_, i) => 10 ** i);

function gcdNumber(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * The fraction of a validated {@link FractionInput}. Basis points and decimals keep a
 * power-of-ten denominator with trailing zeros stripped (`{ bp: 8000 }` → 8/10); ratios are
 * reduced.
 * @internal
 */
export function fractionOf(input: FractionInput): Rational {
  if (typeof input === 'object') {
    if ('bp' in input) {
      let n = input.bp;
      let scale = 4;
      while (scale > 0 && n % 10 === 0) {
        n /= 10;
        scale--;
      }
      return { n: BigInt(n), d: BigInt(POW10[scale] as number) };
    }
    const g = gcdNumber(input.numerator, input.denominator) || 1;
    return { n: BigInt(input.numerator / g), d: BigInt(input.denominator / g) };
  }
  const exact = toExactDecimal(input);
  if (!exact) return ZERO; // unreachable after validation
  let { coefficient, scale } = exact;
  while (scale > 0 && coefficient % 10n === 0n && coefficient !== 0n) {
    coefficient /= 10n;
    scale--;
  }
  if (coefficient === 0n) return ZERO;
  return { n: coefficient, d: 10n ** BigInt(scale) };
}

/**
 * The fraction in whole units of 10^-12, or -1 when it is not a whole number of them (a ratio
 * such as 1/3, or more than 12 decimals). Whole units add up exactly as plain numbers.
 * @internal
 */
export function unitsOf(value: Rational): number {
  if (value.d > 1_000_000_000_000n || 1_000_000_000_000n % value.d !== 0n) return -1;
  return Number(value.n * (1_000_000_000_000n / value.d));
}

/** `a + b`, keeping power-of-ten denominators as they are. @internal */
export function addFraction(a: Rational, b: Rational): Rational {
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  if (a.d > b.d && a.d % b.d === 0n) return { n: a.n + b.n * (a.d / b.d), d: a.d };
  if (b.d > a.d && b.d % a.d === 0n) return { n: b.n + a.n * (b.d / a.d), d: b.d };
  return shrink({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
}

/** `a − b`. @internal */
export function subtractFraction(a: Rational, b: Rational): Rational {
  return addFraction(a, { n: -b.n, d: b.d });
}

/** `a × b`. @internal */
export function multiplyFraction(a: Rational, b: Rational): Rational {
  if (a.n === 0n || b.n === 0n) return ZERO;
  return shrink({ n: a.n * b.n, d: a.d * b.d });
}

/** Reduces a fraction whose denominator has grown past 256 bits; smaller ones stay as they are. */
function shrink(value: Rational): Rational {
  return value.d >> 256n === 0n ? value : reduceFraction(value);
}

/** The fraction in lowest terms. @internal */
export function reduceFraction(value: Rational): Rational {
  if (value.n === 0n) return ZERO;
  const g = gcdBig(value.n, value.d);
  return g === 1n ? value : { n: value.n / g, d: value.d / g };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`, exactly. @internal */
export function compareFraction(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The nearest double to a fraction (correctly rounded when both parts are safe integers, else
 * within one unit in the last place).
 * @internal
 */
export function fractionToNumber(value: Rational): number {
  const { n, d } = value;
  const limit = 9_007_199_254_740_991n;
  if ((n < 0n ? -n : n) <= limit && d <= limit) return Number(n) / Number(d);
  // Scale the quotient to about 64 significant bits, then divide by the power of two.
  const shift = BigInt(Math.max(0, 64 - (bitLength(n < 0n ? -n : n) - bitLength(d))));
  return Number((n << shift) / d) / 2 ** Number(shift);
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

/** Basis points of a fraction, rounded half-up (exact). @internal */
export function fractionBasisPoints(value: Rational): number {
  return Number(divideRounded(value.n * 10_000n, value.d, 'halfUp'));
}

/** Basis points of a share held as a double, rounded half-up on its double value. @internal */
export function numberBasisPoints(share: number): number {
  return Math.floor(share * 10_000 + 0.5);
}

/** `"n/d"` in lowest terms. @internal */
export function formatFraction(value: Rational): string {
  const r = reduceFraction(value);
  return `${r.n}/${r.d}`;
}

/**
 * Reads a fraction exactly and returns it in lowest terms: `{ bp: 2500 }`, `0.25`, `'0.25'` and
 * `{ numerator: 1, denominator: 4 }` all give 1/4. Use it to compare stakes exactly in host code.
 *
 * @param fraction - a {@link FractionInput} from 0 to 1
 * @returns the {@link ExactFraction}, reduced
 * @throws HezuoError `INVALID_INPUT` (path `fraction…`) for anything else
 *
 * @example
 * ```ts
 * exactFraction({ bp: 2500 }); // { numerator: 1n, denominator: 4n }
 * ```
 */
export function exactFraction(fraction: FractionInput): ExactFraction {
  const valid = parseInput(FractionSchema, fraction, { path: ['fraction'] }) as FractionInput;
  const r = reduceFraction(fractionOf(valid));
  return { numerator: r.n, denominator: r.d };
}
