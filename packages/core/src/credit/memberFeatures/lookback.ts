import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { IsoDateSchema } from '../../identity/residentId';

const LookbackArgsSchema = z.strictObject({
  asOf: IsoDateSchema,
  years: z.int().min(1).max(100),
});

/**
 * The first day *before* a credit characteristic's look-back window: the same calendar day
 * `years` before `asOf` (29 February becomes 28 February), or `null` when that would fall
 * before year 0000 (the window then has no lower bound). Dates compare as strings.
 *
 * @example
 * ```ts
 * lookbackStart('2024-02-29', 3); // '2021-02-28': the window is 2021-03-01 … 2024-02-29
 * ```
 */
export function lookbackStart(asOf: string, years = 3): string | null {
  const args = parseInput(LookbackArgsSchema, { asOf, years });
  const year = Number(args.asOf.slice(0, 4)) - args.years;
  if (year < 0) return null;
  const monthDay = args.asOf.slice(5) === '02-29' ? '02-28' : args.asOf.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/**
 * Whether `date` falls in the `years` up to `asOf`: after {@link lookbackStart} and on or
 * before `asOf` (`asOf − years < date ≤ asOf`), the window of the credit characteristics that
 * read a payment or meeting history.
 */
export function isWithinLookback(date: string, asOf: string, years = 3): boolean {
  const day = parseInput(IsoDateSchema, date, { path: ['date'] });
  const start = lookbackStart(asOf, years);
  return day <= asOf && (start === null || day > start);
}
