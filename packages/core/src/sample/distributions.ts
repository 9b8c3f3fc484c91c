import { distributeSurplus } from '../surplus/distribute';
import type { CountySurplusDistribution } from './county';
import { dayNumber } from './days';
import type { CooperativeDraft } from './draft';
import type { Random } from './random';

/** The sample charters' plan: 10 % to the reserve, the legal minimum 60 % returned by transactions. */
const PLAN = { reserveRate: '0.1', patronageRefundRate: '0.6' } as const;

/**
 * A cooperative's surplus distributions over the history years, run through core's
 * `distributeSurplus`: the year's surplus is 1.5–4.5 % of its members' transactions, the members
 * are those who had joined by 31 December, and each year's quantified reserve is credited to the
 * households' reserve shares before the next year is distributed. A year without member
 * transactions has no surplus and no distribution.
 * @internal
 */
export function cooperativeDistributions(
  random: Random,
  cooperative: CooperativeDraft,
  totals: ReadonlyMap<string, ReadonlyMap<number, number>>,
  year: number,
  historyYears: number,
): CountySurplusDistribution[] {
  const out: CountySurplusDistribution[] = [];
  for (let y = year - historyYears; y < year; y++) {
    const yearEnd = dayNumber(y, 12, 31);
    // Members are kept in id order, so the statements come out in id order too.
    const members = cooperative.members.filter((h) => h.joinedDay <= yearEnd);
    const margin = 0.015 + 0.03 * random.next();
    if (members.length === 0) continue;
    const amounts = members.map((h) => totals.get(h.id)?.get(y) ?? 0);
    const turnover = amounts.reduce((a, b) => a + b, 0);
    const surplus = Math.round(turnover * margin);
    if (surplus === 0) continue;
    const result = distributeSurplus({
      year: y,
      surplus,
      plan: PLAN,
      members: members.map((h, i) => ({
        memberId: h.id,
        transactionAmount: amounts[i] as number,
        capital: h.shareCapitalFen,
        reserveShare: h.reserveShareFen,
      })),
    });
    const after = new Map(result.statements.map((s) => [s.memberId, s.reserveShareAfter]));
    for (const h of members) h.reserveShareFen = after.get(h.id) ?? h.reserveShareFen;
    out.push({
      cooperativeId: cooperative.id,
      year: y,
      surplusFen: surplus,
      plan: { ...PLAN },
      reserveFen: result.totals.reserve,
      patronageRefundFen: result.totals.patronageRefund,
      dividendFen: result.totals.dividend,
      statements: result.statements.map((s) => ({
        memberId: s.memberId,
        reserveQuantifiedFen: s.reserveQuantified,
        patronageRefundFen: s.patronageRefund,
        dividendFen: s.dividend,
      })),
    });
  }
  return out;
}
