import { CreditLinePolicySchema, creditLineFor, FenSchema, IsoDateSchema, RecordIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { type CreditLineAccount, CreditLineScoreSchema } from './creditLineAccount';

/** Schema of {@link grantCreditLine}'s input. */
export const GrantCreditLineInputSchema = z.strictObject({
  /** The new account's id. */
  lineId: RecordIdSchema,
  /** The bank's credit-line policy (core's `CreditLinePolicySchema`: cap per grade, income and asset terms, validity). */
  policy: CreditLinePolicySchema,
  /** The member and the figures the policy reads. */
  applicant: z.strictObject({
    /** The member. */
    memberId: z.string().min(1).max(128),
    /** The household's yearly income, in fen, when the policy has an income term. */
    annualIncome: z.optional(FenSchema),
    /** The household's net assets, in fen, when the policy has an asset term. */
    netAssets: z.optional(FenSchema),
    /** The day the line is granted. */
    grantedOn: IsoDateSchema,
  }),
  /** The member's score (core's `ScoreResult` will do): its grade sets the cap. */
  score: CreditLineScoreSchema,
});

/** {@link grantCreditLine}'s input as given. */
export type GrantCreditLineInput = z.input<typeof GrantCreditLineInputSchema>;

/**
 * Grants a revolving credit line (授信) from a score and the bank's policy, as an account ready
 * to draw on. The line itself is core's `creditLineFor`: the grade's cap, lowered by the income
 * and net-asset terms, rounded down, valid for the policy's years, with every step in
 * `line.derivation`. A member in the unrated band gets a line of 0.
 *
 * @param input - see {@link GrantCreditLineInputSchema}
 * @throws HezuoError `INVALID_INPUT` (path `input`, …) for a bad policy, applicant or score, or
 * (path `applicant`, `annualIncome` / `netAssets`) when the policy needs a figure not given
 *
 * @example
 * ```ts
 * const account = grantCreditLine({
 *   lineId: 'CL-M001-2026', policy: PRACTICE_CREDIT_LINE_POLICY,
 *   applicant: { memberId: 'M001', grantedOn: '2026-07-01' },
 *   score: { grade: 'AA', score: 74.5 },
 * });
 * account.availableFen; // 3_000_000
 * ```
 */
export function grantCreditLine(input: GrantCreditLineInput): CreditLineAccount {
  const parsed = parseWithCodes(GrantCreditLineInputSchema, input, ['input']);
  const { applicant, score } = parsed;
  const line = creditLineFor(parsed.policy, {
    memberId: applicant.memberId,
    grade: score.grade,
    grantedOn: applicant.grantedOn,
    ...(applicant.annualIncome === undefined ? {} : { annualIncome: applicant.annualIncome }),
    ...(applicant.netAssets === undefined ? {} : { netAssets: applicant.netAssets }),
  });
  // The unrated band gets no line, whatever a policy lists for its grade name.
  const amount = score.rated === false ? 0 : line.amount;
  return {
    lineId: parsed.lineId,
    memberId: applicant.memberId,
    line: { ...line, amount, derivation: [...line.derivation] },
    score: {
      grade: score.grade,
      ...(score.rated === undefined ? {} : { rated: score.rated }),
      ...(score.score === undefined ? {} : { score: score.score }),
      ...(score.modelId === undefined ? {} : { modelId: score.modelId }),
      ...(score.modelHash === undefined ? {} : { modelHash: score.modelHash }),
    },
    drawnFen: 0,
    availableFen: amount,
    entries: [],
    lastActivityDate: applicant.grantedOn,
  };
}
