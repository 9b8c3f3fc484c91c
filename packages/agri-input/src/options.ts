import { z } from 'zod';
import { PesticideCatalogueSchema, type PesticideProduct } from './catalogue/pesticideProduct';
import { SeedCatalogueSchema, type SeedProduct } from './catalogue/seedProduct';
import { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
import { FertilizerCatalogueSchema, type FertilizerProduct } from './fertilizerProduct';
import { type CropNutrientTable, CropNutrientTableSchema } from './recommendation/cropNutrientTable';

/** Options of the {@link agriInput} plugin. */
export interface AgriInputOptions {
  /** The fertilisers the cooperative sells; {@link EXAMPLE_FERTILIZERS} by default. */
  readonly catalogue?: readonly FertilizerProduct[];
  /**
   * The pesticides the crop hospital may prescribe; none by default, so no prescription is ever
   * checked against example labels. Pass the products the cooperative sells (or
   * `EXAMPLE_PESTICIDES` in a demo).
   */
  readonly pesticides?: readonly PesticideProduct[];
  /** The seeds the cooperative sells; none by default. */
  readonly seeds?: readonly SeedProduct[];
  /** The crop nutrient table for recommendations and split schedules; `CROP_NUTRIENT_TABLE` by default. */
  readonly cropTable?: CropNutrientTable;
  /**
   * Whether to register the plugin's credit characteristics (`agriInput.purchaseSeasons`,
   * `agriInput.purchaseAmountFen`) with the client's credit registry; `true` by default. Turn it
   * off for hosts that do no credit assessment; the API still works.
   */
  readonly registerCreditFeatures?: boolean;
}

/** Schema of {@link AgriInputOptions}; parsing fills in the example fertilisers when none are given. */
export const AgriInputOptionsSchema = z.strictObject({
  catalogue: z._default(FertilizerCatalogueSchema, () => EXAMPLE_FERTILIZERS.map((p) => structuredClone(p))),
  pesticides: PesticideCatalogueSchema.default(() => []),
  seeds: SeedCatalogueSchema.default(() => []),
  cropTable: z.optional(CropNutrientTableSchema),
  registerCreditFeatures: z.boolean().default(true),
});
