/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone shifts a date.
 * Inputs are validated by the callers' schemas.
 * @internal
 */

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` moved by `months` calendar months; a day that does not exist in the target month
 * becomes that month's last day (31 December − 3 months = 30 September). The last day of a
 * month stays the last day (30 June − 3 months = 31 March), as month-end periods are counted.
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const sourceMonth = Number(date.slice(5, 7));
  const sourceDay = Number(date.slice(8, 10));
  const month = sourceMonth - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = daysInMonth(targetYear, targetMonth + 1);
  const day = sourceDay === daysInMonth(year, sourceMonth) ? lastDay : Math.min(sourceDay, lastDay);
  return fromUtc(new Date(Date.UTC(targetYear, targetMonth, day)));
}

/** `date` moved by `days` days. */
export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtc(value);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/**
 * The end of the accounting year that contains `date`, for a year ending on `monthDay`
 * (`MM-DD`): the first such day on or after `date`.
 */
export function accountingYearEndOn(date: string, monthDay: string): string {
  const sameYear = `${date.slice(0, 4)}-${monthDay}`;
  return sameYear >= date ? sameYear : `${Number(date.slice(0, 4)) + 1}-${monthDay}`;
}
