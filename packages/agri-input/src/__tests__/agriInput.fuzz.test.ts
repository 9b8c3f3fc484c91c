import { createHezuo, fixedClock, residentIdCheckCharacter } from '@hezuo/core';
import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as agri from '../index';

const {
  agriInput,
  CROP_NUTRIENT_TABLE,
  EXAMPLE_FERTILIZERS,
  EXAMPLE_PESTICIDES,
  computePurchaseAmount,
  computePurchaseSeasons,
  countPurchaseSeasons,
  nutrientContentKg,
} = agri;

const percentage = fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.integer({ min: 0, max: 100 }));
const grade = fc.record({ N: percentage, P2O5: percentage, K2O: percentage }, { requiredKeys: [] });
const mass = fc.oneof(fc.double({ min: -1, max: 1e308, noNaN: true }), fc.nat());
const amount = fc.oneof(
  fc.double({ min: -1, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 1_000 }),
  fc.constantFrom(0, 1e9, 1e12, Number.MAX_VALUE),
);
const nutrients = fc.record({ N: amount, P2O5: amount, K2O: amount }, { requiredKeys: [] });
const fraction = fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), fc.constantFrom(0.33, 0.5, 1));
const perNutrientFraction = fc.record({ N: fraction, P2O5: fraction, K2O: fraction }, { requiredKeys: [] });
const crop = fc.constantFrom('winterWheat', 'maize', 'peanut', 'soybean', 'rice', 'tomato', '', 'toString');

