import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { GAOMI_2014_WHEAT_CATALOGUE } from '../catalogue/gaomi2014Wheat';
import { transitionContract } from '../contract/contractTransitions';
import { draftContractFromQuote } from '../contract/draftContract';
import type { TrusteeshipContractRecord } from '../contractRecord';
import { EXAMPLE_FULL_QUOTE_INPUT, exampleSettlement } from '../examples';
import type { MenuQuoteInput } from '../quote/menuQuote';
import { scheduleWorkOrder } from '../workOrder/scheduleWorkOrder';
import type { WorkOrderRecord } from '../workOrder/workOrderRecord';
import { transitionWorkOrder } from '../workOrder/workOrderTransitions';
import { settleContract } from './settleContract';
import { settleFullContract } from './settleFullContract';
import { settleMenuContract, workOrderInvoiceLine } from './settleMenuContract';
import type { TrusteeshipSettlement } from './settlementLine';

/** A statement's own arithmetic: the balance is the sum of its lines, charges less credits. */
function expectBalanced(s: TrusteeshipSettlement): void {
  const sum = s.lines.reduce((total, line) => total + line.amountFen, 0);
  expect(s.balanceFen).toBe(sum);
  expect(s.chargesFen - s.creditsFen).toBe(sum);
  expect(s.payableFen).toBe(Math.abs(sum));
  expect(s.payer).toBe(sum > 0 ? 'farmer' : sum < 0 ? 'serviceCenter' : 'nobody');
  for (const line of s.lines) expect(Number.isSafeInteger(line.amountFen)).toBe(true);
}

// ---------------------------------------------------------------------------------------------
// A menu contract, settled by hand.
//
// Quote: Gaomi 2014 prices, ploughing 70 元, sowing 20 元, spraying 25 元 (two passes), harvest
// 50 元 per mu, on P1 12.35 mu and P2 8.4 mu worked as one consolidated block: 20.75 mu, which
// reaches the 20 mu volume rule, 5 % off the services.
//
// Work confirmed by the farmer (each line: price × actual area ÷ passes, rounded half-up once):
//   ploughing P1   7000 × 12.35        =  86,450
//   ploughing P2   7000 × 8.4          =  58,800
//   sowing P1      2000 × 12.33        =  24,660   (0.02 mu of headland left unsown)
//   sowing P2      2000 × 8.4          =  16,800
//   spraying P1 ×2 2500 × 12.35 ÷ 2    =  15,437.5 → 15,438 each pass
//   spraying P2 ×2 2500 × 8.4 ÷ 2      =  10,500 each pass
//   harvest P1     5000 × 12.35        =  61,750
//   harvest P2     5000 × 8.1          =  40,500   (0.3 mu lodged, not harvested)
//   services                             340,836
//   volume discount 340,836 × 5 % = 17,041.8 → −17,042
//   input advance (fertiliser)            +60,000
//   prepayment at signing                −100,000
//   balance 340,836 − 17,042 + 60,000 − 100,000 = 283,794 fen: the farmer pays ¥2,837.94.
// A third work order, cancelled for rain, bills nothing.
// ---------------------------------------------------------------------------------------------
const MENU_QUOTE: MenuQuoteInput = {
  kind: 'menu',
  catalogue: { ...GAOMI_2014_WHEAT_CATALOGUE, volumeRules: [{ minAreaMu: 20, discountRate: 0.05 }] },
  crop: 'wheat',
  season: '2014-2015',
  serviceIds: ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'],
  plots: [
    { plotId: 'P1', areaMu: 12.35 },
    { plotId: 'P2', areaMu: 8.4 },
  ],
  consolidated: true,
};
const PLOT_AREA: Record<string, number> = { P1: 12.35, P2: 8.4 };

function activeMenuContract(): TrusteeshipContractRecord {
  const draft = draftContractFromQuote({
    id: 'TG-M',
    memberId: 'M1',
    startDate: '2014-09-20',
    endDate: '2015-06-30',
    quote: MENU_QUOTE,
  });
  const signed = transitionContract(draft, { action: 'sign', on: '2014-09-12' });
  return transitionContract(signed, { action: 'activate', on: '2014-09-20' });
}

