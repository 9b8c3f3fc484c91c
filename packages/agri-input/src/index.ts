/**
 * Hezuo (合作) agri-input plugin (农资): the catalogue of fertilisers (N-P₂O₅-K₂O grades, bags,
 * prices, stock per service centre), pesticides and seeds; soil-test fertiliser recommendations
 * (测土配方施肥) with every step explained; least-cost blends in whole bags with marginal
 * costs; split application by growth stage with work requests for land trusteeship; the crop
 * hospital (庄稼医院); group buying (团购) posted to member accounts; and the credit
 * characteristics members' purchases yield.
 *
 * Pure domain functions (`recommendFertilizer`, `leastCostBlend`, `planSplitApplication`,
 * `checkPrescription`, `settleGroupBuy`, …) are exported beside the store-backed plugin API
 * (`hz.agriInput`).
 *
 * @packageDocumentation
 */

export { AgriDateSchema } from './agriDate';
export { agriInput } from './agriInput';
export { FERTILISING_PLAN_KIND } from './agriInputApi';
export type {
  AgriInputApi,
  CatalogueBlendInput,
  FertilisingPlanRequest,
  PlotRecommendationInput,
  StoredFertilisingPlan,
} from './agriInputApiTypes';
export {
  DEFAULT_BLEND_TOLERANCE,
  type LeastCostBlendInput,
  LeastCostBlendInputSchema,
} from './blend/blendInput';
export { type BagLine, type BlendLine, type LeastCostBlend, leastCostBlend } from './blend/leastCostBlend';
export type { WholeBagMethod } from './blend/wholeBagPlan';
export { EXAMPLE_PESTICIDES, EXAMPLE_SEEDS } from './catalogue/exampleCatalogue';
export {
  DOSE_UNITS,
  type DosePerMu,
  DosePerMuSchema,
  type DoseUnit,
  PesticideCatalogueSchema,
  type PesticideProduct,
  PesticideProductSchema,
  type PesticideRegistration,
  PesticideRegistrationSchema,
  TOXICITY_CLASSES,
  type ToxicityClass,
} from './catalogue/pesticideProduct';
export { SeedCatalogueSchema, type SeedProduct, SeedProductSchema } from './catalogue/seedProduct';
export { checkPrescription } from './cropHospital/checkPrescription';
export {
  type CheckedPrescriptionItem,
  type ConsultationTicket,
  ConsultationTicketSchema,
  type Diagnosis,
  DiagnosisSchema,
  FOLLOW_UP_OUTCOMES,
  type FollowUp,
  type FollowUpOutcome,
  FollowUpSchema,
  type IssuedPrescription,
  PROBLEM_KINDS,
  type Prescription,
  type PrescriptionItem,
  PrescriptionItemSchema,
  PrescriptionSchema,
  type ProblemKind,
  TICKET_STATUSES,
  type TicketOpening,
  TicketOpeningSchema,
  type TicketStatus,
} from './cropHospital/consultationTicket';
export { CROP_HOSPITAL_TICKET_KIND, type CropHospitalApi } from './cropHospital/cropHospitalApi';
export {
  diagnoseTicket,
  followUpTicket,
  openTicket,
  prescribeTicket,
} from './cropHospital/ticketTransitions';
export type { AgriInputEvents } from './events';
export { EXAMPLE_FERTILISING_PLAN } from './exampleFertilisingPlan';
export { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
export { type FertilizerGrade, FertilizerGradeSchema } from './fertilizerGrade';
export {
  FertilizerCatalogueSchema,
  type FertilizerProduct,
  FertilizerProductSchema,
} from './fertilizerProduct';
export { GROUP_BUY_KIND, type GroupBuyApi } from './groupBuy/groupBuyApi';
export {
  type GroupBuyInput,
  GroupBuyInputSchema,
  type GroupBuyOrder,
  GroupBuyOrderSchema,
  type GroupBuyProduct,
  GroupBuyProductSchema,
  type PriceBreak,
  PriceBreakSchema,
} from './groupBuy/groupBuyInput';
export {
  type GroupBuyProductTotal,
  type GroupBuySettlement,
  type MemberGroupBuyStatement,
  type SettledOrder,
  settleGroupBuy,
} from './groupBuy/settleGroupBuy';
export { type NutrientContentKg, nutrientContentKg, ProductMassKgSchema } from './nutrientContent';
export { NUTRIENT_LABELS, NUTRIENTS, type Nutrient, NutrientSchema } from './nutrients';
export { type AgriInputOptions, AgriInputOptionsSchema } from './options';
export { sumPurchasesInYear } from './purchaseAmount';
export {
  computePurchaseAmount,
  PURCHASE_AMOUNT_FEATURE_ID,
  purchaseAmountFeature,
} from './purchaseAmountFeature';
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
export {
  CROP_CATEGORIES,
  type CropCategory,
  CropIdSchema,
  type CropNutrientEntry,
  type CropNutrientEntryInput,
  CropNutrientEntrySchema,
  type CropNutrientTable,
  type CropNutrientTableInput,
  CropNutrientTableSchema,
  SplitScheduleSchema,
  type SplitStage,
  SplitStageSchema,
  type TargetYieldFactorRange,
} from './recommendation/cropNutrientTable';
export { CROP_NUTRIENT_TABLE, DEFAULT_CROP_IDS, type DefaultCropId } from './recommendation/defaultCropTable';
export { defineCropTable } from './recommendation/defineCropTable';
export {
  type FertilizerRecommendationInput,
  FertilizerRecommendationInputSchema,
  PLOUGH_LAYER_FACTOR,
  type SoilSupplyMethod,
  SoilSupplyMethodSchema,
  type StraightFertilizer,
  StraightFertilizerSchema,
  type TargetYieldInput,
  TargetYieldInputSchema,
} from './recommendation/recommendationInput';
export {
  type FertilizerRecommendation,
  type NutrientRecommendation,
  type ProductDose,
  recommendFertilizer,
  type TargetYield,
} from './recommendation/recommendFertilizer';
export { recommendForPlots } from './recommendation/recommendForPlots';
export { type FertilisingWorkRequest, FertilisingWorkRequestSchema } from './split/fertilisingWorkRequest';
export {
  type FertilisingPlan,
  type PlannedStage,
  type PurchaseLine,
  planSplitApplication,
  type SplitApplicationInput,
  SplitApplicationInputSchema,
  type StageProduct,
} from './split/planSplitApplication';
export {
  type GradePercent,
  type NutrientQuantity,
  type NutrientUnit,
  NutrientUnitSchema,
  type NutrientValues,
  NutrientValuesSchema,
  nutrientValues,
  type PerNutrient,
} from './units';
