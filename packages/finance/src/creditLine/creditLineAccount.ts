import { FenSchema, IsoDateSchema, LocalizedTextSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';

/** Schema of a credit line as core's `creditLineFor` grants it, with its derivation. */
export const GrantedCreditLineSchema = z.strictObject({
  /** The member. */
  memberId: z.string().min(1).max(128),
  /** The bank policy that granted it. */
  policyId: z.string().min(1).max(128),
  /** The grade from scoring. */
  grade: z.string().min(1).max(32),
  /** The line, in fen. */
  amount: FenSchema,
  /** The first day it may be drawn on. */
  validFrom: IsoDateSchema,
  /** The last day it may be drawn on. */
  validUntil: IsoDateSchema,
  /** Each step that set or lowered the line. */
  derivation: z
    .array(
      z.strictObject({
        step: z.enum(['gradeCap', 'incomeTerm', 'netAssetTerm', 'rounding']),
        amount: FenSchema,
        label: LocalizedTextSchema,
      }),
    )
    .min(1)
    .max(16),
});

/** Schema of the part of a score a credit line records: the grade, and where it came from. */
export const CreditLineScoreSchema = z.object({
  /** The grade (e.g. `AA`). */
  grade: z.string().min(1).max(32),
  /** False for the unrated band: such a member gets no line. */
  rated: z.boolean().optional(),
  /** The score. */
  score: z.number().refine(Number.isFinite, { error: 'a score is a finite number' }).optional(),
  /** The scorecard's id. */
  modelId: z.string().min(1).max(256).optional(),
  /** The scorecard's content hash. */
  modelHash: z.string().min(1).max(256).optional(),
});

/** Kinds of credit-line movements. */
export const CREDIT_LINE_ENTRY_KINDS = ['draw', 'repayment'] as const;

/** Schema of one movement on a credit line. */
export const CreditLineEntrySchema = z.strictObject({
  /** The day. */
  date: IsoDateSchema,
  /** A draw (用信) or a repayment (还款) of principal. */
  kind: z.enum(CREDIT_LINE_ENTRY_KINDS),
  /** The amount, in fen. */
  amountFen: FenSchema,
  /** What it was for: a loan id, a voucher. */
  reference: z.string().min(1).max(256).optional(),
  /** The amount drawn and not repaid after it, in fen. */
  drawnAfterFen: FenSchema,
});

/** One movement on a credit line; see {@link CreditLineEntrySchema}. */
export type CreditLineEntry = z.infer<typeof CreditLineEntrySchema>;

/**
 * Schema of a revolving credit-line account (授信额度账户: 一次核定、随用随贷、余额控制、周转使用):
 * the line core granted from the member's grade and the bank's policy, how much of it is drawn,
 * and every draw and repayment. `availableFen` is always the line less what is drawn.
 */
export const CreditLineAccountSchema = z
  .strictObject({
    /** The account's id. */
    lineId: RecordIdSchema,
    /** The member. */
    memberId: z.string().min(1).max(128),
    /** The line and its derivation. */
    line: GrantedCreditLineSchema,
    /** The score the line was granted on. */
    score: CreditLineScoreSchema,
    /** Drawn and not repaid, in fen. */
    drawnFen: FenSchema,
    /** What may still be drawn, in fen: `line.amount − drawnFen`. */
    availableFen: FenSchema,
    /** Every draw and repayment, oldest first. */
    entries: z.array(CreditLineEntrySchema).max(100_000),
    /** The day of the last movement (or of the grant). */
    lastActivityDate: IsoDateSchema,
  })
  .superRefine((account, ctx) => {
    if (
      account.drawnFen > account.line.amount ||
      account.availableFen !== account.line.amount - account.drawnFen
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['availableFen'],
        message:
          'the available amount must be the line less what is drawn, and no more than the line may be drawn',
        params: { code: 'FINANCE_RULE' },
      });
    }
    if (account.line.memberId !== account.memberId) {
      ctx.addIssue({
        code: 'custom',
        path: ['line', 'memberId'],
        message: 'the line belongs to another member',
      });
    }
  });

/** A credit-line account; see {@link CreditLineAccountSchema}. */
export type CreditLineAccount = z.infer<typeof CreditLineAccountSchema>;
