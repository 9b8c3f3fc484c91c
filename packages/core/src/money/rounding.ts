import * as z from 'zod/mini';

/**
 * How a value that falls between two whole fen is rounded.
 * - `halfUp`: to nearest, halves away from zero (the default; 四舍五入)
 * - `halfEven`: to nearest, halves to the even neighbour (banker's rounding)
 * - `halfDown`: to nearest, halves toward zero
 * - `up`: away from zero; `down`: toward zero (truncate)
 * - `ceiling`: toward +∞; `floor`: toward −∞
 */
export const ROUNDING_MODES = ['halfUp', 'halfEven', 'halfDown', 'up', 'down', 'ceiling', 'floor'] as const;

/** One of {@link ROUNDING_MODES}. */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** Schema of {@link RoundingMode}. */
export const RoundingModeSchema = z.enum(ROUNDING_MODES);

/**
 * Exact integer division `numerator / denominator` rounded by `mode`.
 * Works on bigint so no intermediate product can lose precision.
 * @internal
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // carries the sign of the numerator
  if (remainder === 0n) return quotient;
  const sign = numerator < 0n ? -1n : 1n;
  const awayFromZero = quotient + sign;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'down':
      return quotient;
    case 'up':
      return awayFromZero;
    case 'floor':
      return sign < 0n ? awayFromZero : quotient;
    case 'ceiling':
      return sign > 0n ? awayFromZero : quotient;
    case 'halfUp':
      return twiceRemainder >= denominator ? awayFromZero : quotient;
    case 'halfDown':
      return twiceRemainder > denominator ? awayFromZero : quotient;
    case 'halfEven':
      if (twiceRemainder > denominator) return awayFromZero;
      if (twiceRemainder < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : awayFromZero;
  }
}
