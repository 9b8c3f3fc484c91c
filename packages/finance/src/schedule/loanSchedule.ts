import type { Fen } from '@hezuo/core';
import type { DayCount } from '../dayCount';
import { fromDayNumber } from '../internal/dayNumber';
import { parseWithCodes } from '../internal/parse';
import { type Amortisation, amortise } from './amortise';
import { type LoanTerms, type LoanTermsInput, LoanTermsSchema, type RepaymentMethod } from './loanTerms';
import { frameSchedule, type ScheduleFrame } from './scheduleFrame';

/** One installment of a {@link LoanSchedule}. */
export interface SchedulePeriod {
  /** 1 for the first installment. */
  readonly number: number;
  /** The day interest for this period starts accruing (the start, or the previous contract due date). */
  readonly startDate: string;
  /** The contract due date: interest accrues up to this day. */
  readonly endDate: string;
  /** The day payment is due: the contract due date moved to a working day by the calendar. */
  readonly dueDate: string;
  /** Actual days from `startDate` to `endDate`. */
  readonly days: number;
  /** Tranches paid out in this period, in fen. */
  readonly disbursedFen: Fen;
  /** Principal due, in fen. */
  readonly principalFen: Fen;
  /** Interest due, in fen (in the first installment after a principal-and-interest grace, with the interest it deferred). */
  readonly interestFen: Fen;
  /** Interest accrued over this period itself, in fen (equals `interestFen` outside a principal-and-interest grace). */
  readonly accruedInterestFen: Fen;
  /** `principalFen + interestFen`. */
  readonly paymentFen: Fen;
  /** Principal outstanding after this installment, in fen. */
  readonly balanceFen: Fen;
}

/** A disbursement of a {@link LoanSchedule}. */
export interface ScheduleDisbursement {
  /** The day paid out. */
  readonly date: string;
  /** The principal paid out, in fen. */
  readonly amountFen: Fen;
  /** What reaches the borrower after fees kept out of it, in fen. */
  readonly netFen: Fen;
}

/** A fee of a {@link LoanSchedule}, with its date filled in. */
export interface ScheduleFee {
  /** The fee's key. */
  readonly id: string;
  /** The day paid. */
  readonly date: string;
  /** The amount, in fen. */
  readonly amountFen: Fen;
  /** Whether it was kept out of the first disbursement. */
  readonly deductedFromDisbursement: boolean;
}

/** The totals of a {@link LoanSchedule}. */
export interface ScheduleTotals {
  /** Σ principal: the principal lent. */
  readonly principalFen: Fen;
  /** Σ interest. */
  readonly interestFen: Fen;
  /** Σ payments (principal + interest). */
  readonly paymentFen: Fen;
  /** Σ fees. */
  readonly feesFen: Fen;
}

/** A repayment schedule (还款计划表): every installment's dates and amounts, and the totals. */
export interface LoanSchedule {
  /** How principal is repaid. */
  readonly method: RepaymentMethod;
  /** The day count interest accrues by. */
  readonly dayCount: DayCount;
  /** The annual contract rate, as given. */
  readonly annualRate: number | string;
  /** The principal lent, in fen. */
  readonly principalFen: Fen;
  /** The level payment of an `equalInstallment` loan (the last installment may differ by rounding). */
  readonly levelPaymentFen?: Fen;
  /** Disbursements, in order. */
  readonly disbursements: readonly ScheduleDisbursement[];
  /** Fees, with dates. */
  readonly fees: readonly ScheduleFee[];
  /** Installments, in order. */
  readonly periods: readonly SchedulePeriod[];
  /** The totals. */
  readonly totals: ScheduleTotals;
}

/**
 * Formats an amortisation of framed terms as a schedule.
 * @internal
 */
