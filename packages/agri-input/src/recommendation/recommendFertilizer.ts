import { HezuoError, type LocalizedText, parseInput } from '@hezuo/core';
import type * as z from 'zod/mini';
import { NUTRIENTS, type Nutrient } from '../nutrients';
import { roundTo } from '../quantityRounding';
import { brand, brandValues, type NutrientQuantity, type NutrientValues } from '../units';
import { type CropNutrientEntry, type CropNutrientTable, cropUtilisation } from './cropNutrientTable';
import { CROP_NUTRIENT_TABLE } from './defaultCropTable';
import { resolveCropTable } from './defineCropTable';
import {
  type FertilizerRecommendationInput,
  FertilizerRecommendationInputSchema,
  PLOUGH_LAYER_FACTOR,
  type SoilSupplyMethod,
} from './recommendationInput';
import { nutrientReason, targetYieldReason } from './recommendationReasons';

/** How the target yield was set. */
export interface TargetYield {
  /** The target yield, kg per mu (rounded to 0.01 kg). */
  readonly kgPerMu: number;
  /** `given` as a figure, or `recentAverage` × factor. */
  readonly basis: 'given' | 'recentAverage';
  /** The average of the recent yields, kg per mu (rounded to 0.01 kg); `null` when given. */
  readonly recentAverageKgPerMu: number | null;
  /** The factor above the average; `null` when given. */
  readonly factor: number | null;
}

/** A nutrient dose expressed as a straight fertiliser. */
export interface ProductDose {
  /** The product id. */
  readonly id: string;
  /** The product name. */
  readonly name: LocalizedText;
  /** The product's content of the nutrient, % of its mass. */
  readonly contentPercent: number;
  /** Product kg per mu before the legume adjustment: the formula's `rate_kg_per_mu`. */
  readonly kgPerMuBeforeLegume: number;
  /** Product kg per mu to apply. */
  readonly kgPerMu: number;
  /** Product kg for the whole plot. */
  readonly kgForPlot: number;
}

/** Every step of one nutrient's recommendation; kg figures rounded half-up to 0.01 kg. */
export interface NutrientRecommendation<N extends Nutrient = Nutrient> {
  /** The nutrient. */
  readonly nutrient: N;
  /** The crop's uptake per 100 kg of yield, from the table. */
  readonly uptakePer100Kg: NutrientQuantity<'kg/100kg', N>;
  /** What the target yield takes up: `target / 100 × uptake`. */
  readonly cropUptakeKgPerMu: NutrientQuantity<'kg/mu', N>;
  /** What the soil supplies by the chosen method. */
  readonly soilSupplyKgPerMu: NutrientQuantity<'kg/mu', N>;
  /** `cropUptake − soilSupply`; zero or below when the soil supplies enough. */
  readonly deficitKgPerMu: number;
  /** The current-season fertiliser utilisation used (0–1]. */
  readonly utilisation: number;
  /** Fertiliser nutrient to cover the deficit: `max(0, deficit) / utilisation`. */
  readonly fertilizerNutrientKgPerMu: NutrientQuantity<'kg/mu', N>;
  /** The legume factor: `1 − fixed share` for a legume's nitrogen, else 1. */
  readonly legumeFactor: number;
  /** Nutrient to apply per mu: `fertilizerNutrient × legumeFactor`. */
  readonly nutrientKgPerMu: NutrientQuantity<'kg/mu', N>;
  /** Nutrient to apply on the whole plot. */
  readonly nutrientKgForPlot: NutrientQuantity<'kg', N>;
  /** The dose as the straight fertiliser given for this nutrient, if any. */
  readonly product: ProductDose | null;
  /** The steps in plain language. */
  readonly reason: LocalizedText;
}

/**
 * A fertiliser recommendation for one plot: its inputs, every intermediate quantity per
 * nutrient, the nutrient doses and plain-language reasons.
 */
export interface FertilizerRecommendation {
  /** The validated input, with defaults filled in. */
  readonly inputs: z.output<typeof FertilizerRecommendationInputSchema>;
  /** The crop id. */
  readonly crop: string;
  /** The crop name. */
  readonly cropName: LocalizedText;
  /** The version of the crop nutrient table used. */
  readonly tableVersion: string;
  /** The soil-supply method. */
  readonly method: SoilSupplyMethod['kind'];
  /** The plot's area in mu. */
  readonly areaMu: number;
  /** The target yield and how it was set. */
  readonly targetYield: TargetYield;
  /** Every step, per nutrient. */
  readonly nutrients: { readonly [N in Nutrient]: NutrientRecommendation<N> };
  /** Nutrient to apply per mu. */
  readonly nutrientKgPerMu: NutrientValues<'kg/mu'>;
  /** Nutrient to apply on the plot: the need a blend has to meet. */
  readonly nutrientKgForPlot: NutrientValues<'kg'>;
  /** The target yield's reason, then one per nutrient. */
  readonly reasons: readonly LocalizedText[];
}

