export { AreaMuSchema, NonNegativeAreaMuSchema } from './areaMu';
export {
  type InsuranceClaim,
  InsuranceClaimInputSchema,
  insuranceClaim,
  PRACTICE_WHEAT_STAGE_CAPS,
} from './insuranceClaim';
export {
  type InsurancePremium,
  InsurancePremiumInputSchema,
  insurancePremium,
  MAX_COVER_SHARE,
} from './insurancePremium';
export {
  checkInsuredArea,
  INSURABLE_CONTRACT_STATUSES,
  type InsuredAreaCheck,
  InsuredAreaCheckInputSchema,
  TrusteeshipContractFieldsSchema,
} from './insuredAreaCheck';
export {
  INSURED_KINDS,
  NATIONAL_PREMIUM_SUBSIDY_RULES,
  PremiumSubsidyInputSchema,
  type PremiumSubsidyRules,
  PremiumSubsidyRulesSchema,
  type PremiumSubsidySplit,
  premiumSubsidySplit,
  SUBSIDY_REGIONS,
} from './premiumSubsidy';