/** Schedules, dispatches, reports and confirms one pass of work. */
function work(
  contract: TrusteeshipContractRecord,
  done: WorkOrderRecord[],
  [id, serviceId, plotId, on, actualAreaMu]: readonly [string, string, string, string, number],
): WorkOrderRecord {
  const context = { contract, plotAreaMu: PLOT_AREA[plotId] as number, workOrders: done };
  let order = scheduleWorkOrder(
    { id, contractId: contract.id, plotId, serviceId, scheduledOn: on },
    contract,
  );
  order = transitionWorkOrder(
    order,
    { action: 'dispatch', on, operatorId: 'OP-1', machineId: 'MC-1' },
    context,
  );
  order = transitionWorkOrder(order, { action: 'done', on, actualAreaMu }, context);
  return transitionWorkOrder(order, { action: 'confirm', on }, context);
}

const MENU_WORK = [
  ['PL-P1', 'wheat-ploughing', 'P1', '2014-10-06', 12.35],
  ['PL-P2', 'wheat-ploughing', 'P2', '2014-10-06', 8.4],
  ['SO-P1', 'wheat-sowing', 'P1', '2014-10-12', 12.33],
  ['SO-P2', 'wheat-sowing', 'P2', '2014-10-12', 8.4],
  ['SP1-P1', 'wheat-spraying', 'P1', '2015-03-20', 12.35],
  ['SP1-P2', 'wheat-spraying', 'P2', '2015-03-20', 8.4],
  ['SP2-P1', 'wheat-spraying', 'P1', '2015-04-25', 12.35],
  ['SP2-P2', 'wheat-spraying', 'P2', '2015-04-25', 8.4],
  ['HV-P1', 'wheat-harvest', 'P1', '2015-06-09', 12.35],
  ['HV-P2', 'wheat-harvest', 'P2', '2015-06-09', 8.1],
] as const;

function menuWorkOrders(contract: TrusteeshipContractRecord): WorkOrderRecord[] {
  const orders: WorkOrderRecord[] = [];
  for (const plan of MENU_WORK) orders.push(work(contract, orders, plan));
  const rained = scheduleWorkOrder(
    {
      id: 'SP3-P1',
      contractId: contract.id,
      plotId: 'P1',
      serviceId: 'wheat-spraying',
      scheduledOn: '2015-05-10',
    },
    contract,
  );
  orders.push(
    transitionWorkOrder(
      rained,
      { action: 'cancel', on: '2015-05-09' },
      { contract, plotAreaMu: 12.35, workOrders: orders },
    ),
  );
  // Work orders come in any order; the statement sorts them by the day the work was done.
  return orders.reverse();
}

