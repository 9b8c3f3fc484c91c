import { HezuoError, IsoDateSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { fromDayNumber, monthOf, toDayNumber } from '../internal/dayNumber';
import {
  adjustDayNumber,
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  type BusinessDayConvention,
  BusinessDayConventionSchema,
  compileCalendar,
} from './businessCalendar';

const AdjustArgsSchema = z.strictObject({
  date: IsoDateSchema,
  calendar: BusinessCalendarSchema,
  convention: BusinessDayConventionSchema,
});

/**
 * Whether a date is a working day in a calendar: not a weekend day unless listed as a make-up
 * working day (调休), and not a listed holiday.
 *
 * @param date - `YYYY-MM-DD`
 * @param calendar - see {@link BusinessCalendarSchema}
 * @throws HezuoError `INVALID_INPUT` (path `date` or `calendar`, …) for a bad date or calendar
 *
 * @example
 * ```ts
 * isBusinessDay('2025-10-01', CN_2025_BUSINESS_CALENDAR); // false (National Day)
 * isBusinessDay('2025-09-28', CN_2025_BUSINESS_CALENDAR); // true (a Sunday worked in exchange)
 * ```
 */
export function isBusinessDay(date: string, calendar: BusinessCalendarInput): boolean {
  const args = parseInput(AdjustArgsSchema, { date, calendar, convention: 'none' });
  return compileCalendar(args.calendar).isWorkingDay(toDayNumber(args.date));
}

/**
 * Moves a date that is not a working day by a business-day convention: to the next working
 * day by default (顺延), as Chinese loan contracts move a due date that falls on a weekend or
 * holiday. A working day is returned unchanged.
 *
 * @param date - `YYYY-MM-DD`
 * @param calendar - weekends, holidays and make-up working days; see {@link BusinessCalendarSchema}
 * @param convention - see {@link BUSINESS_DAY_CONVENTIONS}; `following` by default
 * @returns the working day, `YYYY-MM-DD`
 * @throws HezuoError `INVALID_INPUT` for a bad argument, or (path `calendar`) when no working day
 * lies within a year of the date
 *
 * @example
 * ```ts
 * adjustToBusinessDay('2025-10-01', CN_2025_BUSINESS_CALENDAR); // '2025-10-09'
 * adjustToBusinessDay('2025-10-04', CN_2025_BUSINESS_CALENDAR, 'preceding'); // '2025-09-30'
 * ```
 */
export function adjustToBusinessDay(
  date: string,
  calendar: BusinessCalendarInput,
  convention: BusinessDayConvention = 'following',
): string {
  const args = parseInput(AdjustArgsSchema, { date, calendar, convention });
  const moved = adjustDayNumber(
    toDayNumber(args.date),
    compileCalendar(args.calendar),
    args.convention,
    monthOf,
  );
  if (moved === undefined) {
    throw new HezuoError(
      'INVALID_INPUT',
      `calendar ${args.calendar.id} has no working day within a year of ${args.date}`,
      {
        path: ['calendar'],
      },
    );
  }
  return fromDayNumber(moved);
}