type ParsedInput = z.output<typeof FertilizerRecommendationInputSchema>;

/** A placeholder until the reason is written from the finished step. */
const NO_REASON: LocalizedText = Object.freeze({ 'zh-CN': '', en: '' });

function lookUpCrop(table: CropNutrientTable, crop: string): CropNutrientEntry {
  const entry = Object.hasOwn(table.crops, crop) ? table.crops[crop] : undefined;
  if (!entry) {
    const known = Object.keys(table.crops);
    throw new HezuoError(
      'INVALID_INPUT',
      `unknown crop "${crop}": table ${table.version} lists ${known.join(', ')}`,
      {
        path: ['input', 'crop'],
        details: {
          known,
          reasons: [
            {
              'zh-CN': `作物“${crop}”不在养分表 ${table.version} 中`,
              en: `The crop "${crop}" is not in nutrient table ${table.version}`,
            },
          ],
        },
      },
    );
  }
  return entry;
}

function setTargetYield(input: ParsedInput, crop: CropNutrientEntry, table: CropNutrientTable): TargetYield {
  const target = input.targetYield;
  if ('kgPerMu' in target) {
    return { kgPerMu: target.kgPerMu, basis: 'given', recentAverageKgPerMu: null, factor: null };
  }
  const range = table.targetYieldFactor[crop.category];
  const factor = target.factor ?? range.min;
  if (factor < range.min || factor > range.max) {
    throw new HezuoError(
      'INVALID_INPUT',
      `a target-yield factor of ${factor} is outside ${range.min}–${range.max} for ${crop.category} crops (table ${table.version}); use a table with another range to go beyond it`,
      {
        path: ['input', 'targetYield', 'factor'],
        details: {
          range,
          reasons: [
            {
              'zh-CN': `目标产量系数 ${factor} 超出${crop.name['zh-CN']}的范围 ${range.min}–${range.max}`,
              en: `A target-yield factor of ${factor} is outside the ${range.min}–${range.max} range for ${crop.name.en}`,
            },
          ],
        },
      },
    );
  }
  const yields = target.recentYieldsKgPerMu;
  const average = yields.reduce((s, y) => s + y, 0) / yields.length;
  return { kgPerMu: average * factor, basis: 'recentAverage', recentAverageKgPerMu: average, factor };
}

function soilSupplyKgPerMu(method: ParsedInput['method'], crop: CropNutrientEntry, n: Nutrient): number {
  switch (method.kind) {
    case 'soilTest':
      return (
        method.soilTestMgPerKg[n] * (method.ploughLayerFactor ?? PLOUGH_LAYER_FACTOR) * method.correction[n]
      );
    case 'nutrientBalance':
      return method.soilNutrientKgPerMu[n] * method.soilUtilisation[n];
    case 'yieldDifference':
      return (method.blankYieldKgPerMu / 100) * crop.uptakePer100Kg[n];
  }
}

function productFor(input: ParsedInput, n: Nutrient) {
  const product = input.straightFertilizers?.[n];
  if (!product) return undefined;
  const content = product.grade[n];
  if (content <= 0) {
    throw new HezuoError(
      'INVALID_INPUT',
      `product "${product.id}" contains no ${n} (grade ${product.grade.N}-${product.grade.P2O5}-${product.grade.K2O}), so it cannot supply the ${n} dose`,
      {
        path: ['input', 'straightFertilizers', n, 'grade', n],
        details: {
          reasons: [
            {
              'zh-CN': `肥料“${product.name?.['zh-CN'] ?? product.id}”不含${n}，不能用来补充${n}`,
              en: `The product "${product.name?.en ?? product.id}" contains no ${n}, so it cannot supply ${n}`,
            },
          ],
        },
      },
    );
  }
  return { ...product, content };
}

/**
 * Recommends the season's fertiliser for one plot by the target-yield method (测土配方施肥):
 * for each of N, P₂O₅ and K₂O,
 *
 * `rate_kg_per_mu = (targetYield / 100 × uptakePer100kg − soilSupply) / (nutrientContent × utilisation)`
 *
 * where the soil supply is `soilTest_mg_per_kg × 0.15 × correction` (soil-test method), the
 * soil's stock × its utilisation (nutrient balance) or the blank plot's uptake (yield
 * difference). A deficit at or below zero recommends nothing for that nutrient, and the reason
 * says the soil supplies enough. A legume's nitrogen is multiplied by one minus the share it
 * fixes (soybean about 2/3). The target yield is given, or the recent average × a factor within
 * the crop category's range (grain 1.10–1.25; the lowest by default).
 *
 * Arithmetic runs unrounded; every kg figure in the result is then rounded half-up to 0.01 kg.
 *
 * @param input - the plot, see {@link FertilizerRecommendationInputSchema}
 * @param table - the crop nutrient table; {@link CROP_NUTRIENT_TABLE} by default
 * @throws HezuoError `INVALID_INPUT` for an unknown crop (path `input`, `crop`), a negative
 * soil value (path `input`, `method`, …), a factor outside the range, a straight fertiliser
 * without the nutrient it stands for, or a bad table (path `table`, …); `details.reasons`
 * says why in both locales
 *
 * @example
 * ```ts
 * // The published peanut example: 300 kg/mu, soil N 60 mg/kg, correction 0.55, urea, 50 % utilisation
 * const r = recommendFertilizer({
 *   crop: 'peanut',
 *   targetYield: { kgPerMu: 300 },
 *   method: {
 *     kind: 'soilTest',
 *     soilTestMgPerKg: nutrientValues('mg/kg', { N: 60, P2O5: 30, K2O: 90 }),
 *     correction: { N: 0.55, P2O5: 0.5, K2O: 0.5 },
 *   },
 *   utilisation: { N: 0.5 },
 *   straightFertilizers: { N: { id: 'urea', grade: { N: 46, P2O5: 0, K2O: 0 } } },
 * });
 * r.nutrients.N.product?.kgPerMuBeforeLegume; // 67.17 ((20.4 − 4.95) / (0.46 × 0.5))
 * r.nutrients.N.product?.kgPerMu;             // 26.87 (peanut fixes 60 % of its N)
 * ```
 */
