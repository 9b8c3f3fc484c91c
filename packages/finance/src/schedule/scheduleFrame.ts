import { HezuoError } from '@hezuo/core';
import { adjustDayNumber, compileCalendar } from '../calendar/businessCalendar';
import { DAY_COUNT_BASIS } from '../dayCount';
import {
  addMonthsToDayNumber,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  monthOf,
  toDayNumber,
} from '../internal/dayNumber';
import { type Ratio, ratioOf } from '../internal/exactRatio';
import type { PlanPeriod, PrincipalRule } from './amortise';
import type { LoanTerms } from './loanTerms';

/** The last day a schedule may reach: 9999-12-31. */
const LAST_DAY = toDayNumber('9999-12-31');

/**
 * A validated loan's dates and rules in the engine's terms: accrual end days, payment days
 * (moved to working days), which periods bear principal and which pay interest.
 * @internal
 */
export interface ScheduleFrame {
  readonly startDay: number;
  readonly periods: readonly PlanPeriod[];
  /** The payment day of each period (the end day moved to a working day). */
  readonly dueDays: readonly number[];
  readonly tranches: readonly { readonly day: number; readonly amount: number }[];
  readonly rate: Ratio;
  readonly basis: number;
  readonly rule: PrincipalRule;
}

/** The contract's accrual end days: given, or every `frequencyMonths` from the first due date. */
function endDaysOf(terms: LoanTerms, startDay: number): number[] {
  if (terms.dueDates !== undefined) return terms.dueDates.map(toDayNumber);
  const anchor =
    terms.firstDueDate === undefined
      ? addMonthsToDayNumber(startDay, terms.frequencyMonths)
      : toDayNumber(terms.firstDueDate);
  // Every date keeps the anchor's day of month (or month end), so none drifts after a short month.
  const [year, month, day] = civilFromDays(anchor);
  const monthEnd = day === daysInMonth(year, month);
  const days = new Array<number>(terms.periods);
  for (let k = 0; k < terms.periods; k++) {
    const index = month - 1 + k * terms.frequencyMonths;
    const y = year + Math.floor(index / 12);
    const m = (index % 12) + 1;
    const last = daysInMonth(y, m);
    days[k] = daysFromCivil(y, m, monthEnd ? last : Math.min(day, last));
  }
  return days;
}

/** Which periods bear principal under the method, after any grace. */
function principalBearing(terms: LoanTerms, endDays: readonly number[]): boolean[] {
  const grace = terms.grace?.periods ?? 0;
  const n = endDays.length;
  switch (terms.method) {
    case 'interestOnly':
      return endDays.map((_, i) => i === n - 1);
    case 'seasonal': {
      const harvest = new Set(terms.cropCalendar?.harvestMonths ?? []);
      const lastMonth = monthOf(endDays[n - 1] as number);
      if (!harvest.has(lastMonth)) {
        throw new HezuoError(
          'INVALID_INPUT',
          `a seasonal loan ends in a harvest month of ${terms.cropCalendar?.crop ?? 'its crop'}: its last due date is in month ${lastMonth}, harvest months are ${[...harvest].join(', ')}`,
          { path: ['terms', 'cropCalendar', 'harvestMonths'] },
        );
      }
      return endDays.map((day, i) => i >= grace && harvest.has(monthOf(day)));
    }
    default:
      return endDays.map((_, i) => i >= grace);
  }
}

/**
 * Frames validated terms. Throws `DATE_ORDER` (path `terms`, `tranches`, i, `date`) for a tranche
 * paid out after principal repayment starts, and `DATE_ORDER` (path `terms`, `calendar`) when moving
 * due dates to working days makes two of them meet or cross.
 * @internal
 */
export function frameSchedule(terms: LoanTerms): ScheduleFrame {
  const startDay = toDayNumber(terms.startDate);
  const endDays = endDaysOf(terms, startDay);
  if ((endDays[endDays.length - 1] as number) > LAST_DAY) {
    throw new HezuoError('INVALID_INPUT', 'the schedule runs past the year 9999', {
      path: ['terms', 'periods'],
    });
  }
  const bearing = principalBearing(terms, endDays);
  const fullGrace = terms.grace?.kind === 'principalAndInterest' ? terms.grace.periods : 0;
  const periods: PlanPeriod[] = endDays.map((endDay, i) => ({
    endDay,
    principalBearing: bearing[i] as boolean,
    interestPayable: i >= fullGrace,
  }));

  const tranches = (terms.tranches ?? [{ date: terms.startDate, amountFen: terms.principalFen }]).map(
    (t) => ({
      day: toDayNumber(t.date),
      amount: t.amountFen,
    }),
  );
  const firstBearing = bearing.indexOf(true);
  const repaymentStarts = firstBearing <= 0 ? startDay : (endDays[firstBearing - 1] as number);
  tranches.forEach((tranche, i) => {
    if (tranche.day > repaymentStarts) {
      throw new HezuoError(
        'DATE_ORDER',
        `tranche ${i + 1} is paid out after principal repayment starts: pay every tranche out by the start of the first period that repays principal`,
        { path: ['terms', 'tranches', i, 'date'] },
      );
    }
  });

  const dueDays = endDays;
  let moved = dueDays;
  if (terms.calendar !== undefined) {
    const calendar = compileCalendar(terms.calendar);
    moved = endDays.map((day, i) => {
      const adjusted = adjustDayNumber(day, calendar, terms.businessDayConvention, monthOf);
      if (adjusted === undefined) {
        throw new HezuoError(
          'INVALID_INPUT',
          `calendar ${terms.calendar?.id} has no working day near due date ${i + 1}`,
          {
            path: ['terms', 'calendar'],
          },
        );
      }
      return adjusted;
    });
    moved.forEach((day, i) => {
      const before = i === 0 ? startDay : (moved[i - 1] as number);
      if (day <= before) {
        throw new HezuoError(
          'DATE_ORDER',
          `moving due dates to working days puts due date ${i + 1} on or before ${i === 0 ? 'the start' : `due date ${i}`}`,
          { path: ['terms', 'calendar'] },
        );
      }
    });
  }

  return {
    startDay,
    periods,
    dueDays: moved,
    tranches,
    rate: ratioOf(terms.annualRate),
    basis: DAY_COUNT_BASIS[terms.dayCount],
    rule: terms.method === 'equalInstallment' ? { kind: 'level' } : { kind: 'split' },
  };
}
