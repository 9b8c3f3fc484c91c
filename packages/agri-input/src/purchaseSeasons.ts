import { IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { type AgriInputPurchaseRecord, AgriInputPurchaseRecordSchema } from './purchaseRecord';

/** How many farming seasons (half-years) {@link countPurchaseSeasons} looks at: three years. */
export const PURCHASE_SEASONS_LOOKBACK = 6;

/**
 * The farming season (half-year) of a valid `YYYY-MM-DD` date as a running number: January to
 * June is the spring season (春季), July to December the autumn season (秋季).
 */
function seasonOf(date: string): number {
  return Number(date.slice(0, 4)) * 2 + (Number(date.slice(5, 7)) <= 6 ? 0 : 1);
}

const SeasonsArgsSchema = z.strictObject({
  purchases: z.array(AgriInputPurchaseRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * How regularly a member buys inputs through the cooperative: among the
 * {@link PURCHASE_SEASONS_LOOKBACK} farming seasons ending with the one that contains `asOf`
 * (half-years: January–June spring, July–December autumn), the number with at least one of the
 * member's purchases dated on or before `asOf`. A value from 0 to 6.
 *
 * Never `null`: where this plugin is installed the cooperative runs an input shop, so a member
 * who bought nothing there is evidence (0), not a missing record.
 *
 * @param purchases - purchase records of any members, see {@link AgriInputPurchaseRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; later purchases are ignored
 * @throws HezuoError `INVALID_INPUT` (path `purchases`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * countPurchaseSeasons(
 *   [
 *     { id: 'p1', memberId: 'm1', date: '2025-03-10', amountFen: 25_600 },
 *     { id: 'p2', memberId: 'm1', date: '2025-05-02', amountFen: 12_800 },
 *     { id: 'p3', memberId: 'm1', date: '2025-09-20', amountFen: 38_400 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 2 (spring and autumn 2025)
 * ```
 */
export function countPurchaseSeasons(
  purchases: readonly AgriInputPurchaseRecord[],
  memberId: string,
  asOf: string,
): number {
  const args = parseInput(SeasonsArgsSchema, { purchases, memberId, asOf });
  const current = seasonOf(args.asOf);
  const seasons = new Set<number>();
  for (const purchase of args.purchases) {
    if (purchase.memberId !== args.memberId || purchase.date > args.asOf) continue;
    const season = seasonOf(purchase.date);
    if (season > current - PURCHASE_SEASONS_LOOKBACK) seasons.add(season);
  }
  return seasons.size;
}
