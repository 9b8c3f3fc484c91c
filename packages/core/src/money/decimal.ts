import * as z from 'zod/mini';

/**
 * A decimal number given either as a JS number or as a decimal string (`"0.0435"`, `"1e-4"`).
 * A number is read as the shortest decimal that prints back to it (`0.0435` is exactly
 * 435/10000), so rates written in code mean what they say.
 */
export type DecimalInput = number | string;

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Longest decimal exponent we accept; keeps bigint work bounded on hostile input. */
const MAX_EXPONENT = 400;

/**
 * An exact decimal: `coefficient × 10^-scale`.
 * @internal
 */
export interface ExactDecimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

/**
 * Reads a validated decimal input exactly. Returns `undefined` when the text is not a
 * decimal or its exponent is beyond ±400 (callers turn that into a typed error).
 * @internal
 */
export function toExactDecimal(value: DecimalInput): ExactDecimal | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > MAX_EXPONENT) return undefined;
  let coefficient = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient: sign === '-' ? -coefficient : coefficient, scale };
}

/** Schema of {@link DecimalInput}: a finite number or a plain decimal string (exponent within ±400). */
export const DecimalSchema = z
  .union([
    z.number().check(z.refine(Number.isFinite, { error: 'must be a finite number' })),
    z
      .string()
      .check(
        z.maxLength(512, { error: 'a decimal string may be at most 512 characters' }),
        z.regex(DECIMAL_PATTERN, { error: 'must be a decimal such as 0.0435' }),
      ),
  ])
  .check(
    z.refine((value) => toExactDecimal(value) !== undefined, { error: 'the exponent must be within ±400' }),
  );

/** Schema of a non-negative {@link DecimalInput}. */
export const NonNegativeDecimalSchema = DecimalSchema.check(
  z.refine((value) => (toExactDecimal(value)?.coefficient ?? -1n) >= 0n, { error: 'may not be negative' }),
);