describe('settling a menu contract (golden, by hand)', () => {
  const active = activeMenuContract();
  const orders = menuWorkOrders(active);
  const completed = transitionContract(active, { action: 'complete', on: '2015-06-12' });
  const statement = settleMenuContract({
    contract: completed,
    workOrders: orders,
    inputAdvances: [{ id: 'ADV-1', description: '测土配方肥', amountFen: 60_000 }],
    prepayments: [{ id: 'PRE-1', description: '签约预交', amountFen: 100_000 }],
  });

  it('turns each confirmed work order into an invoice line, in the order the work was done', () => {
    expect(
      statement.lines.map((l) => [l.kind, 'workOrderId' in l ? l.workOrderId : l.kind, l.amountFen]),
    ).toEqual([
      ['service', 'PL-P1', 86_450],
      ['service', 'PL-P2', 58_800],
      ['service', 'SO-P1', 24_660],
      ['service', 'SO-P2', 16_800],
      ['service', 'SP1-P1', 15_438],
      ['service', 'SP1-P2', 10_500],
      ['service', 'SP2-P1', 15_438],
      ['service', 'SP2-P2', 10_500],
      ['service', 'HV-P1', 61_750],
      ['service', 'HV-P2', 40_500],
      ['volumeDiscount', 'volumeDiscount', -17_042],
      ['inputAdvance', 'inputAdvance', 60_000],
      ['prepayment', 'prepayment', -100_000],
    ]);
    expect(statement.lines[4]).toMatchObject({
      kind: 'service',
      serviceId: 'wheat-spraying',
      operation: 'unifiedPestControl',
      plotId: 'P1',
      quantity: 12.35,
      unit: 'mu',
      unitPriceFen: 2_500,
      passes: 2,
      description: { 'zh-CN': '统防统治（两遍）（地块 P1，2015-03-20）' },
    });
    expect(statement.lines[10]).toMatchObject({ discountRate: 0.05, baseFen: 340_836 });
  });

  it('comes to the fen the hand computation says', () => {
    expect(statement).toMatchObject({
      contractId: 'TG-M',
      memberId: 'M1',
      kind: 'menu',
      chargesFen: 400_836,
      creditsFen: 117_042,
      balanceFen: 283_794,
      payer: 'farmer',
      payableFen: 283_794,
      yieldClaims: [],
      harvests: [],
    });
    expectBalanced(statement);
    expect(
      settleContract({
        contract: completed,
        workOrders: orders,
        inputAdvances: [{ id: 'ADV-1', description: '测土配方肥', amountFen: 60_000 }],
        prepayments: [{ id: 'PRE-1', description: '签约预交', amountFen: 100_000 }],
      }),
    ).toEqual(statement);
  });

  it('bills only work the farmer confirmed', () => {
    const done = {
      ...(orders.find((o) => o.id === 'HV-P2') as WorkOrderRecord),
      status: 'done' as const,
      confirmedOn: undefined,
    };
    const error = thrown(() =>
      settleMenuContract({
        contract: completed,
        workOrders: orders.map((o) => (o.id === 'HV-P2' ? done : o)),
      }),
    );
    expect(error).toMatchObject({
      code: 'TRUSTEESHIP_RULE',
      details: { rule: 'unconfirmedWorkOrders', workOrderId: 'HV-P2' },
    });
    expect(thrown(() => workOrderInvoiceLine(done, completed)).details.rule).toBe('unconfirmedWorkOrders');
    expect(
      workOrderInvoiceLine(orders.find((o) => o.id === 'PL-P1') as WorkOrderRecord, completed).amountFen,
    ).toBe(86_450);
  });

  it('refuses a work order of another contract and a contract without menu terms', () => {
    const stray = { ...(orders[0] as WorkOrderRecord), contractId: 'TG-X' };
    expect(thrown(() => settleMenuContract({ contract: completed, workOrders: [stray] }))).toMatchObject({
      details: { rule: 'settlementMismatch' },
      path: ['settlement', 'workOrders', 0, 'contractId'],
    });
    const { terms: _terms, ...bare } = completed;
    expect(thrown(() => settleMenuContract({ contract: bare, workOrders: [] })).details.rule).toBe(
      'settlementMismatch',
    );
  });

  it('settles the demo example with the farmer paying the balance', () => {
    const example = exampleSettlement();
    // Services (7000 + 2000 + 2500 + 5000) × 20.5 = 338,250 less 5000 × 0.1 mu not harvested = 337,750;
    // plus the 30,000 seed advance, less the 100,000 prepayment.
    expect(example.balanceFen).toBe(337_750 + 30_000 - 100_000);
    expectBalanced(example);
  });
});

