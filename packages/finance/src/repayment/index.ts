export {
  applyRepayment,
  type Repayment,
  type RepaymentAllocation,
  type RepaymentResult,
  RepaymentSchema,
} from './applyRepayment';
export { installmentRecordsOf } from './installmentRecords';
export {
  type AccountInstallment,
  AccountInstallmentSchema,
  LOAN_LEDGER_ENTRY_KINDS,
  type LoanAccount,
  type LoanAccountInput,
  LoanAccountSchema,
  type LoanLedgerEntry,
  LoanLedgerEntrySchema,
} from './loanAccount';
export {
  ALLOCATION_BUCKETS,
  type AllocationBucket,
  AllocationOrderSchema,
  DEFAULT_ALLOCATION_ORDER,
  type LoanProductRules,
  type LoanProductRulesInput,
  LoanProductRulesSchema,
  OVERPAYMENT_POLICIES,
  PENALTY_BASES,
  PREPAYMENT_MODES,
  type PrepaymentMode,
} from './loanProductRules';
export { type LoanStatement, loanStatement } from './loanStatement';
export { type OpenLoanInput, OpenLoanInputSchema, openLoanAccount } from './openLoanAccount';
