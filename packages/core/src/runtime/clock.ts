import { z } from 'zod';
import { parseInput } from '../errors/fromZod';

/**
 * Where time comes from. Domain functions never read the system clock; the client passes
 * its clock's `today()` to them, so tests and replays are deterministic.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date `YYYY-MM-DD` in the clock's time zone (China Standard Time by default). */
  today(): string;
}

/** China Standard Time: UTC+8 all year (no daylight saving since 1991). */
const CHINA_OFFSET_MINUTES = 8 * 60;

function dateAtOffset(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

const FOURTEEN_HOURS_MS = 14 * 3_600_000;
const EARLIEST_MS = Date.parse('0000-01-01T00:00:00Z') + FOURTEEN_HOURS_MS;
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999) - FOURTEEN_HOURS_MS;

const OffsetSchema = z
  .number()
  .int()
  .min(-14 * 60)
  .max(14 * 60);

/** The system clock; `today()` is the date at `utcOffsetMinutes` (UTC+8 by default). */
export function systemClock(utcOffsetMinutes: number = CHINA_OFFSET_MINUTES): Clock {
  const offset = parseInput(OffsetSchema, utcOffsetMinutes, { path: ['utcOffsetMinutes'] });
  return { now: () => new Date(), today: () => dateAtOffset(new Date(), offset) };
}

/**
 * A clock stopped at one instant, for tests, replays and batch runs "as of" a date.
 *
 * @example
 * ```ts
 * const clock = fixedClock('2026-06-30T12:00:00+08:00');
 * clock.today(); // "2026-06-30"
 * ```
 */
export function fixedClock(instant: string | Date, utcOffsetMinutes: number = CHINA_OFFSET_MINUTES): Clock {
  const offset = parseInput(OffsetSchema, utcOffsetMinutes, { path: ['utcOffsetMinutes'] });
  const ms = parseInput(
    z
      .union([z.string().max(64), z.date()])
      .transform((v) => new Date(v).getTime())
      .refine(Number.isFinite, {
        error: 'must be an ISO 8601 instant or a valid Date',
      })
      // Dates are YYYY-MM-DD: the instant must stay within years 0000-9999 at any UTC offset.
      .refine((ms) => ms >= EARLIEST_MS && ms <= LATEST_MS, {
        error: 'must fall within the years 0000 to 9999',
      }),
    instant,
    { path: ['instant'] },
  );
  return { now: () => new Date(ms), today: () => dateAtOffset(new Date(ms), offset) };
}
