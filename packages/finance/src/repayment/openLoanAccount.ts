import { RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { amortise } from '../schedule/amortise';
import { formatSchedule } from '../schedule/loanSchedule';
import { LoanTermsSchema } from '../schedule/loanTerms';
import { frameSchedule } from '../schedule/scheduleFrame';
import type { AccountInstallment, LoanAccount, LoanLedgerEntry } from './loanAccount';
import { LoanProductRulesSchema } from './loanProductRules';

/** Schema of {@link openLoanAccount}'s input. */
export const OpenLoanInputSchema = z.strictObject({
  /** The loan's id. */
  loanId: RecordIdSchema.check(z.maxLength(200, { error: 'a loan id is at most 200 characters' })),
  /** The borrowing member. */
  memberId: z.string().min(1).max(256),
  /** The credit line the loan is drawn on, if any. */
  creditLineId: z.optional(RecordIdSchema),
  /** The loan's terms; see {@link LoanTermsSchema}. */
  terms: LoanTermsSchema,
  /** The product's repayment rules; every rule has a default. */
  rules: LoanProductRulesSchema.default({
    penaltySurchargeRate: '0.5',
    penaltyOn: 'principalAndInterest',
    allocationOrder: ['penalty', 'interest', 'principal'],
    prepayment: 'reamortise',
    overpayment: 'refuse',
  }),
});

/** {@link openLoanAccount}'s input as given. */
export type OpenLoanInput = z.input<typeof OpenLoanInputSchema>;

/**
 * Opens a loan account (开立贷款账户) on its schedule: one installment per period with nothing
 * paid yet, and a ledger with the disbursements (every tranche, on its date) and the fees.
 *
 * @param input - see {@link OpenLoanInputSchema}
 * @returns the account; see {@link LoanAccountSchema}
 * @throws HezuoError as {@link buildLoanSchedule} (paths under `input`, `terms`), `INVALID_RATE`
 * (path `input`, `rules`, `penaltySurchargeRate`) for a surcharge outside 0-1
 *
 * @example
 * ```ts
 * const account = openLoanAccount({
 *   loanId: 'L-2025-001', memberId: 'M001',
 *   terms: { principalFen: 1_200_000, annualRate: '0.0435', startDate: '2025-01-15', periods: 12, method: 'equalPrincipal' },
 * });
 * account.balanceFen; // 1_200_000
 * ```
 */
export function openLoanAccount(input: OpenLoanInput): LoanAccount {
  const parsed = parseWithCodes(OpenLoanInputSchema, input, ['input']);
  const { terms } = parsed;
  const frame = frameSchedule(terms);
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
  const schedule = formatSchedule(terms, frame, result);
  const installments: AccountInstallment[] = schedule.periods.map((p, i) => ({
    number: p.number,
    startDate: p.startDate,
    endDate: p.endDate,
    dueDate: p.dueDate,
    principalBearing: (frame.periods[i] as { principalBearing: boolean }).principalBearing,
    interestPayable: (frame.periods[i] as { interestPayable: boolean }).interestPayable,
    principalDueFen: p.principalFen,
    interestDueFen: p.interestFen,
    accruedInterestFen: p.accruedInterestFen,
    earlierAccruedInterestFen: 0,
    principalPaidFen: 0,
    interestPaidFen: 0,
    prepaidFen: 0,
    penaltyFen: 0,
    penaltyPaidFen: 0,
    penaltyAccruedThrough: null,
    paidOn: null,
    lastPaymentOn: null,
  }));
  const entries: LoanLedgerEntry[] = [];
  let disbursed = 0;
  const events = [
    ...schedule.disbursements.map((d) => ({ date: d.date, order: 0, fee: 0, principal: d.amountFen })),
    ...schedule.fees.map((f) => ({ date: f.date, order: 1, fee: f.amountFen, principal: 0 })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  for (const event of events) {
    disbursed += event.principal;
    entries.push({
      date: event.date,
      kind: event.principal > 0 ? 'disbursement' : 'fee',
      amountFen: event.principal > 0 ? event.principal : event.fee,
      penaltyFen: 0,
      interestFen: 0,
      principalFen: event.principal,
      refundFen: 0,
      balanceFen: disbursed,
    });
  }
  return {
    loanId: parsed.loanId,
    memberId: parsed.memberId,
    ...(parsed.creditLineId === undefined ? {} : { creditLineId: parsed.creditLineId }),
    terms,
    rules: parsed.rules,
    status: 'active',
    ...(schedule.levelPaymentFen === undefined ? {} : { levelPaymentFen: schedule.levelPaymentFen }),
    installments,
    ledger: entries,
    principalLentFen: terms.principalFen,
    principalRepaidFen: 0,
    interestPaidFen: 0,
    penaltyPaidFen: 0,
    balanceFen: terms.principalFen,
    lastActivityDate: terms.startDate,
  };
}
