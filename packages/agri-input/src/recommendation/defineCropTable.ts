import { parseInput } from '@hezuo/core';
import { deepFreeze } from '../deepFreeze';
import {
  type CropNutrientTable,
  type CropNutrientTableInput,
  CropNutrientTableSchema,
} from './cropNutrientTable';

/** Tables already validated, so a batch of recommendations checks its table once. */
const validated = new WeakMap<object, CropNutrientTable>();

/**
 * Validates a crop nutrient table and brands its uptake figures: the way to override the
 * default figures with local ones (a province's uptake survey, a county's utilisation trials).
 * Spread the default table and change what differs; give the result a version of its own.
 *
 * @param input - the table, see {@link CropNutrientTableSchema}
 * @returns the table, deeply frozen
 * @throws HezuoError `INVALID_INPUT` (path `table`, …) naming the crop and figure at fault
 *
 * @example
 * ```ts
 * const local = defineCropTable({
 *   ...CROP_NUTRIENT_TABLE,
 *   version: 'gaomi-2026',
 *   crops: {
 *     ...CROP_NUTRIENT_TABLE.crops,
 *     maize: { ...CROP_NUTRIENT_TABLE.crops.maize, utilisation: { N: 0.35, P2O5: 0.25, K2O: 0.45 } },
 *   },
 * });
 * ```
 */
export function defineCropTable(input: CropNutrientTableInput): CropNutrientTable {
  const table = deepFreeze(
    parseInput(CropNutrientTableSchema, input, { path: ['table'] }) as unknown as CropNutrientTable,
  );
  validated.set(table, table);
  return table;
}

/**
 * The validated form of a table passed to a pure function: from the cache when this (frozen)
 * table object was checked before, else parsed.
 * @internal
 */
export function resolveCropTable(table: unknown): CropNutrientTable {
  if (typeof table === 'object' && table !== null) {
    const known = validated.get(table);
    if (known) return known;
  }
  const parsed = deepFreeze(
    parseInput(CropNutrientTableSchema, table, { path: ['table'] }) as unknown as CropNutrientTable,
  );
  // Only a frozen table can be remembered: another could change after it was checked.
  if (typeof table === 'object' && table !== null && Object.isFrozen(table)) validated.set(table, parsed);
  validated.set(parsed, parsed);
  return parsed;
}
