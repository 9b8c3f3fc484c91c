import { type HezuoError, isHezuoError } from '@hezuo/core';
import {
  type CatalogueService,
  type FullQuoteInput,
  type MenuQuoteInput,
  quoteTrusteeship,
  type ServiceCatalogue,
  type TrusteeshipQuote,
  type TrusteeshipQuoteInput,
} from '@hezuo/trusteeship';
import type {
  TrusteeshipFullPackage,
  TrusteeshipQuoteKind,
  TrusteeshipQuotePlot,
} from './trusteeshipQuoteProps';

/** Which of a plot's three yields: 0 is three years ago, 2 is last year. */
export type YieldYear = 0 | 1 | 2;

/** The form's raw values: what the member typed and ticked, as strings where typed. */
export interface QuoteFormValues {
  /** Menu or full trusteeship. */
  readonly kind: TrusteeshipQuoteKind;
  /** The ticked catalogue services. */
  readonly serviceIds: readonly string[];
  /** Per plot, in the props' order: the area and the three yields (oldest first). */
  readonly plots: readonly { readonly area: string; readonly yields: readonly [string, string, string] }[];
  /** The expected tonnes, for services priced per tonne. */
  readonly tonnes: string;
  /** Whether the plots are worked as one consolidated block. */
  readonly consolidated: boolean;
}

/** A change the member makes to the form. */
export type QuoteFormAction =
  | { readonly type: 'kind'; readonly kind: TrusteeshipQuoteKind }
  | { readonly type: 'service'; readonly serviceId: string; readonly checked: boolean }
  | { readonly type: 'area'; readonly plot: number; readonly value: string }
  | { readonly type: 'yield'; readonly plot: number; readonly year: YieldYear; readonly value: string }
  | { readonly type: 'tonnes'; readonly value: string }
  | { readonly type: 'consolidated'; readonly value: boolean };

/** A field of the form a problem can point at. */
export type QuoteFormField =
  | 'kind'
  | 'services'
  | 'tonnes'
  | `area-${number}`
  | `yield-${number}-${YieldYear}`;

/** Why a quote could not be made. */
export type QuoteProblemReason =
  /** A typed value is not a number. */
  | 'notNumber'
  /** Menu trusteeship with fewer than two different operations. */
  | 'twoServices'
  /** Full trusteeship on a plot with no yield history. */
  | 'yieldHistory'
  /** A guaranteed yield below the plot's 3-year average. */
  | 'guarantee'
  /** Anything else the quote refused. */
  | 'invalid';

/** A field and why it stopped the quote. */
export interface QuoteProblem {
  /** The field to mark. */
  readonly field: QuoteFormField;
  /** Why. */
  readonly reason: QuoteProblemReason;
}

/** What the form quotes with: the validated props it needs. */
export interface QuoteFormConfig {
  /** The catalogue, defaults filled in. */
  readonly catalogue: ServiceCatalogue;
  /** The crop offered. */
  readonly crop: string;
  /** The season offered. */
  readonly season: string;
  /** The plots. */
  readonly plots: readonly TrusteeshipQuotePlot[];
  /** The full package, when the centre offers one. */
  readonly fullPackage: TrusteeshipFullPackage | undefined;
}

/** The outcome of asking for a quote: the quote, or the problem to show. */
export type QuoteOutcome =
  | { readonly ok: true; readonly quote: TrusteeshipQuote }
  | { readonly ok: false; readonly problem: QuoteProblem; readonly error?: HezuoError };

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

/** The catalogue services of the crop and season offered, in catalogue order. */
export function offeredServices(
  config: Pick<QuoteFormConfig, 'catalogue' | 'crop' | 'season'>,
): CatalogueService[] {
  return config.catalogue.services.filter((s) => s.crop === config.crop && s.season === config.season);
}

/** The form's starting values, from the plots and the initial choices. */
export function initialQuoteForm(
  plots: readonly TrusteeshipQuotePlot[],
  initial: {
    readonly kind?: TrusteeshipQuoteKind | undefined;
    readonly serviceIds?: readonly string[] | undefined;
    readonly tonnes?: number | undefined;
    readonly consolidated?: boolean | undefined;
  } = {},
): QuoteFormValues {
  return {
    kind: initial.kind ?? 'menu',
    serviceIds: [...new Set(initial.serviceIds ?? [])],
    plots: plots.map((plot) => ({
      area: text(plot.areaMu),
      yields: [
        text(plot.yieldHistoryKgPerMu?.[0]),
        text(plot.yieldHistoryKgPerMu?.[1]),
        text(plot.yieldHistoryKgPerMu?.[2]),
      ],
    })),
    tonnes: text(initial.tonnes),
    consolidated: initial.consolidated ?? false,
  };
}

/** The form after one change. Pure: the old values are never touched. */
export function quoteFormReducer(values: QuoteFormValues, action: QuoteFormAction): QuoteFormValues {
  switch (action.type) {
    case 'kind':
      return { ...values, kind: action.kind };
    case 'service': {
      const others = values.serviceIds.filter((id) => id !== action.serviceId);
      return { ...values, serviceIds: action.checked ? [...others, action.serviceId] : others };
    }
    case 'area':
      return {
        ...values,
        plots: values.plots.map((plot, i) => (i === action.plot ? { ...plot, area: action.value } : plot)),
      };
    case 'yield':
      return {
        ...values,
        plots: values.plots.map((plot, i) => {
          if (i !== action.plot) return plot;
          const yields: [string, string, string] = [...plot.yields];
          yields[action.year] = action.value;
          return { ...plot, yields };
        }),
      };
    case 'tonnes':
      return { ...values, tonnes: action.value };
    case 'consolidated':
      return { ...values, consolidated: action.value };
  }
}

