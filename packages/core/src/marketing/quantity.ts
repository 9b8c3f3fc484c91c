import { z } from 'zod';
import { VOLUME_UNITS, type Volume, type VolumeUnit } from '../accounts/transaction';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { scaleFen } from '../money/arithmetic';
import { type DecimalInput, type ExactDecimal, toExactDecimal } from '../money/decimal';
import type { Fen } from '../money/fen';

const MAX_MILLI = BigInt(Number.MAX_SAFE_INTEGER);

/** The exact number of thousandths in a decimal, or a reason why it has none. */
function exactMilli(exact: ExactDecimal): bigint | 'negative' | 'too precise' | 'too large' {
  if (exact.coefficient < 0n) return 'negative';
  let milli: bigint;
  if (exact.scale <= 3) milli = exact.coefficient * 10n ** BigInt(3 - exact.scale);
  else {
    // Trailing zeros past the third decimal are exact ("1.2500"); anything else would need rounding.
    const divisor = 10n ** BigInt(exact.scale - 3);
    if (exact.coefficient % divisor !== 0n) return 'too precise';
    milli = exact.coefficient / divisor;
  }
  return milli > MAX_MILLI ? 'too large' : milli;
}

const QUANTITY_ERRORS = {
  negative: 'a quantity may not be negative',
  'too precise':
    'a quantity may have at most 3 decimals (whole grams for kg); round it yourself rather than have Hezuo do it silently',
  'too large': 'a quantity must stay below 2^53 thousandths',
} as const;

const NOT_A_DECIMAL = 'a quantity must be a decimal number such as 1250.5 or "1250.5"';

/** One pass over the value: read it exactly once and report the first thing wrong with it. */
function quantitySchema(positive: boolean) {
  return z
    .union([z.number(), z.string().max(512, { error: 'a quantity may be at most 512 characters' })], {
      error: NOT_A_DECIMAL,
    })
    .superRefine((value, ctx) => {
      const exact = toExactDecimal(value); // undefined for NaN, ±Infinity and non-decimal text
      if (exact === undefined) {
        ctx.addIssue({ code: 'custom', message: NOT_A_DECIMAL });
        return;
      }
      const milli = exactMilli(exact);
      if (typeof milli === 'string') ctx.addIssue({ code: 'custom', message: QUANTITY_ERRORS[milli] });
      else if (positive && milli === 0n) {
        ctx.addIssue({ code: 'custom', message: 'a quantity must be greater than zero here' });
      }
    });
}

/**
 * A quantity with at most 3 decimals, given as a number or a decimal string: kilograms for
 * produce (3 decimals = whole grams), mu for land, bags or pieces for inputs. Read exactly and
 * held as an integer number of thousandths, as core's {@link Volume} does. More decimals are
 * refused with a clear error, never rounded: `"12.3456"` is an error, `"12.3450"` is 12.345.
 */
export const QuantitySchema = quantitySchema(false);

/** A positive {@link QuantitySchema}: an order or a delivery of nothing is a mistake. */
export const PositiveQuantitySchema = quantitySchema(true);

/**
 * A validated quantity in thousandths. Only call on values {@link QuantitySchema} accepted.
 * @internal
 */
export function toMilli(value: DecimalInput): number {
  return Number(exactMilli(toExactDecimal(value) as ExactDecimal) as bigint);
}

/**
 * The price of `milli` thousandths at `unitPrice` fen per unit, rounded half-up once, exactly as
 * core's `scaleFen(unitPrice, { multiply: [milli], divide: [1000] })` (which it calls when the
 * product passes 2^53): `round_half_up(milli × unitPrice / 1000)`. `AMOUNT_OVERFLOW` (at `path`)
 * when the result leaves the safe integers.
 * @internal
 */
export function priceOfMilli(milli: number, unitPrice: Fen, path: readonly (string | number)[]): Fen {
  const product = milli * unitPrice;
  if (product <= Number.MAX_SAFE_INTEGER) {
    // Exact in doubles: the same half-up result scaleFen gives, without its per-call parsing.
    let fen = Math.floor(product / 1000);
    let remainder = product - fen * 1000;
    if (remainder < 0) {
      fen -= 1;
      remainder += 1000;
    }
    return remainder >= 500 ? fen + 1 : fen;
  }
  try {
    return scaleFen(unitPrice, { multiply: [milli], divide: [1000] });
  } catch (error) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'the price leaves the safe integer range of fen', {
      path,
      details: { milli, unitPrice },
      cause: error,
    });
  }
}

/**
 * The exact decimal text of `milli` thousandths: `1_250_500` → `"1250.5"`, `7` → `"0.007"`.
 * @internal
 */
export function milliToDecimalString(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const fraction = milli - whole * 1000;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}

const UnitSchema = z.enum(VOLUME_UNITS);

/**
 * Reads a quantity exactly into a core {@link Volume} (`{ unit, milli }`).
 *
 * @param quantity - a number or decimal string with at most 3 decimals, not negative
 * @param unit - the unit it is counted in; `kg` unless told
 * @throws HezuoError `INVALID_INPUT` (path `quantity` or `unit`) for more than 3 decimals, a
 *   negative or non-decimal value, or an unknown unit
 *
 * @example
 * ```ts
 * quantityToVolume('1250.5');   // { unit: 'kg', milli: 1250500 }
 * quantityToVolume(12, 'mu');   // { unit: 'mu', milli: 12000 }
 * quantityToVolume('0.0005');   // throws INVALID_INPUT: more than 3 decimals
 * ```
 */
export function quantityToVolume(quantity: DecimalInput, unit: VolumeUnit = 'kg'): Volume {
  const valid = parseInput(QuantitySchema, quantity, { path: ['quantity'] });
  const validUnit = parseInput(UnitSchema, unit, { path: ['unit'] });
  return { unit: validUnit, milli: toMilli(valid) };
}

const MilliSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const VOLUME_SCHEMA = z.strictObject({ unit: UnitSchema, milli: MilliSchema });

/**
 * The exact decimal text of a volume's quantity, for display and export: `{ unit: 'kg', milli:
 * 1250500 }` → `"1250.5"`. Accepts a {@link Volume} or a bare number of thousandths.
 *
 * @throws HezuoError `INVALID_INPUT` (path `volume`) when it is neither
 */
export function volumeToDecimalString(volume: Volume | number): string {
  const milli =
    typeof volume === 'number'
      ? parseInput(MilliSchema, volume, { path: ['volume'] })
      : parseInput(VOLUME_SCHEMA, volume, { path: ['volume'] }).milli;
  return milliToDecimalString(milli);
}
