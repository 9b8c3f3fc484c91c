export {
  type AdmissionInput,
  AdmissionInputSchema,
  type AdmissionResolution,
  AdmissionResolutionSchema,
  admitMembers,
  MembershipApplicationSchema,
} from './admission';
export { type Charter, type CharterInput, CharterSchema, COOPERATIVE_LAW } from './charter';
export { type ExitDecision, type ExitRequest, ExitRequestSchema, requestExit } from './exit';
export {
  completeExits,
  type ExitCompletion,
  type ExitCompletionResult,
  ExitCompletionSchema,
  type ExitSettlement,
  type MemberBalance,
  MemberBalanceSchema,
} from './exitSettlement';
export { type FoundingInput, FoundingInputSchema, foundCooperative } from './founding';
export { EntityIdSchema, RegionCodeSchema } from './ids';
export {
  COOPERATIVE_KINDS,
  type Cooperative,
  type CooperativeKind,
  CooperativeSchema,
  isOrganization,
  type NaturalPerson,
  NaturalPersonSchema,
  ORGANIZATION_KINDS,
  type Organization,
  type OrganizationKind,
  OrganizationSchema,
  type Party,
  type PartyInput,
  PartySchema,
} from './party';
export {
  type CooperativeRegister,
  type CooperativeRegisterInput,
  CooperativeRegisterSchema,
  currentMembers,
  MEMBER_STATUSES,
  type MemberStatus,
  type RegisterMember,
  RegisterMemberSchema,
} from './register';
export {
  assertRegisterComposition,
  type CompositionOptions,
  checkRegisterComposition,
  maxOrganizationMembers,
  REGISTER_RULES,
  type RegisterComposition,
  type RegisterRule,
  type RuleViolation,
} from './registerRules';
