import { createHezuo, createMemoryStore, fixedClock, type Store } from '@hezuo/core';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { rejected } from './__tests__/thrown';
import { GAOMI_2014_WHEAT_CATALOGUE } from './catalogue/gaomi2014Wheat';
import { TRUSTEESHIP_CONTRACT_KIND } from './contractRecord';
import { TRUSTEESHIP_SERVICE_CENTER_KIND } from './coverage/serviceCenter';
import { EXAMPLE_MENU_QUOTE_INPUT } from './examples';
import { TRUSTEESHIP_PLOT_KIND } from './plot/plotRecord';
import { TRUSTEESHIP_SETTLEMENT_KIND } from './settlement/settlementRecord';
import { trusteeship } from './trusteeship';
import { TRUSTEESHIP_WORK_ORDER_KIND } from './workOrder/workOrderRecord';

const KINDS = [
  TRUSTEESHIP_PLOT_KIND,
  TRUSTEESHIP_SERVICE_CENTER_KIND,
  TRUSTEESHIP_CONTRACT_KIND,
  TRUSTEESHIP_WORK_ORDER_KIND,
  TRUSTEESHIP_SETTLEMENT_KIND,
];

/** Everything the plugin keeps, to show that a refused call changed nothing. */
async function snapshot(store: Store) {
  return Promise.all(KINDS.map((kind) => store.list(kind)));
}

/** A memory store that logs each commit, to show events come after it. */
function loggingStore(log: string[]): Store {
  const inner = createMemoryStore();
  return {
    ...inner,
    transaction: async (work) => {
      const result = await inner.transaction(work);
      log.push('commit');
      return result;
    },
    put: async (kind, id, value) => {
      await inner.put(kind, id, value);
      log.push('commit');
    },
  };
}

const gcj = (lng: number, lat: number) => {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return { lng: x, lat: y, datum: 'GCJ-02' as const };
};

async function setUp(store: Store = createMemoryStore()) {
  const hz = createHezuo({ plugins: [trusteeship()], store, clock: fixedClock('2014-09-10T09:00:00+08:00') });
  await hz.trusteeship.registerServiceCenter({
    id: 'SC1',
    name: '东村为农服务中心',
    location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' },
    terrain: 'plain',
  });
  await hz.trusteeship.registerPlot({
    id: 'P-01',
    memberId: 'M1',
    registeredAreaMu: 12.5,
    location: gcj(119.751, 36.39),
  });
  await hz.trusteeship.registerPlot({
    id: 'P-02',
    memberId: 'M1',
    registeredAreaMu: 8,
    location: gcj(119.752, 36.391),
  });
  await hz.trusteeship.registerPlot({
    id: 'P-09',
    memberId: 'M9',
    registeredAreaMu: 5,
    location: gcj(119.8, 36.5),
  });
  return hz;
}

const DRAFT = {
  id: 'TG-1',
  memberId: 'M1',
  cooperativeId: 'C1',
  serviceCenterId: 'SC1',
  startDate: '2014-09-20',
  endDate: '2015-06-30',
  quote: EXAMPLE_MENU_QUOTE_INPUT,
};

