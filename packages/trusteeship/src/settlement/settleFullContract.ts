import { allocate, EntityIdSchema, FenSchema, IsoDateSchema, parseInput, scaleFen } from '@hezuo/core';
import { z } from 'zod';
import { SeasonLabelSchema } from '../catalogue/serviceCatalogue';
import {
  type FullContractTerms,
  type TrusteeshipContractRecord,
  TrusteeshipContractRecordSchema,
} from '../contractRecord';
import { exactProduct } from '../internal/exactDecimal';
import { checkUniqueIds } from '../internal/uniqueIds';
import { packageFeeLine } from '../quote/fullQuote';
import { trusteeshipRuleError } from '../rules';
import {
  type SettlementEntry,
  SettlementEntrySchema,
  type SettlementLine,
  type TrusteeshipSettlement,
  type YieldClaim,
  type YieldMeasure,
} from './settlementLine';
import { buildStatement } from './statement';

/** Schema of one season's harvest under a full contract: when, at what price, how much per plot. */
export const HarvestSeasonSchema = z
  .strictObject({
    /** The season. */
    season: SeasonLabelSchema,
    /** The day the harvest was weighed. */
    harvestedOn: IsoDateSchema,
    /** The price the harvest is valued at, in fen per kg: at least 1. */
    pricePerKgFen: FenSchema.check(z.gte(1, { error: 'a price must be at least 1 fen per kg' })),
    /** Each plot's harvest, in kg; every plot of the contract once. */
    plots: z
      .array(
        z.strictObject({
          /** The plot. */
          plotId: EntityIdSchema,
          /** The harvest weighed, in kg (0 to 1,000,000,000). */
          harvestKg: z.number().min(0).max(1_000_000_000),
        }),
      )
      .min(1)
      .max(100_000),
  })
  .superRefine((season, ctx) =>
    checkUniqueIds(season.plots, (p) => p.plotId, ctx, ['plots'], 'plotId', 'plot'),
  );

/** One season's harvest under a full contract; see {@link HarvestSeasonSchema}. */
export interface HarvestSeason {
  /** The season. */
  readonly season: string;
  /** The day the harvest was weighed. */
  readonly harvestedOn: string;
  /** The price the harvest is valued at, in fen per kg. */
  readonly pricePerKgFen: number;
  /** Each plot's harvest, in kg. */
  readonly plots: readonly { readonly plotId: string; readonly harvestKg: number }[];
}

const EntriesSchema = z.array(SettlementEntrySchema).max(10_000);

/** Schema of the input of {@link settleFullContract}. */
export const FullSettlementInputSchema = z
  .strictObject({
    /** The full contract. */
    contract: TrusteeshipContractRecordSchema,
    /** The seasons to settle, each with every plot's harvest. */
    seasons: z.array(HarvestSeasonSchema).min(1, { error: 'settle at least one season' }).max(100),
    /** Input advances the farmer owes. */
    inputAdvances: EntriesSchema.optional(),
    /** Proceeds of the crop the co-op sold for the farmer. */
    saleProceeds: EntriesSchema.optional(),
    /** Fees the farmer paid in advance. */
    prepayments: EntriesSchema.optional(),
  })
  .superRefine((input, ctx) => {
    checkUniqueIds(input.seasons, (s) => s.season, ctx, ['seasons'], 'season', 'season');
    for (const key of ['inputAdvances', 'saleProceeds', 'prepayments'] as const) {
      checkUniqueIds(input[key] ?? [], (e) => e.id, ctx, [key], 'id', 'entry');
    }
  });

/** The input of {@link settleFullContract}; see {@link FullSettlementInputSchema}. */
export interface FullSettlementInput {
  /** The full contract. */
  readonly contract: TrusteeshipContractRecord;
  /** The seasons to settle. */
  readonly seasons: readonly HarvestSeason[];
  /** Input advances the farmer owes. */
  readonly inputAdvances?: readonly SettlementEntry[] | undefined;
  /** Proceeds of the crop the co-op sold for the farmer. */
  readonly saleProceeds?: readonly SettlementEntry[] | undefined;
  /** Fees the farmer paid in advance. */
  readonly prepayments?: readonly SettlementEntry[] | undefined;
}

const MILLION = 1_000_000;

