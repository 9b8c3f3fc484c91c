export {
  type MutualAidFund,
  MutualAidFundSchema,
  MutualAidHoldingSchema,
  type MutualAidLoan,
  MutualAidLoanSchema,
} from './mutualAidFund';
export {
  checkMutualAidFund,
  lendFromMutualAidFund,
  type MutualAidLending,
  MutualAidLoanRequestSchema,
  MutualAidRepaymentSchema,
  repayMutualAidLoan,
  ShareSubscriptionSchema,
  subscribeMutualAidShares,
} from './mutualAidOperations';
export {
  type MutualAidRules,
  type MutualAidRulesInput,
  MutualAidRulesSchema,
} from './mutualAidRules';