describe('the trusteeship plugin through its states', () => {
  it('drafts, signs, works, completes and settles a menu contract, announcing each step after it commits', async () => {
    const log: string[] = [];
    const hz = await setUp(loggingStore(log));
    for (const event of [
      'contract.drafted',
      'contract.signed',
      'contract.activated',
      'workOrder.scheduled',
      'workOrder.dispatched',
      'workOrder.done',
      'workOrder.confirmed',
      'contract.completed',
      'contract.settled',
    ] as const) {
      hz.events.on(event, (payload) => log.push(`${event} ${JSON.stringify(payload)}`));
    }
    log.length = 0;

    const draft = await hz.trusteeship.draftContract(DRAFT);
    expect(draft).toMatchObject({ status: 'draft', areaMu: 20.5, serviceCenterId: 'SC1' });
    expect(Object.isFrozen(draft)).toBe(true);
    await hz.trusteeship.signContract('TG-1'); // the clock's today
    await hz.trusteeship.activateContract('TG-1', '2014-09-20');
    await hz.trusteeship.scheduleWorkOrder({
      id: 'WO-1',
      contractId: 'TG-1',
      plotId: 'P-01',
      serviceId: 'wheat-ploughing',
      scheduledOn: '2014-10-05',
    });
    await hz.trusteeship.dispatchWorkOrder('WO-1', {
      on: '2014-10-05',
      operatorId: 'OP-1',
      machineId: 'TR-1',
    });
    const done = await hz.trusteeship.reportWorkOrderDone('WO-1', { on: '2014-10-06', actualAreaMu: 12.4 });
    expect(done).toMatchObject({ status: 'done', actualAreaMu: 12.4, operatorId: 'OP-1', machineId: 'TR-1' });
    await hz.trusteeship.confirmWorkOrder('WO-1', '2014-10-07');
    await hz.trusteeship.scheduleWorkOrder({
      id: 'WO-2',
      contractId: 'TG-1',
      plotId: 'P-02',
      serviceId: 'wheat-sowing',
      scheduledOn: '2014-10-10',
    });
    await hz.trusteeship.cancelWorkOrder('WO-2', '2014-10-09');
    await hz.trusteeship.completeContract('TG-1', '2015-06-20');
    const statement = await hz.trusteeship.settleContract('TG-1', {
      on: '2015-06-25',
      prepayments: [{ id: 'PRE-1', description: '签约预交', amountFen: 50_000 }],
    });
    // 7000 × 12.4 = 86,800 less the 50,000 prepayment.
    expect(statement).toMatchObject({ balanceFen: 36_800, payer: 'farmer' });
    expect(await hz.trusteeship.contract('TG-1')).toMatchObject({
      status: 'settled',
      signedOn: '2014-09-10',
      activatedOn: '2014-09-20',
      completedOn: '2015-06-20',
      settledOn: '2015-06-25',
    });
    expect(await hz.trusteeship.settlement('TG-1')).toMatchObject({
      id: 'TG-1',
      settledOn: '2015-06-25',
      balanceFen: 36_800,
    });
    expect((await hz.trusteeship.workOrders('TG-1')).map((w) => [w.id, w.status])).toEqual([
      ['WO-1', 'confirmed'],
      ['WO-2', 'cancelled'],
    ]);

    const events = log.filter((l) => l !== 'commit');
    expect(events.map((l) => l.split(' ')[0])).toEqual([
      'contract.drafted',
      'contract.signed',
      'contract.activated',
      'workOrder.scheduled',
      'workOrder.dispatched',
      'workOrder.done',
      'workOrder.confirmed',
      'workOrder.scheduled',
      'contract.completed',
      'contract.settled',
    ]);
    // Every event comes right after the commit of its own transaction.
    log.forEach((line, i) => {
      if (line !== 'commit') expect(log[i - 1]).toBe('commit');
    });
    expect(events[1]).toBe(
      'contract.signed {"contractId":"TG-1","memberId":"M1","on":"2014-09-10","kind":"menu","areaMu":20.5}',
    );
    expect(events[5]).toContain('"actualAreaMu":12.4,"actualTonnes":null');
    expect(events[9]).toContain('"balanceFen":36800');
  });

  it('settles a full contract from the harvests and counts its yield claim as credit evidence', async () => {
    const hz = await setUp();
    await hz.trusteeship.registerPlot({ id: 'P-11', memberId: 'M1', registeredAreaMu: 20.5 });
    const full = await hz.trusteeship.draftContract({
      id: 'TG-F',
      memberId: 'M1',
      startDate: '2025-10-01',
      endDate: '2027-06-30',
      quote: {
        kind: 'full',
        crop: 'wheat',
        season: '2025-2026',
        feePerMuFen: 100_000,
        plots: [{ plotId: 'P-11', areaMu: 20.5, yieldHistoryKgPerMu: [420, 455, 441] }],
      },
    });
    // The plugin's rules fill in the farmer's share.
    expect(full.terms).toMatchObject({ kind: 'full', farmerGainShare: 0.7 });
    await hz.trusteeship.signContract('TG-F', '2025-09-20');
    await hz.trusteeship.activateContract('TG-F', '2025-10-01');
    await hz.trusteeship.completeContract('TG-F', '2027-06-20');
    expect(
      (await rejected(() => hz.trusteeship.settleContract('TG-F', { on: '2027-06-25' }))).details.rule,
    ).toBe('settlementMismatch');
    const statement = await hz.trusteeship.settleContract('TG-F', {
      on: '2027-06-25',
      seasons: [
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
      ],
    });
    // The hand-computed golden statement without entries: fees 4,100,000, compensation −190,404,
    // the centre's part of the gain 81,926.
    expect(statement.balanceFen).toBe(4_100_000 - 190_404 + 81_926);
    expect(
      await hz.credit.compute('M1', '2027-06-30', [
        'trusteeship.contractTenureYears',
        'trusteeship.yieldClaims3y',
      ]),
    ).toEqual({ 'trusteeship.contractTenureYears': 1, 'trusteeship.yieldClaims3y': 1 });
    // Before the settlement, no claim is on record yet.
    expect(await hz.credit.compute('M1', '2027-06-24', ['trusteeship.yieldClaims3y'])).toEqual({
      'trusteeship.yieldClaims3y': null,
    });
  });

  it('terminates with the reason and what is owed, and the standing follows the termination date', async () => {
    const hz = await setUp();
    const events: unknown[] = [];
    hz.events.on('contract.terminated', (e) => events.push(e));
    await hz.trusteeship.draftContract(DRAFT);
    await hz.trusteeship.signContract('TG-1', '2014-09-10');
    await hz.trusteeship.activateContract('TG-1', '2014-09-20');
    const ended = await hz.trusteeship.terminateContract('TG-1', {
      on: '2015-03-01',
      reason: 'landRequisitioned',
      owedFen: 20_000,
      owedBy: 'serviceCenter',
    });
    expect(ended).toMatchObject({
      status: 'terminated',
      terminatedOn: '2015-03-01',
      termination: { owedFen: 20_000 },
    });
    expect(events).toEqual([
      {
        contractId: 'TG-1',
        memberId: 'M1',
        on: '2015-03-01',
        reason: 'landRequisitioned',
        owedFen: 20_000,
        owedBy: 'serviceCenter',
      },
    ]);
    const ids = ['trusteeship.contractStanding', 'trusteeship.contractedAreaMu'];
    expect(await hz.credit.compute('M1', '2015-02-28', ids)).toEqual({
      'trusteeship.contractStanding': 'good',
      'trusteeship.contractedAreaMu': 20.5,
    });
    expect(await hz.credit.compute('M1', '2015-03-01', ids)).toEqual({
      'trusteeship.contractStanding': 'terminated',
      'trusteeship.contractedAreaMu': 0,
    });
  });

  it('finds the nearest centre of a plot and reports the county coverage', async () => {
    const hz = await setUp();
    expect(await hz.trusteeship.nearestServiceCenter('P-01')).toMatchObject({
      centerId: 'SC1',
      withinReach: true,
    });
    const report = await hz.trusteeship.coverageReport({ regionCode: '370785', name: '高密市' });
    expect(report.totals).toMatchObject({ plots: 3, areaMu: 25.5, assignedPlots: 2, assignedMu: 20.5 });
    expect(report.unassigned).toEqual([expect.objectContaining({ plotId: 'P-09', reason: 'outOfReach' })]);
  });
});

