import { type Fen, HezuoError, IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { toDayNumber } from '../internal/dayNumber';
import { parseWithCodes } from '../internal/parse';
import { accrualPosition } from './accruedInterest';
import { accrueInPlace } from './accruePenalties';
import { type AccountInstallment, type LoanAccountInput, LoanAccountSchema } from './loanAccount';

/** What a loan owes on a day: see {@link loanStatement}. */
export interface LoanStatement {
  /** The loan. */
  readonly loanId: string;
  /** The day of the statement. */
  readonly asOf: string;
  /** Principal outstanding, in fen (overdue or not). */
  readonly balanceFen: Fen;
  /** Overdue principal (past its payment date, unpaid), in fen. */
  readonly overduePrincipalFen: Fen;
  /** Overdue interest, in fen. */
  readonly overdueInterestFen: Fen;
  /** Penalty interest accrued and unpaid, in fen. */
  readonly penaltyFen: Fen;
  /** Days since the oldest unpaid payment date; 0 when nothing is overdue. */
  readonly daysOverdue: number;
  /** Interest accrued to the day and unpaid (overdue or not yet due), in fen. */
  readonly accruedInterestFen: Fen;
  /** What repays the loan in full on the day: penalty + accrued interest + principal outstanding, in fen. */
  readonly payoffFen: Fen;
  /** The installments, with penalty accrued to the day. */
  readonly installments: readonly AccountInstallment[];
}

const StatementArgsSchema = z.strictObject({ account: LoanAccountSchema, asOf: IsoDateSchema });

/**
 * A loan's statement on a day (贷款对账单): what is overdue, the penalty interest accrued on it to
 * the day, the interest accrued and unpaid, and the amount that would repay the loan in full
 * (提前结清金额). Pure: the account is not changed.
 *
 * @param account - see {@link LoanAccountSchema}
 * @param asOf - `YYYY-MM-DD`, not before the account's last activity
 * @throws HezuoError `DATE_ORDER` (path `asOf`) for a day before the last activity; `INVALID_INPUT` /
 * `FINANCE_RULE` (path `account`, …) for a malformed or inconsistent account
 *
 * @example
 * ```ts
 * loanStatement(account, '2025-04-30').payoffFen; // penalty + accrued interest + principal outstanding
 * ```
 */
export function loanStatement(account: LoanAccountInput, asOf: string): LoanStatement {
  const args = parseWithCodes(StatementArgsSchema, { account, asOf });
  const acc = args.account;
  if (args.asOf < acc.lastActivityDate) {
    throw new HezuoError(
      'DATE_ORDER',
      `${args.asOf} is before the loan's last activity on ${acc.lastActivityDate}`,
      {
        path: ['asOf'],
      },
    );
  }
  const installments = acc.installments.map((inst) => ({ ...inst }));
  accrueInPlace(acc, installments, args.asOf);
  let overduePrincipal = 0;
  let overdueInterest = 0;
  let penalty = 0;
  let oldest: string | undefined;
  for (const inst of installments) {
    penalty += inst.penaltyFen - inst.penaltyPaidFen;
    if (inst.dueDate >= args.asOf) continue;
    const principal = inst.principalDueFen - inst.principalPaidFen;
    const interest = inst.interestDueFen - inst.interestPaidFen;
    overduePrincipal += principal;
    overdueInterest += interest;
    if ((principal > 0 || interest > 0) && oldest === undefined) oldest = inst.dueDate;
  }
  const position = accrualPosition(acc, installments, args.asOf);
  return {
    loanId: acc.loanId,
    asOf: args.asOf,
    balanceFen: acc.balanceFen,
    overduePrincipalFen: overduePrincipal,
    overdueInterestFen: overdueInterest,
    penaltyFen: penalty,
    daysOverdue: oldest === undefined ? 0 : toDayNumber(args.asOf) - toDayNumber(oldest),
    accruedInterestFen: position.unpaidInterest,
    payoffFen: penalty + position.unpaidInterest + acc.balanceFen,
    installments,
  };
}
