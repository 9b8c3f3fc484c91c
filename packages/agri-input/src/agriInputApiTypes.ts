import type { LeastCostBlendInput } from './blend/blendInput';
import type { LeastCostBlend } from './blend/leastCostBlend';
import type { PesticideProduct } from './catalogue/pesticideProduct';
import type { SeedProduct } from './catalogue/seedProduct';
import type { CropHospitalApi } from './cropHospital/cropHospitalApi';
import type { FertilizerGrade } from './fertilizerGrade';
import type { FertilizerProduct } from './fertilizerProduct';
import type { GroupBuyApi } from './groupBuy/groupBuyApi';
import type { NutrientContentKg } from './nutrientContent';
import type { Nutrient } from './nutrients';
import type { AgriInputPurchaseRecord } from './purchaseRecord';
import type { CropNutrientTable } from './recommendation/cropNutrientTable';
import type { FertilizerRecommendationInput } from './recommendation/recommendationInput';
import type { FertilizerRecommendation } from './recommendation/recommendFertilizer';
import type { FertilisingPlan } from './split/planSplitApplication';

/** A plot to recommend for, with straight fertilisers named by catalogue id. */
export interface PlotRecommendationInput extends Omit<FertilizerRecommendationInput, 'straightFertilizers'> {
  /** A catalogue product id per nutrient (`{ N: 'urea-46-0-0' }`), to state doses as product kg. */
  readonly straightFertilizers?: Partial<Record<Nutrient, string>> | undefined;
}

/** A blend from the plugin's catalogue. */
export interface CatalogueBlendInput extends Omit<LeastCostBlendInput, 'products'> {
  /** The catalogue products to choose from; all of them by default. */
  readonly productIds?: readonly string[] | undefined;
}

/** A plot's season to plan: recommend, split by growth stage, choose products, request the work. */
export interface FertilisingPlanRequest {
  /** The plan id, unique within `agriInput.fertilisingPlan`; planning again under it replaces the plan. */
  readonly id: string;
  /** The member whose plot it is. */
  readonly memberId: string;
  /** The plot, if it has an id. */
  readonly plotId?: string | undefined;
  /** The sowing (or transplanting) date, `YYYY-MM-DD`. */
  readonly sowingDate: string;
  /** The recommendation input (crop, target yield, soil, area). */
  readonly recommendation: PlotRecommendationInput;
  /** The service centre whose stock limits the products. */
  readonly serviceCenterId?: string | undefined;
  /** The catalogue products to choose from; all by default. */
  readonly productIds?: readonly string[] | undefined;
  /** How far supply may exceed each stage's need; 0.1 by default. */
  readonly tolerance?: number | undefined;
}

/** A stored fertilising plan: the recommendation and the plan made from it. */
export interface StoredFertilisingPlan {
  /** The plan id. */
  readonly id: string;
  /** The recommendation, with its reasons. */
  readonly recommendation: FertilizerRecommendation;
  /** Stages, purchase and work requests. */
  readonly plan: FertilisingPlan;
}

/** What the agri-input plugin exposes on the client as `hz.agriInput`. */
export interface AgriInputApi {
  /** The validated fertiliser catalogue (deeply frozen). */
  readonly catalogue: readonly FertilizerProduct[];
  /** The pesticides the crop hospital may prescribe (deeply frozen). */
  readonly pesticides: readonly PesticideProduct[];
  /** The seeds on sale (deeply frozen). */
  readonly seeds: readonly SeedProduct[];
  /** The crop nutrient table in use. */
  readonly cropTable: CropNutrientTable;
  /** `nutrientContentKg`: kg of N, P₂O₅ and K₂O in an amount of product. */
  nutrientContentKg(grade: FertilizerGrade, productKg: number): NutrientContentKg;
  /**
   * Validates a member's input purchase and stores it under `agriInput.purchase` (replacing a
   * record with the same id). Resolves to the stored record.
   *
   * @throws HezuoError `INVALID_INPUT` (path `purchase`, field) for a record that does not match
   * `AgriInputPurchaseRecordSchema`; nothing is stored
   */
  recordPurchase(purchase: AgriInputPurchaseRecord): Promise<AgriInputPurchaseRecord>;
  /**
   * `recommendFertilizer` with the plugin's crop table, straight fertilisers named by catalogue id.
   *
   * @throws HezuoError as `recommendFertilizer`; `INVALID_INPUT` for an id not in the catalogue
   * (path `input`, `straightFertilizers`, nutrient)
   */
  recommend(input: PlotRecommendationInput): FertilizerRecommendation;
  /**
   * `leastCostBlend` over the plugin's catalogue (or the products named).
   *
   * @throws HezuoError as `leastCostBlend`; `INVALID_INPUT` for an id not in the catalogue (path `input`, `productIds`, index)
   */
  blend(input: CatalogueBlendInput): LeastCostBlend;
  /**
   * Recommends for a plot, splits the dose over the crop's growth stages with products from
   * the catalogue (`planSplitApplication`), stores the plan under `agriInput.fertilisingPlan`,
   * and emits `agriInput.fertilisingPlanned` with the work requests once stored.
   */
  planFertilising(request: FertilisingPlanRequest): Promise<StoredFertilisingPlan>;
  /** A stored fertilising plan; `NOT_FOUND` if there is none. */
  fertilisingPlan(planId: string): Promise<StoredFertilisingPlan>;
  /** The crop hospital: consultation tickets, diagnoses, checked prescriptions, follow-ups. */
  readonly cropHospital: CropHospitalApi;
  /** Group buying, posted to member accounts. */
  readonly groupBuy: GroupBuyApi;
}