export function formatSchedule(terms: LoanTerms, frame: ScheduleFrame, result: Amortisation): LoanSchedule {
  const periods: SchedulePeriod[] = new Array(result.periods.length);
  let interestTotal = 0;
  let paymentTotal = 0;
  let startDate = fromDayNumber(frame.startDay);
  for (let i = 0; i < result.periods.length; i++) {
    const p = result.periods[i] as Amortisation['periods'][number];
    const endDate = fromDayNumber(p.endDay);
    const dueDay = frame.dueDays[i] as number;
    const payment = p.principal + p.interest;
    periods[i] = {
      number: i + 1,
      startDate,
      endDate,
      dueDate: dueDay === p.endDay ? endDate : fromDayNumber(dueDay),
      days: p.endDay - p.startDay,
      disbursedFen: p.disbursed,
      principalFen: p.principal,
      interestFen: p.interest,
      accruedInterestFen: p.accruedInterest,
      paymentFen: payment,
      balanceFen: p.balance,
    };
    interestTotal += p.interest;
    paymentTotal += payment;
    startDate = endDate;
  }
  const fees: ScheduleFee[] = terms.fees.map((fee) => ({
    id: fee.id,
    date: fee.date ?? terms.startDate,
    amountFen: fee.amountFen,
    deductedFromDisbursement: fee.deductedFromDisbursement,
  }));
  const deducted = fees.reduce((sum, fee) => sum + (fee.deductedFromDisbursement ? fee.amountFen : 0), 0);
  const disbursements: ScheduleDisbursement[] = frame.tranches.map((t, i) => ({
    date: fromDayNumber(t.day),
    amountFen: t.amount,
    netFen: i === 0 ? t.amount - deducted : t.amount,
  }));
  return {
    method: terms.method,
    dayCount: terms.dayCount,
    annualRate: terms.annualRate,
    principalFen: terms.principalFen,
    ...(result.levelPayment === undefined ? {} : { levelPaymentFen: result.levelPayment }),
    disbursements,
    fees,
    periods,
    totals: {
      principalFen: terms.principalFen,
      interestFen: interestTotal,
      paymentFen: paymentTotal,
      feesFen: fees.reduce((sum, fee) => sum + fee.amountFen, 0),
    },
  };
}

/**
 * The repayment schedule of a loan (还款计划表): every installment's contract date, payment date,
 * principal, interest and outstanding balance, and the totals.
 *
 * - Interest of a period is `balance × annualRate × days ÷ basis` over the actual days of the
 *   contract dates (ACT/360 by default, or ACT/365), with tranches counted from the day paid
 *   out, rounded half-up to the fen once per period.
 * - `equalInstallment` (等额本息) solves the level payment that repays the principal over the
 *   repayment periods at those actual-day rates, rounds it half-up to the fen, and takes each
 *   period's principal as the payment less its interest; `equalPrincipal` (等额本金) and
 *   `seasonal` split the principal evenly (rounded down) over the periods that repay it;
 *   `interestOnly` repays it all with the last installment. In every method **the last
 *   installment absorbs the rounding**, so principal repaid is exactly the principal lent.
 * - A due date on a non-working day of `calendar` is moved (`following` by default); interest
 *   still runs to the contract date, so holidays do not change the amounts.
 *
 * @param terms - see {@link LoanTermsSchema}
 * @returns the schedule; see {@link LoanSchedule}
 * @throws HezuoError `INVALID_AMOUNT` (path `terms`, `principalFen` …), `INVALID_RATE` (path `terms`,
 * `annualRate`) for a rate outside 0-0.36, `DATE_ORDER` for dates that go backwards (due dates,
 * tranches, or due dates moved onto each other), `INVALID_INPUT` for anything else, e.g. a seasonal
 * loan whose last due date is not in a harvest month
 *
 * @example
 * ```ts
 * const schedule = buildLoanSchedule({
 *   principalFen: 12_000_000, annualRate: '0.0435', startDate: '2025-01-15', periods: 12,
 *   method: 'equalPrincipal',
 * });
 * schedule.periods[0]; // { number: 1, dueDate: '2025-02-15', principalFen: 1_000_000, interestFen: 44_950, … }
 * ```
 */
export function buildLoanSchedule(terms: LoanTermsInput): LoanSchedule {
  const parsed = parseWithCodes(LoanTermsSchema, terms, ['terms']);
  const frame = frameSchedule(parsed);
  const result = amortise({
    startDay: frame.startDay,
    openingBalance: 0,
    tranches: frame.tranches,
    periods: frame.periods,
    rate: frame.rate,
    basis: frame.basis,
    rule: frame.rule,
    carriedInterest: 0,
  });
  return formatSchedule(parsed, frame, result);
}
