import type { CountyTrusteeshipContract, Household } from '@hezuo/core/sample';
import { GAOMI_2014_WHEAT_CATALOGUE, type MenuQuote, type TrusteeshipSettlement } from '@hezuo/trusteeship';
import type { SeasonContext } from '../seasonContext';
import { isSeasonContract } from './loadHistory';

/** The season's land trusteeship across the county. */
export interface TrusteeshipOutcome {
  readonly plots: number;
  readonly centers: number;
  /** A menu quote for one household that farms its own land, from the Gaomi catalogue. */
  readonly menuQuote: MenuQuote;
  readonly contracts: number;
  readonly contractedMu: number;
  readonly terminated: number;
  readonly workOrders: number;
  /** Settlements: what farmers paid the centres, and what centres paid farmers, fen. */
  readonly farmersPayFen: number;
  readonly centersPayFen: number;
  /** Guaranteed-yield claims (the centre made up a shortfall). */
  readonly yieldClaims: number;
  readonly settlements: readonly TrusteeshipSettlement[];
  /** Share of plot area within a centre's reach. */
  readonly assignedShare: number;
  /** Plots and whether a centre serves them, for the map. */
  readonly map: readonly { readonly plotId: string; readonly served: boolean }[];
}

/** The season's prices a full contract's harvest is valued at, fen per kg (maize 2.30 元, wheat 2.40 元). */
export const SEASON_PRICES_FEN_PER_KG: Readonly<Record<string, number>> = { maize: 230, wheat: 240 };

/**
 * The harvest a plot yields under trusteeship: a household hit by the season's shock (drought,
 * hail) reaps 88 % of its guarantee, the others 106 %, to 0.1 kg. The demo's own assumption, so
 * both sides of the guarantee are settled.
 */
export function seasonHarvestKg(guaranteeKgPerMu: number, areaMu: number, shocked: boolean): number {
  return Math.round(guaranteeKgPerMu * areaMu * (shocked ? 8.8 : 10.6)) / 10;
}

/**
 * Registers every household's plots and the service centres, reports the county's coverage,
 * quotes a menu for one household, and runs each full-trusteeship contract of the season through
 * its states: drafted from a quote, signed, activated (or terminated), sown and harvested as
 * work orders, completed and settled against the guarantee.
 */
export async function runTrusteeship(ctx: SeasonContext): Promise<TrusteeshipOutcome> {
  const { hz, county, seasonYear } = ctx;
  for (const { center } of county.serviceCenters) await hz.trusteeship.registerServiceCenter(center);
  const plots = county.households.flatMap((h) => h.plots);
  let done = 0;
  for (const plot of plots) {
    await hz.trusteeship.registerPlot(plot);
    if (++done % 500 === 0 || done === plots.length) ctx.progress('plots', done, plots.length);
  }
  const coverage = await hz.trusteeship.coverageReport({
    regionCode: county.region.code,
    name: county.region.name,
  });
  const unassigned = new Set(coverage.unassigned.map((u) => u.plotId));

  const contracts = county.trusteeshipContracts.filter((c) => isSeasonContract(c, seasonYear));
  const households = new Map(county.households.map((h) => [h.id, h]));
  const underContract = new Set(contracts.map((c) => c.memberId));
  const own = county.households.find((h) => !underContract.has(h.id) && h.plots.length > 0);
  // The co-op's price list for the coming season: the Gaomi 2014 prices, as a co-op that kept them would.
  const season = `${seasonYear}-${seasonYear + 1}`;
  const menuQuote = hz.trusteeship.quote({
    kind: 'menu',
    catalogue: {
      ...GAOMI_2014_WHEAT_CATALOGUE,
      id: `price-list-${season}`,
      services: GAOMI_2014_WHEAT_CATALOGUE.services.map((service) => ({ ...service, season })),
      volumeRules: [{ minAreaMu: 20, discountRate: 0.05 }],
    },
    crop: 'wheat',
    season,
    serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'],
    plots: (own?.plots ?? []).map((p) => ({ plotId: p.id, areaMu: p.registeredAreaMu })),
  });

  let workOrders = 0;
  let terminated = 0;
  let farmersPayFen = 0;
  let centersPayFen = 0;
  let yieldClaims = 0;
  const settlements: TrusteeshipSettlement[] = [];
  done = 0;
  for (const contract of contracts) {
    const household = households.get(contract.memberId);
    if (household === undefined) continue;
    const outcome = await runContract(ctx, contract, household);
    workOrders += outcome.workOrders;
    if (outcome.settlement === null) terminated++;
    else {
      settlements.push(outcome.settlement);
      if (outcome.settlement.payer === 'farmer') farmersPayFen += outcome.settlement.payableFen;
      else centersPayFen += outcome.settlement.payableFen;
      if (outcome.settlement.lines.some((l) => l.kind === 'yieldCompensation')) yieldClaims++;
    }
    ctx.progress('trusteeship', ++done, contracts.length);
  }
  return {
    plots: plots.length,
    centers: county.serviceCenters.length,
    menuQuote,
    contracts: contracts.length,
    contractedMu: Number(contracts.reduce((sum, c) => sum + c.areaMu, 0).toFixed(2)),
    terminated,
    workOrders,
    farmersPayFen,
    centersPayFen,
    yieldClaims,
    settlements,
    assignedShare: coverage.totals.assignedShare,
    map: plots.map((p) => ({ plotId: p.id, served: !unassigned.has(p.id) })),
  };
}

