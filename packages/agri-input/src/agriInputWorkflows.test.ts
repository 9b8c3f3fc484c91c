import { createHezuo, fixedClock, HezuoError, type Party, residentIdCheckCharacter } from '@hezuo/core';
import { describe, expect, it, vi } from 'vitest';
import { agriInput } from './agriInput';
import { FERTILISING_PLAN_KIND } from './agriInputApi';
import { EXAMPLE_PESTICIDES } from './catalogue/exampleCatalogue';
import { CROP_HOSPITAL_TICKET_KIND } from './cropHospital/cropHospitalApi';
import { EXAMPLE_FERTILISING_PLAN } from './exampleFertilisingPlan';
import { GROUP_BUY_KIND } from './groupBuy/groupBuyApi';
import type { GroupBuyInput } from './groupBuy/groupBuyInput';
import { PURCHASE_AMOUNT_FEATURE_ID } from './purchaseAmountFeature';
import { AGRI_INPUT_PURCHASE_KIND } from './purchaseRecord';
import { nutrientValues } from './units';

const clock = fixedClock('2026-06-30T09:00:00+08:00');

async function errorOf(run: () => Promise<unknown> | unknown): Promise<HezuoError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

const wheatSoil = {
  kind: 'soilTest' as const,
  soilTestMgPerKg: nutrientValues('mg/kg', { N: 80, P2O5: 20, K2O: 110 }),
  correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 },
};

describe('agriInput plugin: recommendations, blends and plans', () => {
  it('recommends with catalogue products named by id', async () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    const r = hz.agriInput.recommend({
      crop: 'winterWheat',
      targetYield: { recentYieldsKgPerMu: [420, 450, 480] },
      method: wheatSoil,
      straightFertilizers: { N: 'urea-46-0-0', K2O: 'kcl-0-0-60' },
      areaMu: 5,
    });
    expect(r.nutrients.N.product).toMatchObject({ id: 'urea-46-0-0', kgPerMu: 60.12 });
    expect(r.nutrients.N.product?.name['zh-CN']).toBe('尿素');
    expect(
      (
        await errorOf(() =>
          hz.agriInput.recommend({
            crop: 'winterWheat',
            targetYield: { kgPerMu: 500 },
            method: wheatSoil,
            straightFertilizers: { N: 'nope' },
          }),
        )
      ).path,
    ).toEqual(['input', 'straightFertilizers', 'N']);
  });

  it('blends from the catalogue with the stock of a service centre', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    const plan = hz.agriInput.blend({
      need: nutrientValues('kg', { N: 60, P2O5: 30, K2O: 30 }),
      serviceCenterId: 'sc-xicun', // no potassium chloride in stock there
    });
    expect(plan.blend.lines.map((l) => l.productId)).not.toContain('kcl-0-0-60');
    expect(plan.wholeBags.supplyKg.K2O).toBeGreaterThanOrEqual(30);
    expect(
      hz.agriInput.blend({
        need: nutrientValues('kg', { N: 60, P2O5: 0, K2O: 0 }),
        productIds: ['urea-46-0-0'],
      }).wholeBags.lines,
    ).toEqual([
      { productId: 'urea-46-0-0', name: { 'zh-CN': '尿素', en: 'Urea' }, bags: 3, kg: 150, costFen: 33_000 },
    ]);
  });

  it('plans a season, stores it and announces the work requests after the commit', async () => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    const seen: unknown[] = [];
    hz.events.on('agriInput.fertilisingPlanned', async (payload) => {
      seen.push([payload, await hz.store.get(FERTILISING_PLAN_KIND, payload.planId)]);
    });
    const stored = await hz.agriInput.planFertilising({
      id: 'plan-2026-P07',
      memberId: 'M001',
      plotId: 'P-07',
      sowingDate: '2026-10-08',
      serviceCenterId: 'sc-dongcun',
      recommendation: {
        crop: 'winterWheat',
        targetYield: { recentYieldsKgPerMu: [420, 450, 480] },
        method: wheatSoil,
        areaMu: 5,
      },
    });
    expect(stored.plan.workRequests.map((w) => [w.stage, w.operation, w.plotId])).toEqual([
      ['base', 'soilTestFertilization', 'P-07'],
      ['jointing', 'soilTestFertilization', 'P-07'],
    ]);
    expect(await hz.agriInput.fertilisingPlan('plan-2026-P07')).toEqual(JSON.parse(JSON.stringify(stored)));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect((seen[0] as [{ workRequests: unknown[] }, unknown])[0].workRequests).toHaveLength(2);
    expect((seen[0] as [unknown, unknown])[1]).toBeDefined();
    expect((await errorOf(() => hz.agriInput.fertilisingPlan('nope'))).code).toBe('NOT_FOUND');
  });
});

