/**
 * Hezuo (合作) agri-input plugin: fertiliser grades in the N-P₂O₅-K₂O vocabulary of Chinese
 * labels, nutrient content of a purchase, the catalogue of inputs a cooperative sells, members'
 * purchases, and the purchase-seasons credit characteristic.
 *
 * @packageDocumentation
 */

export { type AgriInputApi, agriInput } from './agriInput';
export { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
export { type FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';
export {
  FertilizerCatalogueSchema,
  type FertilizerProduct,
  FertilizerProductSchema,
} from './fertilizerProduct';
export { type NutrientContentKg, nutrientContentKg, ProductMassKgSchema } from './nutrientContent';
export { NUTRIENT_LABELS, NUTRIENTS, type Nutrient, NutrientSchema } from './nutrients';
export { type AgriInputOptions, AgriInputOptionsSchema } from './options';
export {
  AGRI_INPUT_PURCHASE_KIND,
  type AgriInputPurchaseRecord,
  AgriInputPurchaseRecordSchema,
} from './purchaseRecord';
export { countPurchaseSeasons, PURCHASE_SEASONS_LOOKBACK } from './purchaseSeasons';
export {
  computePurchaseSeasons,
  PURCHASE_SEASONS_FEATURE_ID,
  purchaseSeasonsFeature,
} from './purchaseSeasonsFeature';
