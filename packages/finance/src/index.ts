/**
 * Hezuo (合作) finance plugin: exact simple interest in integer fen under the day-count
 * conventions of Chinese lending, for credit lines and loans to cooperative members.
 *
 * @packageDocumentation
 */

export { DAY_COUNT_BASIS, DAY_COUNTS, type DayCount, DayCountSchema } from './dayCount';
export { daysBetween } from './daysBetween';
export { type FinanceApi, finance } from './finance';
export { type FinanceOptions, FinanceOptionsSchema, type ResolvedFinanceOptions } from './options';
export { type SimpleInterestInput, SimpleInterestInputSchema, simpleInterest } from './simpleInterest';
