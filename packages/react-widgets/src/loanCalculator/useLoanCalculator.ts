import { parseInput } from '@hezuo/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { dateFormat } from '../format/intlCache';
import { type HezuoFormatters, useHezuoFormat } from '../format/useHezuoFormat';
import { LOAN_WIDGET_MESSAGES, type LoanWidgetMessages } from '../i18n/loanMessages';
import { reportInDevelopment } from '../widget/reportInDevelopment';
import { calculateLoan, type LoanOutcome } from './calculateLoan';
import { type LoanCalculatorProps, LoanCalculatorPropsSchema } from './loanCalculatorProps';
import {
  initialLoanValues,
  isLoanFormFilled,
  LOAN_FIELDS,
  type LoanField,
  type LoanFieldError,
  type LoanFormValues,
  type LoanProduct,
  loanProductOf,
} from './loanForm';

/** Prop bags for one field of the calculator: a text, date or select control with its label and error. */
export interface LoanFieldBag {
  /** Which field. */
  readonly name: LoanField;
  /** The control to render: `<input type="text">`, `<input type="date">` or `<select>`. */
  readonly kind: 'text' | 'date' | 'select';
  /** The label text. */
  readonly label: string;
  /** Why the field is refused, in the locale. */
  readonly error: string | undefined;
  /** The options of a select; empty for inputs. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the error element (render it only when `error` is set). */
  readonly errorProps: { readonly id: string };
  /** Spread on the `<input>` or `<select>`. */
  readonly controlProps: {
    readonly id: string;
    readonly name: LoanField;
    readonly value: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-required'?: true;
    readonly inputMode?: 'decimal' | 'numeric';
    readonly autoComplete?: 'off';
    readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
    readonly ref: (element: HTMLInputElement | HTMLSelectElement | null) => void;
  };
}

/** One installment, formatted. */
export interface LoanRowView {
  /** The installment number. */
  readonly number: string;
  /** The payment date in the locale. */
  readonly dueDate: string;
  /** The payment date, `YYYY-MM-DD` (for `<time dateTime>`). */
  readonly dueDateIso: string;
  /** Principal due. */
  readonly principal: string;
  /** Interest due. */
  readonly interest: string;
  /** Principal + interest. */
  readonly payment: string;
  /** Principal outstanding after it. */
  readonly balance: string;
}

/** A schedule and its cost, ready to show. */
export interface LoanResultView {
  /** The table caption. */
  readonly caption: string;
  /** Every installment. */
  readonly rows: readonly LoanRowView[];
  /** The totals row. */
  readonly totals: { readonly principal: string; readonly interest: string; readonly payment: string };
  /** Key figures: payment per installment (equal installments), interest, total repaid, fees, annualised cost. */
  readonly summary: readonly { readonly key: string; readonly label: string; readonly value: string }[];
  /** How the annualised cost is computed. */
  readonly costNote: string;
}

