import { type Fen, FenSchema, IsoDateSchema } from '@hezuo/core';
import {
  AnnualRateSchema,
  type BusinessCalendarInput,
  BusinessCalendarSchema,
  type BusinessDayConvention,
  BusinessDayConventionSchema,
  type CropCalendar,
  CropCalendarSchema,
  type DayCount,
  DayCountSchema,
  FREQUENCY_MONTHS,
  LoanFeeSchema,
  type LoanSchedule,
  PRACTICE_CROP_CALENDARS,
  REPAYMENT_METHODS,
  type RepaymentMethod,
} from '@hezuo/finance';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

/** Months between due dates the calculator offers: one of finance's `FREQUENCY_MONTHS`. */
export type LoanFrequency = (typeof FREQUENCY_MONTHS)[number];

/** The monthly, quarterly, half-yearly and yearly intervals: what the calculator offers by default. */
export const DEFAULT_LOAN_FREQUENCIES: readonly LoanFrequency[] = Object.freeze([1, 3, 6, 12]);

/** A fee of the loan product, as finance's `LoanFeeSchema` takes it. */
export type LoanProductFee = z.input<typeof LoanFeeSchema>;

/** The calculator's starting values. */
export interface LoanCalculatorInitial {
  /** The amount lent, in fen (shown in yuan). */
  readonly principalFen?: Fen;
  /** The annual contract rate as a decimal, 0 to 0.36 (`'0.0435'`, shown as `4.35`). */
  readonly annualRate?: string | number;
  /** The term in months: a whole number of repayment intervals. */
  readonly termMonths?: number;
  /** Months between due dates; 1 by default. */
  readonly frequencyMonths?: LoanFrequency;
  /** How principal is repaid; the first offered method by default. */
  readonly method?: RepaymentMethod;
  /** For a seasonal loan: the `crop` id of one of `cropCalendars`. */
  readonly crop?: string;
  /** The disbursement date, `YYYY-MM-DD`. Pass your clock's today; empty when absent. */
  readonly startDate?: string;
}

/** Props of {@link LoanCalculator} and {@link useLoanCalculator}. */
export interface LoanCalculatorProps {
  /** Starting values of the fields. */
  readonly initial?: LoanCalculatorInitial;
  /** The repayment methods offered, in order; all of finance's `REPAYMENT_METHODS` by default. */
  readonly methods?: readonly RepaymentMethod[];
  /** The repayment intervals offered, in months; {@link DEFAULT_LOAN_FREQUENCIES} by default. */
  readonly frequencies?: readonly LoanFrequency[];
  /**
   * The crops a seasonal loan can follow, each known by its `crop` id; the calendars of finance's
   * `PRACTICE_CROP_CALENDARS` by default.
   */
  readonly cropCalendars?: readonly CropCalendar[];
  /** The product's day count; `ACT/360` (finance's default) when absent. */
  readonly dayCount?: DayCount;
  /** The product's fees, counted in the annualised cost. */
  readonly fees?: readonly LoanProductFee[];
  /** A working-day calendar that moves due dates off holidays (such as `CN_2025_BUSINESS_CALENDAR`). */
  readonly calendar?: BusinessCalendarInput;
  /** How a due date on a non-working day moves; `following` by default. */
  readonly businessDayConvention?: BusinessDayConvention;
  /** Called with each schedule the borrower asks for. */
  readonly onSchedule?: (schedule: LoanSchedule) => void;
  /** Extra classes on the root, after `hz-loan`. */
  readonly className?: string;
}

const MethodSchema = z.enum(REPAYMENT_METHODS);
const FrequencySchema = z.number().check(
  z.refine((m) => (FREQUENCY_MONTHS as readonly number[]).includes(m), {
    error: 'the interval is 1, 2, 3, 4, 6 or 12 months',
  }),
);
const listOf = <T extends z.core.SomeType>(item: T, max: number) =>
  z.array(item).check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((items) => new Set(items).size === items.length, { error: 'an item is listed twice' }),
  );

/** Schema of {@link LoanCalculatorProps}. */
export const LoanCalculatorPropsSchema = z
  .strictObject({
    initial: z.optional(
      z.strictObject({
        principalFen: z.optional(FenSchema),
        annualRate: z.optional(AnnualRateSchema),
        termMonths: z.optional(z.int().check(z.minimum(1), z.maximum(7_200))),
        frequencyMonths: z.optional(FrequencySchema),
        method: z.optional(MethodSchema),
        crop: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
        startDate: z.optional(IsoDateSchema),
      }),
    ),
    methods: z.optional(listOf(MethodSchema, REPAYMENT_METHODS.length)),
    frequencies: z.optional(listOf(FrequencySchema, FREQUENCY_MONTHS.length)),
    cropCalendars: z.optional(z.array(CropCalendarSchema).check(z.maxLength(100))),
    dayCount: z.optional(DayCountSchema),
    fees: z.optional(z.array(LoanFeeSchema).check(z.maxLength(50))),
    calendar: z.optional(BusinessCalendarSchema),
    businessDayConvention: z.optional(BusinessDayConventionSchema),
    onSchedule: z.optional(callbackSchema<(schedule: LoanSchedule) => void>()),
    className: z.optional(z.string().check(z.maxLength(1_000))),
  })
  .check(
    z.superRefine((props, ctx) => {
      const initial = props.initial ?? {};
      const methods: readonly string[] = props.methods ?? REPAYMENT_METHODS;
      const frequencies: readonly number[] = props.frequencies ?? DEFAULT_LOAN_FREQUENCIES;
      const crops = (props.cropCalendars ?? Object.values(PRACTICE_CROP_CALENDARS)).map((c) => c.crop);
      if (initial.method !== undefined && !methods.includes(initial.method)) {
        ctx.addIssue({ code: 'custom', path: ['initial', 'method'], message: 'is not an offered method' });
      }
      if (initial.frequencyMonths !== undefined && !frequencies.includes(initial.frequencyMonths)) {
        ctx.addIssue({
          code: 'custom',
          path: ['initial', 'frequencyMonths'],
          message: 'is not an offered interval',
        });
      }
      crops.forEach((crop, i) => {
        if (crops.indexOf(crop) !== i) {
          ctx.addIssue({
            code: 'custom',
            path: ['cropCalendars', i, 'crop'],
            message: 'a crop is listed twice',
          });
        }
      });
      if (initial.crop !== undefined && !crops.includes(initial.crop)) {
        ctx.addIssue({
          code: 'custom',
          path: ['initial', 'crop'],
          message: 'is not a crop of cropCalendars',
        });
      }
      if (methods.includes('seasonal') && crops.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['cropCalendars'],
          message: 'a seasonal loan needs at least one crop calendar',
        });
      }
    }),
  );
