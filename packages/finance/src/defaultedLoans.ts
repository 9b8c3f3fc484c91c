import type { InstallmentRecord } from './installmentRecord';
import { dueInstallments } from './repaymentHistory';

/**
 * An installment more than this many days overdue is in default: 90 days past due is where
 * the CBIRC/PBOC rules on risk classification of financial assets (《商业银行金融资产风险分类办法》,
 * 2023) put a loan at least into "substandard" (次级), and where the Basel default definition
 * draws the line.
 */
export const DEFAULT_DAYS_OVERDUE = 90;

/**
 * Loans in default in the last three years (三年内违约贷款笔数): the number of distinct loans of
 * the member with an installment due in the three years up to `asOf` (`asOf − 3 years < dueDate
 * ≤ asOf`) that is written off or more than {@link DEFAULT_DAYS_OVERDUE} days overdue (counted
 * as in {@link maxDaysOverdue}).
 *
 * Returns `0` when installments fell due but none defaulted, and `null` when no installment of
 * the member fell due in the window. Installment records carry no write-off date, so a
 * write-off counts for the window of its installment's due date.
 *
 * @param installments - installment records of any members, see {@link InstallmentRecordSchema}
 * @param memberId - the member to measure
 * @param asOf - the date, `YYYY-MM-DD`; installments due later and payments after it are ignored
 * @throws HezuoError `INVALID_INPUT` (path `installments`, index, field; `memberId`; `asOf`) for bad input
 *
 * @example
 * ```ts
 * defaultedLoans(
 *   [
 *     { id: 'i1', memberId: 'm1', loanId: 'L1', dueDate: '2026-03-31', amountDueFen: 90_000 },
 *     { id: 'i2', memberId: 'm1', loanId: 'L2', dueDate: '2026-06-20', amountDueFen: 10_000 },
 *   ],
 *   'm1',
 *   '2026-06-30',
 * ); // 1 (L1 is 91 days overdue)
 * ```
 */
export function defaultedLoans(
  installments: readonly InstallmentRecord[],
  memberId: string,
  asOf: string,
): number | null {
  const due = dueInstallments(installments, memberId, asOf);
  if (due.length === 0) return null;
  const loans = new Set<string>();
  for (const { installment, daysOverdue } of due) {
    if (installment.writtenOff === true || daysOverdue > DEFAULT_DAYS_OVERDUE) loans.add(installment.loanId);
  }
  return loans.size;
}
