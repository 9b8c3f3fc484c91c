import {
  badRateByGrade,
  discrimination,
  type MemberScore,
  populationStabilityIndex,
  THREE_IN_ONE_REFERENCE_MODEL,
} from '@hezuo/core';
import type { SeasonContext } from '../seasonContext';

/** The credit drive (整村授信) on the assessment day. */
export interface CreditOutcome {
  readonly asOf: string;
  readonly scored: readonly MemberScore[];
  /** Members per grade, best grade first. */
  readonly grades: readonly { readonly grade: string; readonly count: number; readonly badRate: number }[];
  /** Population stability of the scores against the year before. */
  readonly psi: number;
  readonly psiBins: readonly { readonly label: string; readonly expected: number; readonly actual: number }[];
  /** How well the grades foretold the season's defaults (the generator's hidden truth). */
  readonly auc: number;
  readonly defaults: number;
}

/** The score bands of the stability check: the reference sheet's 0–100 in tens. */
const PSI_EDGES = [10, 20, 30, 40, 50, 60, 70, 80, 90];

/**
 * Scores every household with the three-in-one reference sheet from the records the client
 * now keeps (membership, meetings, patronage, equity, trusteeship, purchases, repayments; public
 * records supplied by the county), a year ago and today; measures the scores' stability; and,
 * once the season is over, how the grades ranked the households that really defaulted.
 */
export async function runCredit(ctx: SeasonContext): Promise<CreditOutcome> {
  const { hz, county } = ctx;
  const ids = county.households.map((h) => h.id);
  const values = Object.fromEntries(
    county.households.map((h) => [
      h.id,
      { 'public.honours': h.honours, 'public.adverseRecords': h.adverseRecords },
    ]),
  );
  const yearBefore = `${county.year - 1}-01-01`;
  // A year before, only the households that were members then.
  const membersThen = county.households.filter((h) => h.joinedOn < yearBefore).map((h) => h.id);
  const before = await hz.credit.scoreMembers(THREE_IN_ONE_REFERENCE_MODEL, membersThen, yearBefore, {
    values,
    reasons: false,
  });
  ctx.progress('credit', 1, 2);
  const now = await hz.credit.scoreMembers(THREE_IN_ONE_REFERENCE_MODEL, ids, county.asOf, { values });
  ctx.progress('credit', 2, 2);

  const expected = before.scores.map((s) => s.result.score);
  const actual = now.scores.map((s) => s.result.score);
  const stability = populationStabilityIndex({ expected, actual, bins: PSI_EDGES });
  const defaulted = new Map(county.households.map((h) => [h.id, h.latent.defaulted ? 1 : 0]));
  const bad = now.scores.map((s) => defaulted.get(s.memberId) ?? 0);
  const byGrade = badRateByGrade({ grades: now.scores.map((s) => s.result.grade), bad });
  const meanScore = new Map<string, number[]>();
  for (const s of now.scores)
    meanScore.set(s.result.grade, [...(meanScore.get(s.result.grade) ?? []), s.result.score]);
  const order = [...meanScore].map(([grade, list]) => ({
    grade,
    mean: list.reduce((a, b) => a + b, 0) / list.length,
  }));
  order.sort((a, b) => b.mean - a.mean);
  const grades = order.map(({ grade }) => {
    const line = byGrade.grades.find((g) => g.grade === grade);
    return { grade, count: line?.count ?? 0, badRate: line?.badRate ?? 0 };
  });
  return {
    asOf: county.asOf,
    scored: now.scores,
    grades,
    psi: stability.psi,
    psiBins: stability.bins.map((b) => ({
      label: b.label,
      expected: b.expectedShare,
      actual: b.actualShare,
    })),
    auc: discrimination({ scores: actual, bad }).auc,
    defaults: bad.reduce((a, b) => a + b, 0),
  };
}
