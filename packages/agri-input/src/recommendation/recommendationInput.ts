import { LocalizedTextSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { type FertilizerGrade, FertilizerGradeSchema } from '../fertilizerGrade';
import type { Nutrient } from '../nutrients';
import { type NutrientValues, NutrientValuesSchema, type PerNutrient, perNutrientSchema } from '../units';
import { CropIdSchema } from './cropNutrientTable';

/**
 * Kilograms of soil in the plough layer of one mu, per million: 0–20 cm of soil weighs about
 * 150,000 kg per mu, so a soil test of 1 mg/kg is 0.15 kg of nutrient per mu.
 */
export const PLOUGH_LAYER_FACTOR = 0.15;

/** Where the target yield comes from: a figure, or the recent yields and a factor above their average. */
export type TargetYieldInput =
  | {
      /** The target yield in kg per mu, as given. */
      readonly kgPerMu: number;
    }
  | {
      /** The plot's yields of recent years in kg per mu (usually three). */
      readonly recentYieldsKgPerMu: readonly number[];
      /** The factor above their average; the crop category's lowest by default (1.10 for grain). */
      readonly factor?: number | undefined;
    };

/**
 * How the soil's own supply of each nutrient is estimated — the three variants of the
 * target-yield method:
 * - `soilTest` (土壤有效养分校正系数法): `test mg/kg × 0.15 × correction coefficient`;
 * - `nutrientBalance` (养分平衡法): the soil's nutrient stock in kg/mu × the share of it the crop uses;
 * - `yieldDifference` (地力差减法): what the crop took up on an unfertilised (blank) plot,
 *   `blank yield / 100 × uptake per 100 kg`.
 */
export type SoilSupplyMethod =
  | {
      /** The soil-nutrient-correction method. */
      readonly kind: 'soilTest';
      /** The soil test: available N, P and K as the laboratory reports them, in mg/kg. */
      readonly soilTestMgPerKg: NutrientValues<'mg/kg'>;
      /** The correction coefficient (校正系数) of each nutrient, from local trials. */
      readonly correction: PerNutrient;
      /** kg of nutrient per mu per 1 mg/kg; {@link PLOUGH_LAYER_FACTOR} (0.15) by default. */
      readonly ploughLayerFactor?: number | undefined;
    }
  | {
      /** The nutrient-balance method. */
      readonly kind: 'nutrientBalance';
      /** The soil's stock of each nutrient, in kg per mu (from a soil survey). */
      readonly soilNutrientKgPerMu: NutrientValues<'kg/mu'>;
      /** The share (0–1) of that stock the crop takes up this season. */
      readonly soilUtilisation: PerNutrient;
    }
  | {
      /** The yield-difference method. */
      readonly kind: 'yieldDifference';
      /** The yield of an unfertilised (blank) plot of the same field, kg per mu. */
      readonly blankYieldKgPerMu: number;
    };

/** A straight fertiliser to express a nutrient dose in (urea for N, say): its id, name and grade. */
export interface StraightFertilizer {
  /** The product id. */
  readonly id: string;
  /** The product name in every locale; the id is shown when absent. */
  readonly name?: { readonly 'zh-CN': string; readonly en: string } | undefined;
  /** The product's grade; it must contain the nutrient it stands for. */
  readonly grade: FertilizerGrade;
}

/** What {@link recommendFertilizer} needs for one plot. */
export interface FertilizerRecommendationInput {
  /** The crop, an id in the crop nutrient table (e.g. `winterWheat`). */
  readonly crop: string;
  /** The target yield. */
  readonly targetYield: TargetYieldInput;
  /** How the soil's own supply is estimated. */
  readonly method: SoilSupplyMethod;
  /** Current-season fertiliser utilisation overriding the table's, per nutrient (0–1]. */
  readonly utilisation?: Partial<PerNutrient> | undefined;
  /** A straight fertiliser per nutrient, to state the dose as product kg. */
  readonly straightFertilizers?: Partial<Record<Nutrient, StraightFertilizer>> | undefined;
  /** The plot's area in mu, for plot totals; 1 by default. */
  readonly areaMu?: number | undefined;
  /** Whether to reduce a legume's nitrogen by the share it fixes; `true` by default. */
  readonly legumeAdjustment?: boolean | undefined;
}

const YieldSchema = z
  .number({ error: 'a yield must be a number of kg per mu' })
  .check(
    z.gte(0, { error: 'a yield may not be negative' }),
    z.lte(100_000, { error: 'a yield may be at most 100,000 kg per mu' }),
  );

const PositiveYieldSchema = YieldSchema.check(
  z.refine((y) => y > 0, { error: 'a target yield must be above 0' }),
);

/** Schema of {@link TargetYieldInput}. */
export const TargetYieldInputSchema = z.union([
  z.strictObject({ kgPerMu: PositiveYieldSchema }),
  z.strictObject({
    recentYieldsKgPerMu: z.array(YieldSchema).check(
      z.minLength(1, { error: 'give at least one recent yield' }),
      z.maxLength(10, { error: 'give at most ten recent yields' }),
      z.refine((yields) => yields.some((y) => y > 0), { error: 'the recent yields may not all be 0' }),
    ),
    factor: z.optional(z.number({ error: 'a factor must be a number' }).check(z.gte(1), z.lte(3))),
  }),
]);

const Fraction = z
  .number({ error: 'a rate must be a number' })
  .check(
    z.gt(0, { error: 'a rate must be greater than 0' }),
    z.lte(1, { error: 'a rate may not exceed 1 (100%)' }),
  );

/** Schema of {@link SoilSupplyMethod}; soil values may not be negative. */
export const SoilSupplyMethodSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('soilTest'),
    soilTestMgPerKg: NutrientValuesSchema,
    correction: perNutrientSchema(
      z
        .number({ error: 'a correction coefficient must be a number' })
        .check(
          z.gt(0, { error: 'a correction coefficient must be greater than 0' }),
          z.lte(10, { error: 'a correction coefficient above 10 is not plausible' }),
        ),
    ),
    ploughLayerFactor: z.optional(z.number().check(z.gt(0), z.lte(1))),
  }),
  z.strictObject({
    kind: z.literal('nutrientBalance'),
    soilNutrientKgPerMu: NutrientValuesSchema,
    soilUtilisation: perNutrientSchema(Fraction),
  }),
  z.strictObject({ kind: z.literal('yieldDifference'), blankYieldKgPerMu: YieldSchema }),
]);

