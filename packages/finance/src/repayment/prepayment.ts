import { DAY_COUNT_BASIS } from '../dayCount';
import { toDayNumber } from '../internal/dayNumber';
import { ratioOf } from '../internal/exactRatio';
import { amortise, type PlanPeriod, type PrincipalRule } from '../schedule/amortise';
import type { AccrualPosition } from './accruedInterest';
import type { AccountInstallment, LoanAccount } from './loanAccount';
import type { PrepaymentMode } from './loanProductRules';

/** The installments after an early repayment, and the level payment they now use. @internal */
export interface Rebuilt {
  readonly installments: AccountInstallment[];
  readonly levelPaymentFen: number | undefined;
}

/** Scheduled principal still unpaid per installment from `from` on, cut down from the end by `prepaid`. */
function shortenedPrincipals(
  installments: readonly AccountInstallment[],
  from: number,
  prepaid: number,
): number[] {
  const principals = installments.slice(from).map((inst) => inst.principalDueFen - inst.principalPaidFen);
  let cut = prepaid;
  for (let i = principals.length - 1; i >= 0 && cut > 0; i--) {
    const take = Math.min(principals[i] as number, cut);
    principals[i] = (principals[i] as number) - take;
    cut -= take;
  }
  return principals;
}

/**
 * Rebuilds the schedule from the day of an early repayment: every fen of interest accrued to
 * that day has just been paid (booked on the current installment), `prepaid` principal is
 * booked on it too, and the rest of the principal runs from that day over the remaining
 * contract dates, re-amortised (same maturity, smaller installments) or shortened (same
 * installment or principal per period, fewer of them).
 * @internal
 */
export function rebuildAfterPrepayment(
  account: LoanAccount,
  installments: readonly AccountInstallment[],
  position: AccrualPosition,
  date: string,
  interestPaidNow: number,
  prepaid: number,
  mode: PrepaymentMode,
): Rebuilt {
  const k = position.current;
  const current = installments[k] as AccountInstallment;
  let interestBefore = 0;
  let interestPaid = interestPaidNow;
  installments.forEach((inst, i) => {
    interestPaid += inst.interestPaidFen;
    if (i < k) interestBefore += inst.interestDueFen;
  });
  // Interest paid so far that belongs to no earlier installment: booked on the current one.
  const interestOnCurrent = interestPaid - interestBefore;
  const earlier = current.earlierAccruedInterestFen + position.partialInterest;
  const principalOnCurrent = current.principalPaidFen + prepaid;
  const balance = position.scheduledBalance - prepaid;
  const head = installments.slice(0, k);

  if (balance === 0) {
    const closed: AccountInstallment = {
      ...current,
      startDate: date,
      principalDueFen: principalOnCurrent,
      principalPaidFen: principalOnCurrent,
      interestDueFen: interestOnCurrent,
      interestPaidFen: interestOnCurrent,
      prepaidFen: principalOnCurrent + interestOnCurrent,
      accruedInterestFen: 0,
      earlierAccruedInterestFen: earlier,
      paidOn: date,
      lastPaymentOn: date,
    };
    return { installments: [...head, closed], levelPaymentFen: account.levelPaymentFen };
  }

  const rest = installments.slice(k);
  const periods: PlanPeriod[] = rest.map((inst) => ({
    endDay: toDayNumber(inst.endDate),
    principalBearing: inst.principalBearing,
    interestPayable: inst.interestPayable,
  }));
  const level = account.terms.method === 'equalInstallment';
  let rule: PrincipalRule;
  if (mode === 'shorten' && level && account.levelPaymentFen !== undefined) {
    rule = { kind: 'level', payment: account.levelPaymentFen };
  } else if (mode === 'shorten' && !level && account.terms.method !== 'interestOnly') {
    rule = { kind: 'fixed', principals: shortenedPrincipals(installments, k, prepaid) };
  } else {
    rule = level ? { kind: 'level' } : { kind: 'split' };
  }
  const result = amortise({
    startDay: toDayNumber(date),
    openingBalance: balance,
    tranches: [],
    periods,
    rate: ratioOf(account.terms.annualRate),
    basis: DAY_COUNT_BASIS[account.terms.dayCount],
    rule,
    carriedInterest: 0,
    stopWhenRepaid: mode === 'shorten',
  });
  const rebuilt = result.periods.map((p, j): AccountInstallment => {
    const source = rest[j] as AccountInstallment;
    if (j === 0) {
      return {
        ...source,
        startDate: date,
        principalDueFen: principalOnCurrent + p.principal,
        principalPaidFen: principalOnCurrent,
        interestDueFen: interestOnCurrent + p.interest,
        interestPaidFen: interestOnCurrent,
        // Everything paid on an installment before it was payable was paid early.
        prepaidFen: principalOnCurrent + interestOnCurrent,
        accruedInterestFen: p.accruedInterest,
        earlierAccruedInterestFen: earlier,
        paidOn: p.principal + p.interest === 0 ? date : null,
        lastPaymentOn: date,
      };
    }
    return {
      ...source,
      principalDueFen: p.principal,
      principalPaidFen: 0,
      interestDueFen: p.interest,
      interestPaidFen: 0,
      prepaidFen: 0,
      accruedInterestFen: p.accruedInterest,
      earlierAccruedInterestFen: 0,
      paidOn: null,
      lastPaymentOn: null,
    };
  });
  return {
    installments: [...head, ...rebuilt],
    levelPaymentFen: level ? (result.levelPayment ?? account.levelPaymentFen) : undefined,
  };
}
