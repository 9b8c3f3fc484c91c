import { definePlugin, type HezuoPlugin, parseInput } from '@hezuo/core';
import { deepFreeze } from './deepFreeze';
import type { FertilizerGrade } from './fertilizerGrade';
import type { FertilizerProduct } from './fertilizerProduct';
import { type NutrientContentKg, nutrientContentKg } from './nutrientContent';
import { type AgriInputOptions, AgriInputOptionsSchema } from './options';
import {
  AGRI_INPUT_PURCHASE_KIND,
  type AgriInputPurchaseRecord,
  AgriInputPurchaseRecordSchema,
} from './purchaseRecord';
import { purchaseSeasonsFeature } from './purchaseSeasonsFeature';

/** What the agri-input plugin exposes on the client as `hz.agriInput`. */
export interface AgriInputApi {
  /** The validated product catalogue (deeply frozen). */
  readonly catalogue: readonly FertilizerProduct[];
  /** {@link nutrientContentKg}: kg of N, P₂O₅ and K₂O in an amount of product. */
  nutrientContentKg(grade: FertilizerGrade, productKg: number): NutrientContentKg;
  /**
   * Validates a member's input purchase and stores it under `agriInput.purchase` (replacing a
   * record with the same id). Resolves to the stored record.
   *
   * @throws HezuoError `INVALID_INPUT` (path `purchase`, field) for a record that does not match
   * {@link AgriInputPurchaseRecordSchema}; nothing is stored
   */
  recordPurchase(purchase: AgriInputPurchaseRecord): Promise<AgriInputPurchaseRecord>;
}

/**
 * The agri-input plugin: the fertilisers and other inputs a cooperative buys in bulk and sells
 * to its members, with the nutrient arithmetic agronomy needs, members' purchases, and the
 * credit characteristic they yield (`agriInput.purchaseSeasons`).
 *
 * @param options - see {@link AgriInputOptions}
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for a bad catalogue or unknown option
 *
 * @example
 * ```ts
 * import { createHezuo } from '@hezuo/core';
 * import { agriInput } from '@hezuo/agri-input';
 *
 * const hz = createHezuo({ plugins: [agriInput()] });
 * const npk = hz.agriInput.catalogue.find((p) => p.id === 'npk-15-15-15');
 * if (npk) hz.agriInput.nutrientContentKg(npk.grade, npk.bagKg); // { N: 6, P2O5: 6, K2O: 6 }
 * ```
 */
export function agriInput(options: AgriInputOptions = {}): HezuoPlugin<'agriInput', AgriInputApi> {
  const { catalogue, registerCreditFeatures } = parseInput(AgriInputOptionsSchema, options, {
    path: ['options'],
  });
  const frozenCatalogue = deepFreeze(catalogue);
  return definePlugin({
    name: 'agriInput',
    setup(ctx) {
      if (registerCreditFeatures) ctx.credit.register(purchaseSeasonsFeature);
      const api: AgriInputApi = {
        catalogue: frozenCatalogue,
        nutrientContentKg,
        async recordPurchase(purchase) {
          const record = parseInput(AgriInputPurchaseRecordSchema, purchase, { path: ['purchase'] });
          await ctx.store.put(AGRI_INPUT_PURCHASE_KIND, record.id, record);
          return Object.freeze({ ...record });
        },
      };
      return Object.freeze(api);
    },
  });
}