async function runContract(
  ctx: SeasonContext,
  contract: CountyTrusteeshipContract,
  household: Household,
): Promise<{ workOrders: number; settlement: TrusteeshipSettlement | null }> {
  const { hz } = ctx;
  const guarantees = new Map(contract.terms.guarantees.map((g) => [g.plotId, g]));
  await hz.trusteeship.draftContract({
    id: contract.id,
    memberId: contract.memberId,
    startDate: contract.startDate,
    endDate: contract.endDate,
    quote: {
      kind: 'full',
      crop: contract.crop,
      season: contract.season,
      feePerMuFen: contract.terms.feePerMuFen,
      farmerGainShare: contract.terms.farmerGainShare,
      plots: contract.plots.map((p) => {
        const average = guarantees.get(p.plotId)?.threeYearAverageKgPerMu ?? 0;
        return {
          plotId: p.plotId,
          areaMu: p.contractAreaMu,
          yieldHistoryKgPerMu: [average, average, average],
        };
      }),
    },
  });
  await hz.trusteeship.signContract(contract.id, contract.signedOn);
  if (contract.termination !== undefined && contract.terminatedOn !== undefined) {
    await hz.trusteeship.terminateContract(contract.id, {
      on: contract.terminatedOn,
      ...contract.termination,
    });
    return { workOrders: 0, settlement: null };
  }
  const activatedOn = contract.activatedOn ?? contract.startDate;
  const completedOn = contract.completedOn ?? contract.endDate;
  await hz.trusteeship.activateContract(contract.id, activatedOn);
  let workOrders = 0;
  for (const plot of contract.plots) {
    for (const [operation, on] of [
      ['sowing', activatedOn],
      ['harvesting', completedOn],
    ] as const) {
      const id = `${contract.id}-${operation}-${plot.plotId}`;
      await hz.trusteeship.scheduleWorkOrder({
        id,
        contractId: contract.id,
        plotId: plot.plotId,
        operation,
        scheduledOn: on,
      });
      await hz.trusteeship.dispatchWorkOrder(id, {
        on,
        operatorId: `OP-${contract.serviceCenterId}`,
        machineId: 'M-1',
      });
      await hz.trusteeship.reportWorkOrderDone(id, { on, actualAreaMu: plot.contractAreaMu });
      await hz.trusteeship.confirmWorkOrder(id, on);
      workOrders++;
    }
  }
  await hz.trusteeship.completeContract(contract.id, completedOn);
  const record = await hz.trusteeship.contract(contract.id);
  const agreed = record.terms?.kind === 'full' ? record.terms.guarantees : [];
  const settlement = await hz.trusteeship.settleContract(contract.id, {
    on: contract.settledOn ?? completedOn,
    seasons: [
      {
        season: contract.season,
        harvestedOn: completedOn,
        pricePerKgFen: SEASON_PRICES_FEN_PER_KG[contract.crop] ?? 240,
        plots: contract.plots.map((p) => ({
          plotId: p.plotId,
          harvestKg: seasonHarvestKg(
            agreed.find((g) => g.plotId === p.plotId)?.guaranteedYieldKgPerMu ?? 0,
            p.contractAreaMu,
            household.latent.seasonShock,
          ),
        })),
      },
    ],
  });
  return { workOrders, settlement };
}
