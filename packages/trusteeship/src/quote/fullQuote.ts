import {
  EntityIdSchema,
  FenSchema,
  HezuoError,
  ProduceCodeSchema,
  parseInput,
  scaleFen,
  sumFen,
} from '@hezuo/core';
import * as z from 'zod/mini';
import { AreaMuSchema } from '../area';
import { SeasonLabelSchema } from '../catalogue/serviceCatalogue';
import { exactSum } from '../internal/exactDecimal';
import { checkUniqueIds } from '../internal/uniqueIds';
import { FullTrusteeshipRulesSchema, ShareSchema } from './fullTrusteeshipRules';
import type { PackageFeeQuoteLine } from './quoteLine';

/** Schema of a yield in kg per mu: finite, 0 to 10,000, weighed to 0.1 kg at most. */
export const YieldKgPerMuSchema = z.number({ error: 'a yield must be a number of kg per mu' }).check(
  z.gte(0, { error: 'a yield may not be negative' }),
  z.lte(10_000, { error: 'a yield may be at most 10,000 kg per mu' }),
  z.refine((kg) => Math.abs(kg * 10 - Math.round(kg * 10)) < 1e-6, {
    error: 'a yield is given to 0.1 kg at most',
  }),
);

/** Schema of a plot in a full trusteeship quote: its area, its yield history, an offered guarantee. */
export const FullQuotePlotSchema = z.strictObject({
  /** The plot's id. */
  plotId: EntityIdSchema,
  /** The area to put under contract, in mu. */
  areaMu: AreaMuSchema,
  /** The plot's yields of the previous three years, kg per mu, oldest first. */
  yieldHistoryKgPerMu: z.optional(z.tuple([YieldKgPerMuSchema, YieldKgPerMuSchema, YieldKgPerMuSchema])),
  /** The guaranteed yield offered, kg per mu; the 3-year average when left out. */
  guaranteedYieldKgPerMu: z.optional(
    YieldKgPerMuSchema.check(
      z.refine((kg) => kg > 0, {
        error: 'a guaranteed yield must be greater than zero',
      }),
    ),
  ),
});

/** A plot in a full trusteeship quote; see {@link FullQuotePlotSchema}. */
export type FullQuotePlotInput = z.input<typeof FullQuotePlotSchema>;

/**
 * Schema of a full trusteeship quote request (全托管, 保姆式): a package fee per mu per season,
 * a guaranteed yield per plot, and the farmer's share of the gain above it.
 */
export const FullQuoteInputSchema = z
  .strictObject({
    /** `full`. */
    kind: z.literal('full'),
    /** The crop. */
    crop: ProduceCodeSchema,
    /** The season the fee is for. */
    season: SeasonLabelSchema,
    /** The package fee per mu per season, in fen: at least 1. */
    feePerMuFen: FenSchema.check(z.gte(1, { error: 'a fee must be at least 1 fen per mu' })),
    /** The plots. */
    plots: z
      .array(FullQuotePlotSchema)
      .check(z.minLength(1, { error: 'a quote needs a plot' }), z.maxLength(100_000)),
    /** The farmer's share of the gain above the guarantee; the rules' default when left out. */
    farmerGainShare: z.optional(ShareSchema),
    /** The region's rules; {@link DEFAULT_FULL_TRUSTEESHIP_RULES} when left out. */
    rules: z.optional(FullTrusteeshipRulesSchema),
  })
  .check(
    z.superRefine((input, ctx) =>
      checkUniqueIds(input.plots, (p) => p.plotId, ctx, ['plots'], 'plotId', 'plot'),
    ),
  );

/** A full trusteeship quote request; see {@link FullQuoteInputSchema}. */
export type FullQuoteInput = z.input<typeof FullQuoteInputSchema>;

/** A plot of a full trusteeship quote with its guarantee worked out. */
export interface FullQuotePlot {
  /** The plot's id. */
  readonly plotId: string;
  /** The area under contract, in mu. */
  readonly areaMu: number;
  /** The previous 3-year average, kg per mu, rounded up to 0.1 kg; `null` when no history was given. */
  readonly threeYearAverageKgPerMu: number | null;
  /** The guaranteed yield, kg per mu. */
  readonly guaranteedYieldKgPerMu: number;
}

/** A full trusteeship quote: the fee lines per plot for one season, the guarantees and the gain share. */
export interface FullQuote {
  /** `full`. */
  readonly kind: 'full';
  /** The crop. */
  readonly crop: string;
  /** The season. */
  readonly season: string;
  /** The package fee per mu per season, in fen. */
  readonly feePerMuFen: number;
  /** The farmer's share of the gain above the guarantee. */
  readonly farmerGainShare: number;
  /** The plots with their guarantees. */
  readonly plots: readonly FullQuotePlot[];
  /** The total area, in mu. */
  readonly areaMu: number;
  /** The package fee of each plot for the season. */
  readonly lines: readonly PackageFeeQuoteLine[];
  /** The fee for the season, in fen: the sum of the lines. */
  readonly totalFen: number;
}

/**
 * The average of three yields rounded up to 0.1 kg, so a guarantee set to it is never below
 * the true average. Yields are whole tenths of a kg, so the sum is exact in tenths.
 */
