import { sumFen } from '@hezuo/core';
import type { ScoredHousehold } from './readScores';
import type { CreditLineOutcome } from './requestCreditLines';

/** Households per grade, in the order of `grades` (the model's bands, best first); every grade listed, even at 0. */
export function gradeCounts(
  households: readonly ScoredHousehold[],
  grades: readonly string[],
): { readonly grade: string; readonly households: number }[] {
  const counts = new Map(grades.map((g) => [g, 0]));
  for (const { grade } of households) {
    const n = counts.get(grade);
    if (n === undefined) throw new Error(`grade "${grade}" is not one of the model's: ${grades.join(', ')}`);
    counts.set(grade, n + 1);
  }
  return grades.map((grade) => ({ grade, households: counts.get(grade) as number }));
}

/** The bank's decisions added up: lines approved and the total granted, in fen. */
export function grantedLines(outcomes: readonly CreditLineOutcome[]): {
  readonly requested: number;
  readonly approved: number;
  readonly grantedFen: number;
} {
  const approved = outcomes.filter((o) => o.decision.status === 'approved');
  return {
    requested: outcomes.length,
    approved: approved.length,
    grantedFen: sumFen(approved.map((o) => o.decision.approvedAmountFen)),
  };
}

/**
 * The characteristic that most often lost a household the most points, among the households of
 * the given grades (ties: the first in `households` order), or `undefined` when none has a reason.
 */
export function mostCommonFirstReason(
  households: readonly ScoredHousehold[],
  grades: ReadonlySet<string>,
): { readonly id: string; readonly households: number } | undefined {
  const counts = new Map<string, number>();
  for (const { grade, reasons } of households) {
    const first = reasons[0];
    if (first !== undefined && grades.has(grade)) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: { id: string; households: number } | undefined;
  for (const [id, n] of counts) if (best === undefined || n > best.households) best = { id, households: n };
  return best;
}
