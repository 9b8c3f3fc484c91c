import { type Fen, FenSchema, HezuoError, IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { accrualPosition, isPayable } from './accruedInterest';
import { accrueInPlace } from './accruePenalties';
import {
  type AccountInstallment,
  type LoanAccount,
  type LoanAccountInput,
  LoanAccountSchema,
} from './loanAccount';
import { type AllocationBucket, PREPAYMENT_MODES } from './loanProductRules';
import { rebuildAfterPrepayment } from './prepayment';

/** Schema of a repayment (还款) on a loan account. */
export const RepaymentSchema = z.strictObject({
  /** The day the money is received, `YYYY-MM-DD`; not before the account's last activity. */
  date: IsoDateSchema,
  /** The amount received, in fen, at least 1. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a repayment is at least 1 fen' })),
  /** For money beyond what is due: re-amortise or shorten; the product's rule when absent. */
  prepayment: z.enum(PREPAYMENT_MODES).optional(),
});

/** A repayment; see {@link RepaymentSchema}. */
export type Repayment = z.infer<typeof RepaymentSchema>;

/** How a repayment was applied. */
export interface RepaymentAllocation {
  /** Paid to penalty interest, in fen. */
  readonly penaltyFen: Fen;
  /** Paid to interest (due, and accrued to the day when repaying early), in fen. */
  readonly interestFen: Fen;
  /** Paid to principal in all, in fen. */
  readonly principalFen: Fen;
  /** Of that, principal paid before it was due (an early repayment), in fen. */
  readonly prepaidPrincipalFen: Fen;
  /** Money beyond everything owed, handed back (product rule `refund`), in fen. */
  readonly refundFen: Fen;
}

/** The result of {@link applyRepayment}. */
export interface RepaymentResult {
  /** The account after the repayment. */
  readonly account: LoanAccount;
  /** How the money was applied. */
  readonly allocation: RepaymentAllocation;
  /** Numbers of installments the repayment removed from the schedule (it ended sooner). */
  readonly removedInstallments: readonly number[];
}

const ArgsSchema = z.strictObject({ account: LoanAccountSchema, repayment: RepaymentSchema });

function owed(inst: AccountInstallment, bucket: AllocationBucket): number {
  if (bucket === 'penalty') return inst.penaltyFen - inst.penaltyPaidFen;
  if (bucket === 'interest') return inst.interestDueFen - inst.interestPaidFen;
  return inst.principalDueFen - inst.principalPaidFen;
}

function pay(inst: AccountInstallment, bucket: AllocationBucket, amount: number): void {
  if (bucket === 'penalty') inst.penaltyPaidFen += amount;
  else if (bucket === 'interest') inst.interestPaidFen += amount;
  else inst.principalPaidFen += amount;
}

/**
 * Applies a repayment to a loan account (还款入账), purely: the account passed in is not changed,
 * and a refused repayment changes nothing.
 *
 * 1. Penalty interest is accrued on overdue installments up to the day (contract rate × (1 +
 *    surcharge), see the product rules).
 * 2. The money pays what is payable on the day (installments past their contract or payment
 *    date) in the product's allocation order, by default penalty → interest → principal, each
 *    bucket oldest installment first. A smaller amount leaves the rest overdue.
 * 3. Money left over repays early (提前还款): first the interest accrued to the day, then
 *    principal; the rest of the schedule is re-amortised over the remaining dates or shortened
 *    (`prepayment`, or the product's rule). Too little to reach principal is paid ahead on the
 *    interest of the coming installments.
 * 4. Money beyond everything owed is refused (`FINANCE_RULE`) or refunded, as the product says.
 *
 * Over the life of the loan the principal repaid equals the principal lent, exactly.
 *
 * @param account - see {@link LoanAccountSchema}
 * @param repayment - see {@link RepaymentSchema}
 * @returns the new account and how the money was applied
 * @throws HezuoError `FINANCE_RULE` (path `repayment`, `amountFen`) for money beyond everything
 * owed under a `refuse` product, or early repayment before the last tranche is paid out; `FINANCE_RULE`
 * (path `account`, `status`) for a loan already paid off; `DATE_ORDER` (path `repayment`, `date`) for
 * a repayment dated before the account's last activity; `INVALID_AMOUNT` / `INVALID_INPUT` for
 * malformed arguments
 *
 * @example
 * ```ts
 * const { account: next, allocation } = applyRepayment(account, { date: '2025-02-15', amountFen: 104_495 });
 * allocation; // { penaltyFen: 0, interestFen: 4_495, principalFen: 100_000, prepaidPrincipalFen: 0, refundFen: 0 }
 * ```
 */
export function applyRepayment(account: LoanAccountInput, repayment: Repayment): RepaymentResult {
  const args = parseWithCodes(ArgsSchema, { account, repayment });
  const acc = args.account;
  const { date, amountFen } = args.repayment;
  if (acc.status === 'paidOff') {
    throw new HezuoError('FINANCE_RULE', `loan ${acc.loanId} is already paid off`, {
      path: ['account', 'status'],
    });
  }
  if (date < acc.lastActivityDate) {
    throw new HezuoError(
      'DATE_ORDER',
      `a repayment on ${date} is dated before the loan's last activity on ${acc.lastActivityDate}`,
      { path: ['repayment', 'date'] },
    );
  }

  let installments = acc.installments.map((inst) => ({ ...inst }));
  accrueInPlace(acc, installments, date);
  const touched = new Set<number>();
  const paid = { penalty: 0, interest: 0, principal: 0 };
  let remaining = amountFen;
  for (const bucket of acc.rules.allocationOrder) {
    for (const inst of installments) {
      if (remaining === 0) break;
      if (!isPayable(inst, date)) continue;
      const amount = Math.min(owed(inst, bucket), remaining);
      if (amount <= 0) continue;
      pay(inst, bucket, amount);
      paid[bucket] += amount;
      remaining -= amount;
      touched.add(inst.number);
    }
  }

  let prepaid = 0;
  let refund = 0;
  let levelPaymentFen = acc.levelPaymentFen;
  let removed: number[] = [];
  const refuseOrRefund = (excess: number) => {
    if (acc.rules.overpayment === 'refuse') {
      throw new HezuoError(
        'FINANCE_RULE',
        `the repayment of ${amountFen} fen is ${excess} fen more than everything owed on ${date} (${amountFen - excess} fen); this product refuses overpayments`,
        { path: ['repayment', 'amountFen'], details: { payoffFen: amountFen - excess, excessFen: excess } },
      );
    }
    refund = excess;
  };
  if (remaining > 0) {
    const position = accrualPosition(acc, installments, date);
    if (position.current === -1 || position.scheduledBalance === 0) {
      refuseOrRefund(remaining);
    } else {
      const lastTranche = acc.terms.tranches?.[acc.terms.tranches.length - 1]?.date ?? acc.terms.startDate;
      if (lastTranche > date) {
        throw new HezuoError(
          'FINANCE_RULE',
          `loan ${acc.loanId} cannot be repaid early before its last tranche is paid out on ${lastTranche}`,
          { path: ['repayment', 'amountFen'] },
        );
      }
      if (remaining <= position.unpaidInterest) {
        // Too little to reach principal: paid ahead on the interest of the coming installments.
        for (let i = position.current; i < installments.length && remaining > 0; i++) {
          const inst = installments[i] as AccountInstallment;
          const amount = Math.min(owed(inst, 'interest'), remaining);
          if (amount <= 0) continue;
          pay(inst, 'interest', amount);
          inst.prepaidFen += amount;
          paid.interest += amount;
          remaining -= amount;
          touched.add(inst.number);
        }
        if (remaining > 0) refuseOrRefund(remaining);
      } else {
        const interestNow = position.unpaidInterest;
        remaining -= interestNow;
        prepaid = Math.min(remaining, position.scheduledBalance);
        remaining -= prepaid;
        if (remaining > 0) refuseOrRefund(remaining);
        const mode = args.repayment.prepayment ?? acc.rules.prepayment;
        const rebuilt = rebuildAfterPrepayment(acc, installments, position, date, interestNow, prepaid, mode);
        const kept = new Set(rebuilt.installments.map((inst) => inst.number));
        removed = installments.filter((inst) => !kept.has(inst.number)).map((inst) => inst.number);
        installments = rebuilt.installments;
        levelPaymentFen = rebuilt.levelPaymentFen;
        paid.interest += interestNow;
        paid.principal += prepaid;
      }
    }
  }

  for (const inst of installments) {
    if (!touched.has(inst.number)) continue;
    inst.lastPaymentOn = date;
    if (
      inst.paidOn === null &&
      inst.principalPaidFen === inst.principalDueFen &&
      inst.interestPaidFen === inst.interestDueFen
    ) {
      inst.paidOn = date;
    }
  }
  const principalRepaidFen = acc.principalRepaidFen + paid.principal;
  const balanceFen = acc.principalLentFen - principalRepaidFen;
  const settled = installments.every(
    (inst) =>
      inst.principalPaidFen === inst.principalDueFen &&
      inst.interestPaidFen === inst.interestDueFen &&
      inst.penaltyPaidFen === inst.penaltyFen,
  );
  const { levelPaymentFen: _old, ...rest } = acc;
  const next: LoanAccount = {
    ...rest,
    ...(levelPaymentFen === undefined ? {} : { levelPaymentFen }),
    status: balanceFen === 0 && settled ? 'paidOff' : 'active',
    installments,
    ledger: [
      ...acc.ledger,
      {
        date,
        kind: 'repayment',
        amountFen,
        penaltyFen: paid.penalty,
        interestFen: paid.interest,
        principalFen: paid.principal,
        refundFen: refund,
        balanceFen,
      },
    ],
    principalRepaidFen,
    interestPaidFen: acc.interestPaidFen + paid.interest,
    penaltyPaidFen: acc.penaltyPaidFen + paid.penalty,
    balanceFen,
    lastActivityDate: date,
  };
  return {
    account: next,
    allocation: {
      penaltyFen: paid.penalty,
      interestFen: paid.interest,
      principalFen: paid.principal,
      prepaidPrincipalFen: prepaid,
      refundFen: refund,
    },
    removedInstallments: removed,
  };
}
