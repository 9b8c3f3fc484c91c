import { HezuoError, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { twelveMonthsStartingBefore } from './agriDate';
import { type AgriInputPurchaseRecord, AgriInputPurchaseRecordSchema } from './purchaseRecord';

const AmountArgsSchema = z.strictObject({
  purchases: z.array(AgriInputPurchaseRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * How much a member spent on inputs through the cooperative in the twelve months ending on
 * `asOf`: the sum, in fen, of the member's purchases dated after the same day a year earlier and
 * on or before `asOf` (as of 2026-06-30: 2025-07-01 to 2026-06-30; a 29 February counts from
 * 1 March). A rolling year rather than the last calendar year, so an assessment in June sees
 * the spring's purchases. Never `null`: with the plugin installed, buying nothing is 0.
 *
 * @param purchases - purchase records of any members, see {@link AgriInputPurchaseRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`
 * @throws HezuoError `INVALID_INPUT` (path `purchases`, index, field; `memberId`; `asOf`);
 * `AMOUNT_OVERFLOW` when the sum leaves the safe integers
 *
 * @example
 * ```ts
 * sumPurchasesInYear(
 *   [
 *     { id: 'p1', memberId: 'm1', date: '2025-06-30', amountFen: 10_000 }, // a day too early
 *     { id: 'p2', memberId: 'm1', date: '2025-07-01', amountFen: 25_600 },
 *     { id: 'p3', memberId: 'm1', date: '2026-03-10', amountFen: 38_400 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 64000
 * ```
 */
export function sumPurchasesInYear(
  purchases: readonly AgriInputPurchaseRecord[],
  memberId: string,
  asOf: string,
): number {
  const args = parseInput(AmountArgsSchema, { purchases, memberId, asOf });
  const from = twelveMonthsStartingBefore(args.asOf);
  let total = 0;
  for (const p of args.purchases) {
    if (p.memberId === args.memberId && p.date >= from && p.date <= args.asOf) total += p.amountFen;
  }
  if (!Number.isSafeInteger(total)) {
    throw new HezuoError('AMOUNT_OVERFLOW', "the member's purchases add up beyond the safe integers", {
      path: ['purchases'],
    });
  }
  return total;
}
