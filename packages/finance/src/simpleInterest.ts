import {
  type DecimalInput,
  type Fen,
  FenSchema,
  hezuoErrorFromZod,
  IsoDateSchema,
  NonNegativeDecimalSchema,
  type RoundingMode,
  RoundingModeSchema,
  scaleFen,
} from '@hezuo/core';
import { z } from 'zod';
import { DAY_COUNT_BASIS, type DayCount, DayCountSchema } from './dayCount';
import { daysBetween } from './daysBetween';

/**
 * Schema of {@link simpleInterest}'s arguments, as one object keyed by parameter name, for
 * hosts that validate a form at their own edge. The end date may not be before the start date.
 */
export const SimpleInterestInputSchema = z
  .strictObject({
    principalFen: FenSchema,
    annualRate: NonNegativeDecimalSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    dayCount: DayCountSchema,
    rounding: z.optional(RoundingModeSchema),
  })
  .refine((input) => input.endDate >= input.startDate, {
    error: 'the end date may not be before the start date',
    path: ['endDate'],
  });

/** The arguments of {@link simpleInterest} as one object; see {@link SimpleInterestInputSchema}. */
export type SimpleInterestInput = z.input<typeof SimpleInterestInputSchema>;

/** The error code for a bad argument: amounts and rates have their own codes. */
function codeFor(field: PropertyKey | undefined) {
  if (field === 'principalFen') return 'INVALID_AMOUNT' as const;
  if (field === 'annualRate') return 'INVALID_RATE' as const;
  return 'INVALID_INPUT' as const;
}

/**
 * Simple interest on a principal from `startDate` to `endDate`:
 * `principal × annualRate × days ÷ basis`, where `days` counts the actual calendar days
 * (the start date counts, the end date does not) and `basis` is 360 or 365 by the day count.
 *
 * The product is computed exactly by core's `scaleFen` (the rate is read as an exact decimal)
 * and rounded **once** to whole fen, half-up unless `rounding` says otherwise.
 *
 * @param principalFen - the principal in fen, a non-negative safe integer
 * @param annualRate - the annual rate as a decimal (`0.0435` or `"0.0435"` for 4.35%), not negative
 * @param startDate - the first day interest accrues, `YYYY-MM-DD`
 * @param endDate - the day interest stops (not counted), `YYYY-MM-DD`, not before `startDate`
 * @param dayCount - `ACT/360` (usual for Chinese loans) or `ACT/365`
 * @param rounding - how the result is rounded to fen; `halfUp` by default
 * @returns the interest in fen
 * @throws HezuoError `INVALID_AMOUNT` (path `principalFen`), `INVALID_RATE` (path `annualRate`),
 * `INVALID_INPUT` (path `startDate`, `endDate`, `dayCount` or `rounding`; an end date before the
 * start date is path `endDate`), `AMOUNT_OVERFLOW` when the interest is not a safe integer
 *
 * @example
 * ```ts
 * simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/360'); // 44_104 (¥441.04)
 * simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/365'); // 43_500 (¥435.00)
 * ```
 */
export function simpleInterest(
  principalFen: Fen,
  annualRate: DecimalInput,
  startDate: string,
  endDate: string,
  dayCount: DayCount,
  rounding?: RoundingMode,
): Fen {
  const parsed = SimpleInterestInputSchema.safeParse({
    principalFen,
    annualRate,
    startDate,
    endDate,
    dayCount,
    rounding,
  });
  if (!parsed.success) {
    throw hezuoErrorFromZod(parsed.error, { code: codeFor(parsed.error.issues[0]?.path[0]) });
  }
  const input = parsed.data;
  return scaleFen(input.principalFen, {
    multiply: [input.annualRate, daysBetween(input.startDate, input.endDate)],
    divide: [DAY_COUNT_BASIS[input.dayCount]],
    rounding: input.rounding ?? 'halfUp',
  });
}
