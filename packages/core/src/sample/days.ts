/**
 * Calendar arithmetic for the generator on day numbers (days since 1970-01-01, proleptic
 * Gregorian), with Howard Hinnant's civil-date algorithms: integers only, no `Date`.
 * @internal
 */

/** The day number of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Strings already made, by day number: a county writes a hundred thousand dates over a few
 * thousand distinct days, so each is made once and shared. Bounded, and only ever a cache.
 */
const ISO_DATES = new Map<number, string>();

/** The `YYYY-MM-DD` of a day number. */
export function isoDate(days: number): string {
  const known = ISO_DATES.get(days);
  if (known !== undefined) return known;
  if (ISO_DATES.size >= 100_000) ISO_DATES.clear();
  const text = formatDay(days);
  ISO_DATES.set(days, text);
  return text;
}

/** Formats a day number as `YYYY-MM-DD`. */
function formatDay(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day number of a `YYYY-MM-DD` string. */
export function parseDay(date: string): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The same day of the month `months` later (days 1–28 only, so it always exists). */
export function addMonths(year: number, month: number, day: number, months: number): number {
  const index = year * 12 + (month - 1) + months;
  return dayNumber(Math.floor(index / 12), (index % 12) + 1, day);
}
