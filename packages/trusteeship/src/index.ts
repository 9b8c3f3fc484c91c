/**
 * Hezuo (合作) trusteeship plugin: land trusteeship (土地托管) contracts between a cooperative's
 * service centre and its members, the fees they pay, area units (mu, hectares, m²), and the
 * credit characteristics (contracted area, contract standing, fee punctuality) that turn
 * production records into credit evidence.
 *
 * @packageDocumentation
 */

export {
  AreaSchema,
  hectaresToMu,
  MU_PER_HECTARE,
  muToHectares,
  SQUARE_METRES_PER_MU,
  squareMetresToMu,
} from './area';
export { CONTRACTED_AREA_STATUSES, sumContractedAreaMu } from './contractedArea';
export {
  CONTRACTED_AREA_FEATURE_ID,
  computeContractedAreaMu,
  contractedAreaMuFeature,
} from './contractedAreaFeature';
export {
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
export { type TrusteeshipApi, trusteeship } from './trusteeship';
