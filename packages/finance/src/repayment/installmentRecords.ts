import type { InstallmentRecord } from '../installmentRecord';
import { parseWithCodes } from '../internal/parse';
import { type LoanAccountInput, LoanAccountSchema } from './loanAccount';

/**
 * The installment records (kind `finance.installment`) a loan account yields for the credit
 * characteristics `finance.onTimeShare`, `finance.maxDaysOverdue` and `finance.defaults3y`: one
 * per installment with something due, id `<loanId>#<number>`, due on its payment date, with the
 * principal and interest due (penalty interest is not part of the amount due) less what was paid
 * early, and the day and amount repaid once anything was paid when due. An installment settled
 * entirely by an early repayment is recorded as repaid on that day.
 *
 * @param account - see {@link LoanAccountSchema}
 * @throws HezuoError `INVALID_INPUT` / `FINANCE_RULE` (path `account`, …) for a malformed account
 *
 * @example
 * ```ts
 * installmentRecordsOf(account)[0]; // { id: 'L-2025-001#1', memberId: 'M001', loanId: 'L-2025-001', dueDate: '2025-02-17', amountDueFen: 104_495 }
 * ```
 */
export function installmentRecordsOf(account: LoanAccountInput): InstallmentRecord[] {
  const acc = parseWithCodes(LoanAccountSchema, account, ['account']);
  const records: InstallmentRecord[] = [];
  for (const inst of acc.installments) {
    const due = inst.principalDueFen + inst.interestDueFen;
    const paid = inst.principalPaidFen + inst.interestPaidFen;
    if (due === 0) continue;
    // Money paid early is on time by definition; only what was left to pay on the due date is judged.
    const fullyPrepaid = inst.prepaidFen === due;
    const amountDueFen = fullyPrepaid ? due : due - inst.prepaidFen;
    const amountPaidFen = fullyPrepaid ? paid : paid - inst.prepaidFen;
    const paidOn = inst.paidOn ?? inst.lastPaymentOn;
    records.push({
      id: `${acc.loanId}#${inst.number}`,
      memberId: acc.memberId,
      loanId: acc.loanId,
      dueDate: inst.dueDate,
      amountDueFen,
      ...(paidOn === null || amountPaidFen === 0 ? {} : { paidOn, amountPaidFen }),
    });
  }
  return records;
}
