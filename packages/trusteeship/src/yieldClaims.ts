import { IsoDateSchema, isWithinLookback, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { type SettlementRecordSummary, SettlementRecordSummarySchema } from './settlement/settlementRecord';

const ClaimsArgsSchema = z.strictObject({
  settlements: z.array(SettlementRecordSummarySchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * Guaranteed-yield claims in three years: how many plot-seasons of the member's full
 * trusteeship contracts were harvested below their guaranteed yield and compensated, among the
 * seasons harvested in the three years up to `asOf` (`asOf − 3 years < harvestedOn ≤ asOf`) and
 * settled by `asOf`. A claim is not a default — the guarantee did its job — but repeated claims
 * point to land or weather that put the household's income at risk.
 *
 * Returns `null` when no full-trusteeship season of the member was harvested and settled in the
 * window: absence of evidence is not bad evidence.
 *
 * @param settlements - stored settlements of any members, see {@link SettlementRecordSummarySchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`
 * @throws HezuoError `INVALID_INPUT` (path `settlements`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * yieldClaims3y(
 *   [{ id: 'c1', contractId: 'c1', memberId: 'm1', kind: 'full', settledOn: '2026-07-01',
 *      harvests: [{ season: '2025-2026', harvestedOn: '2026-06-08' }],
 *      yieldClaims: [{ season: '2025-2026', plotId: 'P1', harvestedOn: '2026-06-08', compensationFen: 30_000 }] }],
 *   'm1',
 *   '2026-12-31',
 * ); // 1
 * ```
 */
export function yieldClaims3y(
  settlements: readonly SettlementRecordSummary[],
  memberId: string,
  asOf: string,
): number | null {
  const args = parseInput(ClaimsArgsSchema, { settlements, memberId, asOf });
  let seasons = 0;
  let claims = 0;
  for (const s of args.settlements) {
    if (s.memberId !== args.memberId || s.kind !== 'full' || s.settledOn > args.asOf) continue;
    for (const h of s.harvests) if (isWithinLookback(h.harvestedOn, args.asOf)) seasons++;
    for (const c of s.yieldClaims) if (isWithinLookback(c.harvestedOn, args.asOf)) claims++;
  }
  return seasons === 0 ? null : claims;
}
