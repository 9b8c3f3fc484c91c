import { createHezuo } from '@hezuo/core';
import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as trusteeshipExports from '../index';
import {
  assignPlotsToCenters,
  buildPlotRecord,
  canTransitionContract,
  computeContractedAreaMu,
  computeContractStanding,
  computeContractTenureYears,
  computeFeeOnTimeShare,
  computeYieldClaims3y,
  contractStanding,
  contractTenureYears,
  countyCoverageReport,
  distanceKm,
  draftContractFromQuote,
  EXAMPLE_FULL_QUOTE_INPUT,
  EXAMPLE_MENU_QUOTE_INPUT,
  exampleQuote,
  exampleSettlement,
  feeOnTimeShare,
  findContractOverlap,
  hectaresToMu,
  isWithinSeasonWindow,
  measuredAreaMu,
  muToHectares,
  nearestServiceCenter,
  plotWorkableAreaMu,
  quoteFullTrusteeship,
  quoteMenuTrusteeship,
  quoteTrusteeship,
  scheduleWorkOrder,
  serviceCircleShare,
  settleContract,
  settleFullContract,
  settleMenuContract,
  squareMetresToMu,
  sumContractedAreaMu,
  transitionContract,
  transitionWorkOrder,
  trusteeship,
  workOrderInvoiceLine,
  yieldClaims3y,
} from '../index';

const area = fc.oneof(fc.double({ min: -1, max: 1e308, noNaN: true }), fc.nat());
const date = fc.constantFrom(
  '2026-06-30',
  '2026-03-01',
  '2023-02-29',
  '2026-6-30',
  '2014-10-05',
  '2015-06-09',
);
const fen = fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.maxSafeInteger(), fc.double({ min: 0, max: 2 }));
const status = fc.constantFrom(
  'draft',
  'signed',
  'active',
  'completed',
  'settled',
  'terminated',
  'cancelled',
);

/** A valid value with some fields replaced by generated ones, or removed. */
const mutated = <T extends object>(base: T, fields: { [K in keyof T]?: fc.Arbitrary<unknown> }) =>
  fc
    .record(fields as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] })
    .map((over) => ({ ...base, ...over }) as unknown);

const contract = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    areaMu: area,
    status,
    startDate: date,
    endDate: date,
    plots: fc.constantFrom(undefined, [{ plotId: 'P-01', contractAreaMu: 1 }], [{ plotId: 'P-01' }]),
  },
  { requiredKeys: [] },
);

