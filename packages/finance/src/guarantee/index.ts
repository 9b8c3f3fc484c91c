export {
  CooperativeFundInputSchema,
  cooperativeFundContribution,
  MIN_COOPERATIVE_FUND_SHARE,
} from './cooperativeFund';
export { GuaranteeFeeInputSchema, guaranteeFee } from './guaranteeFee';
export {
  formJointLiabilityGroup,
  type JointLiabilityGroup,
  JointLiabilityGroupSchema,
  JointLiabilityRulesSchema,
} from './jointLiabilityGroup';
export {
  type DefaultRecovery,
  type DefaultRecoveryInput,
  DefaultRecoveryInputSchema,
  RECOVERY_SOURCES,
  type RecoverySource,
  type RecoveryStep,
  recoverDefault,
} from './recoverDefault';
