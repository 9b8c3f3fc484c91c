import { FenSchema, IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { RepaymentMethodSchema } from '../schedule/loanTerms';
import { MemberRefSchema, RequestIdSchema, WireDecimalSchema, WireInstantSchema } from './wireTypes';

/**
 * The REST contract between a cooperative (the host) and a partner bank, as zod schemas: the
 * source of the OpenAPI document `docs/contracts/bank.openapi.json`.
 *
 * - `POST /credit-line-requests` ({@link BankCreditLineRequestSchema} → {@link BankCreditLineDecisionSchema})
 * - `POST /loan-applications` ({@link LoanApplicationSchema} → {@link LoanApplicationStatusSchema})
 * - `GET /loan-applications/{id}` (→ {@link LoanApplicationStatusSchema})
 * - webhook `repaymentNotice` from the bank to the host ({@link RepaymentNoticeSchema}), signed
 *
 * Every POST carries an `Idempotency-Key`; money is integer fen, decimals are strings, dates
 * `YYYY-MM-DD`, errors RFC 9457 problem details.
 */

/** Schema of a credit-line request (授信申请): a member's score and the line the cooperative suggests. */
export const BankCreditLineRequestSchema = z.strictObject({
  /** The sender's id for this request; the default `Idempotency-Key`. */
  requestId: RequestIdSchema,
  /** The member's pseudonymous reference. */
  memberRef: MemberRefSchema,
  /** The cooperative's unified social credit code or id. */
  cooperativeId: z.string().min(1).max(64),
  /** The grade from the scorecard (e.g. `AA`). */
  grade: z.string().min(1).max(32),
  /** The score. */
  score: z.number().min(-100_000).max(100_000),
  /** The scorecard's id. */
  modelId: z.string().min(1).max(256),
  /** The scorecard's content hash, so the bank knows which model produced the score. */
  modelHash: z.string().min(1).max(256),
  /** The line asked for, in fen. */
  requestedAmountFen: FenSchema,
  /** The top reasons the score is not higher. */
  reasons: z
    .array(z.strictObject({ id: z.string().min(1).max(128), pointsLost: z.number().min(0).max(100_000) }))
    .max(16)
    .optional(),
});

/** A credit-line request; see {@link BankCreditLineRequestSchema}. */
export type BankCreditLineRequest = z.infer<typeof BankCreditLineRequestSchema>;

/** Schema of the bank's decision on a credit-line request. */
export const BankCreditLineDecisionSchema = z.object({
  /** The bank's id of the line (or of the decision, when declined). */
  id: z.string().min(1).max(128),
  /** The request decided. */
  requestId: RequestIdSchema,
  /** `approved`, `declined`, or `referred` to a loan officer. */
  status: z.enum(['approved', 'declined', 'referred']),
  /** The line granted, in fen (0 unless approved). */
  approvedAmountFen: FenSchema,
  /** The first day the line may be drawn on. */
  validFrom: z.optional(IsoDateSchema),
  /** The last day the line may be drawn on. */
  validUntil: z.optional(IsoDateSchema),
  /** The yearly rate offered on draws. */
  annualRate: WireDecimalSchema.optional(),
  /** Why, in words the member can be shown. */
  reason: z.string().max(1024).optional(),
  /** When the bank decided. */
  decidedAt: WireInstantSchema,
});

/** A credit-line decision; see {@link BankCreditLineDecisionSchema}. */
export type BankCreditLineDecision = z.infer<typeof BankCreditLineDecisionSchema>;

/** Schema of a loan application (贷款申请) sent to the bank. */
export const LoanApplicationSchema = z.strictObject({
  /** The sender's id for this application; the default `Idempotency-Key`. */
  applicationId: RequestIdSchema,
  /** The member's pseudonymous reference. */
  memberRef: MemberRefSchema,
  /** The bank's credit line to draw on, if any. */
  creditLineId: z.string().min(1).max(128).optional(),
  /** The amount, in fen. */
  amountFen: FenSchema.check(z.gte(1)),
  /** The term in months. */
  termMonths: z.number().int().min(1).max(360),
  /** How principal is to be repaid. */
  method: RepaymentMethodSchema,
  /** What the money is for (e.g. `spring inputs for 30 mu of maize`). */
  purpose: z.string().min(1).max(512),
  /** The day the member would like the money. */
  requestedDisbursementDate: IsoDateSchema,
});

/** A loan application; see {@link LoanApplicationSchema}. */
export type LoanApplication = z.infer<typeof LoanApplicationSchema>;

/** Where a loan application stands at the bank. */
export const LOAN_APPLICATION_STATUSES = [
  'received',
  'underReview',
  'approved',
  'declined',
  'disbursed',
] as const;

/** Schema of a loan application's status at the bank. */
export const LoanApplicationStatusSchema = z.object({
  /** The bank's id of the application. */
  id: z.string().min(1).max(128),
  /** The sender's id of the application. */
  applicationId: RequestIdSchema,
  /** Where it stands. */
  status: z.enum(LOAN_APPLICATION_STATUSES),
  /** The amount applied for (or approved), in fen. */
  amountFen: FenSchema,
  /** The bank's loan id once disbursed. */
  loanId: z.string().min(1).max(128).optional(),
  /** Why, when declined. */
  reason: z.string().max(1024).optional(),
  /** When the status last changed. */
  updatedAt: WireInstantSchema,
});

/** A loan application's status; see {@link LoanApplicationStatusSchema}. */
export type LoanApplicationStatus = z.infer<typeof LoanApplicationStatusSchema>;

/** What a repayment notice says: an installment falls `due`, was `paid`, or is `overdue`. */
export const REPAYMENT_NOTICE_KINDS = ['due', 'paid', 'overdue'] as const;

/**
 * Schema of a repayment notice (还款通知) the bank sends to the host's webhook, signed with the
 * shared secret (header `Hezuo-Signature`).
 */
export const RepaymentNoticeSchema = z.object({
  /** The bank's id of the notice; a host ignores a notice id it has seen. */
  noticeId: z.string().min(1).max(128),
  /** The bank's loan id. */
  loanId: z.string().min(1).max(128),
  /** The member's pseudonymous reference. */
  memberRef: MemberRefSchema,
  /** What the notice says. */
  kind: z.enum(REPAYMENT_NOTICE_KINDS),
  /** The installment's number in the schedule. */
  installmentNumber: z.number().int().min(1).max(600),
  /** The day the installment falls due. */
  dueDate: IsoDateSchema,
  /** The amount due, in fen. */
  amountDueFen: FenSchema.check(z.gte(1)),
  /** The day it was paid (for `paid`). */
  paidOn: z.optional(IsoDateSchema),
  /** The amount paid, in fen (for `paid`). */
  amountPaidFen: z.optional(FenSchema),
  /** Days overdue (for `overdue`). */
  daysOverdue: z.number().int().min(0).max(100_000).optional(),
  /** When the bank issued the notice. */
  issuedAt: WireInstantSchema,
});

/** A repayment notice; see {@link RepaymentNoticeSchema}. */
export type RepaymentNotice = z.infer<typeof RepaymentNoticeSchema>;
