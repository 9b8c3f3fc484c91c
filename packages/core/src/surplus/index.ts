export {
  type DistributionInput,
  DistributionInputSchema,
  type DistributionMember,
  DistributionMemberSchema,
  type DistributionResult,
  type DistributionTotals,
  distributeSurplus,
  type MemberStatement,
  STATEMENT_ITEM_LABELS,
  STATEMENT_ITEMS,
  type StatementItem,
  type StatementLine,
} from './distribute';
export {
  type DistributionPlan,
  type DistributionPlanInput,
  DistributionPlanSchema,
  MIN_PATRONAGE_REFUND_RATE,
} from './distributionPlan';
