import { parseInput } from '@hezuo/core';
import { GAOMI_2014_WHEAT_CATALOGUE, type ServiceCatalogue, type TrusteeshipQuote } from '@hezuo/trusteeship';
import { type ChangeEvent, type FormEvent, useId, useReducer, useState } from 'react';
import { useHezuoFormat } from '../format/useHezuoFormat';
import { TRUSTEESHIP_WIDGET_MESSAGES, type TrusteeshipWidgetMessages } from '../i18n/trusteeshipMessages';
import { useHezuoLocale } from '../useHezuoLocale';
import { reportInDevelopment } from '../widget/reportInDevelopment';
import {
  initialQuoteForm,
  needsTonnes,
  offeredServices,
  type QuoteFormConfig,
  type QuoteFormField,
  type QuoteProblem,
  quoteFormReducer,
  runQuote,
  type YieldYear,
} from './quoteForm';
import { type QuoteResultView, quoteView, unitLabel } from './quoteView';
import {
  type TrusteeshipQuoteKind,
  type TrusteeshipQuotePlot,
  type TrusteeshipQuoteProps,
  TrusteeshipQuotePropsSchema,
} from './trusteeshipQuoteProps';

/** Prop bags for one typed field (an area, a yield, the tonnes). */
export interface QuoteFieldBag {
  /** The label text. */
  readonly label: string;
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the `<input>`. */
  readonly inputProps: {
    readonly id: string;
    readonly name: string;
    readonly value: string;
    readonly inputMode: 'decimal';
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/** Prop bags for one checkbox or radio button (a service, a kind, consolidation). */
export interface QuoteChoiceBag {
  /** The label text. */
  readonly label: string;
  /** A price or a note beside the label (`¥70.00/亩`), or empty. */
  readonly detail: string;
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the `<input>`. */
  readonly inputProps: {
    readonly id: string;
    readonly type: 'checkbox' | 'radio';
    readonly name: string;
    readonly value: string;
    readonly checked: boolean;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/** A group of choices with its legend. */
export interface QuoteChoiceGroup {
  /** The legend text. */
  readonly legend: string;
  /** The choices. */
  readonly options: readonly QuoteChoiceBag[];
  /** Spread on the `<fieldset>`: points at the error when the group is at fault. */
  readonly fieldsetProps: {
    readonly 'aria-describedby': string | undefined;
    readonly 'data-invalid': boolean;
  };
}

/** One plot's fields: its area, and under full trusteeship its three yields. */
export interface QuotePlotBag {
  /** The legend: the plot's name. */
  readonly legend: string;
  /** The area to quote. */
  readonly area: QuoteFieldBag;
  /** The yields of the last three years, oldest first (full trusteeship only; empty for menu). */
  readonly yields: readonly QuoteFieldBag[];
}

/** What {@link useTrusteeshipQuote} gives the markup. */
export interface TrusteeshipQuoteState {
  /** Texts in the locale. */
  readonly labels: TrusteeshipWidgetMessages;
  /** `idle`, `invalid` (the last request failed) or `quoted`. */
  readonly status: 'idle' | 'invalid' | 'quoted';
  /** The kind selected. */
  readonly kind: TrusteeshipQuoteKind;
  /** Menu or full: radio buttons, only when the centre offers a full package. */
  readonly kinds: QuoteChoiceGroup | undefined;
  /** The catalogue's services as checkboxes (menu trusteeship only). */
  readonly services: QuoteChoiceGroup | undefined;
  /** The plots' fields. */
  readonly plots: readonly QuotePlotBag[];
  /** The expected tonnes, when a ticked service is priced per tonne. */
  readonly tonnes: QuoteFieldBag | undefined;
  /** The consolidated-block checkbox, when the catalogue has volume rules (menu only). */
  readonly consolidated: QuoteChoiceBag | undefined;
  /** Why the last request failed, in the locale. */
  readonly error: string | undefined;
  /** Spread on the element showing {@link TrusteeshipQuoteState.error}. */
  readonly errorProps: { readonly id: string };
  /** The last quote, ready to show. */
  readonly result: QuoteResultView | undefined;
  /** The last quote, as `quoteTrusteeship` returned it. */
  readonly quote: TrusteeshipQuote | undefined;
  /** Spread on the `<form>`. */
  readonly formProps: {
    readonly className: string;
    readonly noValidate: true;
    readonly 'aria-labelledby': string;
    readonly 'data-state': 'idle' | 'invalid' | 'quoted';
    readonly 'data-kind': TrusteeshipQuoteKind;
    readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
}

const DEFAULT_PLOTS: readonly TrusteeshipQuotePlot[] = Object.freeze([{ plotId: 'P-1' }]);
const YEARS: readonly YieldYear[] = [0, 1, 2];

/**
 * The headless part of {@link TrusteeshipQuote}: services ticked from a catalogue (or the full
 * package), areas and yields per plot → `quoteTrusteeship` from @hezuo/trusteeship, which does
 * every sum and applies every rule. Throws `HezuoError` for bad props; a value the quote refuses
 * is shown as an error on its field.
 *
 * @example
 * ```tsx
 * const quote = useTrusteeshipQuote({ plots: [{ plotId: 'P-01', areaMu: 12.5 }] });
 * <form {...quote.formProps}>…</form>
 * ```
 */
export function useTrusteeshipQuote(props: TrusteeshipQuoteProps): TrusteeshipQuoteState {
  const parsed = parseInput(TrusteeshipQuotePropsSchema, props, { path: ['props'] });
  const locale = useHezuoLocale();
  const t = TRUSTEESHIP_WIDGET_MESSAGES[locale];
  const f = useHezuoFormat();
  const baseId = useId();
  const catalogue: ServiceCatalogue = parsed.catalogue ?? GAOMI_2014_WHEAT_CATALOGUE;
  const first = catalogue.services[0];
  const plots: readonly TrusteeshipQuotePlot[] = parsed.plots ?? DEFAULT_PLOTS;
  const config: QuoteFormConfig = {
    catalogue,
    crop: parsed.crop ?? first?.crop ?? '',
    season: parsed.season ?? first?.season ?? '',
    plots,
    fullPackage: parsed.fullPackage,
  };
  const services = offeredServices(config);
  const [values, dispatch] = useReducer(quoteFormReducer, undefined, () =>
    initialQuoteForm(plots, parsed.initial ?? {}),
  );
  const [outcome, setOutcome] = useState<
    { readonly quote: TrusteeshipQuote } | { readonly problem: QuoteProblem } | undefined
  >(undefined);
  // The full package can be withdrawn by new props: then the menu is what is quoted.
  const kind: TrusteeshipQuoteKind = values.kind === 'full' && config.fullPackage ? 'full' : 'menu';
  const current = { ...values, kind };
  const problem = outcome && 'problem' in outcome ? outcome.problem : undefined;
  const quote = outcome && 'quote' in outcome ? outcome.quote : undefined;
  const errorId = `${baseId}-error`;
  const idOf = (part: string) => `${baseId}-${part}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = runQuote(current, config);
    if (!result.ok) {
      // A value the member can fix needs no word to the developer; anything else may be the host's.
      if (result.problem.reason === 'invalid' && result.error) {
        reportInDevelopment('TrusteeshipQuote', result.error);
      }
      setOutcome({ problem: result.problem });
      const target =
        result.problem.field === 'services'
          ? idOf('service-0')
          : result.problem.field === 'kind'
            ? idOf('kind-menu')
            : idOf(result.problem.field);
      event.currentTarget.ownerDocument.getElementById(target)?.focus();
      return;
    }
    setOutcome({ quote: result.quote });
    props.onQuote?.(result.quote);
  };

  const plotName = (index: number) => {
    const plot = plots[index];
    return t.quotePlotName(plot?.name ?? plot?.plotId ?? String(index + 1));
  };

  const field = (name: QuoteFormField, label: string, value: string, change: (value: string) => void) => {
    const invalid = problem?.field === name;
    return {
      label,
      labelProps: { htmlFor: idOf(name) },
      inputProps: {
        id: idOf(name),
        name,
        value,
        inputMode: 'decimal' as const,
        'aria-invalid': invalid,
        'aria-describedby': invalid ? errorId : undefined,
        onChange: (event: ChangeEvent<HTMLInputElement>) => change(event.target.value),
      },
    };
  };

  const fieldLabel = (name: QuoteFormField): string => {
    if (name === 'services') return t.quoteServices;
    if (name === 'kind') return t.quoteKind;
    if (name === 'tonnes') return t.quoteTonnes;
    const [, plot, year] = name.split('-');
    const where = plotName(Number(plot));
    return year === undefined
      ? `${where} ${t.quoteArea}`
      : `${where} ${t.quoteYieldYear(Number(year) as YieldYear)}`;
  };

  const problemText = (p: QuoteProblem): string => {
    switch (p.reason) {
      case 'notNumber':
        return t.quoteNotNumber(fieldLabel(p.field));
      case 'twoServices':
        return t.quoteNeedTwoServices;
      case 'yieldHistory':
        return t.quoteNeedYields(plotName(Number(p.field.split('-')[1])));
      case 'guarantee':
        return t.quoteGuaranteeBelow(plotName(Number(p.field.split('-')[1])));
      default:
        return t.quoteInvalid(fieldLabel(p.field));
    }
  };

  const groupProps = (at: QuoteFormField) => ({
    'aria-describedby': problem?.field === at ? errorId : undefined,
    'data-invalid': problem?.field === at,
  });

  const full = config.fullPackage;
  const kinds: QuoteChoiceGroup | undefined = full
    ? {
        legend: t.quoteKind,
        fieldsetProps: groupProps('kind'),
        options: (['menu', 'full'] as const).map((option) => ({
          label: option === 'menu' ? t.quoteKindMenu : t.quoteKindFull,
          detail: option === 'menu' ? t.quoteKindMenuDetail : t.quoteKindFullDetail(f.fen(full.feePerMuFen)),
          labelProps: { htmlFor: idOf(`kind-${option}`) },
          inputProps: {
            id: idOf(`kind-${option}`),
            type: 'radio' as const,
            name: 'kind',
            value: option,
            checked: kind === option,
            onChange: () => dispatch({ type: 'kind', kind: option }),
          },
        })),
      }
    : undefined;

  const serviceGroup: QuoteChoiceGroup | undefined =
    kind === 'menu'
      ? {
          legend: t.quoteServices,
          fieldsetProps: groupProps('services'),
          options: services.map((service, index) => ({
            label: service.name[locale],
            detail: `${f.fen(service.priceFen)}/${unitLabel(service.unit, t)}`,
            labelProps: { htmlFor: idOf(`service-${index}`) },
            inputProps: {
              id: idOf(`service-${index}`),
              type: 'checkbox' as const,
              name: 'service',
              value: service.id,
              checked: values.serviceIds.includes(service.id),
              onChange: (event: ChangeEvent<HTMLInputElement>) =>
                dispatch({ type: 'service', serviceId: service.id, checked: event.target.checked }),
            },
          })),
        }
      : undefined;

  const plotBags: QuotePlotBag[] = values.plots.map((plot, index) => ({
    legend: plotName(index),
    area: field(`area-${index}`, t.quoteArea, plot.area, (value) =>
      dispatch({ type: 'area', plot: index, value }),
    ),
    yields:
      kind === 'full'
        ? YEARS.map((year) =>
            field(`yield-${index}-${year}`, t.quoteYieldYear(year), plot.yields[year], (value) =>
              dispatch({ type: 'yield', plot: index, year, value }),
            ),
          )
        : [],
  }));

  const consolidated: QuoteChoiceBag | undefined =
    kind === 'menu' && catalogue.volumeRules.length > 0
      ? {
          label: t.quoteConsolidated,
          detail: '',
          labelProps: { htmlFor: idOf('consolidated') },
          inputProps: {
            id: idOf('consolidated'),
            type: 'checkbox',
            name: 'consolidated',
            value: 'yes',
            checked: values.consolidated,
            onChange: (event) => dispatch({ type: 'consolidated', value: event.target.checked }),
          },
        }
      : undefined;

  const status = problem ? 'invalid' : quote ? 'quoted' : 'idle';
  const plotNames = new Map(plots.map((p) => [p.plotId, p.name ?? p.plotId]));
  return {
    labels: t,
    status,
    kind,
    kinds,
    services: serviceGroup,
    plots: plotBags,
    tonnes: needsTonnes(current, services)
      ? field('tonnes', t.quoteTonnes, values.tonnes, (value) => dispatch({ type: 'tonnes', value }))
      : undefined,
    consolidated,
    error: problem ? problemText(problem) : undefined,
    errorProps: { id: errorId },
    result: quote ? quoteView(quote, plotNames, locale, f, t) : undefined,
    quote,
    formProps: {
      className: parsed.className ? `hz-widget hz-quote ${parsed.className}` : 'hz-widget hz-quote',
      noValidate: true,
      'aria-labelledby': `${baseId}-title`,
      'data-state': status,
      'data-kind': kind,
      onSubmit,
    },
    titleProps: { id: `${baseId}-title` },
  };
}