// ---------------------------------------------------------------------------------------------
// A full contract over two seasons, settled by hand.
//
// Plot P-11, 20.5 mu; wheat yields of 420, 455 and 441 kg/mu in the three years before:
// average 1316 / 3 = 438.67 → guaranteed yield 438.7 kg/mu (rounded up, so never below it);
// guaranteed harvest 438.7 × 20.5 = 8,993.35 kg. Fee 1,000 元 (100,000 fen) per mu per season:
// 100,000 × 20.5 = 2,050,000 fen a season. The farmer keeps 70 % of any gain.
//
// 2025-2026, a shortfall year (dry spring): 8,200 kg at 2.40 元/kg (240 fen).
//   guaranteed value 8,993.35 × 240 = 2,158,404 fen; harvest value 8,200 × 240 = 1,968,000 fen;
//   compensation 2,158,404 − 1,968,000 = 190,404 fen to the farmer (a yield claim).
// 2026-2027, a gain year: 10,150.5 kg at 2.36 元/kg (236 fen).
//   guaranteed value 8,993.35 × 236 = 2,122,430.6 → 2,122,431; harvest 10,150.5 × 236 = 2,395,518;
//   gain 273,087 split 70 : 30 by largest remainder: 191,160.9 and 81,926.1 → floors 191,160 and
//   81,926, the leftover fen to the larger remainder (.9): farmer 191,161, service centre 81,926.
// The co-op sold both harvests for the farmer (1,968,000 + 2,395,518 fen) and advanced inputs
// (150,000 fen); the farmer prepaid 1,000,000 fen.
//   charges 2,050,000 × 2 + 81,926 + 150,000                         = 4,331,926
//   credits 190,404 + 1,968,000 + 2,395,518 + 1,000,000               = 5,553,922
//   balance 4,331,926 − 5,553,922 = −1,221,996 fen: the service centre pays the farmer ¥12,219.96.
// ---------------------------------------------------------------------------------------------
function completedFullContract(): TrusteeshipContractRecord {
  let contract = draftContractFromQuote({
    id: 'TG-F',
    memberId: 'M2',
    startDate: '2025-10-01',
    endDate: '2027-06-30',
    quote: {
      ...EXAMPLE_FULL_QUOTE_INPUT,
      plots: [{ plotId: 'P-11', areaMu: 20.5, yieldHistoryKgPerMu: [420, 455, 441] }],
    },
  });
  for (const [action, on] of [
    ['sign', '2025-09-20'],
    ['activate', '2025-10-01'],
    ['complete', '2027-06-20'],
  ] as const) {
    contract = transitionContract(contract, { action, on });
  }
  return contract;
}

const SEASONS = [
  {
    season: '2025-2026',
    harvestedOn: '2026-06-08',
    pricePerKgFen: 240,
    plots: [{ plotId: 'P-11', harvestKg: 8_200 }],
  },
  {
    season: '2026-2027',
    harvestedOn: '2027-06-07',
    pricePerKgFen: 236,
    plots: [{ plotId: 'P-11', harvestKg: 10_150.5 }],
  },
];

