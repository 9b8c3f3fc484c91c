import { FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { LoanTermsSchema } from '../schedule/loanTerms';
import { LoanProductRulesSchema } from './loanProductRules';

/** Schema of one installment as a loan account tracks it: what is due and what has been paid. */
export const AccountInstallmentSchema = z.strictObject({
  /** 1 for the first installment. */
  number: z.number().int().min(1).max(600),
  /** The day interest of the part still to run starts accruing (a prepayment restarts it). */
  startDate: IsoDateSchema,
  /** The contract due date: interest accrues up to it. */
  endDate: IsoDateSchema,
  /** The payment date (the contract date moved to a working day); penalty interest runs after it. */
  dueDate: IsoDateSchema,
  /** Whether principal falls due in this installment under the schedule. */
  principalBearing: z.boolean(),
  /** Whether interest is paid with this installment (false in a principal-and-interest grace). */
  interestPayable: z.boolean(),
  /** Principal due, in fen. */
  principalDueFen: FenSchema,
  /** Interest due, in fen. */
  interestDueFen: FenSchema,
  /** Interest accrued from `startDate` to `endDate` on the scheduled balance, in fen. */
  accruedInterestFen: FenSchema,
  /** Interest of this installment accrued before `startDate` (paid at an early repayment), in fen. */
  earlierAccruedInterestFen: FenSchema,
  /** Principal paid, in fen. */
  principalPaidFen: FenSchema,
  /** Interest paid, in fen. */
  interestPaidFen: FenSchema,
  /** Of what was paid, the part paid early, before it was payable (an early repayment), in fen. */
  prepaidFen: z._default(FenSchema, 0),
  /** Penalty interest accrued so far on the overdue amounts, in fen. */
  penaltyFen: FenSchema,
  /** Penalty interest paid, in fen. */
  penaltyPaidFen: FenSchema,
  /** The day penalty interest was last accrued to; `null` before it first falls overdue. */
  penaltyAccruedThrough: z.nullable(IsoDateSchema),
  /** The day principal and interest were paid in full; `null` until then. */
  paidOn: z.nullable(IsoDateSchema),
  /** The day of the last payment towards it; `null` when nothing was paid. */
  lastPaymentOn: z.nullable(IsoDateSchema),
});

/** One installment of a {@link LoanAccount}. */
export type AccountInstallment = z.infer<typeof AccountInstallmentSchema>;

/** Kinds of loan ledger entries. */
export const LOAN_LEDGER_ENTRY_KINDS = ['disbursement', 'fee', 'repayment'] as const;

/** Schema of one line of a loan's ledger (贷款分户账). */
export const LoanLedgerEntrySchema = z.strictObject({
  /** The day of the entry. */
  date: IsoDateSchema,
  /** What happened. */
  kind: z.enum(LOAN_LEDGER_ENTRY_KINDS),
  /** The money that moved, in fen (paid out, charged, or received). */
  amountFen: FenSchema,
  /** Of a repayment: penalty interest paid, in fen. */
  penaltyFen: FenSchema,
  /** Of a repayment: interest paid, in fen. */
  interestFen: FenSchema,
  /** Principal paid out (disbursement) or repaid (repayment), in fen. */
  principalFen: FenSchema,
  /** Of a repayment: money beyond everything owed, handed back, in fen. */
  refundFen: FenSchema,
  /** Principal outstanding after the entry, in fen. */
  balanceFen: FenSchema,
});

/** One line of a loan's ledger; see {@link LoanLedgerEntrySchema}. */
export type LoanLedgerEntry = z.infer<typeof LoanLedgerEntrySchema>;

/**
 * Schema of a loan account (贷款账户): the terms, the product's repayment rules, the installments
 * with what has been paid against each, and the ledger. Its figures must agree: principal due
 * over the installments equals the principal lent, nothing is paid beyond what is due, and the
 * balance is what is lent less what is repaid.
 */
export const LoanAccountSchema = z
  .strictObject({
    /** The loan's id. */
    loanId: RecordIdSchema.check(z.maxLength(200, { error: 'a loan id is at most 200 characters' })),
    /** The borrowing member. */
    memberId: z.string().min(1).max(256),
    /** The credit line the loan was drawn on, if any. */
    creditLineId: z.optional(RecordIdSchema),
    /** The terms. */
    terms: LoanTermsSchema,
    /** The product's repayment rules. */
    rules: LoanProductRulesSchema,
    /** `active` while anything is owed, `paidOff` after. */
    status: z.enum(['active', 'paidOff']),
    /** The level payment of an equal-installment loan (kept when a prepayment shortens the term). */
    levelPaymentFen: z.optional(FenSchema),
    /** The installments. */
    installments: z.array(AccountInstallmentSchema).min(1).max(600),
    /** The ledger, oldest first. */
    ledger: z.array(LoanLedgerEntrySchema).max(100_000),
    /** Principal lent (every tranche), in fen. */
    principalLentFen: FenSchema,
    /** Principal repaid, in fen. */
    principalRepaidFen: FenSchema,
    /** Interest paid, in fen. */
    interestPaidFen: FenSchema,
    /** Penalty interest paid, in fen. */
    penaltyPaidFen: FenSchema,
    /** Principal outstanding, in fen. */
    balanceFen: FenSchema,
    /** The day of the last entry; repayments may not be dated earlier. */
    lastActivityDate: IsoDateSchema,
  })
  .superRefine((account, ctx) => {
    const rule = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path, params: { code: 'FINANCE_RULE' } });
    let principalDue = 0;
    let principalPaid = 0;
    account.installments.forEach((inst, i) => {
      principalDue += inst.principalDueFen;
      principalPaid += inst.principalPaidFen;
      if (inst.prepaidFen > inst.principalPaidFen + inst.interestPaidFen)
        rule('more prepaid than paid', ['installments', i, 'prepaidFen']);
      if (inst.number !== i + 1)
        rule(`installment ${i + 1} is numbered ${inst.number}`, ['installments', i, 'number']);
      if (inst.principalPaidFen > inst.principalDueFen)
        rule('more principal paid than due', ['installments', i, 'principalPaidFen']);
      if (inst.interestPaidFen > inst.interestDueFen)
        rule('more interest paid than due', ['installments', i, 'interestPaidFen']);
      if (inst.penaltyPaidFen > inst.penaltyFen)
        rule('more penalty paid than accrued', ['installments', i, 'penaltyPaidFen']);
    });
    if (principalDue !== account.principalLentFen) {
      rule(
        `the installments are due ${principalDue} fen of principal, not the ${account.principalLentFen} fen lent`,
        ['installments'],
      );
    }
    if (principalPaid !== account.principalRepaidFen) {
      rule(
        `the installments record ${principalPaid} fen of principal paid, not the ${account.principalRepaidFen} fen repaid`,
        ['principalRepaidFen'],
      );
    }
    if (account.principalLentFen !== account.terms.principalFen) {
      rule('principal lent differs from the terms', ['principalLentFen']);
    }
    if (account.balanceFen !== account.principalLentFen - account.principalRepaidFen) {
      rule('the balance is not principal lent less principal repaid', ['balanceFen']);
    }
  });

/** A loan account; see {@link LoanAccountSchema}. */
export type LoanAccount = z.infer<typeof LoanAccountSchema>;

/** A loan account as given (rules and terms may omit defaults). */
export type LoanAccountInput = z.input<typeof LoanAccountSchema>;
