import { bench, describe } from 'vitest';
import { transitionContract } from './contract/contractTransitions';
import { draftContractFromQuote } from './contract/draftContract';
import type { TrusteeshipContractRecord } from './contractRecord';
import { EXAMPLE_FULL_QUOTE_INPUT, EXAMPLE_MENU_QUOTE_INPUT } from './examples';
import { type FullSettlementInput, settleFullContract } from './settlement/settleFullContract';
import { type MenuSettlementInput, settleMenuContract } from './settlement/settleMenuContract';
import type { WorkOrderRecord } from './workOrder/workOrderRecord';

// A fixed linear congruential generator: the same contracts on every run.
let seed = 7;
const next = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
};

const complete = (contract: TrusteeshipContractRecord, from: string, to: string) =>
  transitionContract(
    transitionContract(transitionContract(contract, { action: 'sign', on: from }), {
      action: 'activate',
      on: from,
    }),
    { action: 'complete', on: to },
  );

// 10,000 menu contracts (four services on two plots, ten confirmed work orders each: the
// spraying in two passes) and 10,000 full contracts (two seasons, one shortfall, one gain).
const N = 10_000;
const SERVICES = [
  ['wheat-ploughing', 'ploughing', 1, '2014-10-06'],
  ['wheat-sowing', 'sowing', 1, '2014-10-12'],
  ['wheat-spraying', 'unifiedPestControl', 2, '2015-03-20'],
  ['wheat-spraying', 'unifiedPestControl', 2, '2015-04-25'],
  ['wheat-harvest', 'harvesting', 1, '2015-06-09'],
] as const;
const menuBase = complete(
  draftContractFromQuote({
    id: 'TG',
    memberId: 'M',
    startDate: '2014-09-20',
    quote: EXAMPLE_MENU_QUOTE_INPUT,
  }),
  '2014-09-20',
  '2015-06-20',
);
const menuInputs: MenuSettlementInput[] = Array.from({ length: N }, (_, k) => {
  const contract = { ...menuBase, id: `TG-M${k}`, memberId: `M${k}` };
  const workOrders: WorkOrderRecord[] = [];
  SERVICES.forEach(([serviceId, operation, passes, on], s) => {
    for (const [plotId, area] of [
      ['P-01', 12.5],
      ['P-02', 8],
    ] as const) {
      workOrders.push({
        id: `W${k}-${s}-${plotId}`,
        contractId: contract.id,
        memberId: contract.memberId,
        plotId,
        serviceId,
        operation,
        unit: 'mu',
        passes,
        status: 'confirmed',
        scheduledOn: on,
        dispatchedOn: on,
        doneOn: on,
        confirmedOn: on,
        actualAreaMu: Math.round(area * (0.9 + next() * 0.1) * 100) / 100,
      });
    }
  });
  return {
    contract,
    workOrders,
    inputAdvances: [{ id: 'ADV', description: 'seed', amountFen: 30_000 }],
    prepayments: [{ id: 'PRE', description: 'deposit', amountFen: 100_000 }],
  };
});
const fullBase = complete(
  draftContractFromQuote({
    id: 'TG',
    memberId: 'M',
    startDate: '2025-10-01',
    quote: EXAMPLE_FULL_QUOTE_INPUT,
  }),
  '2025-10-01',
  '2027-06-20',
);
const fullInputs: FullSettlementInput[] = Array.from({ length: N }, (_, k) => ({
  contract: { ...fullBase, id: `TG-F${k}`, memberId: `M${k}` },
  seasons: [
    {
      season: '2025-2026',
      harvestedOn: '2026-06-08',
      pricePerKgFen: 240,
      plots: [{ plotId: 'P-11', harvestKg: Math.round(7_000 + next() * 2_000) }],
    },
    {
      season: '2026-2027',
      harvestedOn: '2027-06-07',
      pricePerKgFen: 236,
      plots: [{ plotId: 'P-11', harvestKg: Math.round(8_800 + next() * 2_000) }],
    },
  ],
  saleProceeds: [{ id: 'SALE', description: 'wheat', amountFen: 3_900_000 }],
  prepayments: [{ id: 'PRE', description: 'deposit', amountFen: 1_000_000 }],
}));

const OPTS = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe('settle 10,000 contracts', () => {
  bench(
    'menu contracts, 10 work orders each (settleMenuContract)',
    () => {
      let total = 0;
      for (const input of menuInputs) total += settleMenuContract(input).balanceFen;
      if (!Number.isSafeInteger(total)) throw new Error('not fen');
    },
    OPTS,
  );
  bench(
    'full contracts, two seasons each (settleFullContract)',
    () => {
      let total = 0;
      for (const input of fullInputs) total += settleFullContract(input).balanceFen;
      if (!Number.isSafeInteger(total)) throw new Error('not fen');
    },
    OPTS,
  );
});