describe('settling a full contract (golden, by hand)', () => {
  const contract = completedFullContract();
  const statement = settleFullContract({
    contract,
    seasons: SEASONS,
    inputAdvances: [{ id: 'ADV-F1', description: '种子、化肥', amountFen: 150_000 }],
    saleProceeds: [
      { id: 'SALE-2026', description: '2026 小麦', amountFen: 1_968_000 },
      { id: 'SALE-2027', description: '2027 小麦', amountFen: 2_395_518 },
    ],
    prepayments: [{ id: 'PRE-F1', description: '签约预交', amountFen: 1_000_000 }],
  });

  it('charges the fee each season, compensates the shortfall and shares the gain', () => {
    expect(statement.lines.map((l) => [l.kind, l.amountFen])).toEqual([
      ['packageFee', 2_050_000],
      ['yieldCompensation', -190_404],
      ['packageFee', 2_050_000],
      ['gainShare', 81_926],
      ['inputAdvance', 150_000],
      ['saleProceeds', -1_968_000],
      ['saleProceeds', -2_395_518],
      ['prepayment', -1_000_000],
    ]);
    expect(statement.lines[1]).toMatchObject({
      season: '2025-2026',
      plotId: 'P-11',
      guaranteedKg: 8_993.35,
      harvestKg: 8_200,
      pricePerKgFen: 240,
      guaranteedValueFen: 2_158_404,
      harvestValueFen: 1_968_000,
    });
    expect(statement.lines[3]).toMatchObject({
      guaranteedValueFen: 2_122_431,
      harvestValueFen: 2_395_518,
      gainFen: 273_087,
      farmerShare: 0.7,
      farmerPartFen: 191_161,
    });
  });

  it('comes to the fen the hand computation says', () => {
    expect(statement).toMatchObject({
      kind: 'full',
      chargesFen: 4_331_926,
      creditsFen: 5_553_922,
      balanceFen: -1_221_996,
      payer: 'serviceCenter',
      payableFen: 1_221_996,
      harvests: [
        { season: '2025-2026', harvestedOn: '2026-06-08' },
        { season: '2026-2027', harvestedOn: '2027-06-07' },
      ],
      yieldClaims: [
        { season: '2025-2026', plotId: 'P-11', harvestedOn: '2026-06-08', compensationFen: 190_404 },
      ],
    });
    expectBalanced(statement);
  });

  it.each([
    ['a season without the plot', [{ ...SEASONS[0], plots: [{ plotId: 'P-12', harvestKg: 1 }] }]],
    [
      'a season of another plot as well',
      [{ ...SEASONS[0], plots: [...(SEASONS[0]?.plots ?? []), { plotId: 'P-12', harvestKg: 1 }] }],
    ],
  ])('refuses %s', (_what, seasons) => {
    expect(thrown(() => settleFullContract({ contract, seasons } as never)).details.rule).toBe(
      'settlementMismatch',
    );
  });

  it('refuses a season given twice and a menu contract', () => {
    expect(
      thrown(() => settleFullContract({ contract, seasons: [SEASONS[0], SEASONS[0]] } as never)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['settlement', 'seasons', 1, 'season'],
    });
    expect(
      thrown(() => settleFullContract({ contract: activeMenuContract(), seasons: SEASONS })).details.rule,
    ).toBe('settlementMismatch');
    expect(thrown(() => settleContract({ contract } as never))).toMatchObject({ path: ['settlement'] });
  });
});

describe('every settlement sums to its lines (property)', () => {
  const entries = fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 4 });
  const toEntries = (amounts: number[], prefix: string) =>
    amounts.map((amountFen, i) => ({ id: `${prefix}${i}`, description: prefix, amountFen }));

  it('for menu contracts', () => {
    const active = activeMenuContract();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('P1', 'P2'), fc.double({ min: 0.01, max: 1, noNaN: true })), {
          maxLength: 6,
        }),
        entries,
        entries,
        entries,
        (passes, advances, proceeds, prepaid) => {
          const orders: WorkOrderRecord[] = [];
          passes.forEach(([plotId, share], i) => {
            const area = Math.round((PLOT_AREA[plotId] as number) * share * 100) / 100 || 0.01;
            orders.push(work(active, [], [`W${i}`, 'wheat-harvest', plotId, '2015-06-09', area]));
          });
          const statement = settleMenuContract({
            contract: active,
            workOrders: orders,
            inputAdvances: toEntries(advances, 'A'),
            saleProceeds: toEntries(proceeds, 'S'),
            prepayments: toEntries(prepaid, 'R'),
          });
          expectBalanced(statement);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('for full contracts', () => {
    const contract = completedFullContract();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 30_000, noNaN: true }), fc.integer({ min: 1, max: 600 })),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        entries,
        entries,
        (harvests, advances, prepaid) => {
          const seasons = harvests.map(([harvestKg, pricePerKgFen], i) => ({
            season: `S${i}`,
            harvestedOn: '2026-06-08',
            pricePerKgFen,
            plots: [{ plotId: 'P-11', harvestKg }],
          }));
          const statement = settleFullContract({
            contract,
            seasons,
            inputAdvances: toEntries(advances, 'A'),
            prepayments: toEntries(prepaid, 'R'),
          });
          expectBalanced(statement);
          for (const line of statement.lines) {
            if (line.kind === 'gainShare') expect(line.farmerPartFen + line.amountFen).toBe(line.gainFen);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
