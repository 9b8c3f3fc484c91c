import { IsoDateSchema, isWithinLookback, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { daysBetween } from './daysBetween';
import { type InstallmentRecord, InstallmentRecordSchema } from './installmentRecord';

/**
 * The repayment history the credit-record characteristics read: the arguments they share.
 * @internal
 */
const HistoryArgsSchema = z.strictObject({
  installments: z.array(InstallmentRecordSchema).max(1_000_000),
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  asOf: IsoDateSchema,
});

/** One installment that fell due in the window, with how late it was repaid. @internal */
export interface DueInstallment {
  /** The installment as recorded. */
  readonly installment: InstallmentRecord;
  /** Whether it was repaid in full on or before its due date. */
  readonly paidOnTime: boolean;
  /** Days from the due date to full repayment, or to the as-of date while not repaid in full. */
  readonly daysOverdue: number;
}

/**
 * Validates the arguments and lists the member's installments due in the three years up to
 * `asOf` (`asOf − 3 years < dueDate ≤ asOf`), each with its delay.
 *
 * An installment counts as repaid once `paidOn ≤ asOf` and `amountPaidFen ≥ amountDueFen`;
 * its delay is then `max(0, paidOn − dueDate)`. Until then (unpaid, repaid only in part, written
 * off, or repaid after `asOf`) it is still overdue on the as-of date: `asOf − dueDate` days.
 *
 * @throws HezuoError `INVALID_INPUT` (path `installments`, index, field; `memberId`; `asOf`)
 * @internal
 */
export function dueInstallments(installments: unknown, memberId: unknown, asOf: unknown): DueInstallment[] {
  const args = parseInput(HistoryArgsSchema, { installments, memberId, asOf });
  const due: DueInstallment[] = [];
  for (const installment of args.installments) {
    if (installment.memberId !== args.memberId || !isWithinLookback(installment.dueDate, args.asOf)) {
      continue;
    }
    const paidOn = installment.paidOn;
    const repaid =
      paidOn !== undefined &&
      paidOn <= args.asOf &&
      (installment.amountPaidFen ?? 0) >= installment.amountDueFen;
    due.push({
      installment,
      paidOnTime: repaid && paidOn <= installment.dueDate,
      daysOverdue: repaid
        ? Math.max(0, daysBetween(installment.dueDate, paidOn))
        : daysBetween(installment.dueDate, args.asOf),
    });
  }
  return due;
}
