/**
 * Hezuo (合作) finance plugin: exact simple interest in integer fen under the day-count
 * conventions of Chinese lending, for credit lines and loans to cooperative members, and the
 * credit-record characteristics (repayment punctuality, longest delay, defaults) that loan
 * installments yield.
 *
 * @packageDocumentation
 */

export { DAY_COUNT_BASIS, DAY_COUNTS, type DayCount, DayCountSchema } from './dayCount';
export { daysBetween } from './daysBetween';
export { DEFAULT_DAYS_OVERDUE, defaultedLoans } from './defaultedLoans';
export { computeDefaults3y, DEFAULTS_3Y_FEATURE_ID, defaults3yFeature } from './defaults3yFeature';
export { type FinanceApi, finance } from './finance';
export {
  FINANCE_INSTALLMENT_KIND,
  type InstallmentRecord,
  InstallmentRecordSchema,
} from './installmentRecord';
export { maxDaysOverdue } from './maxDaysOverdue';
export {
  computeMaxDaysOverdue,
  MAX_DAYS_OVERDUE_FEATURE_ID,
  maxDaysOverdueFeature,
} from './maxDaysOverdueFeature';
export { installmentOnTimeShare } from './onTimeShare';
export { computeOnTimeShare, ON_TIME_SHARE_FEATURE_ID, onTimeShareFeature } from './onTimeShareFeature';
export { type FinanceOptions, FinanceOptionsSchema, type ResolvedFinanceOptions } from './options';
export { type SimpleInterestInput, SimpleInterestInputSchema, simpleInterest } from './simpleInterest';
