import { z } from 'zod';
import { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
import { FertilizerCatalogueSchema, type FertilizerProduct } from './fertilizerProduct';

/** Options of the {@link agriInput} plugin. */
export interface AgriInputOptions {
  /** The products the cooperative sells; {@link EXAMPLE_FERTILIZERS} by default. */
  readonly catalogue?: readonly FertilizerProduct[];
  /**
   * Whether to register the plugin's credit characteristic (`agriInput.purchaseSeasons`) with
   * the client's credit registry; `true` by default. Turn it off for hosts that do no credit
   * assessment; the API still works.
   */
  readonly registerCreditFeatures?: boolean;
}

/** Schema of {@link AgriInputOptions}; parsing fills in the example catalogue when none is given. */
export const AgriInputOptionsSchema = z.strictObject({
  catalogue: FertilizerCatalogueSchema.default(() => EXAMPLE_FERTILIZERS.map((p) => structuredClone(p))),
  registerCreditFeatures: z.boolean().default(true),
});
