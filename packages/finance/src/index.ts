/**
 * Hezuo (合作) finance plugin: credit for cooperative members in integer fen. Revolving credit
 * lines (授信) on core's scoring; loan schedules (equal installment, equal principal, bullet,
 * seasonal, grace, tranches) on ACT/360 or ACT/365 with business-day calendars, their annualised
 * cost (XIRR); repayments with penalty interest and early repayment on a loan ledger; mutual aid
 * (资金互助), joint-liability guarantees (联保) and agricultural insurance with exact subsidy
 * shares; the credit-record characteristics installments yield; and HTTP adapters to partner
 * banks and insurers (ky), with a documented contract and signed webhooks.
 *
 * @packageDocumentation
 */

export * from './calendar/index';
export * from './cost/index';
export * from './creditLine/index';
export { DAY_COUNT_BASIS, DAY_COUNTS, type DayCount, DayCountSchema } from './dayCount';
export { daysBetween } from './daysBetween';
export { DEFAULT_DAYS_OVERDUE, defaultedLoans } from './defaultedLoans';
export { computeDefaults3y, DEFAULTS_3Y_FEATURE_ID, defaults3yFeature } from './defaults3yFeature';
export { type FinanceApi, finance, type InsuranceQuoteInput, type InsuranceQuoteResult } from './finance';
export * from './guarantee/index';
export {
  FINANCE_INSTALLMENT_KIND,
  type InstallmentRecord,
  InstallmentRecordSchema,
} from './installmentRecord';
export * from './insurance/index';
export { maxDaysOverdue } from './maxDaysOverdue';
export {
  computeMaxDaysOverdue,
  MAX_DAYS_OVERDUE_FEATURE_ID,
  maxDaysOverdueFeature,
} from './maxDaysOverdueFeature';
export * from './mutualAid/index';
export { installmentOnTimeShare } from './onTimeShare';
export { computeOnTimeShare, ON_TIME_SHARE_FEATURE_ID, onTimeShareFeature } from './onTimeShareFeature';
export { type FinanceOptions, FinanceOptionsSchema, type ResolvedFinanceOptions } from './options';
export * from './partners/index';
export * from './repayment/index';
export * from './schedule/index';
export { type SimpleInterestInput, SimpleInterestInputSchema, simpleInterest } from './simpleInterest';
