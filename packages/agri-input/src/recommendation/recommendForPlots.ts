import { HezuoError, isHezuoError, parseInput } from '@hezuo/core';
import { z } from 'zod';
import type { CropNutrientTable } from './cropNutrientTable';
import { CROP_NUTRIENT_TABLE } from './defaultCropTable';
import { resolveCropTable } from './defineCropTable';
import type { FertilizerRecommendationInput } from './recommendationInput';
import { type FertilizerRecommendation, recommendFertilizer } from './recommendFertilizer';

const PlotsSchema = z.array(z.unknown()).max(1_000_000, { error: 'at most 1,000,000 plots in one batch' });

/**
 * {@link recommendFertilizer} for many plots (a village's soil-test campaign): the table is
 * checked once, each plot on its own. The first bad plot stops the batch, and the error's
 * path starts with its index.
 *
 * @param plots - one input per plot
 * @param table - the crop nutrient table; {@link CROP_NUTRIENT_TABLE} by default
 * @returns one recommendation per plot, in order
 * @throws HezuoError as {@link recommendFertilizer}, with path `plots`, index, field
 *
 * @example
 * ```ts
 * const wheat = { kind: 'soilTest', soilTestMgPerKg: nutrientValues('mg/kg', { N: 80, P2O5: 20, K2O: 110 }), correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 } } as const;
 * recommendForPlots([
 *   { crop: 'winterWheat', targetYield: { kgPerMu: 500 }, method: wheat, areaMu: 3 },
 *   { crop: 'winterWheat', targetYield: { recentYieldsKgPerMu: [420, 450, 480] }, method: wheat },
 * ]).map((r) => r.nutrientKgForPlot.N);
 * ```
 */
export function recommendForPlots(
  plots: readonly FertilizerRecommendationInput[],
  table: CropNutrientTable = CROP_NUTRIENT_TABLE,
): FertilizerRecommendation[] {
  const list = parseInput(PlotsSchema, plots, { path: ['plots'] });
  const validTable = resolveCropTable(table);
  return list.map((plot, index) => {
    try {
      return recommendFertilizer(plot as FertilizerRecommendationInput, validTable);
    } catch (error) {
      if (!isHezuoError(error)) throw error;
      throw new HezuoError(error.code, `plot ${index}: ${error.message}`, {
        path: ['plots', index, ...error.path.slice(1)],
        details: error.details,
        cause: error,
      });
    }
  });
}
