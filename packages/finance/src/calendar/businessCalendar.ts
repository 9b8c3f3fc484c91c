import { IsoDateSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { isoWeekday, toDayNumber } from '../internal/dayNumber';

/**
 * Schema of a business-day calendar (工作日历) as data: the weekdays that are weekends, the
 * listed public holidays, and the make-up working days (调休上班日) that fall on weekends. China
 * publishes the next year's holidays and make-up days each winter (国务院办公厅节假日安排通知),
 * so a calendar is data to load, never a rule in code.
 *
 * A date may not be both a holiday and a make-up working day.
 */
export const BusinessCalendarSchema = z
  .strictObject({
    /** A name for the calendar, e.g. `CN-2025`. */
    id: z.string().check(z.minLength(1), z.maxLength(128)),
    /** ISO weekdays that are not working days (Monday 1 … Sunday 7); Saturday and Sunday by default. */
    weekendDays: z
      ._default(z.array(z.number().check(z.int(), z.gte(1), z.lte(7))).check(z.maxLength(7)), [6, 7])
      .check(z.refine((days) => new Set(days).size === days.length, { error: 'a weekday is listed twice' })),
    /** Public holidays (法定节假日 and the days off around them), `YYYY-MM-DD`. */
    holidays: z._default(z.array(IsoDateSchema).check(z.maxLength(10_000)), []),
    /** Weekend days that are working days (调休上班), `YYYY-MM-DD`. */
    workdays: z._default(z.array(IsoDateSchema).check(z.maxLength(10_000)), []),
  })
  .check(
    z.superRefine((calendar, ctx) => {
      const holidays = new Set(calendar.holidays);
      calendar.workdays.forEach((day, index) => {
        if (holidays.has(day)) {
          ctx.addIssue({
            code: 'custom',
            path: ['workdays', index],
            message: `${day} is listed both as a holiday and as a make-up working day`,
          });
        }
      });
    }),
  );

/** A calendar as given; see {@link BusinessCalendarSchema}. */
export type BusinessCalendarInput = z.input<typeof BusinessCalendarSchema>;

/** A calendar with its defaults filled in. */
export type BusinessCalendar = z.output<typeof BusinessCalendarSchema>;

/**
 * How a due date that falls on a non-working day moves:
 * - `following`: to the next working day (顺延; the usual rule of Chinese loan contracts)
 * - `modifiedFollowing`: to the next working day unless that is in the next month, then back
 * - `preceding`: to the working day before
 * - `none`: not moved
 */
export const BUSINESS_DAY_CONVENTIONS = ['following', 'modifiedFollowing', 'preceding', 'none'] as const;

/** One of {@link BUSINESS_DAY_CONVENTIONS}. */
export type BusinessDayConvention = (typeof BUSINESS_DAY_CONVENTIONS)[number];

/** Schema of {@link BusinessDayConvention}. */
export const BusinessDayConventionSchema = z.enum(BUSINESS_DAY_CONVENTIONS);

/**
 * A calendar compiled for fast look-ups on day numbers.
 * @internal
 */
export interface CompiledCalendar {
  isWorkingDay(dayNumber: number): boolean;
}

/** Compiles a validated calendar. @internal */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const weekend = new Set(calendar.weekendDays);
  const holidays = new Set(calendar.holidays.map(toDayNumber));
  const workdays = new Set(calendar.workdays.map(toDayNumber));
  return {
    isWorkingDay(day) {
      if (holidays.has(day)) return false;
      if (workdays.has(day)) return true;
      return !weekend.has(isoWeekday(day));
    },
  };
}

/** The longest run of non-working days searched before giving up (a calendar of only weekends). */
const MAX_SEARCH_DAYS = 366;

/**
 * Moves a day number to a working day by a convention. @internal
 * @returns the moved day, or `undefined` when no working day lies within a year
 */
export function adjustDayNumber(
  day: number,
  calendar: CompiledCalendar,
  convention: BusinessDayConvention,
  monthOf: (day: number) => number,
): number | undefined {
  if (convention === 'none' || calendar.isWorkingDay(day)) return day;
  const step = convention === 'preceding' ? -1 : 1;
  let moved = day;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    moved += step;
    if (calendar.isWorkingDay(moved)) {
      if (convention === 'modifiedFollowing' && monthOf(moved) !== monthOf(day)) {
        return adjustDayNumber(day, calendar, 'preceding', monthOf);
      }
      return moved;
    }
  }
  return undefined;
}
