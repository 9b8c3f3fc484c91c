import { FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** The store kind of loan installments: `finance.installment`. */
export const FINANCE_INSTALLMENT_KIND = 'finance.installment';

/**
 * Schema of a loan installment (还款计划中的一期) as stored under {@link FINANCE_INSTALLMENT_KIND}:
 * one due amount of a loan's repayment schedule, and whether and when it was repaid.
 *
 * `paidOn` and `amountPaidFen` go together: both absent for an installment not repaid (yet),
 * both present for one repaid in full or in part (`paidOn` is then the day of the last payment).
 * `writtenOff` marks an installment the lender wrote off (核销) as a loss; one repaid in full
 * cannot be written off.
 */
export const InstallmentRecordSchema = z
  .strictObject({
    /** The installment id, unique within the kind. */
    id: RecordIdSchema,
    /** The member (farmer household) who borrowed. */
    memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
    /** The loan the installment belongs to. */
    loanId: RecordIdSchema,
    /** The day the installment falls due, `YYYY-MM-DD`. */
    dueDate: IsoDateSchema,
    /** The amount due (principal, interest and fees of this installment), in fen, greater than zero. */
    amountDueFen: FenSchema.check(z.gte(1, { error: 'the amount due must be at least 1 fen' })),
    /** The day it was repaid (the last payment when repaid in parts), `YYYY-MM-DD`; absent while unpaid. */
    paidOn: z.optional(IsoDateSchema),
    /** The amount repaid by `paidOn`, in fen; absent while unpaid. */
    amountPaidFen: z.optional(FenSchema),
    /** Whether the lender wrote the installment off as a loss; `false` when absent. */
    writtenOff: z.boolean().optional(),
  })
  .superRefine((installment, ctx) => {
    // A date without an amount (or the reverse) would leave "repaid in full?" to guesswork.
    if (installment.paidOn !== undefined && installment.amountPaidFen === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountPaidFen'],
        message: 'an installment with a payment date (paidOn) needs the amount repaid (amountPaidFen)',
      });
    }
    if (installment.paidOn === undefined && installment.amountPaidFen !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['paidOn'],
        message: 'an installment with an amount repaid (amountPaidFen) needs the payment date (paidOn)',
      });
    }
    if (installment.writtenOff === true && (installment.amountPaidFen ?? 0) >= installment.amountDueFen) {
      ctx.addIssue({
        code: 'custom',
        path: ['writtenOff'],
        message: 'an installment repaid in full cannot be written off',
      });
    }
  });

/** A loan installment record; see {@link InstallmentRecordSchema}. */
export interface InstallmentRecord {
  /** The installment id, unique within {@link FINANCE_INSTALLMENT_KIND}. */
  readonly id: string;
  /** The member (farmer household) who borrowed. */
  readonly memberId: string;
  /** The loan the installment belongs to. */
  readonly loanId: string;
  /** The day the installment falls due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due, in fen, greater than zero. */
  readonly amountDueFen: number;
  /** The day it was repaid (the last payment when repaid in parts), `YYYY-MM-DD`; absent while unpaid. */
  readonly paidOn?: string | undefined;
  /** The amount repaid by `paidOn`, in fen; absent while unpaid. */
  readonly amountPaidFen?: number | undefined;
  /** Whether the lender wrote the installment off as a loss; `false` when absent. */
  readonly writtenOff?: boolean | undefined;
}
