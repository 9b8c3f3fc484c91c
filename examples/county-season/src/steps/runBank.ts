import {
  creditLineFor,
  modelHash,
  PRACTICE_CREDIT_LINE_POLICY,
  THREE_IN_ONE_REFERENCE_MODEL,
} from '@hezuo/core';
import { createBankClient } from '@hezuo/finance';
import type { SeasonContext } from '../seasonContext';
import type { CreditOutcome } from './runCredit';

/** Credit lines asked of the bank over HTTP. */
export interface BankOutcome {
  readonly requested: number;
  readonly requestedFen: number;
  readonly approved: number;
  readonly approvedFen: number;
  readonly declined: number;
}

/**
 * For every household whose grade earns a line under the practice policy, the co-op computes the
 * line (the grade's cap, limited by the household's income from the co-op) and asks the partner
 * bank over its REST contract, with the score's top reasons; the bank decides. A pseudonymous
 * member reference travels, never the resident ID.
 */
export async function runBank(
  ctx: SeasonContext,
  credit: CreditOutcome,
  bankUrl: string,
): Promise<BankOutcome> {
  const { county } = ctx;
  const client = createBankClient({ baseUrl: bankUrl, timeoutMs: 10_000, retry: { backoffMs: 20 } });
  const hash = modelHash(THREE_IN_ONE_REFERENCE_MODEL);
  const households = new Map(county.households.map((h) => [h.id, h]));
  const eligible = credit.scored.filter(
    (s) => (PRACTICE_CREDIT_LINE_POLICY.capByGrade[s.result.grade] ?? 0) > 0,
  );
  let requestedFen = 0;
  let approved = 0;
  let approvedFen = 0;
  let declined = 0;
  let done = 0;
  for (const s of eligible) {
    const household = households.get(s.memberId);
    if (household === undefined) continue;
    const line = creditLineFor(PRACTICE_CREDIT_LINE_POLICY, {
      memberId: s.memberId,
      grade: s.result.grade,
      annualIncome: await seasonPatronage(ctx, household.cooperativeId, s.memberId),
      grantedOn: credit.asOf,
    });
    if (line.amount === 0) continue;
    requestedFen += line.amount;
    const decision = await client.requestCreditLine({
      requestId: `CLR-${credit.asOf}-${s.memberId}`,
      memberRef: `${household.cooperativeId}/${s.memberId}`,
      cooperativeId: household.cooperativeId,
      grade: s.result.grade,
      score: s.result.score,
      modelId: s.result.modelId,
      modelHash: hash,
      requestedAmountFen: line.amount,
      reasons: s.result.reasons.slice(0, 4).map((r) => ({ id: r.id, pointsLost: r.pointsLost })),
    });
    if (decision.status === 'approved') {
      approved++;
      approvedFen += decision.approvedAmountFen;
    } else declined++;
    if (++done % 100 === 0 || done === eligible.length) ctx.progress('bank', done, eligible.length);
  }
  return { requested: approved + declined, requestedFen, approved, approvedFen, declined };
}

/** The household's business with its co-op in the season, fen: the income the line is measured against. */
async function seasonPatronage(ctx: SeasonContext, cooperativeId: string, memberId: string): Promise<number> {
  const account = await ctx.hz.cooperatives.account(cooperativeId, memberId);
  return account.byYear[String(ctx.seasonYear)]?.amount ?? 0;
}
