import { EntityIdSchema, multiplyFen, ProduceCodeSchema, parseInput, scaleFen, sumFen } from '@hezuo/core';
import * as z from 'zod/mini';
import { AreaMuSchema } from '../area';
import {
  type CatalogueService,
  SeasonLabelSchema,
  ServiceCatalogueSchema,
} from '../catalogue/serviceCatalogue';
import type { VolumeRule } from '../catalogue/volumeRule';
import { exactSum } from '../internal/exactDecimal';
import { checkUniqueIds } from '../internal/uniqueIds';
import type { ServiceQuoteLine, VolumeDiscountQuoteLine } from './quoteLine';
import { type QuotePlot, QuotePlotSchema } from './quotePlot';

/**
 * Schema of a menu trusteeship quote request (半托管, 菜单式): two or more operations chosen
 * from a catalogue for one crop and season, over one or more plots.
 */
export const MenuQuoteInputSchema = z
  .strictObject({
    /** `menu`. */
    kind: z.literal('menu'),
    /** The catalogue the services and prices come from. */
    catalogue: ServiceCatalogueSchema,
    /** The crop. */
    crop: ProduceCodeSchema,
    /** The season. */
    season: SeasonLabelSchema,
    /** The chosen catalogue services: two or more operations. */
    serviceIds: z.array(EntityIdSchema).check(
      z.minLength(2, {
        error:
          'a menu quote (半托管) needs two or more operations; one operation alone is a single service order, not trusteeship',
      }),
      z.maxLength(100),
    ),
    /** The plots, each with the area to contract. */
    plots: z
      .array(QuotePlotSchema)
      .check(z.minLength(1, { error: 'a quote needs a plot' }), z.maxLength(100_000)),
    /** Whether the plots are worked as one consolidated block (连片); `false` by default. */
    consolidated: z._default(z.boolean(), false),
    /** The expected tonnes, for services priced per tonne (drying, storage, sale). */
    tonnes: z.optional(AreaMuSchema),
  })
  .check(
    z.superRefine((input, ctx) => {
      checkUniqueIds(input.plots, (p) => p.plotId, ctx, ['plots'], 'plotId', 'plot');
      const services = new Map(input.catalogue.services.map((s) => [s.id, s]));
      const operations = new Set<string>();
      const seen = new Set<string>();
      input.serviceIds.forEach((id, index) => {
        const service = services.get(id);
        const path = ['serviceIds', index];
        if (seen.has(id)) {
          ctx.addIssue({ code: 'custom', path, message: `service "${id}" is chosen twice` });
        } else if (!service) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `catalogue "${input.catalogue.id}" has no service "${id}"`,
          });
        } else if (service.crop !== input.crop || service.season !== input.season) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `service "${id}" is priced for ${service.crop} ${service.season}, not ${input.crop} ${input.season}`,
          });
        } else {
          operations.add(service.operation);
          if (service.unit === 'tonne' && input.tonnes === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['tonnes'],
              message: `service "${id}" is priced per tonne: give the expected tonnes`,
            });
          }
        }
        seen.add(id);
      });
      if (seen.size === input.serviceIds.length && operations.size === 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['serviceIds'],
          message: 'a menu quote (半托管) needs two or more different operations, not one operation twice',
        });
      }
    }),
  );

/** A menu quote request; see {@link MenuQuoteInputSchema}. */
export type MenuQuoteInput = z.input<typeof MenuQuoteInputSchema>;

/** A menu trusteeship quote: every line, the subtotal, the volume discount and the total. */
export interface MenuQuote {
  /** `menu`. */
  readonly kind: 'menu';
  /** The catalogue the prices come from. */
  readonly catalogueId: string;
  /** The crop. */
  readonly crop: string;
  /** The season. */
  readonly season: string;
  /** The plots and their areas, in mu. */
  readonly plots: readonly QuotePlot[];
  /** The total area, in mu (the exact decimal sum of the plots' areas). */
  readonly areaMu: number;
  /** Whether the plots are worked as one consolidated block. */
  readonly consolidated: boolean;
  /** The expected tonnes for services priced per tonne, if any. */
  readonly tonnes: number | null;
  /** One line per chosen service, in the order chosen, then the volume discount if one applies. */
  readonly lines: readonly (ServiceQuoteLine | VolumeDiscountQuoteLine)[];
  /** The sum of the service lines, in fen. */
  readonly subtotalFen: number;
  /** The volume discount, in fen (0 when no rule applies). */
  readonly discountFen: number;
  /** `subtotalFen − discountFen`: the sum of every line, in fen. */
  readonly totalFen: number;
}

