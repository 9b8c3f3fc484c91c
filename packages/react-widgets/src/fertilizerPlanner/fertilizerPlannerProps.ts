import {
  CROP_NUTRIENT_TABLE,
  FertilizerCatalogueSchema,
  type FertilizerProduct,
  type FertilizerRecommendation,
  type LeastCostBlend,
  type PerNutrient,
} from '@hezuo/agri-input';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

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

const KNOWN_CROP = z.string().check(
  z.refine((id) => Object.hasOwn(CROP_NUTRIENT_TABLE.crops, id), {
    error: 'must be a crop of the crop table',
  }),
);
const positive = z.number().check(z.gt(0), z.lte(100_000));
const soilValue = z.number().check(z.gte(0), z.lte(10_000));
/** Schema of {@link FertilizerPlannerProps}. */
export const FertilizerPlannerPropsSchema = z.strictObject({
  products: FertilizerCatalogueSchema.check(
    z.refine((p) => p.length >= 1 && p.length <= 200, {
      error: 'the planner takes 1 to 200 products',
    }),
  ),
  correction: z.strictObject({ N: positive, P2O5: positive, K2O: positive }),
  crops: z.optional(z.array(KNOWN_CROP).check(z.minLength(1), z.maxLength(100))),
  serviceCenterId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  initial: z.optional(
    z.strictObject({
      crop: z.optional(KNOWN_CROP),
      targetYieldKgPerMu: z.optional(positive),
      areaMu: z.optional(positive),
      // Optional members spelled out rather than z.partial, which would bring its helper into the bundle.
      soilTestMgPerKg: z.optional(
        z.strictObject({ N: z.optional(soilValue), P2O5: z.optional(soilValue), K2O: z.optional(soilValue) }),
      ),
    }),
  ),
  onPlan: z.optional(callbackSchema<(plan: FertilizerPlan) => void>()),
  className: z.optional(z.string().check(z.maxLength(1_000))),
});
