import { parseInput } from '@hezuo/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { type HezuoFormatters, useHezuoFormat } from '../format/useHezuoFormat';
import { INSURANCE_WIDGET_MESSAGES, type InsuranceWidgetMessages } from '../i18n/insuranceMessages';
import { rateToPercent } from '../loanCalculator/percentText';
import { reportInDevelopment } from '../widget/reportInDevelopment';
import { type InsuranceQuoteProps, InsuranceQuotePropsSchema } from './insuranceQuoteProps';
import {
  INSURANCE_FIELDS,
  type InsuranceField,
  type InsuranceFieldError,
  type InsuranceFormValues,
  type InsuranceOutcome,
  type InsuranceQuoteTerms,
  initialInsuranceValues,
  quoteCropInsurance,
} from './quoteCropInsurance';

/** Prop bags for one field of the quote: the product select or the area input. */
export interface InsuranceFieldBag {
  /** Which field. */
  readonly name: InsuranceField;
  /** The control to render: `<select>` for the product, `<input type="text">` for the area. */
  readonly kind: 'select' | 'text';
  /** The label text. */
  readonly label: string;
  /** A hint under the field (the product's terms), when there is one. */
  readonly hint: string | undefined;
  /** Why the field is refused, in the locale. */
  readonly error: string | undefined;
  /** The options of the select; empty for the input. */
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the hint element. */
  readonly hintProps: { readonly id: string };
  /** Spread on the error element (render it only when `error` is set). */
  readonly errorProps: { readonly id: string };
  /** Spread on the `<input>` or `<select>`. */
  readonly controlProps: {
    readonly id: string;
    readonly name: InsuranceField;
    readonly value: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-required'?: true;
    readonly inputMode?: 'decimal';
    readonly autoComplete?: 'off';
    readonly onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
    readonly ref: (element: HTMLInputElement | HTMLSelectElement | null) => void;
  };
}

/** One payer's part of the premium, formatted. */
export interface PremiumShareView {
  /** `centre`, `province`, `county` or `farmer`. */
  readonly payer: 'centre' | 'province' | 'county' | 'farmer';
  /** Who pays, in the locale. */
  readonly label: string;
  /** The share, as a percentage. */
  readonly share: string;
  /** The amount. */
  readonly amount: string;
}

/** A quote, ready to show. */
export interface InsuranceResultView {
  /** Sum insured, premium, premium per mu and the farmer's part. */
  readonly summary: readonly { readonly key: string; readonly label: string; readonly value: string }[];
  /** The payers' parts, centre first, farmer last. */
  readonly shares: readonly PremiumShareView[];
  /** The premium (the table's total). */
  readonly total: string;
  /** What the trusteeship check found, when the host gave the contracts. */
  readonly areaCheck: string | undefined;
}

