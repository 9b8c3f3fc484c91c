import { IsoDateSchema } from '@hezuo/core';
import * as z from 'zod/mini';

/**
 * Schema of a date in this plugin's records and inputs: `YYYY-MM-DD`, a day that exists, in
 * the years 1900 to 2999 (so date arithmetic on windows and intervals stays in four-digit years).
 */
export const AgriDateSchema = IsoDateSchema.check(
  z.refine((date) => date >= '1900-01-01' && date <= '2999-12-31', {
    error: 'must be a date between 1900-01-01 and 2999-12-31',
  }),
);

/**
 * `date` moved by `days` days, in UTC so no time zone shifts it.
 * @internal
 */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The day after the same calendar day one year before `date` (29 February falls back to
 * 28 February): the first day of the twelve months that end on `date`.
 * @internal
 */
export function twelveMonthsStartingBefore(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return addDays(`${String(year).padStart(4, '0')}-${monthDay}`, 1);
}
