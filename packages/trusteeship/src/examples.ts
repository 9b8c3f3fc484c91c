import { GAOMI_2014_WHEAT_CATALOGUE } from './catalogue/gaomi2014Wheat';
import { transitionContract } from './contract/contractTransitions';
import { draftContractFromQuote } from './contract/draftContract';
import type { TrusteeshipContractRecord } from './contractRecord';
import { deepFreeze } from './internal/deepFreeze';
import type { FullQuoteInput } from './quote/fullQuote';
import { type MenuQuote, type MenuQuoteInput, quoteMenuTrusteeship } from './quote/menuQuote';
import { settleMenuContract } from './settlement/settleMenuContract';
import type { TrusteeshipSettlement } from './settlement/settlementLine';
import { scheduleWorkOrder } from './workOrder/scheduleWorkOrder';
import type { WorkOrderRecord } from './workOrder/workOrderRecord';
import { transitionWorkOrder } from './workOrder/workOrderTransitions';

/**
 * An example menu quote request, for demos and first steps: ploughing, sowing, unified pest
 * control and harvest from {@link GAOMI_2014_WHEAT_CATALOGUE} on two plots of one household,
 * 12.5 mu and 8 mu.
 */
export const EXAMPLE_MENU_QUOTE_INPUT: MenuQuoteInput = deepFreeze({
  kind: 'menu',
  catalogue: GAOMI_2014_WHEAT_CATALOGUE,
  crop: 'wheat',
  season: '2014-2015',
  serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'],
  plots: [
    { plotId: 'P-01', areaMu: 12.5 },
    { plotId: 'P-02', areaMu: 8 },
  ],
});

/**
 * An example full quote request: 1,000 元 per mu for the season on one 20 mu plot whose wheat
 * yielded 420, 455 and 441 kg/mu in the three years before, 70 % of any gain to the farmer.
 */
export const EXAMPLE_FULL_QUOTE_INPUT: FullQuoteInput = deepFreeze({
  kind: 'full',
  crop: 'wheat',
  season: '2025-2026',
  feePerMuFen: 100_000,
  plots: [{ plotId: 'P-11', areaMu: 20, yieldHistoryKgPerMu: [420, 455, 441] }],
  farmerGainShare: 0.7,
});

/**
 * The example menu quote ({@link EXAMPLE_MENU_QUOTE_INPUT}): four services over 20.5 mu, every
 * line shown. Pure: the same quote every time.
 *
 * @example
 * ```ts
 * exampleQuote().totalFen; // (7000 + 2000 + 2500 + 5000) × 20.5 = 338,250 fen
 * ```
 */
export function exampleQuote(): MenuQuote {
  return quoteMenuTrusteeship(EXAMPLE_MENU_QUOTE_INPUT);
}

/**
 * A whole example menu contract, settled (pure, no store): drafted from
 * {@link EXAMPLE_MENU_QUOTE_INPUT}, signed and activated; each service worked on both plots (the
 * spraying in its two passes), confirmed by the farmer (the harvest of the second plot on 7.9 of its 8 mu); completed; then
 * settled against a 1,000 元 prepayment and a 300 元 seed advance.
 *
 * @example
 * ```ts
 * exampleSettlement().balanceFen; // what the farmer still owes, in fen
 * ```
 */
export function exampleSettlement(): TrusteeshipSettlement {
  let contract: TrusteeshipContractRecord = draftContractFromQuote({
    id: 'TG-EXAMPLE',
    memberId: 'M-EXAMPLE',
    startDate: '2014-09-20',
    endDate: '2015-06-30',
    quote: EXAMPLE_MENU_QUOTE_INPUT,
  });
  contract = transitionContract(contract, { action: 'sign', on: '2014-09-10' });
  contract = transitionContract(contract, { action: 'activate', on: '2014-09-20' });
  // service, work order id prefix, scheduled, done, area done on P-01, area done on P-02
  const plan: readonly [string, string, string, string, number, number][] = [
    ['wheat-ploughing', 'PL', '2014-10-05', '2014-10-06', 12.5, 8],
    ['wheat-sowing', 'SO', '2014-10-10', '2014-10-11', 12.5, 8],
    ['wheat-spraying', 'SP1', '2015-03-20', '2015-03-20', 12.5, 8],
    ['wheat-spraying', 'SP2', '2015-04-25', '2015-04-25', 12.5, 8],
    ['wheat-harvest', 'HV', '2015-06-08', '2015-06-09', 12.5, 7.9],
  ];
  const areas: Readonly<Record<string, number>> = { 'P-01': 12.5, 'P-02': 8 };
  const orders: WorkOrderRecord[] = [];
  for (const [serviceId, prefix, scheduledOn, doneOn, first, second] of plan) {
    for (const [plotId, actualAreaMu] of [
      ['P-01', first],
      ['P-02', second],
    ] as const) {
      const context = { contract, plotAreaMu: areas[plotId] as number, workOrders: orders };
      let order = scheduleWorkOrder(
        { id: `WO-${prefix}-${plotId}`, contractId: contract.id, plotId, serviceId, scheduledOn },
        contract,
      );
      order = transitionWorkOrder(
        order,
        { action: 'dispatch', on: scheduledOn, operatorId: 'OP-1', machineId: 'MC-1' },
        context,
      );
      order = transitionWorkOrder(order, { action: 'done', on: doneOn, actualAreaMu }, context);
      order = transitionWorkOrder(order, { action: 'confirm', on: doneOn }, context);
      orders.push(order);
    }
  }
  contract = transitionContract(contract, { action: 'complete', on: '2015-06-10' });
  return settleMenuContract({
    contract,
    workOrders: orders,
    inputAdvances: [{ id: 'ADV-1', description: '小麦良种 (seed)', amountFen: 30_000 }],
    prepayments: [{ id: 'PRE-1', description: '签约预交 (deposit at signing)', amountFen: 100_000 }],
  });
}
