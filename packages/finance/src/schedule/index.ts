export { AnnualRateSchema, MAX_ANNUAL_RATE } from './annualRate';
export { type CropCalendar, CropCalendarSchema, PRACTICE_CROP_CALENDARS } from './cropCalendar';
export {
  buildLoanSchedule,
  type LoanSchedule,
  type ScheduleDisbursement,
  type ScheduleFee,
  type SchedulePeriod,
  type ScheduleTotals,
} from './loanSchedule';
export {
  FREQUENCY_MONTHS,
  GRACE_KINDS,
  type GraceKind,
  GraceSchema,
  type LoanFee,
  LoanFeeSchema,
  type LoanTerms,
  type LoanTermsInput,
  LoanTermsSchema,
  REPAYMENT_METHODS,
  type RepaymentMethod,
  RepaymentMethodSchema,
  type Tranche,
  TrancheSchema,
} from './loanTerms';
