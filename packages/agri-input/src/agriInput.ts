import { definePlugin, type HezuoPlugin, parseInput } from '@hezuo/core';
import { createAgriInputApi } from './agriInputApi';
import type { AgriInputApi } from './agriInputApiTypes';
import { deepFreeze } from './deepFreeze';
import { type AgriInputOptions, AgriInputOptionsSchema } from './options';
import { purchaseAmountFeature } from './purchaseAmountFeature';
import { purchaseSeasonsFeature } from './purchaseSeasonsFeature';
import type { CropNutrientTable } from './recommendation/cropNutrientTable';
import { CROP_NUTRIENT_TABLE } from './recommendation/defaultCropTable';
import { resolveCropTable } from './recommendation/defineCropTable';

/**
 * The agri-input plugin (农资): the fertilisers, pesticides and seeds a cooperative sells;
 * soil-test fertiliser recommendations (测土配方施肥), least-cost blends and split application
 * plans with work requests; the crop hospital (庄稼医院); group buying (团购) posted to member
 * accounts; and the credit characteristics members' purchases yield
 * (`agriInput.purchaseSeasons`, `agriInput.purchaseAmountFen`).
 *
 * @param options - see {@link AgriInputOptions}
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for a bad catalogue, table or unknown option
 *
 * @example
 * ```ts
 * import { createHezuo } from '@hezuo/core';
 * import { agriInput, EXAMPLE_PESTICIDES } from '@hezuo/agri-input';
 *
 * const hz = createHezuo({ plugins: [agriInput({ pesticides: EXAMPLE_PESTICIDES })] });
 * const npk = hz.agriInput.catalogue.find((p) => p.id === 'npk-15-15-15');
 * if (npk) hz.agriInput.nutrientContentKg(npk.grade, npk.bagKg); // { N: 6, P2O5: 6, K2O: 6 }
 * ```
 */
export function agriInput(options: AgriInputOptions = {}): HezuoPlugin<'agriInput', AgriInputApi> {
  const parsed = parseInput(AgriInputOptionsSchema, options, { path: ['options'] });
  const cropTable: CropNutrientTable =
    parsed.cropTable === undefined ? CROP_NUTRIENT_TABLE : resolveCropTable(deepFreeze(parsed.cropTable));
  const data = {
    catalogue: deepFreeze(parsed.catalogue),
    pesticides: deepFreeze(parsed.pesticides),
    seeds: deepFreeze(parsed.seeds),
    cropTable,
  };
  return definePlugin({
    name: 'agriInput',
    setup(ctx) {
      if (parsed.registerCreditFeatures) {
        ctx.credit.register(purchaseSeasonsFeature);
        ctx.credit.register(purchaseAmountFeature);
      }
      return createAgriInputApi(ctx, data);
    },
  });
}
