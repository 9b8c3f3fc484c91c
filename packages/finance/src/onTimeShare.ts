import type { InstallmentRecord } from './installmentRecord';
import { dueInstallments } from './repaymentHistory';

/**
 * Repayment punctuality (按期还款比例): among the member's loan installments due in the three
 * years up to `asOf` (`asOf − 3 years < dueDate ≤ asOf`; 29 February steps back to 28
 * February), the share of the amount due that was repaid in full on or before its due date
 * (`paidOn ≤ dueDate` and `amountPaidFen ≥ amountDueFen`). Weighted by the amount due.
 *
 * The sums are exact integers (bigint) and divided once, so the result does not depend on the
 * order of the records and is always in `[0, 1]`. Returns `null` when no installment of the
 * member fell due in the window: absence of evidence is not bad evidence.
 *
 * @param installments - installment records of any members, see {@link InstallmentRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; installments due later are ignored
 * @throws HezuoError `INVALID_INPUT` (path `installments`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * installmentOnTimeShare(
 *   [
 *     { id: 'i1', memberId: 'm1', loanId: 'L1', dueDate: '2026-03-31', amountDueFen: 90_000,
 *       paidOn: '2026-03-31', amountPaidFen: 90_000 },
 *     { id: 'i2', memberId: 'm1', loanId: 'L1', dueDate: '2026-06-30', amountDueFen: 10_000 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 0.9
 * ```
 */
export function installmentOnTimeShare(
  installments: readonly InstallmentRecord[],
  memberId: string,
  asOf: string,
): number | null {
  let due = 0n;
  let onTime = 0n;
  for (const { installment, paidOnTime } of dueInstallments(installments, memberId, asOf)) {
    due += BigInt(installment.amountDueFen);
    if (paidOnTime) onTime += BigInt(installment.amountDueFen);
  }
  if (due === 0n) return null;
  // Rounding both sums to doubles keeps onTime ≤ due, so the share stays within [0, 1].
  return Number(onTime) / Number(due);
}