/** Schema of {@link StraightFertilizer}; other product fields (price, bag) are ignored. */
export const StraightFertilizerSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  name: z.optional(LocalizedTextSchema),
  grade: FertilizerGradeSchema,
});

/** Schema of {@link FertilizerRecommendationInput}. */
export const FertilizerRecommendationInputSchema = z.strictObject({
  crop: CropIdSchema,
  targetYield: TargetYieldInputSchema,
  method: SoilSupplyMethodSchema,
  // Optional members spelled out rather than z.partial, which would bring its helper into bundles.
  utilisation: z.optional(
    z.strictObject({ N: z.optional(Fraction), P2O5: z.optional(Fraction), K2O: z.optional(Fraction) }),
  ),
  straightFertilizers: z.optional(
    z.strictObject({
      N: z.optional(StraightFertilizerSchema),
      P2O5: z.optional(StraightFertilizerSchema),
      K2O: z.optional(StraightFertilizerSchema),
    }),
  ),
  areaMu: z.optional(
    z
      .number({ error: 'an area must be a number of mu' })
      .check(
        z.gt(0, { error: 'an area must be greater than 0' }),
        z.lte(10_000_000, { error: 'an area may be at most 10,000,000 mu' }),
      ),
  ),
  legumeAdjustment: z.optional(z.boolean()),
});
