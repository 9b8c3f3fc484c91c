import { DAY_COUNT_BASIS } from '../dayCount';
import { toDayNumber } from '../internal/dayNumber';
import { ratioOf } from '../internal/exactRatio';
import { interestOn, interestRate } from '../schedule/amortise';
import type { AccountInstallment, LoanAccount } from './loanAccount';

/** Where an account stands on a day between due dates. @internal */
export interface AccrualPosition {
  /** Index of the first installment not yet payable on the day; `-1` when every one is payable. */
  readonly current: number;
  /** Interest accrued from the start to the day and not yet paid, in fen. */
  readonly unpaidInterest: number;
  /** Interest of the current installment accrued from its start date to the day, in fen. */
  readonly partialInterest: number;
  /** Principal outstanding on the schedule from the current installment on, in fen. */
  readonly scheduledBalance: number;
}

/** Whether an installment can be paid on a day: its accrual ended or its payment date came. @internal */
export function isPayable(inst: AccountInstallment, date: string): boolean {
  return inst.endDate <= date || inst.dueDate <= date;
}

/**
 * Interest accrued up to `date` and not yet paid: the full accrual of every payable installment
 * (including interest deferred by a grace and not payable yet), what the current installment
 * accrued before its start date, and its accrual from its start date to `date` on the scheduled
 * balance; less every fen of interest paid so far.
 * @internal
 */
export function accrualPosition(
  account: LoanAccount,
  installments: readonly AccountInstallment[],
  date: string,
): AccrualPosition {
  let current = -1;
  let accrued = 0;
  let paid = 0;
  for (let i = 0; i < installments.length; i++) {
    const inst = installments[i] as AccountInstallment;
    paid += inst.interestPaidFen;
    if (current === -1 && !isPayable(inst, date)) current = i;
    if (current === -1) accrued += inst.earlierAccruedInterestFen + inst.accruedInterestFen;
  }
  if (current === -1)
    return { current, unpaidInterest: Math.max(0, accrued - paid), partialInterest: 0, scheduledBalance: 0 };
  let scheduledBalance = 0;
  for (let i = current; i < installments.length; i++) {
    const inst = installments[i] as AccountInstallment;
    scheduledBalance += inst.principalDueFen - inst.principalPaidFen;
  }
  const inst = installments[current] as AccountInstallment;
  const days = Math.max(0, toDayNumber(date) - toDayNumber(inst.startDate));
  const partialInterest = interestOn(
    scheduledBalance * days,
    interestRate(ratioOf(account.terms.annualRate), DAY_COUNT_BASIS[account.terms.dayCount]),
  );
  accrued += inst.earlierAccruedInterestFen + partialInterest;
  return { current, unpaidInterest: Math.max(0, accrued - paid), partialInterest, scheduledBalance };
}
