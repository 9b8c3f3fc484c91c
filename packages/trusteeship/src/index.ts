/**
 * Hezuo (合作) trusteeship plugin: land trusteeship (土地托管) between a cooperative's service
 * centre and its members — a service catalogue as data, menu and full quotes, plots, contracts
 * through their states, work orders, settlement to the fen, service centres and their coverage —
 * area units (mu, hectares, m²), and the credit characteristics (contracted area, contract
 * standing, fee punctuality, tenure, guaranteed-yield claims) that turn production records into
 * credit evidence.
 *
 * @packageDocumentation
 */

export {
  type ContractSettlementInput,
  ContractSettlementInputSchema,
  type ContractTerminationInput,
  ContractTerminationInputSchema,
} from './api/contractsApi';
export { CoverageCountySchema } from './api/plotsApi';
export {
  type WorkOrderDispatch,
  WorkOrderDispatchSchema,
  type WorkOrderDone,
  WorkOrderDoneSchema,
} from './api/workOrdersApi';
export {
  AreaMuSchema,
  AreaSchema,
  hectaresToMu,
  MU_PER_HECTARE,
  muToHectares,
  SQUARE_METRES_PER_MU,
  squareMetresToMu,
} from './area';
export { GAOMI_2014_WHEAT_CATALOGUE } from './catalogue/gaomi2014Wheat';
export {
  OPERATION_LABELS,
  OPERATION_UNITS,
  SERVICE_UNITS,
  type ServiceUnit,
  ServiceUnitSchema,
  TRUSTEESHIP_OPERATIONS,
  type TrusteeshipOperation,
  TrusteeshipOperationSchema,
} from './catalogue/operations';
export {
  isWithinSeasonWindow,
  MonthDaySchema,
  type SeasonWindow,
  SeasonWindowSchema,
} from './catalogue/seasonWindow';
export {
  type CatalogueService,
  type CatalogueServiceInput,
  CatalogueServiceSchema,
  SeasonLabelSchema,
  type ServiceCatalogue,
  type ServiceCatalogueInput,
  ServiceCatalogueSchema,
} from './catalogue/serviceCatalogue';
export { type VolumeRule, type VolumeRuleInput, VolumeRuleSchema } from './catalogue/volumeRule';
export {
  CONTRACT_IN_FORCE_STATUSES,
  type ContractOverlap,
  findContractOverlap,
} from './contract/contractOverlap';
export {
  CONTRACT_ACTIONS,
  CONTRACT_TRANSITIONS,
  type ContractAction,
  type ContractStep,
  ContractStepSchema,
  canTransitionContract,
  transitionContract,
} from './contract/contractTransitions';
export { type ContractDraft, ContractDraftSchema, draftContractFromQuote } from './contract/draftContract';
export { CONTRACTED_AREA_STATUSES, sumContractedAreaMu } from './contractedArea';
export {
  CONTRACTED_AREA_FEATURE_ID,
  computeContractedAreaMu,
  contractedAreaMuFeature,
} from './contractedAreaFeature';
export {
  type ContractPlot,
  ContractPlotSchema,
  type ContractService,
  ContractServiceSchema,
  type ContractTermination,
  ContractTerminationSchema,
  type ContractTerms,
  ContractTermsSchema,
  type FullContractTerms,
  FullContractTermsSchema,
  type MenuContractTerms,
  MenuContractTermsSchema,
  OWING_PARTIES,
  type OwingParty,
  type PlotGuarantee,
  PlotGuaranteeSchema,
  TERMINATION_REASONS,
  type TerminationReason,
  TerminationReasonSchema,
  TRUSTEESHIP_CONTRACT_KIND,
  TRUSTEESHIP_CONTRACT_STATUSES,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
  type TrusteeshipContractStatus,
  TrusteeshipContractStatusSchema,
} from './contractRecord';
export {
  CONTRACT_STANDING_LABELS,
  CONTRACT_STANDINGS,
  type ContractStanding,
  ContractStandingSchema,
  contractStanding,
} from './contractStanding';
export {
  CONTRACT_STANDING_FEATURE_ID,
  computeContractStanding,
  contractStandingFeature,
} from './contractStandingFeature';
export { contractTenureYears } from './contractTenure';
export {
  CONTRACT_TENURE_FEATURE_ID,
  computeContractTenureYears,
  contractTenureFeature,
} from './contractTenureFeature';
export {
  assignPlotsToCenters,
  type CenterLoad,
  type CoverageAssignment,
  type CoverageAssignmentInput,
  CoverageAssignmentInputSchema,
  type PlotAssignment,
  type UnassignedPlot,
} from './coverage/assignPlotsToCenters';
export {
  type CenterCoverage,
  type CountyCoverageInput,
  CountyCoverageInputSchema,
  type CountyCoverageReport,
  countyCoverageReport,
} from './coverage/countyCoverageReport';
export { type CoveragePlot, CoveragePlotSchema } from './coverage/coveragePlot';
export { distanceKm } from './coverage/distance';
export {
  CHINA_BOUNDS,
  DATUMS,
  type Datum,
  DatumSchema,
  type GeoPoint,
  GeoPointSchema,
  LngLatSchema,
  toWgs84,
} from './coverage/geoPoint';
export { type NearestServiceCenter, nearestServiceCenter } from './coverage/nearestServiceCenter';
export { measuredAreaMu, type PlotBoundary, PlotBoundarySchema } from './coverage/plotBoundary';
export {
  DEFAULT_TERRAIN_PROFILES,
  type ServiceCenter,
  ServiceCenterSchema,
  TERRAINS,
  type Terrain,
  type TerrainProfile,
  TerrainProfileSchema,
  type TerrainProfiles,
  TerrainProfilesSchema,
  TerrainSchema,
  TRUSTEESHIP_SERVICE_CENTER_KIND,
} from './coverage/serviceCenter';
export { serviceCircleShare } from './coverage/serviceCircleShare';
export type {
  ContractEvent,
  ContractSettledEvent,
  ContractSignedEvent,
  ContractTerminatedEvent,
  PlotRegisteredEvent,
  WorkOrderDoneEvent,
  WorkOrderEvent,
} from './events';
export {
  EXAMPLE_FULL_QUOTE_INPUT,
  EXAMPLE_MENU_QUOTE_INPUT,
  exampleQuote,
  exampleSettlement,
} from './examples';
export { feeOnTimeShare } from './feeOnTimeShare';
export {
  computeFeeOnTimeShare,
  FEE_ON_TIME_SHARE_FEATURE_ID,
  feeOnTimeShareFeature,
} from './feeOnTimeShareFeature';
export {
  TRUSTEESHIP_FEE_PAYMENT_KIND,
  type TrusteeshipFeePaymentRecord,
  TrusteeshipFeePaymentRecordSchema,
} from './feePaymentRecord';
export {
  type ResolvedTrusteeshipOptions,
  type TrusteeshipOptions,
  TrusteeshipOptionsSchema,
} from './options';
export {
  buildPlotRecord,
  type PlotInput,
  PlotInputSchema,
  type PlotRecord,
  PlotRecordSchema,
  plotWorkableAreaMu,
  TRUSTEESHIP_PLOT_KIND,
} from './plot/plotRecord';
export {
  type FullQuote,
  type FullQuoteInput,
  FullQuoteInputSchema,
  type FullQuotePlot,
  type FullQuotePlotInput,
  FullQuotePlotSchema,
  quoteFullTrusteeship,
  YieldKgPerMuSchema,
} from './quote/fullQuote';
export {
  DEFAULT_FULL_TRUSTEESHIP_RULES,
  type FullTrusteeshipRules,
  type FullTrusteeshipRulesInput,
  FullTrusteeshipRulesSchema,
  ShareSchema,
} from './quote/fullTrusteeshipRules';
export {
  type MenuQuote,
  type MenuQuoteInput,
  MenuQuoteInputSchema,
  quoteMenuTrusteeship,
} from './quote/menuQuote';
export { quoteTrusteeship, type TrusteeshipQuote, type TrusteeshipQuoteInput } from './quote/quote';
export type {
  PackageFeeQuoteLine,
  QuoteLine,
  ServiceQuoteLine,
  VolumeDiscountQuoteLine,
} from './quote/quoteLine';
export { type QuotePlot, QuotePlotSchema } from './quote/quotePlot';
export { TRUSTEESHIP_RULES, type TrusteeshipRule } from './rules';
export { type SettlementInput, settleContract } from './settlement/settleContract';
export {
  type FullSettlementInput,
  FullSettlementInputSchema,
  type HarvestSeason,
  HarvestSeasonSchema,
  settleFullContract,
} from './settlement/settleFullContract';
export {
  type MenuSettlementInput,
  MenuSettlementInputSchema,
  settleMenuContract,
  workOrderInvoiceLine,
} from './settlement/settleMenuContract';
export {
  type EntrySettlementLine,
  type GainShareSettlementLine,
  type PackageFeeSettlementLine,
  type ServiceSettlementLine,
  type SettlementEntry,
  SettlementEntrySchema,
  type SettlementLine,
  type SettlementLineBase,
  type TrusteeshipSettlement,
  type VolumeDiscountSettlementLine,
  type YieldClaim,
  type YieldCompensationSettlementLine,
  type YieldMeasure,
} from './settlement/settlementLine';
export {
  type SettlementRecordSummary,
  SettlementRecordSummarySchema,
  TRUSTEESHIP_SETTLEMENT_KIND,
  type TrusteeshipSettlementRecord,
} from './settlement/settlementRecord';
export { type TrusteeshipApi, trusteeship } from './trusteeship';
export {
  scheduleWorkOrder,
  type WorkOrderRequest,
  WorkOrderRequestSchema,
} from './workOrder/scheduleWorkOrder';
export {
  TRUSTEESHIP_WORK_ORDER_KIND,
  WORK_ORDER_STATUSES,
  type WorkOrderRecord,
  WorkOrderRecordSchema,
  type WorkOrderStatus,
  WorkOrderStatusSchema,
} from './workOrder/workOrderRecord';
export {
  transitionWorkOrder,
  WORK_ORDER_ACTIONS,
  WORK_ORDER_TRANSITIONS,
  type WorkOrderAction,
  type WorkOrderContext,
  WorkOrderContextSchema,
  type WorkOrderStep,
  WorkOrderStepSchema,
} from './workOrder/workOrderTransitions';
export { yieldClaims3y } from './yieldClaims';
export {
  computeYieldClaims3y,
  YIELD_CLAIMS_FEATURE_ID,
  yieldClaimsFeature,
} from './yieldClaimsFeature';
