import * as z from 'zod/mini';

/**
 * An amount of money in fen (分, 1/100 yuan): a safe integer. Every amount in every Hezuo
 * record and API is fen; floats never carry money.
 */
export type Fen = number;

/** A non-negative amount in fen: a safe integer ≥ 0. */
export const FenSchema = z
  .number({ error: 'an amount must be a number of fen' })
  .check(
    z.int({ error: 'an amount must be a whole number of fen' }),
    z.gte(0, { error: 'an amount may not be negative here' }),
    z.lte(Number.MAX_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' }),
    z.describe('amount in fen (分), a non-negative safe integer'),
  );

/** An amount in fen that may be negative (balances, adjustments, losses): a safe integer. */
export const SignedFenSchema = z
  .number({ error: 'an amount must be a number of fen' })
  .check(
    z.int({ error: 'an amount must be a whole number of fen' }),
    z.gte(Number.MIN_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' }),
    z.lte(Number.MAX_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' }),
    z.describe('amount in fen (分), a safe integer, may be negative'),
  );
