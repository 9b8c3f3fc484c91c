/**
 * Benefit-sharing agreements for co-built projects (村社共建利益联结, seed: Shandong village–co-op
 * joint projects): rent to the village collective first, dividends by stake, service-fee shares,
 * settled each year exactly to the fen (DESIGN §3.3).
 *
 * @module
 */
export {
  AgreementYearSchema,
  BENEFIT_PARTY_ROLES,
  type BenefitAgreement,
  type BenefitAgreementInput,
  BenefitAgreementSchema,
  type BenefitParty,
  type BenefitPartyRole,
  BenefitPartySchema,
  defineBenefitAgreement,
  type ServiceFeeShare,
  ServiceFeeShareSchema,
} from './agreement';
export {
  type BenefitSettlement,
  type BenefitSettlementLine,
  type BenefitSettlementTotals,
  type BenefitYearFigures,
  BenefitYearFiguresSchema,
  settleBenefitAgreement,
} from './settlement';
