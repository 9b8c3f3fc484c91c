import type { SeasonContext } from '../seasonContext';

/** The surplus distributions of every year, run on the client's own accounts. */
export interface SurplusOutcome {
  /** Distributions run (co-op × year). */
  readonly distributions: number;
  /** Of those before the season, how many equal the generator's own to the fen, line by line. */
  readonly historyMatched: number;
  readonly historyTotal: number;
  /** The season's distributions, summed over co-ops, fen. */
  readonly season: {
    readonly surplusFen: number;
    readonly reserveFen: number;
    readonly patronageRefundFen: number;
    readonly dividendFen: number;
    /** Cash paid plus capital converted, over every member statement; equals the distributable surplus. */
    readonly paidOutFen: number;
    readonly distributableFen: number;
  };
  /** Each member's season refund plus dividend, fen. */
  readonly byMember: ReadonlyMap<string, number>;
}

/**
 * Distributes each co-op's surplus year by year with the charter's plan (Arts. 42, 44): 10 %
 * reserve, 60 % of the rest returned by patronage, the remainder by capital. Years before the
 * season are checked line by line against the generator's own computation of the same law;
 * the season year also carries the group buy, which the generator does not know of.
 */
export async function runSurplus(ctx: SeasonContext): Promise<SurplusOutcome> {
  const { hz, county, seasonYear } = ctx;
  const ordered = [...county.surplusDistributions].sort(
    (a, b) => a.year - b.year || a.cooperativeId.localeCompare(b.cooperativeId),
  );
  let historyMatched = 0;
  let historyTotal = 0;
  const season = {
    surplusFen: 0,
    reserveFen: 0,
    patronageRefundFen: 0,
    dividendFen: 0,
    paidOutFen: 0,
    distributableFen: 0,
  };
  const byMember = new Map<string, number>();
  let done = 0;
  for (const expected of ordered) {
    const result = await hz.cooperatives.distributeSurplus(expected.cooperativeId, {
      year: expected.year,
      surplus: expected.surplusFen,
      plan: expected.plan,
    });
    if (expected.year < seasonYear) {
      historyTotal++;
      const lines = new Map(result.statements.map((s) => [s.memberId, s]));
      const same =
        result.totals.reserve === expected.reserveFen &&
        result.totals.patronageRefund === expected.patronageRefundFen &&
        result.totals.dividend === expected.dividendFen &&
        expected.statements.every((e) => {
          const s = lines.get(e.memberId);
          return (
            s !== undefined && s.patronageRefund === e.patronageRefundFen && s.dividend === e.dividendFen
          );
        });
      if (same) historyMatched++;
    } else {
      season.surplusFen += result.totals.surplus;
      season.reserveFen += result.totals.reserve;
      season.patronageRefundFen += result.totals.patronageRefund;
      season.dividendFen += result.totals.dividend;
      season.distributableFen += result.totals.distributable;
      for (const s of result.statements) {
        season.paidOutFen += s.cashPayment + s.convertedToCapital;
        byMember.set(s.memberId, (byMember.get(s.memberId) ?? 0) + s.patronageRefund + s.dividend);
      }
    }
    ctx.progress('surplus', ++done, ordered.length);
  }
  return { distributions: ordered.length, historyMatched, historyTotal, season, byMember };
}
