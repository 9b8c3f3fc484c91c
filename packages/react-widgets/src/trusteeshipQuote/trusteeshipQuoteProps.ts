import { EntityIdSchema } from '@hezuo/core';
import {
  FullQuoteInputSchema,
  FullQuotePlotSchema,
  type FullTrusteeshipRulesInput,
  GAOMI_2014_WHEAT_CATALOGUE,
  MenuQuoteInputSchema,
  QuotePlotSchema,
  type ServiceCatalogueInput,
  ServiceCatalogueSchema,
  type TrusteeshipQuote,
} from '@hezuo/trusteeship';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

/** The two kinds of trusteeship the widget quotes: `menu` (半托管) and `full` (全托管). */
export type TrusteeshipQuoteKind = 'menu' | 'full';

/** A plot the member can put under trusteeship, as the widget starts it. */
export interface TrusteeshipQuotePlot {
  /** The plot's id (as registered with the co-op). */
  readonly plotId: string;
  /** How the plot is called (东地, 河边地); the id when left out. */
  readonly name?: string | undefined;
  /** The area to quote, in mu; the member fills it in when left out. */
  readonly areaMu?: number | undefined;
  /** The plot's yields of the previous three years, kg per mu, oldest first (full trusteeship). */
  readonly yieldHistoryKgPerMu?: readonly [number, number, number] | undefined;
  /** A guaranteed yield the centre offers, kg per mu (full trusteeship); the 3-year average by default. */
  readonly guaranteedYieldKgPerMu?: number | undefined;
}

/** The full trusteeship package (全托管, 保姆式) the centre offers: its fee and sharing terms. */
export interface TrusteeshipFullPackage {
  /** The package fee per mu per season, in fen (1,000 元 = `100_000`). */
  readonly feePerMuFen: number;
  /** The crop; the menu's crop when left out. */
  readonly crop?: string | undefined;
  /** The season; the menu's season when left out. */
  readonly season?: string | undefined;
  /** The farmer's share of the gain above the guarantee; the rules' default (70 %) when left out. */
  readonly farmerGainShare?: number | undefined;
  /** The region's full trusteeship rules; `DEFAULT_FULL_TRUSTEESHIP_RULES` when left out. */
  readonly rules?: FullTrusteeshipRulesInput | undefined;
}

/** The widget's starting choices. */
export interface TrusteeshipQuoteInitial {
  /** The kind first selected; `menu` by default (`full` needs `fullPackage`). */
  readonly kind?: TrusteeshipQuoteKind;
  /** The catalogue services first ticked. */
  readonly serviceIds?: readonly string[];
  /** The expected tonnes, for services priced per tonne. */
  readonly tonnes?: number;
  /** Whether the plots start marked as one consolidated block (连片). */
  readonly consolidated?: boolean;
}

/** Props of {@link TrusteeshipQuote} and {@link useTrusteeshipQuote}. */
export interface TrusteeshipQuoteProps {
  /** The service catalogue to choose from; `GAOMI_2014_WHEAT_CATALOGUE` (a practice example) by default. */
  readonly catalogue?: ServiceCatalogueInput;
  /** The crop whose services are offered; the catalogue's first service's crop by default. */
  readonly crop?: string;
  /** The season whose prices are offered; the catalogue's first service's season by default. */
  readonly season?: string;
  /** The member's plots (1 to 50); one plot `P-1`, area to fill in, by default. */
  readonly plots?: readonly TrusteeshipQuotePlot[];
  /** The full package the centre offers; without it only menu trusteeship is offered. */
  readonly fullPackage?: TrusteeshipFullPackage;
  /** Starting choices. */
  readonly initial?: TrusteeshipQuoteInitial;
  /** Called with each quote the member asks for (what `quoteTrusteeship` returned). */
  readonly onQuote?: (quote: TrusteeshipQuote) => void;
  /** Extra classes on the root, after `hz-quote`. */
  readonly className?: string;
}

