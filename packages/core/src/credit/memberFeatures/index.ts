export { CORE_CREDIT_FEATURE_IDS, CORE_CREDIT_FEATURES } from './coreCreditFeatures';
export { isWithinLookback, lookbackStart } from './lookback';
export { CreditFeatureInputSchema, readMemberRecords } from './readMemberRecords';
export {
  type MemberScore,
  type MemberScoreOptions,
  MemberScoreOptionsSchema,
  type MembersScore,
  type MembersScoreOptions,
  MembersScoreOptionsSchema,
  SuppliedValuesSchema,
} from './scoreMember';
