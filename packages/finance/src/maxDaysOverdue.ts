import type { InstallmentRecord } from './installmentRecord';
import { dueInstallments } from './repaymentHistory';

/**
 * The longest delay (最长逾期天数), in whole days, among the member's loan installments due in
 * the three years up to `asOf` (`asOf − 3 years < dueDate ≤ asOf`). An installment repaid in full
 * by `asOf` was `max(0, paidOn − dueDate)` days late; one not repaid in full by `asOf` (unpaid,
 * repaid in part, written off, or repaid later) is `asOf − dueDate` days overdue so far.
 *
 * Returns `null` when no installment of the member fell due in the window; `0` when every one
 * was repaid on time (or falls due on `asOf` itself).
 *
 * @param installments - installment records of any members, see {@link InstallmentRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; installments due later and payments after it are ignored
 * @throws HezuoError `INVALID_INPUT` (path `installments`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * maxDaysOverdue(
 *   [
 *     { id: 'i1', memberId: 'm1', loanId: 'L1', dueDate: '2026-03-31', amountDueFen: 90_000,
 *       paidOn: '2026-04-15', amountPaidFen: 90_000 },
 *     { id: 'i2', memberId: 'm1', loanId: 'L1', dueDate: '2026-06-20', amountDueFen: 10_000 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 15
 * ```
 */
export function maxDaysOverdue(
  installments: readonly InstallmentRecord[],
  memberId: string,
  asOf: string,
): number | null {
  let longest: number | null = null;
  for (const { daysOverdue } of dueInstallments(installments, memberId, asOf)) {
    if (longest === null || daysOverdue > longest) longest = daysOverdue;
  }
  return longest;
}