/** What {@link useInsuranceQuote} gives the markup. */
export interface InsuranceQuoteState {
  /** Texts in the locale. */
  readonly labels: InsuranceWidgetMessages;
  /** `idle`, `invalid` (the last request was refused) or `quoted`. */
  readonly status: 'idle' | 'invalid' | 'quoted';
  /** The product select and the area input. */
  readonly fields: readonly InsuranceFieldBag[];
  /** The status line: what to fix, or the premium and the farmer's part. */
  readonly message: string | undefined;
  /** Set when the host's terms cannot be quoted (announced with `role="alert"`). */
  readonly failure: string | undefined;
  /** The last quote. */
  readonly result: InsuranceResultView | undefined;
  /** Spread on the `<form>`. */
  readonly formProps: {
    readonly className: string;
    readonly noValidate: true;
    readonly 'aria-labelledby': string;
    readonly 'data-state': 'idle' | 'invalid' | 'quoted';
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
}

/** A rate or share as an exact percentage (`'0.0325'` → `3.25%`), as policies state them. */
function percentOf(value: string | number, f: HezuoFormatters): string {
  const exact = rateToPercent(value);
  return exact === '' ? f.percent(Number(value)) : `${exact}%`;
}

function errorText(t: InsuranceWidgetMessages, f: HezuoFormatters, error: InsuranceFieldError): string {
  switch (error.problem) {
    case 'required':
      return t.insuranceRequired;
    case 'area':
      return t.insuranceAreaInvalid;
    case 'overContract':
      return t.insuranceAreaOverContract(f.number(Number(error.contractedAreaMu ?? 0), 4));
  }
}

function resultView(
  outcome: InsuranceOutcome,
  t: InsuranceWidgetMessages,
  f: HezuoFormatters,
): InsuranceResultView | undefined {
  if (outcome.status !== 'quoted') return undefined;
  const { premium, subsidy, areaCheck } = outcome.quote;
  const amounts = {
    centre: subsidy.centreFen,
    province: subsidy.provinceFen,
    county: subsidy.countyFen,
    farmer: subsidy.farmerFen,
  };
  return {
    summary: [
      { key: 'sumInsured', label: t.insuranceSumInsured, value: f.fen(premium.sumInsuredFen) },
      { key: 'premium', label: t.insurancePremium, value: f.fen(premium.premiumFen) },
      { key: 'premiumPerMu', label: t.insurancePremiumPerMu, value: f.fen(premium.premiumPerMuFen) },
      { key: 'farmer', label: t.insuranceFarmerPays, value: f.fen(subsidy.farmerFen) },
    ],
    shares: (['centre', 'province', 'county', 'farmer'] as const).map((payer) => ({
      payer,
      label: t.insurancePayers[payer],
      share: percentOf(subsidy.shares[payer], f),
      amount: f.fen(amounts[payer]),
    })),
    total: f.fen(premium.premiumFen),
    areaCheck:
      areaCheck === undefined
        ? undefined
        : areaCheck.result === 'within'
          ? t.insuranceAreaWithin(f.number(Number(areaCheck.contractedAreaMu), 4))
          : t.insuranceNoContracts,
  };
}

/**
 * The headless part of {@link InsuranceQuote}: product and insured area in; the premium from
 * finance's `insurancePremium`, each payer's part from `premiumSubsidySplit` and, when the host
 * gives the member's contracts, the area checked by `checkInsuredArea`; the widget computes
 * nothing itself. A bad area is marked from the `HezuoError` path (`aria-invalid`, its message
 * linked by `aria-describedby`). Throws `HezuoError` for bad props.
 *
 * @example
 * ```tsx
 * const quote = useInsuranceQuote({ products, subsidy: { region: 'centralWestNortheast', provinceShare: '0.25' } });
 * <form {...quote.formProps}>{quote.fields.map((field) => <input key={field.name} {...field.controlProps} />)}</form>
 * ```
 */
export function useInsuranceQuote(props: InsuranceQuoteProps): InsuranceQuoteState {
  const parsed = parseInput(InsuranceQuotePropsSchema, props, { path: ['props'] });
  const f = useHezuoFormat();
  // Its own catalogue: the widget's bundle carries its own texts only.
  const t = INSURANCE_WIDGET_MESSAGES[f.locale];
  const baseId = useId();
  // The props passed the schema; finance reads the terms as the host typed them.
  const terms: InsuranceQuoteTerms = {
    products: props.products,
    subsidy: props.subsidy,
    trusteeship: props.trusteeship,
  };
  const [values, setValues] = useState<InsuranceFormValues>(() =>
    initialInsuranceValues(props.initial, props.products),
  );
  // The first quote shows at once when the host gave an area; it is not emitted.
  const [outcome, setOutcome] = useState<InsuranceOutcome>(() =>
    values.areaMu.trim() === '' ? { status: 'idle' } : quoteCropInsurance(values, terms),
  );
  const controls = useRef<Partial<Record<InsuranceField, HTMLInputElement | HTMLSelectElement | null>>>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = quoteCropInsurance(values, terms);
    setOutcome(next);
    if (next.status === 'quoted') {
      props.onQuote?.(next.quote);
      return;
    }
    if (next.status !== 'invalid') return;
    if (next.failure) reportInDevelopment('InsuranceQuote', next.failure);
    const firstBad = INSURANCE_FIELDS.find((field) => next.errors[field] !== undefined);
    if (firstBad) controls.current[firstBad]?.focus();
  };

  const errors = outcome.status === 'invalid' ? outcome.errors : {};
  const chosen = props.products.find((p) => p.id === values.productId);
  const bag = (field: InsuranceField): InsuranceFieldBag => {
    const id = `${baseId}-${field}`;
    const fieldError = errors[field];
    const error = fieldError && errorText(t, f, fieldError);
    const hint =
      field === 'productId' && chosen
        ? t.insuranceProductTerms(f.fen(chosen.sumInsuredPerMuFen), percentOf(chosen.premiumRate, f))
        : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    const select = field === 'productId';
    return {
      name: field,
      kind: select ? 'select' : 'text',
      label: select ? t.insuranceProduct : t.insuranceArea,
      hint,
      error,
      options: select ? props.products.map((p) => ({ value: p.id, label: p.name[f.locale] })) : [],
      labelProps: { htmlFor: id },
      hintProps: { id: `${id}-hint` },
      errorProps: { id: `${id}-error` },
      controlProps: {
        id,
        name: field,
        value: values[field],
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy || undefined,
        ...(select
          ? {}
          : { 'aria-required': true as const, inputMode: 'decimal' as const, autoComplete: 'off' as const }),
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

  const errorCount = Object.keys(errors).length;
  return {
    labels: t,
    status: outcome.status,
    fields: INSURANCE_FIELDS.map(bag),
    message:
      outcome.status === 'quoted'
        ? t.insuranceQuoted(f.fen(outcome.quote.premium.premiumFen), f.fen(outcome.quote.subsidy.farmerFen))
        : errorCount > 0
          ? t.insuranceFixErrors(errorCount)
          : undefined,
    failure: outcome.status === 'invalid' && outcome.failure ? t.insuranceFailed : undefined,
    result: resultView(outcome, t, f),
    formProps: {
      className: parsed.className ? `hz-widget hz-insurance ${parsed.className}` : 'hz-widget hz-insurance',
      noValidate: true,
      'aria-labelledby': `${baseId}-title`,
      'data-state': outcome.status,
      onSubmit,
    },
    titleProps: { id: `${baseId}-title` },
  };
}
