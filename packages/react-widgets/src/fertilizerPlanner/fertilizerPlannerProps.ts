import {
  CROP_NUTRIENT_TABLE,
  FertilizerCatalogueSchema,
  type FertilizerProduct,
  type FertilizerRecommendation,
  type LeastCostBlend,
  type PerNutrient,
} from '@hezuo/agri-input';
import { z } from 'zod';

/** A finished plan: core agri-input's recommendation and the least-cost blend that meets it. */
export interface FertilizerPlan {
  /** From `recommendFertilizer`. */
  readonly recommendation: FertilizerRecommendation;
  /** From `leastCostBlend`, for the recommendation's plot need. */
  readonly blend: LeastCostBlend;
}

/** The planner's starting values. */
export interface FertilizerPlannerInitial {
  /** A crop id of the crop nutrient table. */
  readonly crop?: string;
  /** Target yield, kg per mu. */
  readonly targetYieldKgPerMu?: number;
  /** Plot area in mu. */
  readonly areaMu?: number;
  /** Soil test, mg/kg. */
  readonly soilTestMgPerKg?: Partial<PerNutrient>;
}

/** Props of {@link FertilizerPlanner} and {@link useFertilizerPlanner}. */
export interface FertilizerPlannerProps {
  /** The fertilisers on offer (a catalogue such as `EXAMPLE_FERTILIZERS`). */
  readonly products: readonly FertilizerProduct[];
  /** The local correction coefficient (校正系数) of each nutrient, from local trials. */
  readonly correction: PerNutrient;
  /** The crops offered, ids of the default crop nutrient table; all of them by default. */
  readonly crops?: readonly string[];
  /** The service centre whose stock limits the blend. */
  readonly serviceCenterId?: string;
  /** Starting values of the fields. */
  readonly initial?: FertilizerPlannerInitial;
  /** Called with each plan the member asks for. */
  readonly onPlan?: (plan: FertilizerPlan) => void;
  /** Extra classes on the root, after `hz-planner`. */
  readonly className?: string;
}

const KNOWN_CROP = z.string().refine((id) => Object.hasOwn(CROP_NUTRIENT_TABLE.crops, id), {
  error: 'must be a crop of the crop table',
});
const positive = z.number().gt(0).max(100_000);
const soilValue = z.number().min(0).max(10_000);

/** Schema of {@link FertilizerPlannerProps}. */
export const FertilizerPlannerPropsSchema = z.strictObject({
  products: FertilizerCatalogueSchema.refine((p) => p.length >= 1 && p.length <= 200, {
    error: 'the planner takes 1 to 200 products',
  }),
  correction: z.strictObject({ N: positive, P2O5: positive, K2O: positive }),
  crops: z.array(KNOWN_CROP).min(1).max(100).optional(),
  serviceCenterId: z.string().min(1).max(256).optional(),
  initial: z
    .strictObject({
      crop: KNOWN_CROP.optional(),
      targetYieldKgPerMu: positive.optional(),
      areaMu: positive.optional(),
      soilTestMgPerKg: z.strictObject({ N: soilValue, P2O5: soilValue, K2O: soilValue }).partial().optional(),
    })
    .optional(),
  onPlan: z.function().optional(),
  className: z.string().max(1_000).optional(),
});
