import type { Locale } from '@hezuo/core';
import type { ServiceUnit, TrusteeshipQuote } from '@hezuo/trusteeship';
import type { HezuoFormatters } from '../format/useHezuoFormat';
import type { TrusteeshipWidgetMessages } from '../i18n/trusteeshipMessages';

/** One line of a quote, ready to show. */
export interface QuoteLineView {
  /** A stable key. */
  readonly key: string;
  /** What the line is for, in the locale. */
  readonly label: string;
  /** How many units (`20.5 亩`); empty for a discount. */
  readonly quantity: string;
  /** The price per unit (`¥70.00/亩`); empty for a discount. */
  readonly unitPrice: string;
  /** The amount, in currency. */
  readonly amount: string;
  /** True for a discount (a negative line). */
  readonly negative: boolean;
}

/** A plot's guarantee under full trusteeship, ready to show. */
export interface QuoteGuaranteeView {
  /** The plot's name. */
  readonly plot: string;
  /** The previous 3-year average, kg per mu, or a dash when no history was given. */
  readonly average: string;
  /** The guaranteed yield, kg per mu. */
  readonly guaranteed: string;
}

/** A quote, ready to show: every line in the locale and currency. */
export interface QuoteResultView {
  /** `menu` or `full`. */
  readonly kind: 'menu' | 'full';
  /** The quote lines, in the quote's order. */
  readonly lines: readonly QuoteLineView[];
  /** The services' subtotal before the discount (menu quotes with a discount only). */
  readonly subtotal: string | undefined;
  /** The total. */
  readonly total: string;
  /** The total area (`托管面积合计 20.5 亩`). */
  readonly area: string;
  /** The plots' guaranteed yields (full quotes only). */
  readonly guarantees: readonly QuoteGuaranteeView[];
  /** The farmer's share of the gain above the guarantee, as a sentence (full quotes only). */
  readonly gainShare: string | undefined;
}

/** A service unit in the locale. */
export function unitLabel(unit: ServiceUnit, t: TrusteeshipWidgetMessages): string {
  return unit === 'tonne' ? t.quoteUnitTonne : t.quoteUnitMu;
}

/**
 * A quote from `quoteTrusteeship` as text for the locale: amounts from fen through the
 * formatters, units and names from the message catalogue and the quote's own texts.
 */
export function quoteView(
  quote: TrusteeshipQuote,
  plotNames: ReadonlyMap<string, string>,
  locale: Locale,
  f: HezuoFormatters,
  t: TrusteeshipWidgetMessages,
): QuoteResultView {
  const name = (plotId: string) => t.quotePlotName(plotNames.get(plotId) ?? plotId);
  if (quote.kind === 'full') {
    return {
      kind: 'full',
      lines: quote.lines.map((line) => ({
        key: `fee-${line.plotId}`,
        label: t.quoteFullFee(name(line.plotId)),
        quantity: `${f.number(line.quantity, 4)} ${t.quoteUnitMu}`,
        unitPrice: `${f.fen(line.unitPriceFen)}/${t.quoteUnitMu}`,
        amount: f.fen(line.amountFen),
        negative: false,
      })),
      subtotal: undefined,
      total: f.fen(quote.totalFen),
      area: t.quoteTotalArea(f.number(quote.areaMu, 4)),
      guarantees: quote.plots.map((plot) => ({
        plot: name(plot.plotId),
        average: plot.threeYearAverageKgPerMu === null ? '—' : f.number(plot.threeYearAverageKgPerMu, 1),
        guaranteed: f.number(plot.guaranteedYieldKgPerMu, 1),
      })),
      gainShare: t.quoteGainShare(f.percent(quote.farmerGainShare)),
    };
  }
  return {
    kind: 'menu',
    lines: quote.lines.map((line) =>
      line.kind === 'service'
        ? {
            key: line.serviceId,
            label: line.name[locale],
            quantity: `${f.number(line.quantity, 4)} ${unitLabel(line.unit, t)}`,
            unitPrice: `${f.fen(line.unitPriceFen)}/${unitLabel(line.unit, t)}`,
            amount: f.fen(line.amountFen),
            negative: false,
          }
        : {
            key: 'volumeDiscount',
            label: line.description[locale],
            quantity: '',
            unitPrice: '',
            amount: f.fen(line.amountFen),
            negative: true,
          },
    ),
    subtotal: quote.discountFen === 0 ? undefined : f.fen(quote.subtotalFen),
    total: f.fen(quote.totalFen),
    area: t.quoteTotalArea(f.number(quote.areaMu, 4)),
    guarantees: [],
    gainShare: undefined,
  };
}