const fullShape = FullQuoteInputSchema.shape;
const plotShape = FullQuotePlotSchema.shape;

const PlotPropSchema = z.strictObject({
  plotId: EntityIdSchema,
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  areaMu: z.optional(QuotePlotSchema.shape.areaMu),
  yieldHistoryKgPerMu: plotShape.yieldHistoryKgPerMu,
  guaranteedYieldKgPerMu: plotShape.guaranteedYieldKgPerMu,
});

const FullPackageSchema = z.strictObject({
  feePerMuFen: fullShape.feePerMuFen,
  crop: z.optional(fullShape.crop),
  season: z.optional(fullShape.season),
  farmerGainShare: fullShape.farmerGainShare,
  rules: fullShape.rules,
});

interface CheckedProps {
  readonly catalogue?:
    | { readonly services: readonly { id: string; crop: string; season: string }[] }
    | undefined;
  readonly crop?: string | undefined;
  readonly season?: string | undefined;
  readonly plots?: readonly { plotId: string }[] | undefined;
  readonly fullPackage?: unknown;
  readonly initial?:
    | { readonly kind?: string | undefined; readonly serviceIds?: readonly string[] | undefined }
    | undefined;
}

/** Refuses what each field allows alone but the props together do not. */
function checkTogether(props: CheckedProps, issues: { path: (string | number)[]; message: string }[]): void {
  const ids = new Set<string>();
  props.plots?.forEach((plot, index) => {
    if (ids.has(plot.plotId)) {
      issues.push({ path: ['plots', index, 'plotId'], message: `plot "${plot.plotId}" is given twice` });
    }
    ids.add(plot.plotId);
  });
  const { services } = props.catalogue ?? GAOMI_2014_WHEAT_CATALOGUE;
  const crop = props.crop ?? services[0]?.crop;
  const season = props.season ?? services[0]?.season;
  const offered = services.filter((s) => s.crop === crop && s.season === season);
  if (offered.length === 0) {
    issues.push({
      path: [props.crop === undefined ? 'season' : 'crop'],
      message: `the catalogue has no service for ${crop} ${season}`,
    });
  }
  const known = new Set(offered.map((s) => s.id));
  props.initial?.serviceIds?.forEach((id, index) => {
    if (!known.has(id)) {
      issues.push({
        path: ['initial', 'serviceIds', index],
        message: `the catalogue offers no service "${id}" for ${crop} ${season}`,
      });
    }
  });
  if (props.initial?.kind === 'full' && props.fullPackage === undefined) {
    issues.push({ path: ['initial', 'kind'], message: 'full trusteeship needs the fullPackage prop' });
  }
}

/**
 * Schema of {@link TrusteeshipQuoteProps} (zod/mini). The catalogue, plots and package are
 * checked with the trusteeship plugin's own schemas.
 */
export const TrusteeshipQuotePropsSchema = z
  .strictObject({
    catalogue: z.optional(ServiceCatalogueSchema),
    crop: z.optional(MenuQuoteInputSchema.shape.crop),
    season: z.optional(MenuQuoteInputSchema.shape.season),
    plots: z.optional(z.array(PlotPropSchema).check(z.minLength(1), z.maxLength(50))),
    fullPackage: z.optional(FullPackageSchema),
    initial: z.optional(
      z.strictObject({
        kind: z.optional(z.enum(['menu', 'full'])),
        serviceIds: z.optional(z.array(EntityIdSchema).check(z.maxLength(100))),
        tonnes: MenuQuoteInputSchema.shape.tonnes,
        consolidated: z.optional(z.boolean()),
      }),
    ),
    onQuote: z.optional(callbackSchema<(quote: TrusteeshipQuote) => void>()),
    className: z.optional(z.string().check(z.maxLength(1_000))),
  })
  .check((ctx) => {
    const issues: { path: (string | number)[]; message: string }[] = [];
    checkTogether(ctx.value as CheckedProps, issues);
    for (const issue of issues) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: issue.path, message: issue.message });
    }
  });