/**
 * The volume rule that applies to an area: among the rules whose threshold the area reaches
 * (and, for `consolidatedOnly` rules, only when the plots are consolidated), the one with the
 * highest threshold, then the largest discount. `null` when none applies.
 * @internal
 */
export function applicableVolumeRule(
  rules: readonly VolumeRule[],
  areaMu: number,
  consolidated: boolean,
): VolumeRule | null {
  let best: VolumeRule | null = null;
  for (const rule of rules) {
    if (rule.minAreaMu > areaMu || (rule.consolidatedOnly && !consolidated)) continue;
    if (
      best === null ||
      rule.minAreaMu > best.minAreaMu ||
      (rule.minAreaMu === best.minAreaMu && rule.discountRate > best.discountRate)
    ) {
      best = rule;
    }
  }
  return best;
}

/**
 * The volume discount line on a subtotal: `−(subtotal × rate)` rounded half-up once.
 * @internal
 */
export function volumeDiscountLine(
  rule: Pick<VolumeRule, 'minAreaMu' | 'discountRate'>,
  subtotalFen: number,
): VolumeDiscountQuoteLine {
  const discount = multiplyFen(subtotalFen, rule.discountRate);
  const percent = `${Number((rule.discountRate * 100).toPrecision(12))} %`;
  return {
    kind: 'volumeDiscount',
    description: {
      'zh-CN': `连片托管优惠 ${percent}（${rule.minAreaMu} 亩以上）`,
      en: `Volume discount ${percent} (${rule.minAreaMu} mu and more)`,
    },
    minAreaMu: rule.minAreaMu,
    discountRate: rule.discountRate,
    baseFen: subtotalFen,
    amountFen: discount === 0 ? 0 : -discount,
  };
}

/**
 * The priced line of one service over a quantity: `price × quantity`, rounded half-up once.
 * @internal
 */
export function serviceLine(service: CatalogueService, quantity: string): ServiceQuoteLine {
  return {
    kind: 'service',
    serviceId: service.id,
    operation: service.operation,
    name: service.name,
    unit: service.unit,
    quantity: Number(quantity),
    unitPriceFen: service.priceFen,
    passes: service.passes,
    window: service.window,
    amountFen: scaleFen(service.priceFen, { multiply: [quantity] }),
  };
}

/**
 * Quotes menu trusteeship (半托管, 菜单式): each chosen service priced over the plots' total area
 * (or over the expected tonnes, for services priced per tonne), then the catalogue's volume
 * discount when the area reaches a rule's threshold. Every line is shown; each is rounded once,
 * half-up, to the fen, and the total is the sum of the lines.
 *
 * @throws HezuoError `INVALID_INPUT` (path `serviceIds`) for fewer than two operations, a
 * service not in the catalogue or priced for another crop or season; (path `plots`, index) for
 * a plot given twice or a bad area; (path `tonnes`) when a per-tonne service has no tonnage
 *
 * @example
 * ```ts
 * const quote = quoteMenuTrusteeship({
 *   kind: 'menu',
 *   catalogue: GAOMI_2014_WHEAT_CATALOGUE,
 *   crop: 'wheat',
 *   season: '2014-2015',
 *   serviceIds: ['wheat-ploughing', 'wheat-harvest'],
 *   plots: [{ plotId: 'P1', areaMu: 10.5 }],
 * });
 * quote.totalFen; // 7000 × 10.5 + 5000 × 10.5 = 126,000 fen
 * ```
 */
export function quoteMenuTrusteeship(input: MenuQuoteInput): MenuQuote {
  const args = parseInput(MenuQuoteInputSchema, input, { path: ['quote'] });
  const area = exactSum(args.plots.map((p) => p.areaMu));
  const services = new Map(args.catalogue.services.map((s) => [s.id, s]));
  const lines: (ServiceQuoteLine | VolumeDiscountQuoteLine)[] = args.serviceIds.map((id) => {
    const service = services.get(id) as CatalogueService;
    return serviceLine(service, service.unit === 'tonne' ? String(args.tonnes) : area);
  });
  const subtotalFen = sumFen(lines.map((l) => l.amountFen));
  const rule = applicableVolumeRule(args.catalogue.volumeRules, Number(area), args.consolidated);
  let discountFen = 0;
  if (rule) {
    const discount = volumeDiscountLine(rule, subtotalFen);
    discountFen = -discount.amountFen;
    lines.push(discount);
  }
  return {
    kind: 'menu',
    catalogueId: args.catalogue.id,
    crop: args.crop,
    season: args.season,
    plots: args.plots,
    areaMu: Number(area),
    consolidated: args.consolidated,
    tonnes: args.tonnes ?? null,
    lines,
    subtotalFen,
    discountFen,
    totalFen: subtotalFen - discountFen,
  };
}
