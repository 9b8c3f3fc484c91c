import { FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** The store kind of trusteeship fee payments: `trusteeship.feePayment`. */
export const TRUSTEESHIP_FEE_PAYMENT_KIND = 'trusteeship.feePayment';

/**
 * Schema of a trusteeship fee payment (托管服务费) as stored under
 * {@link TRUSTEESHIP_FEE_PAYMENT_KIND}: one fee a member owes the service centre under a
 * contract, when it was due, and whether and when it was paid.
 *
 * `paidOn` and `amountPaidFen` go together: both absent for a fee not paid (yet), both present
 * for a fee paid in full or in part (`paidOn` is then the day of the last payment).
 */
export const TrusteeshipFeePaymentRecordSchema = z
  .strictObject({
    /** The fee payment id, unique within the kind. */
    id: RecordIdSchema,
    /** The member (farmer household) who owes the fee. */
    memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
    /** The trusteeship contract the fee is charged under. */
    contractId: RecordIdSchema,
    /** The day the fee falls due, `YYYY-MM-DD`. */
    dueDate: IsoDateSchema,
    /** The fee due, in fen: a whole number greater than zero. */
    amountDueFen: FenSchema.check(z.gte(1, { error: 'the amount due must be at least 1 fen' })),
    /** The day the fee was paid (the last payment when paid in parts), `YYYY-MM-DD`; absent while unpaid. */
    paidOn: z.optional(IsoDateSchema),
    /** The amount paid by `paidOn`, in fen; absent while unpaid. */
    amountPaidFen: z.optional(FenSchema),
  })
  .superRefine((payment, ctx) => {
    // A date without an amount (or the reverse) would leave "paid in full?" to guesswork.
    if (payment.paidOn !== undefined && payment.amountPaidFen === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['amountPaidFen'],
        message: 'a fee with a payment date (paidOn) needs the amount paid (amountPaidFen)',
      });
    }
    if (payment.paidOn === undefined && payment.amountPaidFen !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['paidOn'],
        message: 'a fee with an amount paid (amountPaidFen) needs the payment date (paidOn)',
      });
    }
  });

/** A trusteeship fee payment record; see {@link TrusteeshipFeePaymentRecordSchema}. */
export interface TrusteeshipFeePaymentRecord {
  /** The fee payment id, unique within {@link TRUSTEESHIP_FEE_PAYMENT_KIND}. */
  readonly id: string;
  /** The member (farmer household) who owes the fee. */
  readonly memberId: string;
  /** The trusteeship contract the fee is charged under. */
  readonly contractId: string;
  /** The day the fee falls due, `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The fee due, in fen, greater than zero. */
  readonly amountDueFen: number;
  /** The day the fee was paid (the last payment when paid in parts), `YYYY-MM-DD`; absent while unpaid. */
  readonly paidOn?: string | undefined;
  /** The amount paid by `paidOn`, in fen; absent while unpaid. */
  readonly amountPaidFen?: number | undefined;
}
