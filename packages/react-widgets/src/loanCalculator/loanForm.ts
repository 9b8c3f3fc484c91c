import {
  type Fen,
  fenToYuanString,
  IsoDateSchema,
  isHezuoError,
  safeParseInput,
  yuanToFen,
} from '@hezuo/core';
import {
  AnnualRateSchema,
  type BusinessCalendarInput,
  type BusinessDayConvention,
  type CropCalendar,
  type DayCount,
  type LoanTermsInput,
  PRACTICE_CROP_CALENDARS,
  REPAYMENT_METHODS,
  type RepaymentMethod,
} from '@hezuo/finance';
import {
  DEFAULT_LOAN_FREQUENCIES,
  type LoanCalculatorInitial,
  type LoanFrequency,
  type LoanProductFee,
} from './loanCalculatorProps';
import { percentToRate, rateToPercent } from './percentText';

/** A field of the calculator: amount (yuan), rate (per cent), term (months), interval, method, crop, date. */
export type LoanField =
  | 'principal'
  | 'annualRatePercent'
  | 'termMonths'
  | 'frequencyMonths'
  | 'method'
  | 'crop'
  | 'startDate';

/** The calculator's fields, in the order they are shown. */
export const LOAN_FIELDS: readonly LoanField[] = [
  'principal',
  'annualRatePercent',
  'termMonths',
  'frequencyMonths',
  'method',
  'crop',
  'startDate',
];

/** What the fields hold: text as typed (amounts in yuan, the rate in per cent) and the chosen options. */
export type LoanFormValues = Readonly<Record<LoanField, string>>;

/**
 * Why a field is refused: `required`; `principal`, `rate`, `term` or `date` for a value that is
 * not one; `tooLarge` for an amount whose interest leaves the safe range of fen; `termMultiple`
 * for a term that is not whole intervals; `harvest` for a seasonal loan whose last installment
 * misses the crop's harvest months.
 */
export type LoanProblem =
  | 'required'
  | 'principal'
  | 'tooLarge'
  | 'rate'
  | 'term'
  | 'termMultiple'
  | 'date'
  | 'harvest';

/** A refused field: the problem, and the harvest months for `harvest`. */
export interface LoanFieldError {
  /** What is wrong. */
  readonly problem: LoanProblem;
  /** The crop's harvest months (1-12), for `harvest`. */
  readonly harvestMonths?: readonly number[];
}

/** Refused fields, by field. */
export type LoanFieldErrors = Readonly<Partial<Record<LoanField, LoanFieldError>>>;

/** The product terms the calculator adds to what the borrower types (the props, defaults filled in). */
export interface LoanProduct {
  /** Repayment methods offered. */
  readonly methods: readonly RepaymentMethod[];
  /** Intervals offered, in months. */
  readonly frequencies: readonly LoanFrequency[];
  /** Crop calendars a seasonal loan can follow, each known by its `crop` id. */
  readonly cropCalendars: readonly CropCalendar[];
  /** The day count, when the product names one. */
  readonly dayCount?: DayCount;
  /** The product's fees. */
  readonly fees?: readonly LoanProductFee[];
  /** The working-day calendar, when given. */
  readonly calendar?: BusinessCalendarInput;
  /** How due dates move off non-working days, when given. */
  readonly businessDayConvention?: BusinessDayConvention;
}

/** The parts of the props {@link loanProductOf} reads. */
export interface LoanProductProps {
  readonly methods?: readonly RepaymentMethod[] | undefined;
  readonly frequencies?: readonly LoanFrequency[] | undefined;
  readonly cropCalendars?: readonly CropCalendar[] | undefined;
  readonly dayCount?: DayCount | undefined;
  readonly fees?: readonly LoanProductFee[] | undefined;
  readonly calendar?: BusinessCalendarInput | undefined;
  readonly businessDayConvention?: BusinessDayConvention | undefined;
}

/** The product terms of validated props, with the calculator's defaults. */
export function loanProductOf(props: LoanProductProps): LoanProduct {
  return {
    methods: props.methods ?? REPAYMENT_METHODS,
    frequencies: props.frequencies ?? DEFAULT_LOAN_FREQUENCIES,
    cropCalendars: props.cropCalendars ?? Object.values(PRACTICE_CROP_CALENDARS),
    ...(props.dayCount === undefined ? {} : { dayCount: props.dayCount }),
    ...(props.fees === undefined ? {} : { fees: props.fees }),
    ...(props.calendar === undefined ? {} : { calendar: props.calendar }),
    ...(props.businessDayConvention === undefined
      ? {}
      : { businessDayConvention: props.businessDayConvention }),
  };
}