function threeYearAverage(yields: readonly [number, number, number]): number {
  const tenths = yields.reduce((sum, kg) => sum + Math.round(kg * 10), 0);
  return Math.ceil(tenths / 3) / 10;
}

/**
 * The package fee line of one plot for one season: `fee per mu × area`, rounded half-up once.
 * @internal
 */
export function packageFeeLine(plotId: string, areaMu: number, feePerMuFen: number): PackageFeeQuoteLine {
  return {
    kind: 'packageFee',
    plotId,
    description: { 'zh-CN': `全托管服务费（地块 ${plotId}）`, en: `Full trusteeship fee (plot ${plotId})` },
    quantity: areaMu,
    unit: 'mu',
    unitPriceFen: feePerMuFen,
    amountFen: scaleFen(feePerMuFen, { multiply: [areaMu] }),
  };
}

/**
 * Quotes full trusteeship (全托管, 保姆式) for one season: a package fee per mu for each plot,
 * a guaranteed yield per plot — by default not below the plot's previous 3-year average
 * (rounded up to 0.1 kg), which is the guarantee when none is offered — and the farmer's share
 * of the gain above the guarantee (70 % or more by default).
 *
 * @throws HezuoError `INVALID_INPUT` (path `quote`, field) for bad input; (path `plots`, index,
 * `yieldHistoryKgPerMu`) when the floor needs a history that is missing, or neither a history
 * nor a guarantee is given; (path `plots`, index, `guaranteedYieldKgPerMu`) for a guarantee
 * below the 3-year average; (path `farmerGainShare`) for a share below the rules' least share
 *
 * @example
 * ```ts
 * const quote = quoteFullTrusteeship({
 *   kind: 'full',
 *   crop: 'wheat',
 *   season: '2025-2026',
 *   feePerMuFen: 50_000,
 *   plots: [{ plotId: 'P1', areaMu: 20, yieldHistoryKgPerMu: [420, 455, 441] }],
 * });
 * quote.plots[0]?.guaranteedYieldKgPerMu; // 438.7 (1316 / 3 = 438.67, rounded up)
 * quote.totalFen; // 1,000,000 fen
 * ```
 */
export function quoteFullTrusteeship(input: FullQuoteInput): FullQuote {
  const args = parseInput(FullQuoteInputSchema, input, { path: ['quote'] });
  const rules = FullTrusteeshipRulesSchema.parse(args.rules ?? {});
  const farmerGainShare = args.farmerGainShare ?? rules.defaultFarmerGainShare;
  if (farmerGainShare < rules.minFarmerGainShare) {
    throw new HezuoError(
      'INVALID_INPUT',
      `the farmer's share of the gain (${farmerGainShare}) may not be below ${rules.minFarmerGainShare}`,
      { path: ['quote', 'farmerGainShare'], details: { minFarmerGainShare: rules.minFarmerGainShare } },
    );
  }
  const plots = args.plots.map((plot, index): FullQuotePlot => {
    const average = plot.yieldHistoryKgPerMu ? threeYearAverage(plot.yieldHistoryKgPerMu) : null;
    const path = ['quote', 'plots', index];
    if (average === null && (rules.guaranteeFloor === 'threeYearAverage' || !plot.guaranteedYieldKgPerMu)) {
      throw new HezuoError(
        'INVALID_INPUT',
        rules.guaranteeFloor === 'threeYearAverage'
          ? `plot ${plot.plotId}: the guaranteed yield may not be below the previous 3-year average, so give the plot's yields of the last three years`
          : `plot ${plot.plotId}: give a guaranteed yield or the plot's yields of the last three years`,
        { path: [...path, 'yieldHistoryKgPerMu'] },
      );
    }
    const guaranteed = plot.guaranteedYieldKgPerMu ?? (average as number);
    if (rules.guaranteeFloor === 'threeYearAverage' && average !== null && guaranteed < average) {
      throw new HezuoError(
        'INVALID_INPUT',
        `plot ${plot.plotId}: the guaranteed yield ${guaranteed} kg/mu is below the previous 3-year average ${average} kg/mu`,
        { path: [...path, 'guaranteedYieldKgPerMu'], details: { threeYearAverageKgPerMu: average } },
      );
    }
    if (guaranteed <= 0) {
      throw new HezuoError(
        'INVALID_INPUT',
        `plot ${plot.plotId}: a guaranteed yield must be greater than zero`,
        {
          path: [...path, 'yieldHistoryKgPerMu'],
        },
      );
    }
    return {
      plotId: plot.plotId,
      areaMu: plot.areaMu,
      threeYearAverageKgPerMu: average,
      guaranteedYieldKgPerMu: guaranteed,
    };
  });
  const lines = plots.map((plot) => packageFeeLine(plot.plotId, plot.areaMu, args.feePerMuFen));
  return {
    kind: 'full',
    crop: args.crop,
    season: args.season,
    feePerMuFen: args.feePerMuFen,
    farmerGainShare,
    plots,
    areaMu: Number(exactSum(plots.map((p) => p.areaMu))),
    lines,
    totalFen: sumFen(lines.map((l) => l.amountFen)),
  };
}
