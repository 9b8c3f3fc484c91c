import { FenSchema, IsoDateSchema, LocalizedTextSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { BusinessCalendarSchema, BusinessDayConventionSchema } from '../calendar/businessCalendar';
import { DayCountSchema } from '../dayCount';
import { AnnualRateSchema } from './annualRate';
import { CropCalendarSchema } from './cropCalendar';

/**
 * How principal is repaid:
 * - `equalInstallment` (等额本息): the same payment every period, interest first
 * - `equalPrincipal` (等额本金): the same principal every period, interest on the falling balance
 * - `interestOnly` (按期付息、到期还本): interest every period, all principal with the last (bullet)
 * - `seasonal` (按季节还款): interest every period, principal only in the crop's harvest months
 */
export const REPAYMENT_METHODS = ['equalInstallment', 'equalPrincipal', 'interestOnly', 'seasonal'] as const;

/** One of {@link REPAYMENT_METHODS}. */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

/** Schema of {@link RepaymentMethod}. */
export const RepaymentMethodSchema = z.enum(REPAYMENT_METHODS);

/**
 * What a grace period (宽限期) defers: `principal` (interest is still paid each period) or
 * `principalAndInterest` (nothing is paid; the interest accrued is due with the first
 * installment after the grace, never compounded).
 */
export const GRACE_KINDS = ['principal', 'principalAndInterest'] as const;

/** One of {@link GRACE_KINDS}. */
export type GraceKind = (typeof GRACE_KINDS)[number];

/** Months between due dates a schedule may use: monthly, bi-monthly, quarterly, 4-monthly, half-yearly, yearly. */
export const FREQUENCY_MONTHS = [1, 2, 3, 4, 6, 12] as const;

/** Schema of one disbursement of a loan paid out in tranches (分笔放款). */
export const TrancheSchema = z.strictObject({
  /** The day the tranche is paid out, `YYYY-MM-DD`. */
  date: IsoDateSchema,
  /** The amount paid out, in fen. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a tranche is at least 1 fen' })),
});

/** A tranche; see {@link TrancheSchema}. */
export type Tranche = z.infer<typeof TrancheSchema>;

/** Schema of a fee the borrower pays for the loan (手续费、担保费 …), counted in the annualised cost. */
export const LoanFeeSchema = z.strictObject({
  /** A key for the fee, e.g. `guarantee`. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** What to show. */
  label: z.optional(LocalizedTextSchema),
  /** The amount, in fen. */
  amountFen: FenSchema.check(z.gte(1, { error: 'a fee is at least 1 fen' })),
  /** The day it is paid, `YYYY-MM-DD`; the loan's start date when absent. */
  date: z.optional(IsoDateSchema),
  /** Whether the lender keeps it out of the money paid out (砍头费), rather than the borrower paying it. */
  deductedFromDisbursement: z._default(z.boolean(), false),
});

/** A fee; see {@link LoanFeeSchema}. */
export type LoanFee = z.output<typeof LoanFeeSchema>;

/** Schema of a grace period at the start of a loan. */
export const GraceSchema = z.strictObject({
  /** How many periods from the first are in grace. */
  periods: z.number().check(z.int(), z.gte(1), z.lte(599)),
  /** What is deferred; `principal` by default. */
  kind: z._default(z.enum(GRACE_KINDS), 'principal'),
});

const dateOrder = (message: string, path: (string | number)[]) =>
  ({ code: 'custom', message, path, params: { code: 'DATE_ORDER' } }) as const;

/**
 * Schema of a loan's repayment terms (还款计划条款): everything a schedule is computed from. Due
 * dates are generated from `startDate` every `frequencyMonths` (the first on `firstDueDate`, or
 * one period after the start), or given in `dueDates`; dates go forward, tranches add up to the
 * principal, and a seasonal loan names its crop calendar. Interest accrues on actual days by
 * `dayCount` over the contract's dates; a due date on a non-working day of `calendar` is moved by
 * `businessDayConvention` for payment only.
 */
export const LoanTermsSchema = z
  .strictObject({
    /** The amount lent, in fen. */
    principalFen: FenSchema.check(z.gte(1, { error: 'a loan is at least 1 fen' })),
    /** The annual contract rate as a decimal (0.0435 for 4.35 %), 0 to 0.36. */
    annualRate: AnnualRateSchema,
    /** The day the loan (or its first tranche) is paid out and interest starts, `YYYY-MM-DD`. */
    startDate: IsoDateSchema,
    /** The number of installments, 1 to 600. */
    periods: z.number().check(z.int(), z.gte(1), z.lte(600)),
    /** Months between due dates; 1 (monthly) by default. */
    frequencyMonths: z._default(
      z.number().check(
        z.int(),
        z.refine((m) => (FREQUENCY_MONTHS as readonly number[]).includes(m), {
          error: 'the frequency is 1, 2, 3, 4, 6 or 12 months',
        }),
      ),
      1,
    ),
    /** The first due date; one period after the start when absent. Later due dates keep its day of month. */
    firstDueDate: z.optional(IsoDateSchema),
    /** Every due date, for an irregular schedule: one per period, strictly after the start and increasing. */
    dueDates: z.optional(z.array(IsoDateSchema).check(z.maxLength(600))),
    /** How principal is repaid. */
    method: RepaymentMethodSchema,
    /** The day count of interest; `ACT/360` by default. */
    dayCount: z._default(DayCountSchema, 'ACT/360'),
    /** A grace period at the start. */
    grace: z.optional(GraceSchema),
    /** The crop calendar of a `seasonal` loan: principal falls due only in its harvest months. */
    cropCalendar: z.optional(CropCalendarSchema),
    /** Disbursements of a loan paid out in tranches; one tranche of the whole principal when absent. */
    tranches: z.optional(z.array(TrancheSchema).check(z.minLength(1), z.maxLength(120))),
    /** Fees the borrower pays for the loan. */
    fees: z._default(z.array(LoanFeeSchema).check(z.maxLength(50)), []),
    /** The working-day calendar due dates are moved by; due dates are not moved when absent. */
    calendar: z.optional(BusinessCalendarSchema),
    /** How a due date on a non-working day moves; `following` (顺延) by default. */
    businessDayConvention: z._default(BusinessDayConventionSchema, 'following'),
  })
  .check(
    z.superRefine((terms, ctx) => {
      if (terms.firstDueDate !== undefined && terms.dueDates !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['firstDueDate'],
          message: 'give firstDueDate or dueDates, not both',
        });
      }
      if (terms.firstDueDate !== undefined && terms.firstDueDate <= terms.startDate) {
        ctx.addIssue(
          dateOrder(`the first due date ${terms.firstDueDate} must be after the start ${terms.startDate}`, [
            'firstDueDate',
          ]),
        );
      }
      if (terms.dueDates !== undefined) {
        if (terms.dueDates.length !== terms.periods) {
          ctx.addIssue({
            code: 'custom',
            path: ['dueDates'],
            message: `${terms.dueDates.length} due dates were given for ${terms.periods} periods`,
          });
        }
        terms.dueDates.forEach((date, i) => {
          const before = i === 0 ? terms.startDate : terms.dueDates?.[i - 1];
          if (before !== undefined && date <= before) {
            ctx.addIssue(
              dateOrder(
                `due date ${i + 1} (${date}) must be after ${i === 0 ? 'the start' : 'the due date before it'} (${before})`,
                ['dueDates', i],
              ),
            );
          }
        });
      }
      if (terms.grace !== undefined && terms.grace.periods >= terms.periods) {
        ctx.addIssue({
          code: 'custom',
          path: ['grace', 'periods'],
          message: `a grace of ${terms.grace.periods} periods leaves no period of the ${terms.periods} to repay in`,
        });
      }
      if (terms.method === 'seasonal' && terms.cropCalendar === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['cropCalendar'],
          message: 'a seasonal loan needs the crop calendar',
        });
      }
      if (terms.tranches !== undefined) {
        let sum = 0;
        terms.tranches.forEach((tranche, i) => {
          sum += tranche.amountFen;
          const before = terms.tranches?.[i - 1];
          if (i === 0 && tranche.date !== terms.startDate) {
            ctx.addIssue(
              dateOrder(`the first tranche is paid out on the start date ${terms.startDate}`, [
                'tranches',
                0,
                'date',
              ]),
            );
          }
          if (before !== undefined && tranche.date <= before.date) {
            ctx.addIssue(
              dateOrder(`tranche ${i + 1} (${tranche.date}) must come after tranche ${i} (${before.date})`, [
                'tranches',
                i,
                'date',
              ]),
            );
          }
        });
        if (sum !== terms.principalFen) {
          ctx.addIssue({
            code: 'custom',
            path: ['tranches'],
            message: `the tranches add up to ${sum} fen, not the principal of ${terms.principalFen} fen`,
            params: { code: 'INVALID_AMOUNT' },
          });
        }
      }
      let deducted = 0;
      terms.fees.forEach((fee, i) => {
        if (fee.date !== undefined && fee.date < terms.startDate) {
          ctx.addIssue(
            dateOrder(`fee ${fee.id} (${fee.date}) is dated before the start ${terms.startDate}`, [
              'fees',
              i,
              'date',
            ]),
          );
        }
        if (fee.deductedFromDisbursement) deducted += fee.amountFen;
      });
      const firstPayout = terms.tranches?.[0]?.amountFen ?? terms.principalFen;
      if (deducted >= firstPayout) {
        ctx.addIssue({
          code: 'custom',
          path: ['fees'],
          message: `fees of ${deducted} fen kept out of the first payout of ${firstPayout} fen leave nothing to pay out`,
          params: { code: 'INVALID_AMOUNT' },
        });
      }
    }),
  );

/** Loan terms as given; see {@link LoanTermsSchema}. */
export type LoanTermsInput = z.input<typeof LoanTermsSchema>;

/** Loan terms with defaults filled in. */
export type LoanTerms = z.output<typeof LoanTermsSchema>;