/** An amount in fen as typed in a yuan field: `5000000` → `"50000"`, `123456` → `"1234.56"`. */
export function fenToYuanText(amount: Fen): string {
  const text = fenToYuanString(amount);
  return text.endsWith('.00') ? text.slice(0, -3) : text;
}

/** The fields' starting values from validated props. */
export function initialLoanValues(
  initial: LoanCalculatorInitial | undefined,
  product: LoanProduct,
): LoanFormValues {
  const start = initial ?? {};
  return {
    principal: start.principalFen === undefined ? '' : fenToYuanText(start.principalFen),
    annualRatePercent: start.annualRate === undefined ? '' : rateToPercent(start.annualRate),
    termMonths: start.termMonths === undefined ? '' : String(start.termMonths),
    frequencyMonths: String(start.frequencyMonths ?? product.frequencies[0] ?? 1),
    method: start.method ?? product.methods[0] ?? 'equalInstallment',
    crop: start.crop ?? product.cropCalendars[0]?.crop ?? '',
    startDate: start.startDate ?? '',
  };
}

/** True when every field the borrower must fill holds something. */
export function isLoanFormFilled(values: LoanFormValues): boolean {
  return (['principal', 'annualRatePercent', 'termMonths', 'startDate'] as const).every(
    (field) => values[field].trim() !== '',
  );
}

/** Reads a yuan amount as people type it (`50000`, `50,000.5`, `¥50000`) through core's `yuanToFen`. */
function readPrincipal(text: string): Fen | LoanFieldError {
  try {
    return yuanToFen(text.replace(/[\s,，¥￥]/g, ''));
  } catch (error) {
    if (isHezuoError(error)) return { problem: 'principal' };
    throw error;
  }
}

/** The outcome of {@link readLoanTerms}: finance's loan terms, or the fields refused before asking it. */
export type ReadLoanTerms =
  | { readonly ok: true; readonly terms: LoanTermsInput }
  | { readonly ok: false; readonly errors: LoanFieldErrors };

/**
 * Turns the fields into finance's loan terms: the amount through core's `yuanToFen` (never a
 * float), the percentage shifted exactly to a decimal rate, the term divided into periods of the
 * interval; the rate and the date are checked against finance's and core's schemas. What only a
 * whole schedule can judge (the number of periods, a seasonal loan's harvest) is left to
 * `buildLoanSchedule`.
 */
export function readLoanTerms(values: LoanFormValues, product: LoanProduct): ReadLoanTerms {
  const errors: Partial<Record<LoanField, LoanFieldError>> = {};
  const required = (field: LoanField): string | undefined => {
    const text = values[field].trim();
    if (text === '') errors[field] = { problem: 'required' };
    return text === '' ? undefined : text;
  };

  const principalText = required('principal');
  const principal = principalText === undefined ? undefined : readPrincipal(principalText);
  if (typeof principal === 'object') errors.principal = principal;

  // The rate and the date are checked by finance's and core's own schemas, so every refused
  // field shows at once, not one after another.
  const rateText = required('annualRatePercent');
  const annualRate = rateText === undefined ? undefined : percentToRate(rateText);
  if (
    rateText !== undefined &&
    (annualRate === undefined || !safeParseInput(AnnualRateSchema, annualRate).success)
  ) {
    errors.annualRatePercent = { problem: 'rate' };
  }

  const frequency = Number(values.frequencyMonths);
  const termText = required('termMonths');
  let periods: number | undefined;
  if (termText !== undefined) {
    const months = /^\d{1,5}$/.test(termText) ? Number(termText) : 0;
    if (months < 1) errors.termMonths = { problem: 'term' };
    else if (months % frequency !== 0) errors.termMonths = { problem: 'termMultiple' };
    else periods = months / frequency;
  }

  const startDate = required('startDate');
  if (startDate !== undefined && !safeParseInput(IsoDateSchema, startDate).success) {
    errors.startDate = { problem: 'date' };
  }
  const method = values.method as RepaymentMethod;
  const cropCalendar =
    method === 'seasonal' ? product.cropCalendars.find((c) => c.crop === values.crop) : undefined;

  if (
    Object.keys(errors).length > 0 ||
    typeof principal !== 'number' ||
    annualRate === undefined ||
    periods === undefined ||
    startDate === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    terms: {
      principalFen: principal,
      annualRate,
      startDate,
      periods,
      frequencyMonths: frequency,
      method,
      ...(cropCalendar === undefined ? {} : { cropCalendar }),
      ...(product.dayCount === undefined ? {} : { dayCount: product.dayCount }),
      ...(product.fees === undefined ? {} : { fees: [...product.fees] }),
      ...(product.calendar === undefined ? {} : { calendar: product.calendar }),
      ...(product.businessDayConvention === undefined
        ? {}
        : { businessDayConvention: product.businessDayConvention }),
    },
  };
}
