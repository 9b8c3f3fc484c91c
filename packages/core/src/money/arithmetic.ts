import * as z from 'zod/mini';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type DecimalInput, DecimalSchema, toExactDecimal } from './decimal';
import { type Fen, SignedFenSchema } from './fen';
import { divideRounded, type RoundingMode, RoundingModeSchema } from './rounding';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function toSafeFen(value: bigint, operation: string): Fen {
  if (value > MAX || value < -MAX) {
    throw new HezuoError('AMOUNT_OVERFLOW', `${operation}: the result leaves the safe integer range of fen`, {
      details: { operation },
    });
  }
  return Number(value);
}

const AmountListSchema = z.array(SignedFenSchema).check(z.maxLength(10_000_000));

/** Adds amounts in fen. Throws `AMOUNT_OVERFLOW` rather than lose a fen. */
export function addFen(...amounts: readonly Fen[]): Fen {
  return sumFen(amounts);
}

/** Sums a list of amounts in fen exactly. Throws `AMOUNT_OVERFLOW` rather than lose a fen. */
export function sumFen(amounts: readonly Fen[]): Fen {
  const valid = parseInput(AmountListSchema, amounts, { code: 'INVALID_AMOUNT' });
  let total = 0;
  for (const amount of valid) {
    total += amount;
    if (!Number.isSafeInteger(total))
      return toSafeFen(
        valid.reduce((s, a) => s + BigInt(a), 0n),
        'sumFen',
      );
  }
  return total;
}

/** `minuend − subtrahend` in fen; the result may be negative. */
export function subtractFen(minuend: Fen, subtrahend: Fen): Fen {
  const a = parseInput(SignedFenSchema, minuend, { code: 'INVALID_AMOUNT', path: ['minuend'] });
  const b = parseInput(SignedFenSchema, subtrahend, { code: 'INVALID_AMOUNT', path: ['subtrahend'] });
  return toSafeFen(BigInt(a) - BigInt(b), 'subtractFen');
}

/** Options for {@link multiplyFen}. */
export interface MultiplyOptions {
  /** How a result between two fen is rounded; `halfUp` unless a rule says otherwise. */
  readonly rounding?: RoundingMode;
}

const MultiplyOptionsSchema = z.strictObject({ rounding: z.optional(RoundingModeSchema) });

/**
 * `amount × rate`, rounded once to whole fen by an explicit mode (half-up by default).
 * The rate is read as an exact decimal, so `multiplyFen(1_000_000, 0.0435)` is 43,500 fen
 * exactly, with no binary-float error.
 *
 * @example
 * ```ts
 * multiplyFen(12_345, '0.0435');                           // 537 (537.0075 → half-up)
 * multiplyFen(250, 0.5, { rounding: 'halfEven' });         // 125
 * ```
 */
export function multiplyFen(amount: Fen, rate: DecimalInput, options: MultiplyOptions = {}): Fen {
  const validRate = parseInput(DecimalSchema, rate, { code: 'INVALID_RATE', path: ['rate'] });
  const { rounding } = parseInput(MultiplyOptionsSchema, options, { path: ['options'] });
  return scaleFen(amount, { multiply: [validRate], ...(rounding === undefined ? {} : { rounding }) });
}

/** Options for {@link scaleFen}. */
export interface ScaleOptions {
  /** Factors the amount is multiplied by (rates, day counts, areas). */
  readonly multiply?: readonly DecimalInput[];
  /** Divisors the product is divided by (a day-count basis, a total); none may be zero. */
  readonly divide?: readonly DecimalInput[];
  /** How the one final result is rounded to fen; `halfUp` unless a rule says otherwise. */
  readonly rounding?: RoundingMode;
}

const ScaleOptionsSchema = z.strictObject({
  multiply: z.optional(z.array(DecimalSchema).check(z.maxLength(32))),
  divide: z.optional(
    z
      .array(
        DecimalSchema.check(
          z.refine((d) => toExactDecimal(d)?.coefficient !== 0n, {
            error: 'a divisor may not be zero',
          }),
        ),
      )
      .check(z.maxLength(32)),
  ),
  rounding: z.optional(RoundingModeSchema),
});

/**
 * `amount × Π multiply ÷ Π divide`, computed exactly and rounded once to whole fen. Use it for
 * any chain of rates and ratios where rounding in between would lose fen: interest for a
 * number of days on a day-count basis, a premium per mu times area times rate, a pro-rated fee.
 *
 * @example
 * ```ts
 * // 10,000 yuan at 4.35 % for 365 days on ACT/360
 * scaleFen(1_000_000, { multiply: ['0.0435', 365], divide: [360] }); // 44104
 * ```
 */
export function scaleFen(amount: Fen, options: ScaleOptions): Fen {
  const validAmount = parseInput(SignedFenSchema, amount, { code: 'INVALID_AMOUNT', path: ['amount'] });
  const {
    multiply = [],
    divide = [],
    rounding = 'halfUp',
  } = parseInput(ScaleOptionsSchema, options, {
    code: 'INVALID_RATE',
    path: ['options'],
  });
  // The schemas have already checked that every factor reads as an exact decimal.
  let numerator = BigInt(validAmount);
  let denominator = 1n;
  for (const factor of multiply) {
    const exact = toExactDecimal(factor) as NonNullable<ReturnType<typeof toExactDecimal>>;
    numerator *= exact.coefficient;
    denominator *= 10n ** BigInt(exact.scale);
  }
  for (const divisor of divide) {
    const exact = toExactDecimal(divisor) as NonNullable<ReturnType<typeof toExactDecimal>>;
    numerator *= 10n ** BigInt(exact.scale);
    denominator *= exact.coefficient;
  }
  return toSafeFen(divideRounded(numerator, denominator, rounding), 'scaleFen');
}