/** What {@link useLoanCalculator} gives the markup. */
export interface LoanCalculatorState {
  /** Texts in the locale. */
  readonly labels: LoanWidgetMessages;
  /** `idle`, `invalid` (the last request was refused) or `calculated`. */
  readonly status: 'idle' | 'invalid' | 'calculated';
  /** The fields in order (the crop only for a seasonal loan). */
  readonly fields: readonly LoanFieldBag[];
  /** The status line: how many fields to fix, or what was calculated. */
  readonly message: string | undefined;
  /** Set when the product's own terms cannot be calculated (announced with `role="alert"`). */
  readonly failure: string | undefined;
  /** The last schedule. */
  readonly result: LoanResultView | undefined;
  /** Spread on the `<form>`. */
  readonly formProps: {
    readonly className: string;
    readonly noValidate: true;
    readonly 'aria-labelledby': string;
    readonly 'data-state': 'idle' | 'invalid' | 'calculated';
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
  /** Spread on the table caption (it names the scrollable table region). */
  readonly captionProps: { readonly id: string };
}

/** The first calculation: only once every required field was given, and without emitting. */
function firstOutcome(values: LoanFormValues, product: LoanProduct): LoanOutcome {
  return isLoanFormFilled(values) ? calculateLoan(values, product) : { status: 'idle' };
}

/** The name of a month (1-12) in the locale: `6月` (as farm calendars write it, not `六月`), `June`. */
function monthName(f: HezuoFormatters, month: number): string {
  const style = f.locale === 'zh-CN' ? 'short' : 'long';
  return dateFormat(f.locale, { month: style }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

function errorText(
  t: LoanWidgetMessages,
  f: HezuoFormatters,
  frequency: string,
  error: LoanFieldError,
): string {
  switch (error.problem) {
    case 'required':
      return t.loanRequired;
    case 'principal':
      return t.loanPrincipalInvalid;
    case 'tooLarge':
      return t.loanPrincipalTooLarge;
    case 'rate':
      return t.loanRateInvalid;
    case 'term':
      return t.loanTermInvalid;
    case 'termMultiple':
      return t.loanTermMultiple(f.number(Number(frequency), 0));
    case 'date':
      return t.loanDateInvalid;
    case 'harvest':
      return t.loanHarvest((error.harvestMonths ?? []).map((m) => monthName(f, m)));
  }
}

function resultView(
  outcome: LoanOutcome,
  t: LoanWidgetMessages,
  f: HezuoFormatters,
): LoanResultView | undefined {
  if (outcome.status !== 'calculated') return undefined;
  const { schedule, cost } = outcome;
  const totals = schedule.totals;
  return {
    caption: t.loanScheduleCaption(f.number(schedule.periods.length, 0)),
    rows: schedule.periods.map((p) => ({
      number: f.number(p.number, 0),
      dueDate: f.date(p.dueDate),
      dueDateIso: p.dueDate,
      principal: f.fen(p.principalFen),
      interest: f.fen(p.interestFen),
      payment: f.fen(p.paymentFen),
      balance: f.fen(p.balanceFen),
    })),
    totals: {
      principal: f.fen(totals.principalFen),
      interest: f.fen(totals.interestFen),
      payment: f.fen(totals.paymentFen),
    },
    summary: [
      ...(schedule.levelPaymentFen === undefined
        ? []
        : [{ key: 'level', label: t.loanLevelPayment, value: f.fen(schedule.levelPaymentFen) }]),
      { key: 'interest', label: t.loanTotalInterest, value: f.fen(totals.interestFen) },
      { key: 'payment', label: t.loanTotalPayment, value: f.fen(totals.paymentFen) },
      ...(totals.feesFen === 0 ? [] : [{ key: 'fees', label: t.loanFees, value: f.fen(totals.feesFen) }]),
      { key: 'cost', label: t.loanAnnualisedCost, value: cost ? cost.percent : t.loanCostUnavailable },
    ],
    costNote: t.loanAnnualisedCostNote,
  };
}

/**
 * The headless part of {@link LoanCalculator}: the fields (amount in yuan read into fen by core's
 * `yuanToFen`, rate in per cent, term, interval, method, crop, date), the schedule from finance's
 * `buildLoanSchedule` and the annualised cost from `annualisedCost`; the widget computes nothing
 * itself. A bad field is marked from the `HezuoError` path (`aria-invalid`, its message linked by
 * `aria-describedby`) and focus moves to it. Throws `HezuoError` for bad props.
 *
 * @example
 * ```tsx
 * const loan = useLoanCalculator({ initial: { principalFen: 5_000_000, annualRate: '0.0435', termMonths: 12 } });
 * <form {...loan.formProps}>{loan.fields.map((field) => <input key={field.name} {...field.controlProps} />)}</form>
 * ```
 */
export function useLoanCalculator(props: LoanCalculatorProps): LoanCalculatorState {
  const parsed = parseInput(LoanCalculatorPropsSchema, props, { path: ['props'] });
  const f = useHezuoFormat();
  // Its own catalogue: the widget's bundle carries its own texts only.
  const t = LOAN_WIDGET_MESSAGES[f.locale];
  const baseId = useId();
  // The props passed the schema; finance reads the product's terms as the host typed them.
  const product = loanProductOf(props);
  const [values, setValues] = useState<LoanFormValues>(() => initialLoanValues(props.initial, product));
  const [outcome, setOutcome] = useState<LoanOutcome>(() => firstOutcome(values, product));
  const controls = useRef<Partial<Record<LoanField, HTMLInputElement | HTMLSelectElement | null>>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = calculateLoan(values, product);
    setOutcome(next);
    if (next.status === 'calculated') {
      props.onSchedule?.(next.schedule);
      return;
    }
    if (next.status !== 'invalid') return;
    if (next.failure) reportInDevelopment('LoanCalculator', next.failure);
    const firstBad = LOAN_FIELDS.find((field) => next.errors[field] !== undefined);
    if (firstBad) controls.current[firstBad]?.focus();
  };

  const errors = outcome.status === 'invalid' ? outcome.errors : {};
  const labelOf: Record<LoanField, string> = {
    principal: t.loanPrincipal,
    annualRatePercent: t.loanRate,
    termMonths: t.loanTerm,
    frequencyMonths: t.loanFrequency,
    method: t.loanMethod,
    crop: t.loanCrop,
    startDate: t.loanStartDate,
  };
  const optionsOf = (field: LoanField) => {
    if (field === 'frequencyMonths')
      return product.frequencies.map((m) => ({ value: String(m), label: t.loanEvery(m) }));
    if (field === 'method') return product.methods.map((m) => ({ value: m, label: t.loanMethods[m] }));
    if (field === 'crop')
      return product.cropCalendars.map((calendar) => ({
        value: calendar.crop,
        label: calendar.label?.[f.locale] ?? calendar.crop,
      }));
    return [];
  };

  const bag = (field: LoanField): LoanFieldBag => {
    const id = `${baseId}-${field}`;
    const fieldError = errors[field];
    const error = fieldError && errorText(t, f, values.frequencyMonths, fieldError);
    const kind = field === 'startDate' ? 'date' : optionsOf(field).length > 0 ? 'select' : 'text';
    return {
      name: field,
      kind,
      label: labelOf[field],
      error,
      options: optionsOf(field),
      labelProps: { htmlFor: id },
      errorProps: { id: `${id}-error` },
      controlProps: {
        id,
        name: field,
        value: values[field],
        'aria-invalid': error !== undefined,
        'aria-describedby': error === undefined ? undefined : `${id}-error`,
        ...(kind === 'select' ? {} : { 'aria-required': true as const, autoComplete: 'off' as const }),
        ...(field === 'principal' || field === 'annualRatePercent' ? { inputMode: 'decimal' as const } : {}),
        ...(field === 'termMonths' ? { inputMode: 'numeric' as const } : {}),
        onChange: (event) => {
          const value = event.target.value;
          setValues((old) => ({ ...old, [field]: value }));
        },
        ref: (element) => {
          controls.current[field] = element;
        },
      },
    };
  };

  const shown = LOAN_FIELDS.filter((field) => field !== 'crop' || values.method === 'seasonal');
  const errorCount = Object.keys(errors).length;
  const result = resultView(outcome, t, f);
  return {
    labels: t,
    status: outcome.status,
    fields: shown.map(bag),
    message:
      outcome.status === 'calculated'
        ? t.loanCalculated(
            f.number(outcome.schedule.periods.length, 0),
            f.fen(outcome.schedule.totals.paymentFen),
          )
        : errorCount > 0
          ? t.loanFixErrors(errorCount)
          : undefined,
    failure: outcome.status === 'invalid' && outcome.failure ? t.loanFailed : undefined,
    result,
    formProps: {
      className: parsed.className ? `hz-widget hz-loan ${parsed.className}` : 'hz-widget hz-loan',
      noValidate: true,
      'aria-labelledby': `${baseId}-title`,
      'data-state': outcome.status,
      onSubmit,
    },
    titleProps: { id: `${baseId}-title` },
    captionProps: { id: `${baseId}-caption` },
  };
}
