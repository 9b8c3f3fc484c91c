/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), so a schedule of hundreds of
 * periods never builds a `Date`. The civil-date conversions are Howard Hinnant's algorithms,
 * exact for every proleptic Gregorian date.
 * @internal
 */

/** The day number of a valid `YYYY-MM-DD` date. @internal */
export function toDayNumber(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The day number of a year, month (1-12) and day. @internal */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1-12) and day of a day number. @internal */
export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The `YYYY-MM-DD` text of a day number (years 0000-9999). @internal */
export function fromDayNumber(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The number of days in a month (1-12) of a year. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). @internal */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The month (1-12) of a day number. @internal */
export function monthOf(dayNumber: number): number {
  return civilFromDays(dayNumber)[1];
}

/**
 * The date `months` calendar months after an anchor date, keeping the anchor's day of month: a
 * day the target month lacks becomes its last day, and an anchor on the last day of its month
 * stays on month ends (31 Jan, 28 Feb, 31 Mar …), as loan due dates are counted.
 * @internal
 */
export function addMonthsToDayNumber(anchor: number, months: number): number {
  const [year, month, day] = civilFromDays(anchor);
  const index = month - 1 + months;
  const targetYear = year + Math.floor(index / 12);
  const targetMonth = (((index % 12) + 12) % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return daysFromCivil(
    targetYear,
    targetMonth,
    day === daysInMonth(year, month) ? last : Math.min(day, last),
  );
}
