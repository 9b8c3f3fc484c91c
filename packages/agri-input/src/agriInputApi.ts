import { commitWithEvents, HezuoError, type PluginContext, parseInput, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import type {
  AgriInputApi,
  CatalogueBlendInput,
  FertilisingPlanRequest,
  PlotRecommendationInput,
  StoredFertilisingPlan,
} from './agriInputApiTypes';
import { leastCostBlend } from './blend/leastCostBlend';
import type { PesticideProduct } from './catalogue/pesticideProduct';
import type { SeedProduct } from './catalogue/seedProduct';
import { createCropHospitalApi } from './cropHospital/cropHospitalApi';
import type { FertilizerProduct } from './fertilizerProduct';
import { createGroupBuyApi } from './groupBuy/groupBuyApi';
import { nutrientContentKg } from './nutrientContent';
import { NUTRIENTS } from './nutrients';
import { AGRI_INPUT_PURCHASE_KIND, AgriInputPurchaseRecordSchema } from './purchaseRecord';
import type { CropNutrientTable } from './recommendation/cropNutrientTable';
import type { FertilizerRecommendationInput, StraightFertilizer } from './recommendation/recommendationInput';
import { recommendFertilizer } from './recommendation/recommendFertilizer';
import { planSplitApplication } from './split/planSplitApplication';

/** The store kind of fertilising plans: `agriInput.fertilisingPlan`. */
export const FERTILISING_PLAN_KIND = 'agriInput.fertilisingPlan';

/** The plugin's data, validated and frozen. */
interface PluginData {
  readonly catalogue: readonly FertilizerProduct[];
  readonly pesticides: readonly PesticideProduct[];
  readonly seeds: readonly SeedProduct[];
  readonly cropTable: CropNutrientTable;
}

const IdListSchema = z.array(RecordIdSchema).min(1, { error: 'name at least one product' }).max(200);
const ObjectSchema = z.object({}).loose();

function productsNamed(
  catalogue: readonly FertilizerProduct[],
  ids: unknown,
  path: readonly (string | number)[],
) {
  if (ids === undefined) return catalogue;
  const list = parseInput(IdListSchema, ids, { path });
  return list.map((id, index) => {
    const product = catalogue.find((p) => p.id === id);
    if (!product) {
      throw new HezuoError('INVALID_INPUT', `the catalogue has no product "${id}"`, {
        path: [...path, index],
      });
    }
    return product;
  });
}

function withCatalogueFertilizers(
  catalogue: readonly FertilizerProduct[],
  input: PlotRecommendationInput,
  path: readonly (string | number)[],
): FertilizerRecommendationInput {
  const object = parseInput(ObjectSchema, input, { path }) as unknown as PlotRecommendationInput;
  if (object.straightFertilizers === undefined) return object as FertilizerRecommendationInput;
  const ids = parseInput(
    z.strictObject({ N: RecordIdSchema, P2O5: RecordIdSchema, K2O: RecordIdSchema }).partial(),
    object.straightFertilizers,
    { path: [...path, 'straightFertilizers'] },
  );
  const products: Partial<Record<(typeof NUTRIENTS)[number], StraightFertilizer>> = {};
  for (const n of NUTRIENTS) {
    const id = ids[n];
    if (id === undefined) continue;
    const product = catalogue.find((p) => p.id === id);
    if (!product) {
      throw new HezuoError('INVALID_INPUT', `the catalogue has no product "${id}"`, {
        path: [...path, 'straightFertilizers', n],
      });
    }
    products[n] = product;
  }
  return { ...object, straightFertilizers: products };
}

/**
 * Builds `hz.agriInput` from the plugin's data and the client's services.
 * @internal
 */
export function createAgriInputApi(ctx: PluginContext, data: PluginData): AgriInputApi {
  const { catalogue, cropTable } = data;
  const recommend = (input: PlotRecommendationInput) =>
    recommendFertilizer(withCatalogueFertilizers(catalogue, input, ['input']), cropTable);
  const api: AgriInputApi = {
    ...data,
    nutrientContentKg,
    async recordPurchase(purchase) {
      const record = parseInput(AgriInputPurchaseRecordSchema, purchase, { path: ['purchase'] });
      await ctx.store.put(AGRI_INPUT_PURCHASE_KIND, record.id, record);
      return Object.freeze({ ...record });
    },
    recommend,
    blend(input: CatalogueBlendInput) {
      const object = parseInput(ObjectSchema, input, { path: ['input'] }) as unknown as CatalogueBlendInput;
      const { productIds, ...rest } = object;
      return leastCostBlend({
        ...rest,
        products: productsNamed(catalogue, productIds, ['input', 'productIds']),
      });
    },
    planFertilising: (request: FertilisingPlanRequest) =>
      commitWithEvents(ctx.store, async (tx, announce) => {
        const r = parseInput(ObjectSchema, request, {
          path: ['request'],
        }) as unknown as FertilisingPlanRequest;
        const id = parseInput(RecordIdSchema, r.id, { path: ['request', 'id'] });
        const recommendation = recommendFertilizer(
          withCatalogueFertilizers(catalogue, r.recommendation, ['request', 'recommendation']),
          cropTable,
        );
        const plan = planSplitApplication(
          {
            crop: recommendation.crop,
            memberId: r.memberId,
            ...(r.plotId === undefined ? {} : { plotId: r.plotId }),
            sowingDate: r.sowingDate,
            needKg: recommendation.nutrientKgForPlot,
            products: productsNamed(catalogue, r.productIds, ['request', 'productIds']),
            ...(r.serviceCenterId === undefined ? {} : { serviceCenterId: r.serviceCenterId }),
            ...(r.tolerance === undefined ? {} : { tolerance: r.tolerance }),
          },
          cropTable,
        );
        const stored: StoredFertilisingPlan = { id, recommendation, plan };
        await tx.put(FERTILISING_PLAN_KIND, id, stored);
        announce(() =>
          ctx.events.emit('agriInput.fertilisingPlanned', {
            planId: id,
            memberId: plan.memberId,
            workRequests: plan.workRequests,
          }),
        );
        return stored;
      }),
    fertilisingPlan: (planId) =>
      ctx.store.transaction(async (tx) => {
        const id = parseInput(RecordIdSchema, planId, { path: ['planId'] });
        const stored = await tx.get<StoredFertilisingPlan>(FERTILISING_PLAN_KIND, id);
        if (!stored) throw new HezuoError('NOT_FOUND', `no fertilising plan ${id}`, { path: ['planId'] });
        return stored;
      }),
    cropHospital: createCropHospitalApi(ctx, data.pesticides, cropTable),
    groupBuy: createGroupBuyApi(ctx),
  };
  return Object.freeze(api);
}
