import * as z from 'zod/mini';

/**
 * Day-count conventions for simple interest: the actual days elapsed over a year of 360 days
 * (`ACT/360`) or of 365 days (`ACT/365`).
 *
 * `ACT/360` is the usual basis of Chinese loan contracts: the PBOC's 《人民币利率管理规定》 sets
 * the daily rate at the annual rate ÷ 360, and banks and credit cooperatives quote it so.
 */
export const DAY_COUNTS = ['ACT/360', 'ACT/365'] as const;

/** One of {@link DAY_COUNTS}. */
export type DayCount = (typeof DAY_COUNTS)[number];

/** Schema of {@link DayCount}. */
export const DayCountSchema = z.enum(DAY_COUNTS);

/** The number of days in the year of each {@link DayCount}: the denominator of the day fraction. */
export const DAY_COUNT_BASIS: Readonly<Record<DayCount, number>> = Object.freeze({
  'ACT/360': 360,
  'ACT/365': 365,
});
