import type { BankClient, BankCreditLineDecision } from '@hezuo/finance';
import type { ScoredHousehold } from './readScores';

/** How the cooperative asks the bank for lines. */
export interface CreditLineRequests {
  /** Each household's cooperative, by household id: its unified social credit code, which the bank knows it by. */
  readonly cooperativeOf: ReadonlyMap<string, string>;
  /** The line asked for each grade, in fen; households of other grades are not sent. */
  readonly requestedFen: Readonly<Record<string, number>>;
  /** What makes this round's request ids unique, e.g. `CLR-2027`; with the household id, the `Idempotency-Key`. */
  readonly requestIdPrefix: string;
}

/** The model that produced the scores, as the bank is told. */
export interface ModelIdentity {
  /** The model's id. */
  readonly id: string;
  /** Its content hash (`modelHash`). */
  readonly hash: string;
}

/** A household's request and the bank's decision. */
export interface CreditLineOutcome {
  /** The household. */
  readonly householdId: string;
  /** Its grade. */
  readonly grade: string;
  /** The line asked for, in fen. */
  readonly requestedFen: number;
  /** The bank's decision: approved up to the grade's cap, declined, or referred. */
  readonly decision: BankCreditLineDecision;
}

/**
 * Asks the bank for a credit line (授信) for each household of a grade that has a requested
 * amount, one request at a time, in the order of the scores. Each request names the model's id
 * and hash, so the bank knows which model produced the score; its id is derived from the round
 * and the household, so a run that is repeated after a failure sends the same
 * `Idempotency-Key`s and the bank grants each line once.
 */
export async function requestCreditLines(
  bank: BankClient,
  households: readonly ScoredHousehold[],
  model: ModelIdentity,
  requests: CreditLineRequests,
): Promise<CreditLineOutcome[]> {
  const outcomes: CreditLineOutcome[] = [];
  for (const { householdId, grade, score } of households) {
    if (!Object.hasOwn(requests.requestedFen, grade)) continue;
    const requestedFen = requests.requestedFen[grade] as number;
    const cooperativeId = requests.cooperativeOf.get(householdId);
    if (cooperativeId === undefined) throw new Error(`household ${householdId} has no cooperative on record`);
    const decision = await bank.requestCreditLine({
      requestId: `${requests.requestIdPrefix}-${householdId}`,
      memberRef: householdId,
      cooperativeId,
      grade,
      score,
      modelId: model.id,
      modelHash: model.hash,
      requestedAmountFen: requestedFen,
    });
    outcomes.push({ householdId, grade, requestedFen, decision });
  }
  return outcomes;
}
