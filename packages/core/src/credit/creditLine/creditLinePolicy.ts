import { z } from 'zod';
import { IsoDateSchema } from '../../identity/residentId';
import { DecimalSchema, toExactDecimal } from '../../money/decimal';
import { FenSchema } from '../../money/fen';

const NonNegativeRate = DecimalSchema.check(
  z.refine((r) => (toExactDecimal(r)?.coefficient ?? -1n) >= 0n, {
    error: 'may not be negative',
  }),
);

/**
 * A bank's credit-line policy (授信政策) as data: a cap per grade, optional income and asset
 * terms that can only lower the line, rounding down to a unit, and how long a line is valid.
 * Lines are drawn and repaid revolving within the amount (一次核定、随用随贷、余额控制、周转使用).
 */
export const CreditLinePolicySchema = z.strictObject({
  id: z.string().min(1).max(128),
  /** The most each grade may be lent, in fen; a grade not listed gets no line. */
  capByGrade: z.record(z.string().min(1).max(32), FenSchema),
  /** At most this multiple of the household's yearly income (e.g. 2 × income). */
  incomeMultiple: z.optional(NonNegativeRate),
  /** At most this share of the household's net assets (e.g. 0.5 × net assets). */
  netAssetShare: z.optional(NonNegativeRate),
  /** Lines are rounded down to a multiple of this many fen (e.g. 100,000 fen = 1,000 yuan). */
  roundDownTo: z._default(
    FenSchema.check(z.refine((f) => f > 0, { error: 'must be more than zero' })),
    100_000,
  ),
  /** Years a line is valid (practice: 2, reviewed yearly). */
  validityYears: z.number().int().min(1).max(10).default(2),
});

/** A policy as given; see {@link CreditLinePolicySchema}. */
export type CreditLinePolicyInput = z.input<typeof CreditLinePolicySchema>;

/** A policy with defaults filled in. */
export type CreditLinePolicy = z.infer<typeof CreditLinePolicySchema>;

/**
 * Practice caps (DESIGN §3.6, an example of locally set caps): AAA 60,000 yuan, AA 30,000, A
 * 20,000, unrated none; lines valid 2 years. Counties with a fourth grade add its cap (e.g.
 * 10,000 yuan). A default to adjust, not law.
 */
export const PRACTICE_CREDIT_LINE_POLICY: CreditLinePolicyInput = Object.freeze({
  id: 'practice-rcc-2-years',
  capByGrade: Object.freeze({ AAA: 6_000_000, AA: 3_000_000, A: 2_000_000 }),
  roundDownTo: 100_000,
  validityYears: 2,
});

/** The applicant as the policy reads it. */
export const CreditLineApplicantSchema = z.strictObject({
  memberId: z.string().min(1).max(128),
  /** The grade from scoring. */
  grade: z.string().min(1).max(32),
  /** The household's yearly income, in fen, if the policy has an income term. */
  annualIncome: z.optional(FenSchema),
  /** The household's net assets, in fen, if the policy has an asset term. */
  netAssets: z.optional(FenSchema),
  /** The day the line is granted. */
  grantedOn: IsoDateSchema,
});

/** See {@link CreditLineApplicantSchema}. */
export type CreditLineApplicant = z.infer<typeof CreditLineApplicantSchema>;
