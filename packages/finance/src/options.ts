import { type DecimalInput, NonNegativeDecimalSchema } from '@hezuo/core';
import { z } from 'zod';
import { type DayCount, DayCountSchema } from './dayCount';

/** Options of the {@link finance} plugin; every field has a default. */
export interface FinanceOptions {
  /** The day count for interest when a call names none; `ACT/360` by default (usual for Chinese loans). */
  readonly dayCount?: DayCount;
  /**
   * The surcharge on the contract rate for overdue penalty interest (罚息): the penalty rate is
   * `contract rate × (1 + penaltySurchargeRate)`. Defaults to `'0.5'` (a 50% surcharge).
   *
   * This default is **practice, not law**, and meant to be overridden: the PBOC's 2003 notice
   * (银发〔2003〕251号) set the overdue surcharge at 30%–50%, and most rural lenders still write
   * 50% into their contracts. Use whatever the loan contract says.
   */
  readonly penaltySurchargeRate?: DecimalInput;
  /**
   * Whether to register the plugin's credit characteristics (`finance.onTimeShare`,
   * `finance.maxDaysOverdue`, `finance.defaults3y`) with the client's credit registry; `true`
   * by default. Turn it off for hosts that do no credit assessment; the API still works.
   */
  readonly registerCreditFeatures?: boolean;
}

/** The {@link FinanceOptions} with every default filled in. */
export interface ResolvedFinanceOptions {
  /** The day count used when a call names none. */
  readonly dayCount: DayCount;
  /** The overdue penalty surcharge on the contract rate, as given (a decimal, not negative). */
  readonly penaltySurchargeRate: DecimalInput;
  /** Whether the credit characteristics are registered. */
  readonly registerCreditFeatures: boolean;
}

/** Schema of {@link FinanceOptions}; parsing fills in the defaults ({@link ResolvedFinanceOptions}). */
export const FinanceOptionsSchema = z.strictObject({
  dayCount: z._default(DayCountSchema, 'ACT/360'),
  penaltySurchargeRate: z._default(NonNegativeDecimalSchema, '0.5'),
  registerCreditFeatures: z.boolean().default(true),
});
