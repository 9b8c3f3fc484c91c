import { z } from 'zod';

/**
 * An amount of money in fen (分, 1/100 yuan): a safe integer. Every amount in every Hezuo
 * record and API is fen; floats never carry money.
 */
export type Fen = number;

/** A non-negative amount in fen: a safe integer ≥ 0. */
export const FenSchema = z
  .number({ error: 'an amount must be a number of fen' })
  .int({ error: 'an amount must be a whole number of fen' })
  .min(0, { error: 'an amount may not be negative here' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' })
  .describe('amount in fen (分), a non-negative safe integer');

/** An amount in fen that may be negative (balances, adjustments, losses): a safe integer. */
export const SignedFenSchema = z
  .number({ error: 'an amount must be a number of fen' })
  .int({ error: 'an amount must be a whole number of fen' })
  .min(Number.MIN_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'an amount must be a safe integer number of fen' })
  .describe('amount in fen (分), a safe integer, may be negative');