/** A typed number, or `undefined` when it is blank or not a number (full-width digits allowed). */
export function readNumber(raw: string): number | undefined {
  const normalised = raw
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
  if (normalised === '') return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** Whether any ticked service of the offer is priced per tonne (so tonnes are asked for). */
export function needsTonnes(values: QuoteFormValues, services: readonly CatalogueService[]): boolean {
  return (
    values.kind === 'menu' && services.some((s) => s.unit === 'tonne' && values.serviceIds.includes(s.id))
  );
}

/**
 * The quote request the values stand for, or the first field that is not a number. The request
 * is left for `quoteTrusteeship` to check: the widget applies no rule of its own.
 */
export function quoteRequest(
  values: QuoteFormValues,
  config: QuoteFormConfig,
):
  | { readonly ok: true; readonly input: TrusteeshipQuoteInput }
  | { readonly ok: false; readonly problem: QuoteProblem } {
  const notNumber = (field: QuoteFormField) => ({
    ok: false as const,
    problem: { field, reason: 'notNumber' as const },
  });
  const areas: number[] = [];
  for (const [index, plot] of values.plots.entries()) {
    const area = readNumber(plot.area);
    if (area === undefined) return notNumber(`area-${index}`);
    areas.push(area);
  }
  const full = config.fullPackage;
  if (values.kind === 'full' && full) {
    const plots: FullQuoteInput['plots'] = [];
    for (const [index, plot] of values.plots.entries()) {
      const given = config.plots[index];
      const raw = plot.yields;
      const entry: FullQuoteInput['plots'][number] = {
        plotId: given?.plotId ?? `P-${index + 1}`,
        areaMu: areas[index] as number,
      };
      // All three blank: no history given (the quote says whether the plot can do without).
      if (raw.some((y) => y.trim() !== '')) {
        const yields: number[] = [];
        for (const year of [0, 1, 2] as const) {
          const value = readNumber(raw[year]);
          if (value === undefined) return notNumber(`yield-${index}-${year}`);
          yields.push(value);
        }
        entry.yieldHistoryKgPerMu = yields as [number, number, number];
      }
      if (given?.guaranteedYieldKgPerMu !== undefined)
        entry.guaranteedYieldKgPerMu = given.guaranteedYieldKgPerMu;
      plots.push(entry);
    }
    const input: FullQuoteInput = {
      kind: 'full',
      crop: full.crop ?? config.crop,
      season: full.season ?? config.season,
      feePerMuFen: full.feePerMuFen,
      plots,
      ...(full.farmerGainShare === undefined ? {} : { farmerGainShare: full.farmerGainShare }),
      ...(full.rules === undefined ? {} : { rules: full.rules }),
    };
    return { ok: true, input };
  }
  const services = offeredServices(config);
  const chosen = new Set(values.serviceIds);
  let tonnes: number | undefined;
  if (needsTonnes(values, services)) {
    tonnes = readNumber(values.tonnes);
    if (tonnes === undefined) return notNumber('tonnes');
  }
  const input: MenuQuoteInput = {
    kind: 'menu',
    catalogue: config.catalogue,
    crop: config.crop,
    season: config.season,
    // Catalogue order, whatever order they were ticked in, so the lines read the same way.
    serviceIds: services.filter((s) => chosen.has(s.id)).map((s) => s.id),
    plots: values.plots.map((_, index) => ({
      plotId: config.plots[index]?.plotId ?? `P-${index + 1}`,
      areaMu: areas[index] as number,
    })),
    consolidated: values.consolidated,
    ...(tonnes === undefined ? {} : { tonnes }),
  };
  return { ok: true, input };
}

/** The field and reason a `HezuoError` from `quoteTrusteeship` points at (paths such as `quote.plots.0.areaMu`). */
export function problemOfQuoteError(error: HezuoError): QuoteProblem {
  const path = error.path;
  const plot = typeof path[2] === 'number' ? path[2] : 0;
  if (path[1] === 'serviceIds') return { field: 'services', reason: 'twoServices' };
  if (path[1] === 'tonnes') return { field: 'tonnes', reason: 'invalid' };
  if (path[1] === 'plots') {
    if (path[3] === 'yieldHistoryKgPerMu') {
      const year = path[4];
      return year === 0 || year === 1 || year === 2
        ? { field: `yield-${plot}-${year}`, reason: 'invalid' }
        : { field: `yield-${plot}-0`, reason: 'yieldHistory' };
    }
    if (path[3] === 'guaranteedYieldKgPerMu') return { field: `yield-${plot}-0`, reason: 'guarantee' };
    return { field: `area-${plot}`, reason: 'invalid' };
  }
  // The kind, the package's fee and shares, the crop and season: the choice of trusteeship itself.
  return { field: 'kind', reason: 'invalid' };
}

/**
 * Asks `quoteTrusteeship` for the quote the values stand for. A refusal comes back as the field
 * to mark and why; any other error is a bug and is thrown.
 */
export function runQuote(values: QuoteFormValues, config: QuoteFormConfig): QuoteOutcome {
  const request = quoteRequest(values, config);
  if (!request.ok) return request;
  try {
    return { ok: true, quote: quoteTrusteeship(request.input) };
  } catch (error) {
    if (!isHezuoError(error)) throw error;
    return { ok: false, problem: problemOfQuoteError(error), error };
  }
}