describe('refused calls change nothing', () => {
  async function expectRefused(
    hz: Awaited<ReturnType<typeof setUp>>,
    run: () => Promise<unknown>,
    expected: { code: string; rule?: string; path?: readonly (string | number)[] },
  ) {
    const before = await snapshot(hz.store);
    const announced: string[] = [];
    for (const event of [
      'contract.signed',
      'workOrder.done',
      'workOrder.scheduled',
      'plot.registered',
    ] as const) {
      hz.events.on(event, () => announced.push(event));
    }
    const error = await rejected(run);
    expect(error.code).toBe(expected.code);
    if (expected.rule) expect(error.details.rule).toBe(expected.rule);
    if (expected.path) expect(error.path).toEqual(expected.path);
    expect(error.message).not.toBe('');
    expect(await snapshot(hz.store)).toEqual(before);
    expect(announced).toEqual([]);
  }

  it('refuses overlapping contracts on one plot', async () => {
    const hz = await setUp();
    await hz.trusteeship.draftContract(DRAFT);
    await hz.trusteeship.signContract('TG-1', '2014-09-10');
    // A second contract on P-01 for the same season: drafting is free, signing is refused.
    await hz.trusteeship.draftContract({ ...DRAFT, id: 'TG-2', startDate: '2015-01-01' });
    await expectRefused(hz, () => hz.trusteeship.signContract('TG-2', '2014-12-01'), {
      code: 'TRUSTEESHIP_RULE',
      rule: 'overlappingContract',
    });
  });

  it('refuses overlapping contracts recorded as they stand', async () => {
    const hz = await setUp();
    const kept = {
      id: 'EXT-1',
      memberId: 'M1',
      areaMu: 12.5,
      status: 'active' as const,
      startDate: '2014-10-01',
      plots: [{ plotId: 'P-01', contractAreaMu: 12.5 }],
    };
    await hz.trusteeship.recordContract(kept);
    await expectRefused(
      hz,
      () => hz.trusteeship.recordContract({ ...kept, id: 'EXT-2', startDate: '2015-03-01' }),
      {
        code: 'TRUSTEESHIP_RULE',
        rule: 'overlappingContract',
        path: ['contract', 'plots'],
      },
    );
    // Recording the same contract again replaces it; a settled one holds nothing.
    await hz.trusteeship.recordContract({
      ...kept,
      areaMu: 12,
      plots: [{ plotId: 'P-01', contractAreaMu: 12 }],
    });
    await hz.trusteeship.recordContract({ ...kept, id: 'EXT-0', status: 'settled', startDate: '2013-10-01' });
  });

  it('refuses a work order on a plot not under contract', async () => {
    const hz = await setUp();
    await hz.trusteeship.draftContract(DRAFT);
    await hz.trusteeship.signContract('TG-1', '2014-09-10');
    await expectRefused(
      hz,
      () =>
        hz.trusteeship.scheduleWorkOrder({
          id: 'WO-9',
          contractId: 'TG-1',
          plotId: 'P-09',
          serviceId: 'wheat-ploughing',
          scheduledOn: '2014-10-05',
        }),
      { code: 'TRUSTEESHIP_RULE', rule: 'plotNotUnderContract', path: ['request', 'plotId'] },
    );
  });

  it('refuses a done area above the plot', async () => {
    const hz = await setUp();
    await hz.trusteeship.draftContract(DRAFT);
    await hz.trusteeship.signContract('TG-1', '2014-09-10');
    await hz.trusteeship.activateContract('TG-1', '2014-09-20');
    await hz.trusteeship.scheduleWorkOrder({
      id: 'WO-1',
      contractId: 'TG-1',
      plotId: 'P-02',
      serviceId: 'wheat-ploughing',
      scheduledOn: '2014-10-05',
    });
    await hz.trusteeship.dispatchWorkOrder('WO-1', {
      on: '2014-10-05',
      operatorId: 'OP-1',
      machineId: 'TR-1',
    });
    await expectRefused(
      hz,
      () => hz.trusteeship.reportWorkOrderDone('WO-1', { on: '2014-10-06', actualAreaMu: 8.5 }),
      {
        code: 'TRUSTEESHIP_RULE',
        rule: 'areaAbovePlot',
      },
    );
    // Completing with that work unconfirmed is refused too.
    await expectRefused(hz, () => hz.trusteeship.completeContract('TG-1', '2015-06-20'), {
      code: 'TRUSTEESHIP_RULE',
      rule: 'unconfirmedWorkOrders',
    });
  });

  it('refuses coordinates outside China and an untagged datum', async () => {
    const hz = await setUp();
    await expectRefused(
      hz,
      () =>
        hz.trusteeship.registerPlot({
          id: 'P-X',
          memberId: 'M1',
          registeredAreaMu: 3,
          location: { lng: 2.35, lat: 48.85, datum: 'WGS-84' },
        }),
      { code: 'INVALID_INPUT', path: ['plot', 'location', 'lng'] },
    );
    await expectRefused(
      hz,
      () =>
        hz.trusteeship.registerPlot({
          id: 'P-X',
          memberId: 'M1',
          registeredAreaMu: 3,
          location: { lng: 119.75, lat: 36.38 } as never,
        }),
      { code: 'INVALID_INPUT', path: ['plot', 'location', 'datum'] },
    );
  });

  it('refuses a menu quote with one operation, and a contract drafted from one', async () => {
    const hz = await setUp();
    const one = { ...EXAMPLE_MENU_QUOTE_INPUT, serviceIds: ['wheat-harvest'] };
    expect(() => hz.trusteeship.quote(one)).toThrow(/two or more operations/);
    await expectRefused(hz, () => hz.trusteeship.draftContract({ ...DRAFT, quote: one }), {
      code: 'INVALID_INPUT',
      path: ['quote', 'serviceIds'],
    });
  });

  it("refuses another member's plot, an unknown plot, a taken id and an illegal step", async () => {
    const hz = await setUp();
    const quoteOn = (plotId: string) => ({ ...EXAMPLE_MENU_QUOTE_INPUT, plots: [{ plotId, areaMu: 5 }] });
    await expectRefused(hz, () => hz.trusteeship.draftContract({ ...DRAFT, quote: quoteOn('P-09') }), {
      code: 'TRUSTEESHIP_RULE',
      rule: 'plotOfAnotherMember',
    });
    await expectRefused(hz, () => hz.trusteeship.draftContract({ ...DRAFT, quote: quoteOn('P-404') }), {
      code: 'NOT_FOUND',
      path: ['draft', 'quote', 'plots', 0, 'plotId'],
    });
    await hz.trusteeship.draftContract(DRAFT);
    await expectRefused(hz, () => hz.trusteeship.draftContract(DRAFT), {
      code: 'TRUSTEESHIP_RULE',
      rule: 'duplicateRecord',
    });
    await expectRefused(hz, () => hz.trusteeship.completeContract('TG-1'), {
      code: 'TRUSTEESHIP_RULE',
      rule: 'illegalTransition',
    });
    await expectRefused(hz, () => hz.trusteeship.signContract('TG-404'), {
      code: 'NOT_FOUND',
      path: ['contractId'],
    });
  });

  it('quotes with the catalogue as data: any region, any prices', () => {
    const hz = createHezuo({ plugins: [trusteeship()] });
    const quote = hz.trusteeship.quote({
      ...EXAMPLE_MENU_QUOTE_INPUT,
      catalogue: {
        ...GAOMI_2014_WHEAT_CATALOGUE,
        services: GAOMI_2014_WHEAT_CATALOGUE.services.map((s) => ({ ...s, priceFen: s.priceFen * 2 })),
      },
    });
    expect(quote.totalFen).toBe(2 * 338_250);
  });
});
