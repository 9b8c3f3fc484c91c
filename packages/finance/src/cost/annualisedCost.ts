import { buildLoanSchedule, type LoanSchedule } from '../schedule/loanSchedule';
import type { LoanTermsInput } from '../schedule/loanTerms';
import { type CashFlow, xirr } from './xirr';

/** The annualised cost of a loan, with the borrower's cash flows it is computed from. */
export interface AnnualisedCost {
  /** The internal rate of return of the borrower's flows, as a decimal (0.0452 for 4.52 %). */
  readonly annualRate: number;
  /** The same as a percentage with two decimals, as disclosed: `'4.52%'`. */
  readonly percent: string;
  /** The borrower's cash flows: money received positive, payments and fees negative, by date. */
  readonly cashFlows: readonly CashFlow[];
  /** The schedule the flows come from. */
  readonly schedule: LoanSchedule;
}

/**
 * The borrower's dated cash flows of a schedule: each disbursement net of fees kept out of it
 * (in), each fee the borrower pays separately (out), each installment on its payment date (out).
 * Flows on the same day are netted.
 * @internal
 */
export function borrowerCashFlows(schedule: LoanSchedule): CashFlow[] {
  const byDate = new Map<string, number>();
  const add = (date: string, amount: number) => byDate.set(date, (byDate.get(date) ?? 0) + amount);
  for (const d of schedule.disbursements) add(d.date, d.netFen);
  for (const fee of schedule.fees) if (!fee.deductedFromDisbursement) add(fee.date, -fee.amountFen);
  for (const p of schedule.periods) if (p.paymentFen > 0) add(p.dueDate, -p.paymentFen);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, amountFen]) => ({ date, amountFen }));
}

/**
 * The annualised cost of a loan (年化综合成本): the internal rate of return (XIRR, actual dates,
 * yearly compounding on 365 days) of what the borrower receives and pays, fees included, on the
 * days payments are actually due. Since 2021 the PBOC has required lenders to show this rate
 * (中国人民银行公告〔2021〕第3号: 年化利率, by the internal-rate-of-return method); it is higher
 * than the contract rate when interest is paid during the year, on ACT/360, or with fees.
 *
 * @param terms - see {@link LoanTermsSchema}
 * @throws HezuoError as {@link buildLoanSchedule}; `NOT_CONVERGED` as {@link xirr}
 *
 * @example
 * ```ts
 * annualisedCost({
 *   principalFen: 1_000_000, annualRate: '0.0435', startDate: '2025-01-15', periods: 12,
 *   method: 'equalInstallment', fees: [{ id: 'service', amountFen: 10_000 }],
 * }).percent; // '6.42%'
 * ```
 */
export function annualisedCost(terms: LoanTermsInput): AnnualisedCost {
  const schedule = buildLoanSchedule(terms);
  const cashFlows = borrowerCashFlows(schedule);
  // The borrower's flows mirror the lender's, so their rate is the lender's yield.
  const annualRate = xirr(cashFlows);
  return { annualRate, percent: `${(annualRate * 100).toFixed(2)}%`, cashFlows, schedule };
}
