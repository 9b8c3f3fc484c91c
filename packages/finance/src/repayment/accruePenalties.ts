import { HezuoError } from '@hezuo/core';
import { DAY_COUNT_BASIS } from '../dayCount';
import { toDayNumber } from '../internal/dayNumber';
import { divideHalfUp, ratioOf } from '../internal/exactRatio';
import type { AccountInstallment, LoanAccount } from './loanAccount';

/**
 * Accrues penalty interest on every overdue installment up to `date`, in place on a working
 * copy: `unpaid × contract rate × (1 + surcharge) × days ÷ basis`, half-up, from the later of the
 * payment date and the day last accrued to. Paying on the due date itself costs no penalty.
 * @internal
 */
export function accrueInPlace(account: LoanAccount, installments: AccountInstallment[], date: string): void {
  const rate = ratioOf(account.terms.annualRate);
  const surcharge = ratioOf(account.rules.penaltySurchargeRate);
  const num = rate.num * (surcharge.den + surcharge.num);
  const den = rate.den * surcharge.den * BigInt(DAY_COUNT_BASIS[account.terms.dayCount]);
  const day = toDayNumber(date);
  for (const inst of installments) {
    if (inst.dueDate >= date) continue;
    const unpaidPrincipal = inst.principalDueFen - inst.principalPaidFen;
    const unpaidInterest = inst.interestDueFen - inst.interestPaidFen;
    const base = unpaidPrincipal + (account.rules.penaltyOn === 'principalAndInterest' ? unpaidInterest : 0);
    const from =
      inst.penaltyAccruedThrough !== null && inst.penaltyAccruedThrough > inst.dueDate
        ? inst.penaltyAccruedThrough
        : inst.dueDate;
    const days = day - toDayNumber(from);
    if (base > 0 && days > 0) {
      const penalty = divideHalfUp(BigInt(base) * BigInt(days) * num, den);
      const total = BigInt(inst.penaltyFen) + penalty;
      if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new HezuoError('AMOUNT_OVERFLOW', 'penalty interest leaves the safe integer range of fen');
      }
      inst.penaltyFen = Number(total);
    }
    if (base > 0 || inst.penaltyAccruedThrough !== null) inst.penaltyAccruedThrough = date;
  }
}
