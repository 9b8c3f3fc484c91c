import {
  type DecimalInput,
  definePlugin,
  type Fen,
  type HezuoPlugin,
  parseInput,
  type RoundingMode,
} from '@hezuo/core';
import type { DayCount } from './dayCount';
import { defaults3yFeature } from './defaults3yFeature';
import {
  FINANCE_INSTALLMENT_KIND,
  type InstallmentRecord,
  InstallmentRecordSchema,
} from './installmentRecord';
import { maxDaysOverdueFeature } from './maxDaysOverdueFeature';
import { onTimeShareFeature } from './onTimeShareFeature';
import { type FinanceOptions, FinanceOptionsSchema, type ResolvedFinanceOptions } from './options';
import { simpleInterest } from './simpleInterest';

/** What the finance plugin exposes on the client as `hz.finance`. */
export interface FinanceApi {
  /** The plugin's options with defaults filled in (frozen). */
  readonly options: Readonly<ResolvedFinanceOptions>;
  /**
   * {@link simpleInterest}, with the day count defaulting to the plugin's
   * {@link ResolvedFinanceOptions.dayCount}.
   */
  simpleInterest(
    principalFen: Fen,
    annualRate: DecimalInput,
    startDate: string,
    endDate: string,
    dayCount?: DayCount,
    rounding?: RoundingMode,
  ): Fen;
  /**
   * Validates a loan installment and stores it under `finance.installment` (replacing a record
   * with the same id). Resolves to the stored record. Record each installment of a schedule when
   * the loan is made, and again under the same id when it is repaid or written off.
   *
   * @throws HezuoError `INVALID_INPUT` (path `installment`, field) for a record that does not
   * match {@link InstallmentRecordSchema}; nothing is stored
   */
  recordInstallment(installment: InstallmentRecord): Promise<InstallmentRecord>;
}

/**
 * The finance plugin: loans and interest for cooperative members, and the credit-record
 * characteristics their repayment yields (`finance.onTimeShare`, `finance.maxDaysOverdue`,
 * `finance.defaults3y`). Options are validated when the plugin is created, so a bad option fails
 * before any client exists.
 *
 * @param options - see {@link FinanceOptions}; every field has a default
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for a bad or unknown option
 *
 * @example
 * ```ts
 * import { createHezuo } from '@hezuo/core';
 * import { finance } from '@hezuo/finance';
 *
 * const hz = createHezuo({ plugins: [finance()] });
 * hz.finance.simpleInterest(1_000_000, '0.0435', '2025-06-30', '2026-06-30'); // 44_104 (ACT/360)
 * ```
 */
export function finance(options: FinanceOptions = {}): HezuoPlugin<'finance', FinanceApi> {
  const resolved: Readonly<ResolvedFinanceOptions> = Object.freeze(
    parseInput(FinanceOptionsSchema, options, { path: ['options'] }),
  );
  return definePlugin({
    name: 'finance',
    setup(ctx) {
      if (resolved.registerCreditFeatures) {
        ctx.credit.register(onTimeShareFeature);
        ctx.credit.register(maxDaysOverdueFeature);
        ctx.credit.register(defaults3yFeature);
      }
      const api: FinanceApi = {
        options: resolved,
        simpleInterest: (principalFen, annualRate, startDate, endDate, dayCount, rounding) =>
          simpleInterest(
            principalFen,
            annualRate,
            startDate,
            endDate,
            dayCount ?? resolved.dayCount,
            rounding,
          ),
        async recordInstallment(installment) {
          const record = parseInput(InstallmentRecordSchema, installment, { path: ['installment'] });
          await ctx.store.put(FINANCE_INSTALLMENT_KIND, record.id, record);
          return Object.freeze({ ...record });
        },
      };
      return Object.freeze(api);
    },
  });
}