const date = fc.constantFrom(
  '2026-06-30',
  '2026-07-01',
  '2023-06-30',
  '2023-02-29',
  '2024-02-29',
  '0001-01-01',
  '2999-12-31',
  '2026-6-30',
);
const purchase = fc.record(
  {
    id: fc.constantFrom('p1', 'p2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    date,
    amountFen: fc.oneof(
      fc.integer({ min: -1, max: 1e6 }),
      fc.maxSafeInteger(),
      fc.double({ min: 0, max: 2 }),
    ),
    productId: fc.constantFrom('urea-46-0-0', ''),
  },
  { requiredKeys: [] },
);

const method = fc.oneof(
  fc.record({
    kind: fc.constant('soilTest'),
    soilTestMgPerKg: nutrients,
    correction: perNutrientFraction,
    ploughLayerFactor: fc.option(fraction, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('nutrientBalance'),
    soilNutrientKgPerMu: nutrients,
    soilUtilisation: perNutrientFraction,
  }),
  fc.record({ kind: fc.constantFrom('yieldDifference', 'guess'), blankYieldKgPerMu: amount }),
);
const targetYield = fc.oneof(
  fc.record({ kgPerMu: amount }),
  fc.record(
    {
      recentYieldsKgPerMu: fc.array(amount, { maxLength: 4 }),
      factor: fc.oneof(fraction, fc.constantFrom(1.1, 1.2, 1.3)),
    },
    { requiredKeys: ['recentYieldsKgPerMu'] },
  ),
);
const recommendation = fc.record(
  {
    crop,
    targetYield,
    method,
    utilisation: perNutrientFraction,
    straightFertilizers: fc.record(
      { N: fc.constantFrom(EXAMPLE_FERTILIZERS[0], EXAMPLE_FERTILIZERS[2], { id: 'x', grade: { N: 46 } }) },
      { requiredKeys: [] },
    ),
    areaMu: amount,
    legumeAdjustment: fc.boolean(),
  },
  { requiredKeys: ['crop', 'targetYield', 'method'] },
);
const plotRecommendation = recommendation.map((r) => ({
  ...r,
  straightFertilizers: { N: 'urea-46-0-0', K2O: 'nope' },
}));

const product = fc.record({
  id: fc.constantFrom('a', 'b', 'c', ''),
  name: fc.constant({ 'zh-CN': '尿素', en: 'Urea' }),
  grade,
  bagKg: fc.oneof(mass, fc.constantFrom(40, 50)),
  priceFenPerBag: fc.oneof(fc.integer({ min: -1, max: 1e9 }), fc.maxSafeInteger()),
  stockBags: fc.option(fc.record({ east: fc.integer({ min: -1, max: 50 }) }), { nil: undefined }),
});
const products = fc.oneof(fc.array(product, { maxLength: 4 }), fc.constant(EXAMPLE_FERTILIZERS));
const blendInput = fc.record(
  {
    need: nutrients,
    products,
    serviceCenterId: fc.constantFrom('east', 'sc-dongcun', ''),
    minimumKg: fc.dictionary(fc.constantFrom('a', 'urea-46-0-0', 'zz'), amount, { maxKeys: 2 }),
    tolerance: fraction,
  },
  { requiredKeys: ['need', 'products'] },
);
const splitInput = fc.record(
  {
    crop,
    memberId: fc.constantFrom('M001', ''),
    plotId: fc.constantFrom('P1', ''),
    sowingDate: date,
    needKg: nutrients,
    products,
    serviceCenterId: fc.constantFrom('east', 'sc-dongcun'),
    tolerance: fraction,
  },
  { requiredKeys: ['crop', 'memberId', 'sowingDate', 'needKg', 'products'] },
);

const opening = fc.record(
  {
    id: fc.constantFrom('T-1', 'T-2', ''),
    memberId: fc.constantFrom('M001', ''),
    crop,
    symptoms: fc.array(fc.constantFrom('黄叶', ''), { maxLength: 2 }),
    photoUrls: fc.array(fc.constantFrom('https://example.org/a.jpg', 'ftp://x', 'not a url'), {
      maxLength: 2,
    }),
    openedOn: date,
  },
  { requiredKeys: ['id', 'memberId', 'crop', 'symptoms', 'openedOn'] },
);
const diagnosis = fc.record({
  diagnosedOn: date,
  kind: fc.constantFrom('pest', 'disease', 'magic'),
  problem: fc.constant({ 'zh-CN': '蚜虫', en: 'aphids' }),
  diagnosedBy: fc.constantFrom('agronomist-07', ''),
});
const prescription = fc.record({
  prescribedOn: date,
  plannedHarvestDate: date,
  items: fc.array(
    fc.record({
      pesticideId: fc.constantFrom('imidacloprid-10wp', 'tebuconazole-430sc', 'nope'),
      dosePerMu: fc.record({ amount, unit: fc.constantFrom('g', 'mL', 'kg') }),
      applicationDate: date,
    }),
    { maxLength: 2 },
  ),
});
const followUp = fc.record({ followedUpOn: date, outcome: fc.constantFrom('resolved', 'unchanged', 'gone') });
const baseTicket = agri.openTicket({
  id: 'T-1',
  memberId: 'M001',
  crop: 'winterWheat',
  symptoms: ['蚜虫'],
  openedOn: '2026-05-01',
});
const diagnosedTicket = agri.diagnoseTicket(baseTicket, {
  diagnosedOn: '2026-05-02',
  kind: 'pest',
  problem: { 'zh-CN': '蚜虫', en: 'aphids' },
  diagnosedBy: 'a',
});
const ticket = fc.oneof(
  fc.constantFrom(baseTicket, diagnosedTicket),
  fc.constant({ ...diagnosedTicket, status: 'lost' }),
);

const groupBuy = fc.record(
  {
    id: fc.constantFrom('GB-1', 'GB:1', ''),
    cooperativeId: fc.constantFrom('c1', 'nope'),
    date,
    products: fc.array(
      fc.record({
        productId: fc.constantFrom('urea', 'npk'),
        bagKg: fc.oneof(mass, fc.constant(50)),
        listPriceFenPerBag: fc.oneof(fc.integer({ min: -1, max: 1e7 }), fc.maxSafeInteger()),
        priceBreaks: fc.array(
          fc.record({
            minTonnes: amount,
            priceFenPerTonne: fc.oneof(fc.integer({ min: -1, max: 1e9 }), fc.maxSafeInteger()),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
    orders: fc.array(
      fc.record({
        id: fc.constantFrom('o1', 'o2', 'o:3'),
        memberId: fc.constantFrom('M1', 'M2', 'X9'),
        productId: fc.constantFrom('urea', 'npk', 'x'),
        bags: fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.double({ min: 0, max: 3 })),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'cooperativeId', 'date', 'products', 'orders'] },
);

const hz = createHezuo({
  plugins: [agriInput({ pesticides: EXAMPLE_PESTICIDES })],
  clock: fixedClock('2026-06-30T09:00:00+08:00'),
});
await hz.cooperatives.found({
  cooperative: { kind: 'cooperative', id: 'c1', name: '东村合作社', regionCode: '370785' },
  founders: [1, 2, 3, 4, 5].map((i) => {
    const first17 = `370785198${i}010110${i}`;
    return {
      kind: 'naturalPerson' as const,
      id: `M${i}`,
      name: `成员${i}`,
      residentId: first17 + residentIdCheckCharacter(first17),
      farmer: true,
      regionCode: '370785',
    };
  }),
  foundedOn: '2020-01-01',
});

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}
const featureInput = fc.record(
  { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant<unknown>(null) },
  { requiredKeys: [] },
);

/** Every function export of the package, by export name, and the plugin API's methods. */
const TARGETS: Record<string, FuzzTarget> = {
  nutrientContentKg: {
    name: 'nutrientContentKg',
    arity: 2,
    call: (g, kg) => nutrientContentKg(g as never, kg as number),
    nearlyValid: [grade, mass],
  },
  nutrientValues: {
    name: 'nutrientValues',
    arity: 2,
    call: (u, v) => agri.nutrientValues(u as never, v as never),
    nearlyValid: [fc.constantFrom('kg', 'mg/kg', 'lb'), nutrients],
  },
  agriInput: {
    name: 'agriInput',
    arity: 1,
    call: (options) => agriInput(options as never),
    nearlyValid: [
      fc.oneof(
        fc.record(
          {
            catalogue: fc.array(product, { maxLength: 3 }),
            pesticides: fc.constantFrom(EXAMPLE_PESTICIDES, [{ id: 'x' }]),
            cropTable: fc.constantFrom(CROP_NUTRIENT_TABLE, { ...CROP_NUTRIENT_TABLE, crops: {} }),
            registerCreditFeatures: fc.oneof(fc.boolean(), fc.constant('yes')),
          },
          { requiredKeys: [] },
        ) as fc.Arbitrary<unknown>,
        fc.constant({ catalogue: EXAMPLE_FERTILIZERS }),
      ),
    ],
  },
  countPurchaseSeasons: {
    name: 'countPurchaseSeasons',
    arity: 3,
    call: (p, m, d) => countPurchaseSeasons(p as never, m as string, d as string),
    nearlyValid: [fc.array(purchase, { maxLength: 4 }), fc.constantFrom('M001', 'M002', ''), date],
  },
  sumPurchasesInYear: {
    name: 'sumPurchasesInYear',
    arity: 3,
    call: (p, m, d) => agri.sumPurchasesInYear(p as never, m as string, d as string),
    nearlyValid: [fc.array(purchase, { maxLength: 4 }), fc.constantFrom('M001', 'M002', ''), date],
  },
  computePurchaseSeasons: {
    name: 'computePurchaseSeasons',
    arity: 1,
    call: (input) => computePurchaseSeasons(withStore(input)),
    nearlyValid: [featureInput],
  },
  computePurchaseAmount: {
    name: 'computePurchaseAmount',
    arity: 1,
    call: (input) => computePurchaseAmount(withStore(input)),
    nearlyValid: [featureInput],
  },
  defineCropTable: {
    name: 'defineCropTable',
    arity: 1,
    call: (t) => agri.defineCropTable(t as never),
    nearlyValid: [
      fc
        .record({ defaultUtilisation: perNutrientFraction, version: fc.constantFrom('v', '') })
        .map((change) => ({
          ...CROP_NUTRIENT_TABLE,
          ...change,
        })),
    ],
  },
  recommendFertilizer: {
    name: 'recommendFertilizer',
    arity: 2,
    call: (input, table) => agri.recommendFertilizer(input as never, (table ?? undefined) as never),
    nearlyValid: [recommendation, fc.constantFrom(undefined, CROP_NUTRIENT_TABLE, { version: 'x' })],
  },
  recommendForPlots: {
    name: 'recommendForPlots',
    arity: 2,
    call: (plots, table) => agri.recommendForPlots(plots as never, (table ?? undefined) as never),
    nearlyValid: [
      fc.array(recommendation, { maxLength: 3 }),
      fc.constantFrom(undefined, CROP_NUTRIENT_TABLE),
    ],
  },
  leastCostBlend: {
    name: 'leastCostBlend',
    arity: 1,
    call: (input) => agri.leastCostBlend(input as never),
    nearlyValid: [blendInput],
  },
  planSplitApplication: {
    name: 'planSplitApplication',
    arity: 2,
    call: (input, table) => agri.planSplitApplication(input as never, (table ?? undefined) as never),
    nearlyValid: [splitInput, fc.constantFrom(undefined, CROP_NUTRIENT_TABLE)],
  },
  openTicket: {
    name: 'openTicket',
    arity: 2,
    call: (o, table) => agri.openTicket(o as never, (table ?? undefined) as never),
    nearlyValid: [opening, fc.constantFrom(undefined, CROP_NUTRIENT_TABLE)],
  },
  diagnoseTicket: {
    name: 'diagnoseTicket',
    arity: 2,
    call: (t, d) => agri.diagnoseTicket(t as never, d as never),
    nearlyValid: [ticket, diagnosis],
  },
  checkPrescription: {
    name: 'checkPrescription',
    arity: 3,
    call: (c, p, list) => agri.checkPrescription(c as string, p as never, list as never),
    nearlyValid: [crop, prescription, fc.constantFrom(EXAMPLE_PESTICIDES, [])],
  },
  prescribeTicket: {
    name: 'prescribeTicket',
    arity: 3,
    call: (t, p, list) => agri.prescribeTicket(t as never, p as never, list as never),
    nearlyValid: [ticket, prescription, fc.constantFrom(EXAMPLE_PESTICIDES)],
  },
  followUpTicket: {
    name: 'followUpTicket',
    arity: 2,
    call: (t, f) => agri.followUpTicket(t as never, f as never),
    nearlyValid: [ticket, followUp],
  },
  settleGroupBuy: {
    name: 'settleGroupBuy',
    arity: 1,
    call: (g) => agri.settleGroupBuy(g as never),
    nearlyValid: [groupBuy],
  },
  'hz.agriInput.recordPurchase': {
    name: 'hz.agriInput.recordPurchase',
    arity: 1,
    call: (p) => hz.agriInput.recordPurchase(p as never),
    nearlyValid: [purchase],
  },
  'hz.agriInput.recommend': {
    name: 'hz.agriInput.recommend',
    arity: 1,
    call: (r) => hz.agriInput.recommend(r as never),
    nearlyValid: [plotRecommendation],
  },
  'hz.agriInput.blend': {
    name: 'hz.agriInput.blend',
    arity: 1,
    call: (b) => hz.agriInput.blend(b as never),
    nearlyValid: [
      blendInput.map(({ products: _p, ...rest }) => ({
        ...rest,
        productIds: ['urea-46-0-0', 'dap-18-46-0', 'x'],
      })),
    ],
  },
  'hz.agriInput.planFertilising': {
    name: 'hz.agriInput.planFertilising',
    arity: 1,
    call: (r) => hz.agriInput.planFertilising(r as never),
    nearlyValid: [
      fc.record({
        id: fc.constantFrom('plan-1', ''),
        memberId: fc.constantFrom('M001', ''),
        sowingDate: date,
        recommendation: plotRecommendation,
        serviceCenterId: fc.constantFrom('sc-dongcun', 'east'),
      }),
    ],
  },
  'hz.agriInput.fertilisingPlan': {
    name: 'hz.agriInput.fertilisingPlan',
    arity: 1,
    call: (id) => hz.agriInput.fertilisingPlan(id as string),
    nearlyValid: [fc.constantFrom('plan-1', '')],
  },
  'hz.agriInput.cropHospital': {
    name: 'hz.agriInput.cropHospital',
    arity: 3,
    call: async (o, d, p) => {
      const opened = await hz.agriInput.cropHospital.open(o as never);
      await hz.agriInput.cropHospital.diagnose(opened.id, d as never);
      await hz.agriInput.cropHospital.prescribe(opened.id, p as never);
      await hz.agriInput.cropHospital.followUp(opened.id, {
        followedUpOn: '2999-12-31',
        outcome: 'resolved',
      });
      return hz.agriInput.cropHospital.ticket(opened.id);
    },
    nearlyValid: [
      opening.chain((o) => fc.nat({ max: 1e9 }).map((n) => ({ ...o, id: `T-${n}` }))),
      diagnosis,
      prescription,
    ],
  },
  'hz.agriInput.groupBuy': {
    name: 'hz.agriInput.groupBuy',
    arity: 1,
    call: async (g) => {
      const settled = await hz.agriInput.groupBuy.settle(g as never);
      return hz.agriInput.groupBuy.get(settled.id);
    },
    nearlyValid: [groupBuy],
  },
};

describe('agri-input is total over hostile input', () => {
  it('covers every function export of @hezuo/agri-input', () => {
    const functions = Object.entries(agri)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in TARGETS))).toEqual([]);
  });

  it.each(Object.keys(TARGETS))('%s returns a result without NaN or throws a HezuoError', async (name) => {
    await fuzzTotality([TARGETS[name] as FuzzTarget], { numRuns: 200 });
  });
});
