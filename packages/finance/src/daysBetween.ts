import { IsoDateSchema, parseInput } from '@hezuo/core';

const MS_PER_DAY = 86_400_000;

/** Midnight UTC of a valid `YYYY-MM-DD` date, in ms (years 0000-9999 read literally). */
function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/**
 * The number of calendar days from `from` to `to`, both `YYYY-MM-DD`: `to − from`, negative
 * when `to` is before `from`. Counted on UTC midnights, so no time zone or daylight-saving
 * shift can add or lose a day.
 *
 * @param from - the first date, `YYYY-MM-DD`
 * @param to - the second date, `YYYY-MM-DD`
 * @returns the whole number of days between them
 * @throws HezuoError `INVALID_INPUT` (path `from` or `to`) for a date that is malformed or does not exist
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); // 2 (leap year)
 * daysBetween('2026-06-30', '2025-06-30'); // -365
 * ```
 */
export function daysBetween(from: string, to: string): number {
  const start = parseInput(IsoDateSchema, from, { path: ['from'] });
  const end = parseInput(IsoDateSchema, to, { path: ['to'] });
  // Both instants are whole days apart, so the quotient is an exact integer.
  return (utcMidnight(end) - utcMidnight(start)) / MS_PER_DAY;
}
