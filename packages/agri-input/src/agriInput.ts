import { definePlugin, type HezuoPlugin, parseInput } from '@hezuo/core';
import { deepFreeze } from './deepFreeze';
import type { FertilizerGrade } from './fertilizerGrade';
import type { FertilizerProduct } from './fertilizerProduct';
import { type NutrientContentKg, nutrientContentKg } from './nutrientContent';
import { type AgriInputOptions, AgriInputOptionsSchema } from './options';

/** What the agri-input plugin exposes on the client as `hz.agriInput`. */
export interface AgriInputApi {
  /** The validated product catalogue (deeply frozen). */
  readonly catalogue: readonly FertilizerProduct[];
  /** {@link nutrientContentKg}: kg of N, P₂O₅ and K₂O in an amount of product. */
  nutrientContentKg(grade: FertilizerGrade, productKg: number): NutrientContentKg;
}

/**
 * The agri-input plugin: the fertilisers and other inputs a cooperative buys in bulk and sells
 * to its members, with the nutrient arithmetic agronomy needs.
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
  const { catalogue } = parseInput(AgriInputOptionsSchema, options, { path: ['options'] });
  const api: AgriInputApi = Object.freeze({ catalogue: deepFreeze(catalogue), nutrientContentKg });
  return definePlugin({ name: 'agriInput', setup: () => api });
}
