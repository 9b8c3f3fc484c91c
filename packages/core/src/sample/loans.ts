import type { CountyInstallment, CountyLoan } from './county';
import { addMonths, dayNumber, isoDate } from './days';
import type { HouseholdDraft } from './draft';
import { portableExp, portableLn } from './portableMath';
import { logistic, type Random } from './random';
import { daysLate, mulDivHalfUp } from './trusteeshipHistory';

/** Contract rates of the county's rural commercial bank, in basis points of a year. */
const RATES_BP = [525, 585, 650, 725] as const;

/** A loan and its installments. @internal */
export interface LoanWithInstallments {
  readonly loan: CountyLoan;
  readonly installments: CountyInstallment[];
}

/** Installment amounts of a 3-quarter interest-only loan: ACT/360 interest half-up, principal with the last. */
function schedule(principal: number, rateBp: number, startDay: number, dueDays: readonly number[]): number[] {
  let from = startDay;
  return dueDays.map((due, i) => {
    const interest = mulDivHalfUp(principal, rateBp * (due - from), 3_600_000);
    from = due;
    return interest + (i === dueDays.length - 1 ? principal : 0);
  });
}

/** A loan started in `year`: Jan–Mar, 3 quarterly due dates, principal by farm size. */
function openLoan(random: Random, h: HouseholdDraft, year: number) {
  const month = random.int(1, 3);
  // Never the 28th: 28 February is a month end, which schedules roll to the end of each month.
  const day = random.int(month === 1 ? 5 : 1, 27);
  const start = dayNumber(year, month, day);
  const dueDays = [3, 6, 9].map((m) => addMonths(year, month, day, m));
  // Written in thousands of yuan: 10,000 to 500,000 yuan, about 30,000 for a 7-mu farm.
  const thousands = Math.round(
    Math.min(
      500,
      Math.max(10, 30 * portableExp(0.6 * portableLn(h.landTenths / 70) + 0.3 * random.normal())),
    ),
  );
  const principal = thousands * 100_000;
  const rateBp = random.pick(RATES_BP);
  const loanId = `L-${h.id}-${year}`;
  const loan: CountyLoan = {
    loanId,
    memberId: h.id,
    terms: {
      principalFen: principal,
      annualRate: `0.0${rateBp}`,
      startDate: isoDate(start),
      periods: 3,
      frequencyMonths: 3,
      method: 'interestOnly',
      dayCount: 'ACT/360',
    },
  };
  return { loan, start, dueDays, amounts: schedule(principal, rateBp, start, dueDays) };
}

/**
 * An installment record: unpaid, repaid in full on day `paid`, or written off. Built as one
 * literal (not by spreading) because a county has tens of thousands of them.
 */
function installment(
  loanId: string,
  memberId: string,
  n: number,
  due: number,
  amount: number,
  paid: number | 'unpaid' | 'writtenOff',
): CountyInstallment {
  const id = `${loanId}#${n}`;
  const dueDate = isoDate(due);
  if (paid === 'unpaid') return { id, memberId, loanId, dueDate, amountDueFen: amount };
  if (paid === 'writtenOff') return { id, memberId, loanId, dueDate, amountDueFen: amount, writtenOff: true };
  return {
    id,
    memberId,
    loanId,
    dueDate,
    amountDueFen: amount,
    paidOn: isoDate(paid),
    amountPaidFen: amount,
  };
}

/** The chance an installment is repaid on or before its due date. */
function onTimeChance(h: HouseholdDraft, shock: boolean): number {
  return logistic(2.1 + 1.4 * h.discipline - 2.3 * (shock ? 1 : 0) - 0.4 * h.exposure);
}

/** Whether the household borrows in a history year: larger farms and better farmers borrow more. @internal */
export function borrowsInYear(random: Random, h: HouseholdDraft): boolean {
  return random.chance(logistic(-0.5 + 0.45 * portableLn(h.landTenths / 70) + 0.15 * h.skill));
}

/**
 * A production loan of history year `year` (offset `k`) and its repayment: each installment on
 * time with a chance set by discipline, exposure and the year's shock, else late by an
 * exponential number of days; past 90 days a household may stop paying, and the bank writes the
 * rest off (核销). Returns whether it ended in default, so the bank lends no more.
 * @internal
 */
export function historyLoan(
  random: Random,
  h: HouseholdDraft,
  year: number,
  k: number,
): LoanWithInstallments & { readonly defaulted: boolean } {
  const { loan, start, dueDays, amounts } = openLoan(random, h, year);
  const shock = h.shocks[k] === true;
  const lateMean = 10 * portableExp(-0.6 * h.discipline + 0.9 * (shock ? 1 : 0));
  const installments: CountyInstallment[] = [];
  let stopped = false;
  dueDays.forEach((due, i) => {
    const amount = amounts[i] as number;
    if (!stopped && random.chance(onTimeChance(h, shock))) {
      const paid = Math.max(start + 1, due - random.int(0, 3));
      installments.push(installment(loan.loanId, h.id, i + 1, due, amount, paid));
      return;
    }
    const late = stopped ? Number.POSITIVE_INFINITY : daysLate(random, lateMean);
    if (late > 90 && (stopped || random.chance(0.6))) {
      stopped = true;
      installments.push(installment(loan.loanId, h.id, i + 1, due, amount, 'writtenOff'));
      return;
    }
    installments.push(installment(loan.loanId, h.id, i + 1, due, amount, due + late));
  });
  return { loan, installments, defaulted: stopped };
}

/**
 * The season's production loan, which every household draws on its line (整村授信), and its
 * repayment by the end of the year: a household that defaults stops paying at the first or
 * second installment (due by the end of September, so more than 90 days overdue by 31
 * December); any other pays each installment on time or at most 60 days late, within the year.
 * @internal
 */
export function seasonLoan(random: Random, h: HouseholdDraft, year: number): LoanWithInstallments {
  const { loan, start, dueDays, amounts } = openLoan(random, h, year);
  const yearEnd = dayNumber(year, 12, 31);
  const stopAt = h.defaulted ? (random.chance(0.6) ? 0 : 1) : dueDays.length;
  const installments = dueDays.map((due, i): CountyInstallment => {
    const amount = amounts[i] as number;
    if (i >= stopAt) return installment(loan.loanId, h.id, i + 1, due, amount, 'unpaid');
    const paid = random.chance(onTimeChance(h, h.seasonShock))
      ? Math.max(start + 1, due - random.int(0, 3))
      : Math.min(yearEnd, due + Math.min(60, daysLate(random, 10 * portableExp(-0.6 * h.discipline))));
    return installment(loan.loanId, h.id, i + 1, due, amount, paid);
  });
  return { loan, installments };
}
