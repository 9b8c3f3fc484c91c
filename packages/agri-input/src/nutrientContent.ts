import { HezuoError, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { type FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';
import type { Nutrient } from './nutrients';

/** Kilograms of each primary nutrient in an amount of product. */
export type NutrientContentKg = Readonly<Record<Nutrient, number>>;

/** Schema of a product mass in kg: a finite number, not negative. */
export const ProductMassKgSchema = z
  .number({ error: 'a mass must be a number of kg' })
  .min(0, { error: 'a mass may not be negative' })
  .refine(Number.isFinite, { error: 'a mass must be finite' });

/**
 * The nutrients in `productKg` kilograms of a fertiliser of the given grade:
 * `productKg × percentage ÷ 100` for each of N, P₂O₅ and K₂O.
 *
 * @param grade - the fertiliser grade, see {@link FertilizerGradeSchema}
 * @param productKg - the product mass in kg (one bag, a field's dose, a tonne)
 * @returns kg of N, P₂O₅ and K₂O
 * @throws HezuoError `INVALID_INPUT` (path `grade`, … or `productKg`) for a bad grade or mass
 *
 * @example
 * ```ts
 * nutrientContentKg({ N: 46, P2O5: 0, K2O: 0 }, 50);   // { N: 23, P2O5: 0, K2O: 0 } (a bag of urea)
 * nutrientContentKg({ N: 15, P2O5: 15, K2O: 15 }, 40); // { N: 6, P2O5: 6, K2O: 6 }
 * ```
 */
export function nutrientContentKg(grade: FertilizerGrade, productKg: number): NutrientContentKg {
  const g = parseInput(FertilizerGradeSchema, grade, { path: ['grade'] });
  const kg = parseInput(ProductMassKgSchema, productKg, { path: ['productKg'] });
  // Multiplying first keeps whole-kg results exact (50 × 46 / 100 = 23).
  const content = { N: (kg * g.N) / 100, P2O5: (kg * g.P2O5) / 100, K2O: (kg * g.K2O) / 100 };
  if (!Object.values(content).every(Number.isFinite)) {
    throw new HezuoError('INVALID_INPUT', 'the mass is too large to compute nutrient content', {
      path: ['productKg'],
    });
  }
  return Object.freeze(content);
}