export function recommendFertilizer(
  input: FertilizerRecommendationInput,
  table: CropNutrientTable = CROP_NUTRIENT_TABLE,
): FertilizerRecommendation {
  const validTable = resolveCropTable(table);
  const parsed = parseInput(FertilizerRecommendationInputSchema, input, { path: ['input'] });
  const crop = lookUpCrop(validTable, parsed.crop);
  const target = setTargetYield(parsed, crop, validTable);
  const areaMu = parsed.areaMu ?? 1;
  const baseUtilisation = cropUtilisation(validTable, crop);
  const products = Object.fromEntries(NUTRIENTS.map((n) => [n, productFor(parsed, n)]));

  const reasonContext = { crop, method: parsed.method, areaMu };
  const nutrients = {} as Record<Nutrient, NutrientRecommendation>;
  const perMu = {} as Record<Nutrient, number>;
  const forPlot = {} as Record<Nutrient, number>;
  for (const n of NUTRIENTS) {
    const uptake = (target.kgPerMu / 100) * crop.uptakePer100Kg[n];
    const supply = soilSupplyKgPerMu(parsed.method, crop, n);
    const deficit = uptake - supply;
    const utilisation = parsed.utilisation?.[n] ?? baseUtilisation[n];
    const fertilizerNutrient = Math.max(0, deficit) / utilisation;
    const legumeFactor = n === 'N' && parsed.legumeAdjustment !== false ? 1 - crop.nitrogenFixedShare : 1;
    const dose = fertilizerNutrient * legumeFactor;
    const product = products[n];
    const step: { -readonly [K in keyof NutrientRecommendation]: NutrientRecommendation[K] } = {
      nutrient: n,
      uptakePer100Kg: crop.uptakePer100Kg[n],
      cropUptakeKgPerMu: brand(roundTo(uptake, 2)),
      soilSupplyKgPerMu: brand(roundTo(supply, 2)),
      deficitKgPerMu: roundTo(deficit, 2),
      utilisation,
      fertilizerNutrientKgPerMu: brand(roundTo(fertilizerNutrient, 2)),
      legumeFactor,
      nutrientKgPerMu: brand(roundTo(dose, 2)),
      nutrientKgForPlot: brand(roundTo(dose * areaMu, 2)),
      product: product
        ? {
            id: product.id,
            name: product.name ?? { 'zh-CN': product.id, en: product.id },
            contentPercent: product.content,
            kgPerMuBeforeLegume: roundTo(fertilizerNutrient / (product.content / 100), 2),
            kgPerMu: roundTo(dose / (product.content / 100), 2),
            kgForPlot: roundTo((dose * areaMu) / (product.content / 100), 2),
          }
        : null,
      reason: NO_REASON,
    };
    step.reason = nutrientReason(step, reasonContext);
    nutrients[n] = Object.freeze(step);
    perMu[n] = step.nutrientKgPerMu;
    forPlot[n] = step.nutrientKgForPlot;
  }

  const targetYield: TargetYield = {
    ...target,
    kgPerMu: roundTo(target.kgPerMu, 2),
    recentAverageKgPerMu:
      target.recentAverageKgPerMu === null ? null : roundTo(target.recentAverageKgPerMu, 2),
  };
  return Object.freeze({
    inputs: parsed,
    crop: parsed.crop,
    cropName: crop.name,
    tableVersion: validTable.version,
    method: parsed.method.kind,
    areaMu,
    targetYield,
    nutrients: nutrients as FertilizerRecommendation['nutrients'],
    nutrientKgPerMu: brandValues<'kg/mu'>(perMu),
    nutrientKgForPlot: brandValues<'kg'>(forPlot),
    reasons: [targetYieldReason(targetYield, crop), ...NUTRIENTS.map((n) => nutrients[n].reason)],
  });
}
