import { IsoDateSchema, parseInput } from '@hezuo/core';
import * as z from 'zod/mini';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Schema of a day of the year, `MM-DD` (29 February allowed: it recurs in leap years). */
export const MonthDaySchema = z.string().check(
  z.regex(/^\d{2}-\d{2}$/, { error: 'a day of the year looks like MM-DD, e.g. 10-01' }),
  z.refine(
    (value) => {
      const month = Number(value.slice(0, 2));
      const day = Number(value.slice(3, 5));
      return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
    },
    { error: 'must be a day that exists, MM-DD' },
  ),
);

/**
 * Schema of a seasonal window: the days of the year an operation is done in, both ends included.
 * A window may run over the new year (`{ from: '11-20', to: '04-30' }` for winter and spring
 * irrigation of wheat).
 */
export const SeasonWindowSchema = z.strictObject({
  /** The first day, `MM-DD`. */
  from: MonthDaySchema,
  /** The last day, `MM-DD`; before `from` when the window runs over the new year. */
  to: MonthDaySchema,
});

/** A seasonal window; see {@link SeasonWindowSchema}. */
export interface SeasonWindow {
  /** The first day, `MM-DD`. */
  readonly from: string;
  /** The last day, `MM-DD`; before `from` when the window runs over the new year. */
  readonly to: string;
}

const WithinArgsSchema = z.strictObject({ date: IsoDateSchema, window: SeasonWindowSchema });

/**
 * Whether a date falls in a seasonal window (both ends included), whatever its year.
 *
 * @throws HezuoError `INVALID_INPUT` (path `date` or `window`, field) for a bad date or window
 *
 * @example
 * ```ts
 * isWithinSeasonWindow('2015-01-10', { from: '11-20', to: '04-30' }); // true
 * isWithinSeasonWindow('2014-10-21', { from: '10-01', to: '10-20' }); // false
 * ```
 */
export function isWithinSeasonWindow(date: string, window: SeasonWindow): boolean {
  const args = parseInput(WithinArgsSchema, { date, window });
  const day = args.date.slice(5);
  const { from, to } = args.window;
  return from <= to ? from <= day && day <= to : day >= from || day <= to;
}