/**
 * Settles a full contract (全托管) season by season and plot by plot:
 *
 * 1. the package fee: fee per mu × contract area, rounded half-up once (a charge);
 * 2. the harvest against the guarantee, both valued at the season's price: the guaranteed
 *    harvest (guaranteed yield × contract area, kg) × price and the weighed harvest × price,
 *    each rounded half-up once to the fen;
 * 3. below the guarantee, the service centre makes up the difference of the two values (yield
 *    compensation, a credit, and a guaranteed-yield claim); above it, the gain is split with
 *    `allocate` (largest remainder) in the contract's shares, and the centre's part is charged;
 *
 * then input advances are charged and sale proceeds and prepayments credited. The balance is
 * the sum of the lines: positive the farmer pays it, negative the service centre pays.
 *
 * @throws HezuoError `INVALID_INPUT` (path `settlement`, field) for bad input or an id given
 * twice; `TRUSTEESHIP_RULE` with `details.rule` `settlementMismatch` for a contract that is not a
 * full contract or has no plots, or a season that misses a plot or names one not under contract
 *
 * @example
 * ```ts
 * settleFullContract({ contract, seasons: [
 *   { season: '2025-2026', harvestedOn: '2026-06-10', pricePerKgFen: 240, plots: [{ plotId: 'P1', harvestKg: 9_000 }] },
 * ] }).balanceFen;
 * ```
 */
export function settleFullContract(input: FullSettlementInput): TrusteeshipSettlement {
  const args = parseInput(FullSettlementInputSchema, input, { path: ['settlement'] });
  const contract = args.contract;
  if (contract.terms?.kind !== 'full' || contract.plots === undefined) {
    throw trusteeshipRuleError(
      'settlementMismatch',
      `contract ${contract.id} is not a full contract with plots: it has no fee or guarantee to settle`,
      ['settlement', 'contract', 'terms'],
    );
  }
  const terms: FullContractTerms = contract.terms;
  const plots = contract.plots;
  const guarantee = new Map(terms.guarantees.map((g) => [g.plotId, g.guaranteedYieldKgPerMu]));
  const farmerPpm = Math.round(terms.farmerGainShare * MILLION);
  const lines: SettlementLine[] = [];
  const claims: YieldClaim[] = [];
  args.seasons.forEach((season, s) => {
    const harvests = new Map(season.plots.map((p) => [p.plotId, p.harvestKg]));
    season.plots.forEach((p, i) => {
      if (!plots.some((cp) => cp.plotId === p.plotId)) {
        throw trusteeshipRuleError(
          'settlementMismatch',
          `plot ${p.plotId} is not under contract ${contract.id}`,
          ['settlement', 'seasons', s, 'plots', i, 'plotId'],
        );
      }
    });
    for (const plot of plots) {
      const harvestKg = harvests.get(plot.plotId);
      if (harvestKg === undefined) {
        throw trusteeshipRuleError(
          'settlementMismatch',
          `season ${season.season} has no harvest for plot ${plot.plotId}`,
          ['settlement', 'seasons', s, 'plots'],
          { plotId: plot.plotId },
        );
      }
      const fee = packageFeeLine(plot.plotId, plot.contractAreaMu, terms.feePerMuFen);
      lines.push({
        kind: 'packageFee',
        season: season.season,
        plotId: plot.plotId,
        description: {
          'zh-CN': `${season.season} 全托管服务费（地块 ${plot.plotId}）`,
          en: `${season.season} full trusteeship fee (plot ${plot.plotId})`,
        },
        quantity: fee.quantity,
        unit: 'mu',
        unitPriceFen: fee.unitPriceFen,
        amountFen: fee.amountFen,
      });
      const guaranteed = exactProduct([guarantee.get(plot.plotId) as number, plot.contractAreaMu]);
      const measure: YieldMeasure = {
        season: season.season,
        plotId: plot.plotId,
        guaranteedKg: Number(guaranteed),
        harvestKg,
        pricePerKgFen: season.pricePerKgFen,
        guaranteedValueFen: scaleFen(season.pricePerKgFen, { multiply: [guaranteed] }),
        harvestValueFen: scaleFen(season.pricePerKgFen, { multiply: [harvestKg] }),
      };
      const difference = measure.harvestValueFen - measure.guaranteedValueFen;
      if (difference < 0) {
        lines.push({
          kind: 'yieldCompensation',
          ...measure,
          description: {
            'zh-CN': `${season.season} 保底产量补偿（地块 ${plot.plotId}）`,
            en: `${season.season} guaranteed-yield compensation (plot ${plot.plotId})`,
          },
          amountFen: difference,
        });
        claims.push({
          season: season.season,
          plotId: plot.plotId,
          harvestedOn: season.harvestedOn,
          compensationFen: -difference,
        });
      } else if (difference > 0) {
        const [farmerPart, centerPart] = allocate(difference, [farmerPpm, MILLION - farmerPpm]) as [
          number,
          number,
        ];
        lines.push({
          kind: 'gainShare',
          ...measure,
          description: {
            'zh-CN': `${season.season} 增产收益分成（地块 ${plot.plotId}）`,
            en: `${season.season} share of the gain (plot ${plot.plotId})`,
          },
          gainFen: difference,
          farmerShare: terms.farmerGainShare,
          farmerPartFen: farmerPart,
          amountFen: centerPart,
        });
      }
    }
  });
  return buildStatement(
    contract,
    'full',
    lines,
    args,
    args.seasons.map((s) => ({ season: s.season, harvestedOn: s.harvestedOn })),
    claims,
  );
}
