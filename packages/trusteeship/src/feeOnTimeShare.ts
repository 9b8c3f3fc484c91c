import { IsoDateSchema, isWithinLookback, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { type TrusteeshipFeePaymentRecord, TrusteeshipFeePaymentRecordSchema } from './feePaymentRecord';

const ShareArgsSchema = z.strictObject({
  payments: z.array(TrusteeshipFeePaymentRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/**
 * Trusteeship fee punctuality: among the member's fees due in the three years up to `asOf`
 * (`asOf − 3 years < dueDate ≤ asOf`; 29 February steps back to 28 February), the share of the
 * amount due that was paid in full on or before its due date (`paidOn ≤ dueDate` and
 * `amountPaidFen ≥ amountDueFen`). Weighted by the amount due, so a large fee paid late weighs
 * more than a small one.
 *
 * The sums are exact integers (bigint) and divided once, so the result does not depend on the
 * order of the records and is always in `[0, 1]`. Returns `null` when no fee of the member fell
 * due in the window: absence of evidence is not bad evidence.
 *
 * @param payments - fee payment records of any members, see {@link TrusteeshipFeePaymentRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; fees due later are ignored
 * @throws HezuoError `INVALID_INPUT` (path `payments`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * feeOnTimeShare(
 *   [
 *     { id: 'f1', memberId: 'm1', contractId: 'c1', dueDate: '2026-03-31', amountDueFen: 30_000,
 *       paidOn: '2026-03-30', amountPaidFen: 30_000 },
 *     { id: 'f2', memberId: 'm1', contractId: 'c1', dueDate: '2026-06-30', amountDueFen: 10_000 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 0.75
 * ```
 */
export function feeOnTimeShare(
  payments: readonly TrusteeshipFeePaymentRecord[],
  memberId: string,
  asOf: string,
): number | null {
  const args = parseInput(ShareArgsSchema, { payments, memberId, asOf });
  let due = 0n;
  let onTime = 0n;
  for (const payment of args.payments) {
    if (payment.memberId !== args.memberId || !isWithinLookback(payment.dueDate, args.asOf)) continue;
    due += BigInt(payment.amountDueFen);
    const paidInFullOnTime =
      payment.paidOn !== undefined &&
      payment.paidOn <= payment.dueDate &&
      (payment.amountPaidFen ?? 0) >= payment.amountDueFen;
    if (paidInFullOnTime) onTime += BigInt(payment.amountDueFen);
  }
  if (due === 0n) return null;
  // Rounding both sums to doubles keeps onTime ≤ due, so the share stays within [0, 1].
  return Number(onTime) / Number(due);
}
