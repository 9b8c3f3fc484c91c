/**
 * Hezuo (合作) trusteeship plugin: land trusteeship (土地托管) contracts between a cooperative's
 * service centre and its members, area units (mu, hectares, m²), and the contracted-area
 * credit characteristic that turns production records into credit evidence.
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
  type ResolvedTrusteeshipOptions,
  type TrusteeshipOptions,
  TrusteeshipOptionsSchema,
} from './options';
export { type TrusteeshipApi, trusteeship } from './trusteeship';
