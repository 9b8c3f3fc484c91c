import type { LocalizedText } from '@hezuo/core';
import * as z from 'zod/mini';

/**
 * The primary nutrients a fertiliser grade states, in the oxide forms Chinese labels use
 * (GB/T 15063 compound fertilisers): total nitrogen `N`, phosphate `P2O5`, potash `K2O`.
 */
export const NUTRIENTS = ['N', 'P2O5', 'K2O'] as const;

/** One of {@link NUTRIENTS}. */
export type Nutrient = (typeof NUTRIENTS)[number];

/** Schema of {@link Nutrient}. */
export const NutrientSchema = z.enum(NUTRIENTS);

/** A name for each nutrient in every locale, for labels and reports. */
export const NUTRIENT_LABELS: Readonly<Record<Nutrient, LocalizedText>> = Object.freeze({
  N: Object.freeze({ 'zh-CN': '氮（N）', en: 'nitrogen (N)' }),
  P2O5: Object.freeze({ 'zh-CN': '磷（P₂O₅）', en: 'phosphate (P₂O₅)' }),
  K2O: Object.freeze({ 'zh-CN': '钾（K₂O）', en: 'potash (K₂O)' }),
});