describe('agriInput plugin: the example plot for demos', () => {
  it('plans, and blends the season in whole bags', async () => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    const stored = await hz.agriInput.planFertilising(EXAMPLE_FERTILISING_PLAN);
    expect(stored.recommendation.nutrientKgForPlot).toEqual({ N: 138.28, P2O5: 115.46, K2O: 46.88 });
    expect(stored.plan.purchaseCostFen).toBe(186_300);
    const blend = hz.agriInput.blend({
      need: stored.recommendation.nutrientKgForPlot,
      serviceCenterId: EXAMPLE_FERTILISING_PLAN.serviceCenterId,
    });
    expect(blend.wholeBags.costFen).toBe(186_300);
  });
});

describe('agriInput plugin: crop hospital', () => {
  const opening = {
    id: 'T-0508-01',
    memberId: 'M001',
    plotId: 'P-07',
    crop: 'winterWheat',
    symptoms: ['麦穗上有大量蚜虫'],
    photoUrls: ['https://example.org/photos/t-0508-01.jpg'],
    openedOn: '2026-05-08',
  };
  const diagnosis = {
    diagnosedOn: '2026-05-09',
    kind: 'pest' as const,
    problem: { 'zh-CN': '麦长管蚜', en: 'English grain aphid' },
    diagnosedBy: 'agronomist-07',
  };
  const item = (applicationDate: string) => ({
    pesticideId: 'imidacloprid-10wp',
    dosePerMu: { amount: 15, unit: 'g' as const },
    applicationDate,
  });

  it('takes a ticket from symptoms to a checked prescription and a follow-up, with events after each commit', async () => {
    const hz = createHezuo({ plugins: [agriInput({ pesticides: EXAMPLE_PESTICIDES })], clock });
    const events: string[] = [];
    for (const name of [
      'agriInput.ticketOpened',
      'agriInput.ticketDiagnosed',
      'agriInput.prescriptionIssued',
      'agriInput.ticketFollowedUp',
    ] as const) {
      hz.events.on(name, (payload) => events.push(`${name} ${JSON.stringify(payload)}`));
    }
    expect((await hz.agriInput.cropHospital.open(opening)).status).toBe('open');
    expect((await hz.agriInput.cropHospital.diagnose(opening.id, diagnosis)).status).toBe('diagnosed');
    const prescribed = await hz.agriInput.cropHospital.prescribe(opening.id, {
      prescribedOn: '2026-05-09',
      plannedHarvestDate: '2026-06-05',
      items: [item('2026-05-10')],
    });
    expect(prescribed.status).toBe('prescribed');
    // Imidacloprid on wheat: 20 days, so harvest is safe from 2026-05-30.
    expect(prescribed.prescriptions[0]?.items[0]).toMatchObject({
      registrationNumber: 'PD20990001',
      preHarvestIntervalDays: 20,
      safeHarvestFrom: '2026-05-30',
    });
    const closed = await hz.agriInput.cropHospital.followUp(opening.id, {
      followedUpOn: '2026-05-16',
      outcome: 'resolved',
    });
    expect(closed.status).toBe('closed');
    expect(await hz.agriInput.cropHospital.ticket(opening.id)).toEqual(closed);
    expect(events).toEqual([
      'agriInput.ticketOpened {"ticketId":"T-0508-01","memberId":"M001","crop":"winterWheat"}',
      'agriInput.ticketDiagnosed {"ticketId":"T-0508-01","kind":"pest"}',
      'agriInput.prescriptionIssued {"ticketId":"T-0508-01","pesticideIds":["imidacloprid-10wp"],"safeHarvestFrom":"2026-05-30"}',
      'agriInput.ticketFollowedUp {"ticketId":"T-0508-01","outcome":"resolved","status":"closed"}',
    ]);
  });

  it('refuses a prescription inside the pre-harvest interval and changes nothing', async () => {
    const hz = createHezuo({ plugins: [agriInput({ pesticides: EXAMPLE_PESTICIDES })], clock });
    await hz.agriInput.cropHospital.open(opening);
    await hz.agriInput.cropHospital.diagnose(opening.id, diagnosis);
    const before = await hz.store.get(CROP_HOSPITAL_TICKET_KIND, opening.id);
    const issued = vi.fn();
    hz.events.on('agriInput.prescriptionIssued', issued);
    const e = await errorOf(() =>
      hz.agriInput.cropHospital.prescribe(opening.id, {
        prescribedOn: '2026-05-20',
        plannedHarvestDate: '2026-06-05',
        items: [item('2026-05-20')],
      }),
    );
    expect(e.code).toBe('DATE_ORDER');
    expect(e.path).toEqual(['prescription', 'items', 0, 'applicationDate']);
    expect(e.details.reasons).toEqual([
      {
        'zh-CN':
          '10% 吡虫啉可湿性粉剂安全间隔期 20 天：2026-05-20 施药，最早 2026-06-09 才能收获，晚于计划收获日 2026-06-05，不能开具',
        en: 'Imidacloprid 10% WP has a pre-harvest interval of 20 days: applied on 2026-05-20, the crop may not be harvested before 2026-06-09, after the planned harvest on 2026-06-05, so it may not be prescribed',
      },
    ]);
    expect(await hz.store.get(CROP_HOSPITAL_TICKET_KIND, opening.id)).toEqual(before);
    expect(issued).not.toHaveBeenCalled();
  });

  it('refuses products not registered for the crop, doses above the label, and steps out of order', async () => {
    const hz = createHezuo({ plugins: [agriInput({ pesticides: EXAMPLE_PESTICIDES })], clock });
    await hz.agriInput.cropHospital.open(opening);
    const prescription = {
      prescribedOn: '2026-05-09',
      plannedHarvestDate: '2026-06-05',
      items: [item('2026-05-10')],
    };
    expect((await errorOf(() => hz.agriInput.cropHospital.prescribe(opening.id, prescription))).path).toEqual(
      ['ticket', 'status'],
    );
    await hz.agriInput.cropHospital.diagnose(opening.id, diagnosis);
    const maize = {
      ...prescription,
      items: [{ ...item('2026-05-10'), pesticideId: 'chlorantraniliprole-200sc' }],
    };
    const notRegistered = await errorOf(() => hz.agriInput.cropHospital.prescribe(opening.id, maize));
    expect(notRegistered).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['prescription', 'items', 0, 'pesticideId'],
    });
    expect(notRegistered.message).toMatch(/not registered for this crop \(winterWheat\)/);
    const tooMuch = {
      ...prescription,
      items: [{ ...item('2026-05-10'), dosePerMu: { amount: 25, unit: 'g' as const } }],
    };
    expect((await errorOf(() => hz.agriInput.cropHospital.prescribe(opening.id, tooMuch))).path).toEqual([
      'prescription',
      'items',
      0,
      'dosePerMu',
    ]);
    expect((await errorOf(() => hz.agriInput.cropHospital.open(opening))).path).toEqual(['opening', 'id']);
    expect(
      (await errorOf(() => hz.agriInput.cropHospital.open({ ...opening, id: 'T-2', crop: 'tomato' }))).path,
    ).toEqual(['opening', 'crop']);
    expect((await errorOf(() => hz.agriInput.cropHospital.diagnose('T-404', diagnosis))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('prescribes nothing by default: no pesticide catalogue, no prescription', async () => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    await hz.agriInput.cropHospital.open(opening);
    await hz.agriInput.cropHospital.diagnose(opening.id, diagnosis);
    const e = await errorOf(() =>
      hz.agriInput.cropHospital.prescribe(opening.id, {
        prescribedOn: '2026-05-09',
        plannedHarvestDate: '2026-06-05',
        items: [item('2026-05-10')],
      }),
    );
    expect(e.message).toMatch(/not in the catalogue/);
  });
});

const person = (n: number): Party => {
  const first17 = `370785198${n}01011${String(n).padStart(2, '0')}`;
  return {
    kind: 'naturalPerson',
    id: `M00${n}`,
    name: `成员${n}`,
    residentId: first17 + residentIdCheckCharacter(first17),
    farmer: true,
    regionCode: '370785',
  };
};

describe('agriInput plugin: group buying', () => {
  const groupBuy: GroupBuyInput = {
    id: 'GB-2026-03',
    cooperativeId: 'dongcun',
    date: '2026-03-01',
    products: [
      {
        productId: 'urea-46-0-0',
        bagKg: 50,
        listPriceFenPerBag: 11_000,
        priceBreaks: [
          { minTonnes: 2, priceFenPerTonne: 205_000 },
          { minTonnes: 5, priceFenPerTonne: 199_930 },
        ],
      },
    ],
    orders: [
      { id: 'o1', memberId: 'M001', productId: 'urea-46-0-0', bags: 33 },
      { id: 'o2', memberId: 'M002', productId: 'urea-46-0-0', bags: 41 },
      { id: 'o3', memberId: 'M003', productId: 'urea-46-0-0', bags: 27 },
    ],
  };

  async function cooperative() {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    await hz.cooperatives.found({
      cooperative: {
        kind: 'cooperative',
        id: 'dongcun',
        name: '东村粮食种植专业合作社',
        regionCode: '370785',
      },
      founders: [1, 2, 3, 4, 5].map(person),
      foundedOn: '2025-01-01',
    });
    return hz;
  }

  it('posts the orders to the member accounts and records purchases, then announces them', async () => {
    const hz = await cooperative();
    const posted: string[] = [];
    hz.events.on('transaction.posted', (t) => posted.push(`${t.transactionId} ${t.amount}`));
    const settled = vi.fn();
    hz.events.on('agriInput.groupBuySettled', settled);
    const s = await hz.agriInput.groupBuy.settle(groupBuy);
    // 101 bags = 5.05 t ≥ 5 t: 5.05 × 199,930 = 1,009,646.5 → 1,009,647 fen (half-up), against
    // 1,111,000 at the list price: 101,353 saved.
    expect(s.products[0]).toMatchObject({
      bags: 101,
      tonnes: 5.05,
      listFen: 1_111_000,
      lotFen: 1_009_647,
      savingFen: 101_353,
    });
    // 101,353 by 33 : 41 : 27 bags = 33,115.337 / 41,143.297 / 27,094.366: the floors leave 1 fen,
    // which goes to the largest remainder (o3).
    expect(s.orders.map((o) => o.savingFen)).toEqual([33_115, 41_143, 27_095]);
    expect(s.orders.reduce((sum, o) => sum + o.savingFen, 0)).toBe(s.savingFen);
    expect(s.orders.map((o) => o.payableFen)).toEqual([329_885, 409_857, 269_905]);
    expect((await hz.cooperatives.account('dongcun', 'M002')).byYear['2026']).toMatchObject({
      amount: 409_857,
    });
    expect(await hz.store.get(AGRI_INPUT_PURCHASE_KIND, 'GB-2026-03:o2')).toEqual({
      id: 'GB-2026-03:o2',
      memberId: 'M002',
      date: '2026-03-01',
      amountFen: 409_857,
      productId: 'urea-46-0-0',
    });
    expect(await hz.credit.compute('M002', '2026-06-30', [PURCHASE_AMOUNT_FEATURE_ID])).toEqual({
      [PURCHASE_AMOUNT_FEATURE_ID]: 409_857,
    });
    expect(posted).toEqual(['GB-2026-03:o1 329885', 'GB-2026-03:o2 409857', 'GB-2026-03:o3 269905']);
    expect(settled).toHaveBeenCalledWith({
      groupBuyId: 'GB-2026-03',
      cooperativeId: 'dongcun',
      orders: 3,
      savingFen: 101_353,
    });
    expect(await hz.agriInput.groupBuy.get('GB-2026-03')).toEqual(JSON.parse(JSON.stringify(s)));
  });

  it('settles once, and a refused group buy writes nothing', async () => {
    const hz = await cooperative();
    await hz.agriInput.groupBuy.settle(groupBuy);
    expect((await errorOf(() => hz.agriInput.groupBuy.settle(groupBuy))).path).toEqual(['groupBuy', 'id']);

    const other = await cooperative();
    const stranger = {
      ...groupBuy,
      orders: [...groupBuy.orders, { id: 'o4', memberId: 'X999', productId: 'urea-46-0-0', bags: 2 }],
    };
    const e = await errorOf(() => other.agriInput.groupBuy.settle(stranger));
    expect(e.code).toBe('NOT_A_MEMBER');
    expect(e.path.slice(0, 3)).toEqual(['groupBuy', 'orders', 3]);
    expect(await other.store.list(AGRI_INPUT_PURCHASE_KIND)).toEqual([]);
    expect(await other.store.list(GROUP_BUY_KIND)).toEqual([]);
    expect((await other.cooperatives.account('dongcun', 'M001')).byYear['2026']).toBeUndefined();
    expect(
      (await errorOf(() => other.agriInput.groupBuy.settle({ ...groupBuy, cooperativeId: 'nope' }))).code,
    ).toBe('NOT_FOUND');
  });
});
