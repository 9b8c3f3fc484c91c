import * as z from 'zod/mini';
import type { GradePercent } from './units';

/**
 * A fertiliser grade (养分含量): the mass percentage of each primary nutrient, as printed on
 * the bag, e.g. 15-15-15 for a balanced compound fertiliser. Each figure is a
 * {@link GradePercent}: a plain number, or a `%` quantity of that nutrient — never a soil test.
 */
export interface FertilizerGrade {
  /** Total nitrogen, % of product mass. */
  readonly N: GradePercent<'N'>;
  /** Available phosphate as P₂O₅, % of product mass. */
  readonly P2O5: GradePercent<'P2O5'>;
  /** Potash as K₂O, % of product mass. */
  readonly K2O: GradePercent<'K2O'>;
}

const Percentage = z
  .number({ error: 'a nutrient content must be a percentage' })
  .check(
    z.gte(0, { error: 'a nutrient content may not be negative' }),
    z.lte(100, { error: 'a nutrient content may not exceed 100%' }),
  );

/** Tolerance on the sum of the three percentages, so decimal grades like 33.3-33.3-33.4 pass. */
const SUM_TOLERANCE = 1e-9;

/**
 * Schema of {@link FertilizerGrade}: each percentage finite and within 0..100, and their sum at
 * most 100 (within 1e-9, for binary rounding of decimal grades).
 */
export const FertilizerGradeSchema = z
  .strictObject({ N: Percentage, P2O5: Percentage, K2O: Percentage })
  .check(
    z.refine((grade) => grade.N + grade.P2O5 + grade.K2O <= 100 + SUM_TOLERANCE, {
      error: 'the nutrient contents may not add up to more than 100%',
    }),
  );