const feePayment = fc.record(
  {
    id: fc.constantFrom('f1', 'f2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    contractId: fc.constantFrom('c1', ''),
    dueDate: date,
    amountDueFen: fen,
    paidOn: date,
    amountPaidFen: fen,
  },
  { requiredKeys: [] },
);
const memberAndDate = [fc.constantFrom('M001', 'M002', ''), date] as const;
const featureInput = fc.record(
  { memberId: fc.constantFrom('M001', 'M-EXAMPLE', ''), asOf: date, store: fc.constant<unknown>(null) },
  { requiredKeys: [] },
);

// Geography: degrees around Gaomi, out of China, or swapped; datums tagged, mistagged or missing.
const degrees = fc.oneof(
  fc.double({ min: 70, max: 140, noNaN: true }),
  fc.double({ min: 0, max: 60, noNaN: true }),
);
const datum = fc.constantFrom('WGS-84', 'GCJ-02', 'BD-09', undefined);
const point = fc.record({ lng: degrees, lat: degrees, datum }, { requiredKeys: [] });
const nearPoint = fc
  .tuple(
    fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    datum,
  )
  .map(([dx, dy, d]) => ({ lng: 119.75 + dx, lat: 36.38 + dy, datum: d }));
const ring = fc.array(
  fc.tuple(
    fc.double({ min: 119.7, max: 119.8, noNaN: true }),
    fc.double({ min: 36.3, max: 36.45, noNaN: true }),
  ),
  {
    maxLength: 8,
  },
);
const boundary = fc.record({ datum, ring }, { requiredKeys: [] });
const center = fc.record(
  {
    id: fc.constantFrom('SC1', 'SC2', ''),
    name: fc.constantFrom('东村中心', ''),
    location: fc.oneof(nearPoint, point),
    terrain: fc.constantFrom('plain', 'hill', 'mountain'),
    radiusKm: fc.oneof(fc.constant(undefined), fc.double({ min: -1, max: 200 })),
    capacityMu: fc.oneof(fc.constant(undefined), area),
  },
  { requiredKeys: [] },
);
const coveragePlot = fc.record(
  {
    plotId: fc.constantFrom('P1', 'P2', ''),
    areaMu: area,
    location: fc.oneof(nearPoint, point),
    boundary: fc.oneof(fc.constant(undefined), boundary),
  },
  { requiredKeys: [] },
);

// Quotes, contracts, work orders and settlements: the examples with fields replaced.
const menuQuote = mutated(EXAMPLE_MENU_QUOTE_INPUT, {
  serviceIds: fc.constantFrom(
    ['wheat-harvest'],
    ['wheat-harvest', 'wheat-harvest'],
    ['x', 'wheat-sowing'],
    [],
  ),
  plots: fc.array(
    fc.record({ plotId: fc.constantFrom('P1', 'P2', ''), areaMu: area }, { requiredKeys: [] }),
    { maxLength: 3 },
  ),
  consolidated: fc.constantFrom(true, false, 'yes'),
  tonnes: area,
  season: fc.constantFrom('2014-2015', '2015', ''),
});
const fullQuote = mutated(EXAMPLE_FULL_QUOTE_INPUT, {
  feePerMuFen: fen,
  farmerGainShare: fc.oneof(fc.double({ min: -1, max: 2 }), fc.constantFrom(0.7, 0.75, 0.1234567)),
  plots: fc.array(
    fc.record(
      {
        plotId: fc.constantFrom('P1', 'P2'),
        areaMu: area,
        yieldHistoryKgPerMu: fc.array(fc.double({ min: -10, max: 20_000 }), { maxLength: 4 }),
        guaranteedYieldKgPerMu: fc.double({ min: -10, max: 20_000 }),
      },
      { requiredKeys: ['plotId', 'areaMu'] },
    ),
    { maxLength: 3 },
  ),
  rules: fc.record(
    {
      guaranteeFloor: fc.constantFrom('threeYearAverage', 'none', 'half'),
      minFarmerGainShare: fc.double({ min: -1, max: 2 }),
      defaultFarmerGainShare: fc.double({ min: -1, max: 2 }),
    },
    { requiredKeys: [] },
  ),
});
const quote = fc.oneof(menuQuote, fullQuote);
const draftInput = fc.record(
  {
    id: fc.constantFrom('TG-1', ''),
    memberId: fc.constantFrom('M1', ''),
    startDate: date,
    endDate: date,
    serviceCenterId: fc.constantFrom('SC1', 'SC404', ''),
    quote,
  },
  { requiredKeys: [] },
);

const menuDraft = draftContractFromQuote({
  id: 'TG-1',
  memberId: 'M1',
  startDate: '2014-09-20',
  endDate: '2015-06-30',
  quote: EXAMPLE_MENU_QUOTE_INPUT,
});
const menuActive = transitionContract(transitionContract(menuDraft, { action: 'sign', on: '2014-09-10' }), {
  action: 'activate',
  on: '2014-09-20',
});
const fullDraft = draftContractFromQuote({
  id: 'TG-F',
  memberId: 'M1',
  startDate: '2025-10-01',
  quote: EXAMPLE_FULL_QUOTE_INPUT,
});
const contractRecord = fc.oneof(
  fc.constantFrom(menuDraft, menuActive, fullDraft),
  mutated(menuActive, {
    status,
    areaMu: area,
    terms: fc.constantFrom(undefined, fullDraft.terms),
    plots: fc.constant(undefined),
  }),
  contract,
);
const contractStep = fc.record(
  {
    action: fc.constantFrom('sign', 'activate', 'complete', 'settle', 'terminate', 'approve'),
    on: date,
    reason: fc.constantFrom('farmerRequest', 'other', 'bored'),
    owedFen: fen,
    owedBy: fc.constantFrom('farmer', 'nobody', 'serviceCenter', 'bank'),
  },
  { requiredKeys: ['action', 'on'] },
);
const request = fc.record(
  {
    id: fc.constantFrom('WO-1', ''),
    contractId: fc.constantFrom('TG-1', 'TG-F', 'TG-404'),
    plotId: fc.constantFrom('P-01', 'P-11', 'P-404'),
    serviceId: fc.constantFrom('wheat-ploughing', 'wheat-harvest', 'x', undefined),
    operation: fc.constantFrom('harvesting', 'drying', 'dancing', undefined),
    scheduledOn: date,
  },
  { requiredKeys: [] },
);
const scheduled = scheduleWorkOrder(
  { id: 'WO-1', contractId: 'TG-1', plotId: 'P-01', serviceId: 'wheat-harvest', scheduledOn: '2015-06-09' },
  menuActive,
);
const workOrder = fc.oneof(
  fc.constant(scheduled),
  mutated(scheduled, {
    status: fc.constantFrom('scheduled', 'dispatched', 'done', 'confirmed', 'cancelled', 'lost'),
    actualAreaMu: area,
    doneOn: date,
    unit: fc.constantFrom('mu', 'tonne', 'kg'),
    contractId: fc.constantFrom('TG-1', 'TG-2'),
  }),
);
const workOrderStep = fc.record(
  {
    action: fc.constantFrom('dispatch', 'done', 'confirm', 'cancel', 'lose'),
    on: date,
    operatorId: fc.constantFrom('OP-1', ''),
    machineId: fc.constantFrom('TR-1', ''),
    actualAreaMu: area,
    actualTonnes: area,
  },
  { requiredKeys: ['action', 'on'] },
);
const workOrderContext = fc.record(
  { contract: contractRecord, plotAreaMu: area, workOrders: fc.array(workOrder, { maxLength: 3 }) },
  { requiredKeys: [] },
);
const entries = fc.array(
  fc.record(
    { id: fc.constantFrom('E1', 'E2', ''), description: fc.constantFrom('种子', ''), amountFen: fen },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);
const seasons = fc.array(
  fc.record(
    {
      season: fc.constantFrom('2025-2026', '2026-2027', ''),
      harvestedOn: date,
      pricePerKgFen: fen,
      plots: fc.array(fc.record({ plotId: fc.constantFrom('P-11', 'P-12'), harvestKg: area }), {
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 3 },
);
const settlementInput = fc.record(
  {
    contract: contractRecord,
    workOrders: fc.array(workOrder, { maxLength: 4 }),
    seasons,
    inputAdvances: entries,
    saleProceeds: entries,
    prepayments: entries,
  },
  { requiredKeys: ['contract'] },
);
const settlementSummary = fc.record(
  {
    id: fc.constantFrom('c1'),
    contractId: fc.constantFrom('c1'),
    memberId: fc.constantFrom('M001', ''),
    kind: fc.constantFrom('menu', 'full', 'half'),
    settledOn: date,
    harvests: fc.array(fc.record({ season: fc.constantFrom('s1'), harvestedOn: date }), { maxLength: 2 }),
    yieldClaims: fc.array(
      fc.record({
        season: fc.constantFrom('s1'),
        plotId: fc.constantFrom('P1'),
        harvestedOn: date,
        compensationFen: fen,
      }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
);
const terrainProfiles = fc.oneof(
  fc.constant(undefined),
  fc.record({
    plain: fc.record({
      radiusKm: fc.double({ min: -1, max: 10 }),
      capacityMu: area,
      typicalAreaMu: fc.constant({ min: 1, max: 2 }),
    }),
    hill: fc.constant({ radiusKm: 6, capacityMu: 100_000, typicalAreaMu: { min: 1, max: 2 } }),
  }),
);

const hz = createHezuo({ plugins: [trusteeship()] });
await hz.trusteeship.registerServiceCenter({
  id: 'SC1',
  name: '东村中心',
  location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' },
  terrain: 'plain',
});
await hz.trusteeship.registerPlot({
  id: 'P-01',
  memberId: 'M1',
  registeredAreaMu: 12.5,
  location: { lng: 119.75, lat: 36.39, datum: 'GCJ-02' },
});
await hz.trusteeship.registerPlot({ id: 'P-02', memberId: 'M1', registeredAreaMu: 8 });
await hz.trusteeship.draftContract({
  id: 'TG-1',
  memberId: 'M1',
  startDate: '2014-09-20',
  quote: EXAMPLE_MENU_QUOTE_INPUT,
});

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}

const ids = fc.constantFrom('TG-1', 'WO-1', 'P-01', 'P-02', 'TG-404', '');
const api = hz.trusteeship;

/** Every function the package exports, by export name. */
const EXPORT_TARGETS: Record<string, FuzzTarget> = {
  muToHectares: {
    name: 'muToHectares',
    arity: 1,
    call: (x) => muToHectares(x as number),
    nearlyValid: [area],
  },
  hectaresToMu: {
    name: 'hectaresToMu',
    arity: 1,
    call: (x) => hectaresToMu(x as number),
    nearlyValid: [area],
  },
  squareMetresToMu: {
    name: 'squareMetresToMu',
    arity: 1,
    call: (x) => squareMetresToMu(x as number),
    nearlyValid: [area],
  },
  isWithinSeasonWindow: {
    name: 'isWithinSeasonWindow',
    arity: 2,
    call: (d, w) => isWithinSeasonWindow(d as string, w as never),
    nearlyValid: [
      date,
      fc.record({ from: fc.constantFrom('10-01', '11-20', '02-30'), to: fc.constantFrom('04-30', '10-20') }),
    ],
  },
  findContractOverlap: {
    name: 'findContractOverlap',
    arity: 2,
    call: (c, o) => findContractOverlap(c as never, o as never),
    nearlyValid: [contractRecord, fc.array(contractRecord, { maxLength: 3 })],
  },
  canTransitionContract: {
    name: 'canTransitionContract',
    arity: 2,
    call: (s, a) => canTransitionContract(s as never, a as never),
    nearlyValid: [status, fc.constantFrom('sign', 'settle', 'approve')],
  },
  transitionContract: {
    name: 'transitionContract',
    arity: 2,
    call: (c, s) => transitionContract(c as never, s as never),
    nearlyValid: [contractRecord, contractStep],
  },
  draftContractFromQuote: {
    name: 'draftContractFromQuote',
    arity: 1,
    call: (d) => draftContractFromQuote(d as never),
    nearlyValid: [draftInput],
  },
  sumContractedAreaMu: {
    name: 'sumContractedAreaMu',
    arity: 3,
    call: (c, m, d) => sumContractedAreaMu(c as never, m as string, d as string),
    nearlyValid: [fc.array(contract, { maxLength: 4 }), ...memberAndDate],
  },
  contractStanding: {
    name: 'contractStanding',
    arity: 3,
    call: (c, m, d) => contractStanding(c as never, m as string, d as string),
    nearlyValid: [fc.array(contract, { maxLength: 4 }), ...memberAndDate],
  },
  contractTenureYears: {
    name: 'contractTenureYears',
    arity: 3,
    call: (c, m, d) => contractTenureYears(c as never, m as string, d as string),
    nearlyValid: [fc.array(contract, { maxLength: 4 }), ...memberAndDate],
  },
  feeOnTimeShare: {
    name: 'feeOnTimeShare',
    arity: 3,
    call: (p, m, d) => feeOnTimeShare(p as never, m as string, d as string),
    nearlyValid: [fc.array(feePayment, { maxLength: 4 }), ...memberAndDate],
  },
  yieldClaims3y: {
    name: 'yieldClaims3y',
    arity: 3,
    call: (s, m, d) => yieldClaims3y(s as never, m as string, d as string),
    nearlyValid: [fc.array(settlementSummary, { maxLength: 3 }), ...memberAndDate],
  },
  computeContractedAreaMu: {
    name: 'computeContractedAreaMu',
    arity: 1,
    call: (i) => computeContractedAreaMu(withStore(i)),
    nearlyValid: [featureInput],
  },
  computeContractStanding: {
    name: 'computeContractStanding',
    arity: 1,
    call: (i) => computeContractStanding(withStore(i)),
    nearlyValid: [featureInput],
  },
  computeContractTenureYears: {
    name: 'computeContractTenureYears',
    arity: 1,
    call: (i) => computeContractTenureYears(withStore(i)),
    nearlyValid: [featureInput],
  },
  computeFeeOnTimeShare: {
    name: 'computeFeeOnTimeShare',
    arity: 1,
    call: (i) => computeFeeOnTimeShare(withStore(i)),
    nearlyValid: [featureInput],
  },
  computeYieldClaims3y: {
    name: 'computeYieldClaims3y',
    arity: 1,
    call: (i) => computeYieldClaims3y(withStore(i)),
    nearlyValid: [featureInput],
  },
  assignPlotsToCenters: {
    name: 'assignPlotsToCenters',
    arity: 1,
    call: (i) => assignPlotsToCenters(i as never),
    nearlyValid: [
      fc.record(
        {
          plots: fc.array(coveragePlot, { maxLength: 4 }),
          centers: fc.array(center, { maxLength: 3 }),
          terrainProfiles,
        },
        { requiredKeys: [] },
      ),
    ],
  },
  countyCoverageReport: {
    name: 'countyCoverageReport',
    arity: 1,
    call: (i) => countyCoverageReport(i as never),
    nearlyValid: [
      fc.record(
        {
          county: fc.record({
            regionCode: fc.constantFrom('370785', '37'),
            name: fc.constantFrom('高密市', ''),
          }),
          plots: fc.array(coveragePlot, { maxLength: 4 }),
          centers: fc.array(center, { maxLength: 3 }),
          terrainProfiles,
        },
        { requiredKeys: [] },
      ),
    ],
  },
  distanceKm: {
    name: 'distanceKm',
    arity: 2,
    call: (a, b) => distanceKm(a as never, b as never),
    nearlyValid: [fc.oneof(nearPoint, point), fc.oneof(nearPoint, point)],
  },
  toWgs84: {
    name: 'toWgs84',
    arity: 1,
    call: (p) => trusteeshipExports.toWgs84(p as never),
    nearlyValid: [fc.oneof(nearPoint, point)],
  },
  nearestServiceCenter: {
    name: 'nearestServiceCenter',
    arity: 3,
    call: (p, c, t) => nearestServiceCenter(p as never, c as never, t as never),
    nearlyValid: [fc.oneof(nearPoint, point), fc.array(center, { maxLength: 3 }), terrainProfiles],
  },
  measuredAreaMu: {
    name: 'measuredAreaMu',
    arity: 1,
    call: (b) => measuredAreaMu(b as never),
    nearlyValid: [boundary],
  },
  serviceCircleShare: {
    name: 'serviceCircleShare',
    arity: 3,
    call: (p, c, t) => serviceCircleShare(p as never, c as never, t as never),
    nearlyValid: [coveragePlot, center, terrainProfiles],
  },
  exampleQuote: { name: 'exampleQuote', arity: 0, call: () => exampleQuote() },
  exampleSettlement: { name: 'exampleSettlement', arity: 0, call: () => exampleSettlement() },
  buildPlotRecord: {
    name: 'buildPlotRecord',
    arity: 1,
    call: (p) => buildPlotRecord(p as never),
    nearlyValid: [
      fc.record(
        {
          id: fc.constantFrom('P1', ''),
          memberId: fc.constantFrom('M1'),
          registeredAreaMu: area,
          measuredAreaMu: area,
          location: fc.oneof(nearPoint, point),
          boundary,
        },
        { requiredKeys: ['id', 'memberId'] },
      ),
    ],
  },
  plotWorkableAreaMu: {
    name: 'plotWorkableAreaMu',
    arity: 1,
    call: (p) => plotWorkableAreaMu(p as never),
    nearlyValid: [
      fc.record(
        { id: fc.constant('P1'), memberId: fc.constant('M1'), registeredAreaMu: area, measuredAreaMu: area },
        { requiredKeys: [] },
      ),
    ],
  },
  quoteMenuTrusteeship: {
    name: 'quoteMenuTrusteeship',
    arity: 1,
    call: (q) => quoteMenuTrusteeship(q as never),
    nearlyValid: [menuQuote],
  },
  quoteFullTrusteeship: {
    name: 'quoteFullTrusteeship',
    arity: 1,
    call: (q) => quoteFullTrusteeship(q as never),
    nearlyValid: [fullQuote],
  },
  quoteTrusteeship: {
    name: 'quoteTrusteeship',
    arity: 1,
    call: (q) => quoteTrusteeship(q as never),
    nearlyValid: [quote],
  },
  scheduleWorkOrder: {
    name: 'scheduleWorkOrder',
    arity: 2,
    call: (r, c) => scheduleWorkOrder(r as never, c as never),
    nearlyValid: [request, contractRecord],
  },
  transitionWorkOrder: {
    name: 'transitionWorkOrder',
    arity: 3,
    call: (w, s, c) => transitionWorkOrder(w as never, s as never, c as never),
    nearlyValid: [workOrder, workOrderStep, workOrderContext],
  },
  workOrderInvoiceLine: {
    name: 'workOrderInvoiceLine',
    arity: 2,
    call: (w, c) => workOrderInvoiceLine(w as never, c as never),
    nearlyValid: [workOrder, contractRecord],
  },
  settleMenuContract: {
    name: 'settleMenuContract',
    arity: 1,
    call: (i) => settleMenuContract(i as never),
    nearlyValid: [settlementInput],
  },
  settleFullContract: {
    name: 'settleFullContract',
    arity: 1,
    call: (i) => settleFullContract(i as never),
    nearlyValid: [settlementInput],
  },
  settleContract: {
    name: 'settleContract',
    arity: 1,
    call: (i) => settleContract(i as never),
    nearlyValid: [settlementInput],
  },
  trusteeship: {
    name: 'trusteeship',
    arity: 1,
    call: (o) => trusteeship(o as never),
    nearlyValid: [
      fc.record(
        {
          registerCreditFeatures: fc.boolean(),
          fullTrusteeshipRules: fc.constantFrom({}, { minFarmerGainShare: 2 }),
          terrainProfiles,
        },
        { requiredKeys: [] },
      ),
    ],
  },
};

/** Every method of the plugin's API, by method name. */
const API_TARGETS: Record<string, FuzzTarget> = {
  recordContract: {
    name: 'api.recordContract',
    arity: 1,
    call: (c) => api.recordContract(c as never),
    nearlyValid: [contract],
  },
  recordFeePayment: {
    name: 'api.recordFeePayment',
    arity: 1,
    call: (p) => api.recordFeePayment(p as never),
    nearlyValid: [feePayment],
  },
  contractedAreaMu: {
    name: 'api.contractedAreaMu',
    arity: 2,
    call: (m, d) => api.contractedAreaMu(m as string, d as string),
    nearlyValid: [...memberAndDate],
  },
  quote: { name: 'api.quote', arity: 1, call: (q) => api.quote(q as never), nearlyValid: [quote] },
  registerPlot: {
    name: 'api.registerPlot',
    arity: 1,
    call: (p) => api.registerPlot(p as never),
    nearlyValid: [
      fc.record(
        {
          id: fc.constantFrom('P-F', ''),
          memberId: fc.constant('M1'),
          registeredAreaMu: area,
          location: point,
          boundary,
        },
        { requiredKeys: ['id'] },
      ),
    ],
  },
  plot: { name: 'api.plot', arity: 1, call: (id) => api.plot(id as string), nearlyValid: [ids] },
  registerServiceCenter: {
    name: 'api.registerServiceCenter',
    arity: 1,
    call: (c) => api.registerServiceCenter(c as never),
    nearlyValid: [center],
  },
  serviceCenters: { name: 'api.serviceCenters', arity: 0, call: () => api.serviceCenters() },
  nearestServiceCenter: {
    name: 'api.nearestServiceCenter',
    arity: 1,
    call: (id) => api.nearestServiceCenter(id as string),
    nearlyValid: [ids],
  },
  coverageReport: {
    name: 'api.coverageReport',
    arity: 1,
    call: (c) => api.coverageReport(c as never),
    nearlyValid: [
      fc.record({ regionCode: fc.constantFrom('370785', '37'), name: fc.constantFrom('高密市', '') }),
    ],
  },
  draftContract: {
    name: 'api.draftContract',
    arity: 1,
    call: (d) => api.draftContract(d as never),
    nearlyValid: [draftInput],
  },
  contract: { name: 'api.contract', arity: 1, call: (id) => api.contract(id as string), nearlyValid: [ids] },
  signContract: {
    name: 'api.signContract',
    arity: 2,
    call: (id, on) => api.signContract(id as string, on as string),
    nearlyValid: [ids, date],
  },
  activateContract: {
    name: 'api.activateContract',
    arity: 2,
    call: (id, on) => api.activateContract(id as string, on as string),
    nearlyValid: [ids, date],
  },
  completeContract: {
    name: 'api.completeContract',
    arity: 2,
    call: (id, on) => api.completeContract(id as string, on as string),
    nearlyValid: [ids, date],
  },
  terminateContract: {
    name: 'api.terminateContract',
    arity: 2,
    call: (id, t) => api.terminateContract(id as string, t as never),
    nearlyValid: [ids, contractStep],
  },
  settleContract: {
    name: 'api.settleContract',
    arity: 2,
    call: (id, i) => api.settleContract(id as string, i as never),
    nearlyValid: [
      ids,
      fc.record({ on: date, seasons, inputAdvances: entries, prepayments: entries }, { requiredKeys: [] }),
    ],
  },
  settlement: {
    name: 'api.settlement',
    arity: 1,
    call: (id) => api.settlement(id as string),
    nearlyValid: [ids],
  },
  scheduleWorkOrder: {
    name: 'api.scheduleWorkOrder',
    arity: 1,
    call: (r) => api.scheduleWorkOrder(r as never),
    nearlyValid: [request],
  },
  dispatchWorkOrder: {
    name: 'api.dispatchWorkOrder',
    arity: 2,
    call: (id, d) => api.dispatchWorkOrder(id as string, d as never),
    nearlyValid: [ids, workOrderStep],
  },
  reportWorkOrderDone: {
    name: 'api.reportWorkOrderDone',
    arity: 2,
    call: (id, d) => api.reportWorkOrderDone(id as string, d as never),
    nearlyValid: [ids, workOrderStep],
  },
  confirmWorkOrder: {
    name: 'api.confirmWorkOrder',
    arity: 2,
    call: (id, on) => api.confirmWorkOrder(id as string, on as string),
    nearlyValid: [ids, date],
  },
  cancelWorkOrder: {
    name: 'api.cancelWorkOrder',
    arity: 2,
    call: (id, on) => api.cancelWorkOrder(id as string, on as string),
    nearlyValid: [ids, date],
  },
  workOrders: {
    name: 'api.workOrders',
    arity: 1,
    call: (id) => api.workOrders(id as string),
    nearlyValid: [ids],
  },
};

describe('trusteeship is total over hostile input', () => {
  it('covers every function the package exports and every method of its API', () => {
    const functions = Object.entries(trusteeshipExports)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(EXPORT_TARGETS).sort()).toEqual(functions);
    const methods = Object.entries(api)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(API_TARGETS).sort()).toEqual(methods);
  });

  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality([...Object.values(EXPORT_TARGETS), ...Object.values(API_TARGETS)], { numRuns: 200 });
  }, 120_000);
});
