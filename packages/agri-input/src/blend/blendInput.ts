import { RecordIdSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { FertilizerCatalogueSchema, type FertilizerProduct } from '../fertilizerProduct';
import type { NutrientValues } from '../units';
import { NutrientValuesSchema } from '../units';

/** The default tolerance: supply may exceed each need by up to 10 %. */
export const DEFAULT_BLEND_TOLERANCE = 0.1;

/** What {@link leastCostBlend} needs. */
export interface LeastCostBlendInput {
  /** kg of each nutrient to supply (for a plot: a recommendation's `nutrientKgForPlot`). */
  readonly need: NutrientValues<'kg'>;
  /** The products on offer (a catalogue, or part of one). */
  readonly products: readonly FertilizerProduct[];
  /**
   * The service centre the products come from: each product's stock there limits it. Without
   * one, a product's stock is the sum over centres; a product without stock records is unlimited.
   */
  readonly serviceCenterId?: string | undefined;
  /** kg of a product that must be used at least, by product id (an agronomist's minimum dose). */
  readonly minimumKg?: Readonly<Record<string, number>> | undefined;
  /** How far (as a share) supply may exceed each need; 0.1 by default. */
  readonly tolerance?: number | undefined;
}

/** Schema of {@link LeastCostBlendInput}. */
export const LeastCostBlendInputSchema = z
  .strictObject({
    need: NutrientValuesSchema,
    products: FertilizerCatalogueSchema.check(
      z.refine((p) => p.length >= 1 && p.length <= 200, {
        error: 'a blend takes 1 to 200 products',
      }),
    ),
    serviceCenterId: z.optional(RecordIdSchema),
    minimumKg: z.optional(
      z.record(
        z.string().check(z.minLength(1), z.maxLength(256)),
        z
          .number({ error: 'a minimum dose is a number of kg' })
          .check(
            z.gte(0, { error: 'a minimum dose may not be negative' }),
            z.lte(1e9, { error: 'a minimum dose may be at most 1e9 kg' }),
          ),
      ),
    ),
    tolerance: z.optional(
      z
        .number({ error: 'a tolerance is a share, e.g. 0.1 for 10 %' })
        .check(
          z.gte(0, { error: 'a tolerance may not be negative' }),
          z.lte(10, { error: 'a tolerance may be at most 10 (1,000 %)' }),
        ),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      const ids = new Set(input.products.map((p) => p.id));
      for (const id of Object.keys(input.minimumKg ?? {})) {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `a minimum dose names "${id}", which is not among the products`,
            path: ['minimumKg', id],
          });
        }
      }
    }),
  );

/**
 * The whole bags of a product available to a blend: at the named centre, or over all centres;
 * `null` when the product has no stock records (no limit).
 * @internal
 */
export function availableBags(
  product: FertilizerProduct,
  serviceCenterId: string | undefined,
): number | null {
  const stock = product.stockBags;
  if (!stock) return null;
  if (serviceCenterId !== undefined)
    return Object.hasOwn(stock, serviceCenterId) ? (stock[serviceCenterId] ?? 0) : 0;
  return Object.values(stock).reduce((sum, bags) => sum + bags, 0);
}
