/**
 * Sample data (`@hezuo/core/sample`): a seeded generator of a county — townships, cooperatives,
 * unions, a federation, thousands of member households with deliveries, input purchases,
 * trusteeship contracts, loans and repayments — and a latent default process, so that credit
 * models fitted on it have something true to find. Same seed, same county.
 *
 * @example
 * ```ts
 * import { COUNTY_CREDIT_FEATURE_IDS, countyCreditRows, generateCounty } from '@hezuo/core/sample';
 * import { fitScorecard } from '@hezuo/core';
 *
 * const rows = countyCreditRows(generateCounty({ seed: 2026 }));
 * const { report } = fitScorecard(rows, { target: 'bad', bad: 1, characteristics: [...COUNTY_CREDIT_FEATURE_IDS] });
 * ```
 *
 * @packageDocumentation
 */
export type {
  CooperativeIndustry,
  County,
  CountyContractPlot,
  CountyContractTermination,
  CountyContractTerms,
  CountyCooperative,
  CountyDeduction,
  CountyDelivery,
  CountyFederation,
  CountyFeePayment,
  CountyInputPurchase,
  CountyInstallment,
  CountyInsuranceLoss,
  CountyInsurancePolicy,
  CountyLoan,
  CountyLoanTerms,
  CountyMeeting,
  CountyPlot,
  CountyPlotGuarantee,
  CountyPremiumInput,
  CountyRegion,
  CountyServiceCenter,
  CountySubsidyInput,
  CountySurplusDistribution,
  CountySurplusStatement,
  CountyTrusteeshipContract,
  CountyUnion,
  Household,
  HouseholdLatent,
  SampleCooperativeEntity,
  SampleFederationEntity,
  SampleNaturalPerson,
  SamplePoint,
  SampleServiceCenterEntity,
  Township,
} from './county';
export {
  COUNTY_CREDIT_COLUMNS,
  COUNTY_CREDIT_FEATURE_IDS,
  type CountyCreditFeatureId,
  type CountyCreditRow,
  countyCreditRows,
} from './countyCreditRows';
export {
  type CountyOptions,
  CountyOptionsSchema,
  DEFAULT_COUNTY_HOUSEHOLDS,
  DEFAULT_COUNTY_YEAR,
  DEFAULT_HISTORY_YEARS,
} from './countyOptions';
export { countyTransactions } from './countyTransactions';
export { generateCounty } from './generateCounty';
export { LATENT_DEFAULT_MODEL } from './latentDefault';
