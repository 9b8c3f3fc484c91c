import { HezuoError, parseInput } from '@hezuo/core';
import * as z from 'zod/mini';

/** Mu (亩) in one hectare: 15 mu = 1 ha, exactly (the statutory market mu, 市亩). */
export const MU_PER_HECTARE = 15;

/** Square metres in one mu: 10,000 / 15 = 666.67 m² (exactly 666⅔; this constant is the nearest double). */
export const SQUARE_METRES_PER_MU = 10_000 / 15;

/** Schema of an area in any unit: a finite number, not negative. */
export const AreaSchema = z
  .number({ error: 'an area must be a number' })
  .check(
    z.gte(0, { error: 'an area may not be negative' }),
    z.refine(Number.isFinite, { error: 'an area must be finite' }),
  );

/**
 * Schema of a land area in mu (亩) that is farmed, priced or worked: a finite number greater than
 * zero and at most 100,000,000 mu (more than any county), so prices times areas stay exact.
 */
export const AreaMuSchema = z
  .number({ error: 'an area must be a number of mu' })
  .check(
    z.positive({ error: 'an area must be greater than zero' }),
    z.lte(100_000_000, { error: 'an area may be at most 100,000,000 mu' }),
  );

function checked(value: unknown, name: string): number {
  return parseInput(AreaSchema, value, { path: [name] });
}

function finite(result: number, name: string): number {
  if (!Number.isFinite(result)) {
    throw new HezuoError('INVALID_INPUT', 'the area is too large to convert', { path: [name] });
  }
  return result;
}

/**
 * Converts mu (亩) to hectares: `mu / 15`.
 *
 * @throws HezuoError `INVALID_INPUT` (path `mu`) for a negative, non-finite or non-number area
 *
 * @example
 * ```ts
 * muToHectares(150); // 10
 * ```
 */
export function muToHectares(mu: number): number {
  return checked(mu, 'mu') / MU_PER_HECTARE;
}

/**
 * Converts hectares to mu (亩): `ha × 15`.
 *
 * @throws HezuoError `INVALID_INPUT` (path `hectares`) for a negative, non-finite or non-number
 * area, or one too large to convert
 *
 * @example
 * ```ts
 * hectaresToMu(2); // 30
 * ```
 */
export function hectaresToMu(hectares: number): number {
  return finite(checked(hectares, 'hectares') * MU_PER_HECTARE, 'hectares');
}

/**
 * Converts square metres to mu (亩): `m² × 15 / 10,000` (multiplying first keeps whole
 * square metres exact).
 *
 * @throws HezuoError `INVALID_INPUT` (path `squareMetres`) for a negative, non-finite or
 * non-number area, or one too large to convert
 *
 * @example
 * ```ts
 * squareMetresToMu(10_000); // 15
 * squareMetresToMu(2_000);  // 3
 * ```
 */
export function squareMetresToMu(squareMetres: number): number {
  return finite((checked(squareMetres, 'squareMetres') * MU_PER_HECTARE) / 10_000, 'squareMetres');
}
