import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { GAOMI_2014_WHEAT_CATALOGUE } from '../catalogue/gaomi2014Wheat';
import type { ServiceCatalogueInput } from '../catalogue/serviceCatalogue';
import { EXAMPLE_FULL_QUOTE_INPUT, EXAMPLE_MENU_QUOTE_INPUT, exampleQuote } from '../examples';
import { quoteFullTrusteeship } from './fullQuote';
import { quoteMenuTrusteeship } from './menuQuote';
import { quoteTrusteeship } from './quote';

/** The Gaomi prices with two volume tiers and a drying service priced per tonne. */
const CATALOGUE: ServiceCatalogueInput = {
  ...GAOMI_2014_WHEAT_CATALOGUE,
  services: [
    ...GAOMI_2014_WHEAT_CATALOGUE.services,
    {
      id: 'wheat-drying',
      operation: 'drying',
      crop: 'wheat',
      season: '2014-2015',
      name: { 'zh-CN': '烘干', en: 'Drying' },
      unit: 'tonne',
      priceFen: 8_000,
      window: { from: '05-28', to: '07-15' },
    },
  ],
  volumeRules: [
    { minAreaMu: 20, discountRate: 0.03 },
    { minAreaMu: 100, discountRate: 0.05 },
    { minAreaMu: 50, discountRate: 0.02, consolidatedOnly: false },
  ],
};
const menu = (over: object = {}) => ({
  kind: 'menu' as const,
  catalogue: CATALOGUE,
  crop: 'wheat',
  season: '2014-2015',
  serviceIds: ['wheat-ploughing', 'wheat-harvest'],
  plots: [
    { plotId: 'P1', areaMu: 12.35 },
    { plotId: 'P2', areaMu: 8.4 },
  ],
  ...over,
});

describe('menu quotes (半托管)', () => {
  it('prices each service over the total area, rounding each line half-up once', () => {
    // 12.35 + 8.4 = 20.75 mu (an exact decimal sum, not 20.749999…).
    // ploughing 7000 × 20.75 = 145,250; harvest 5000 × 20.75 = 103,750.
    const quote = quoteMenuTrusteeship(menu());
    expect(quote.areaMu).toBe(20.75);
    expect(quote.lines.map((l) => [l.kind, l.amountFen])).toEqual([
      ['service', 145_250],
      ['service', 103_750],
    ]);
    expect(quote).toMatchObject({ subtotalFen: 249_000, discountFen: 0, totalFen: 249_000 });
  });

  it('applies the highest volume tier the consolidated area reaches', () => {
    // Consolidated: the 20 mu tier (3 %) applies; 249,000 × 0.03 = 7,470.
    const quote = quoteMenuTrusteeship(menu({ consolidated: true }));
    expect(quote.lines.at(-1)).toMatchObject({
      kind: 'volumeDiscount',
      minAreaMu: 20,
      discountRate: 0.03,
      baseFen: 249_000,
      amountFen: -7_470,
    });
    expect(quote.lines.at(-1)).toMatchObject({
      description: { 'zh-CN': '连片托管优惠 3 %（20 亩以上）', en: 'Volume discount 3 % (20 mu and more)' },
    });
    expect(quote.totalFen).toBe(241_530);
    expect(quote.totalFen).toBe(quote.lines.reduce((s, l) => s + l.amountFen, 0));
    // 120 mu consolidated: the 100 mu tier (5 %), not the lower ones.
    // (7000 + 5000) × 120 = 1,440,000; × 0.05 = 72,000.
    const large = quoteMenuTrusteeship(menu({ consolidated: true, plots: [{ plotId: 'P1', areaMu: 120 }] }));
    expect(large.discountFen).toBe(72_000);
  });

  it('lets a rule open to scattered plots apply without consolidation', () => {
    // 60 mu, not consolidated: only the 50 mu rule (2 %, consolidatedOnly false) applies.
    // (7000 + 5000) × 60 = 720,000; × 0.02 = 14,400.
    const quote = quoteMenuTrusteeship(menu({ plots: [{ plotId: 'P1', areaMu: 60 }] }));
    expect(quote.discountFen).toBe(14_400);
  });

  it('prices drying per tonne from the expected tonnage', () => {
    // Drying 8000 fen/t × 9.25 t = 74,000; ploughing 7000 × 20.75 = 145,250.
    const quote = quoteMenuTrusteeship(
      menu({ serviceIds: ['wheat-ploughing', 'wheat-drying'], tonnes: 9.25 }),
    );
    expect(quote.lines.map((l) => l.amountFen)).toEqual([145_250, 74_000]);
    expect(quote.lines[1]).toMatchObject({ unit: 'tonne', quantity: 9.25 });
    expect(
      thrown(() => quoteMenuTrusteeship(menu({ serviceIds: ['wheat-ploughing', 'wheat-drying'] }))),
    ).toMatchObject({
      path: ['quote', 'tonnes'],
    });
  });

  it('quotes the example as shown to the demo', () => {
    expect(exampleQuote().totalFen).toBe((7_000 + 2_000 + 2_500 + 5_000) * 20.5);
    expect(quoteTrusteeship(EXAMPLE_MENU_QUOTE_INPUT)).toEqual(exampleQuote());
  });

  it.each([
    ['one operation', { serviceIds: ['wheat-ploughing'] }, ['quote', 'serviceIds'], /two or more operations/],
    [
      'one operation twice over',
      { serviceIds: ['wheat-spraying', 'wheat-spraying'] },
      ['quote', 'serviceIds', 1],
      /twice/,
    ],
    [
      'a service not in the catalogue',
      { serviceIds: ['wheat-ploughing', 'rice-transplanting'] },
      ['quote', 'serviceIds', 1],
      /no service/,
    ],
    ['another season', { season: '2015-2016' }, ['quote', 'serviceIds', 0], /2014-2015/],
    [
      'a plot given twice',
      {
        plots: [
          { plotId: 'P1', areaMu: 3 },
          { plotId: 'P1', areaMu: 4 },
        ],
      },
      ['quote', 'plots', 1, 'plotId'],
      /twice/,
    ],
    [
      'a zero area',
      { plots: [{ plotId: 'P1', areaMu: 0 }] },
      ['quote', 'plots', 0, 'areaMu'],
      /greater than zero/,
    ],
    ['no plots', { plots: [] }, ['quote', 'plots'], /plot/],
  ])('refuses %s with INVALID_INPUT', (_what, over, path, message) => {
    const error = thrown(() => quoteMenuTrusteeship(menu(over)));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path });
    expect(error.message).toMatch(message);
  });

  it('refuses two services of one operation as a menu', () => {
    const twoPloughings: ServiceCatalogueInput = {
      ...CATALOGUE,
      services: [
        ...CATALOGUE.services,
        {
          ...GAOMI_2014_WHEAT_CATALOGUE.services[0],
          id: 'wheat-deep-ploughing',
        } as (typeof CATALOGUE.services)[number],
      ],
    };
    const error = thrown(() =>
      quoteMenuTrusteeship(
        menu({ catalogue: twoPloughings, serviceIds: ['wheat-ploughing', 'wheat-deep-ploughing'] }),
      ),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['quote', 'serviceIds'] });
    expect(error.message).toMatch(/different operations/);
  });

  it('refuses a quote of no known kind', () => {
    expect(thrown(() => quoteTrusteeship({ ...menu(), kind: 'half' } as never))).toMatchObject({
      path: ['quote', 'kind'],
    });
  });
});

describe('full quotes (全托管)', () => {
  it('guarantees the previous 3-year average, rounded up to 0.1 kg, and charges the fee per mu', () => {
    // (420 + 455 + 441) / 3 = 438.666… → 438.7 kg/mu; fee 100,000 × 20 = 2,000,000 fen.
    const quote = quoteFullTrusteeship(EXAMPLE_FULL_QUOTE_INPUT);
    expect(quote.plots).toEqual([
      { plotId: 'P-11', areaMu: 20, threeYearAverageKgPerMu: 438.7, guaranteedYieldKgPerMu: 438.7 },
    ]);
    expect(quote.lines).toEqual([
      expect.objectContaining({
        kind: 'packageFee',
        plotId: 'P-11',
        quantity: 20,
        unitPriceFen: 100_000,
        amountFen: 2_000_000,
      }),
    ]);
    expect(quote).toMatchObject({ farmerGainShare: 0.7, totalFen: 2_000_000, areaMu: 20 });
  });

  it('keeps an exact average as it is and accepts an offered guarantee above it', () => {
    // (300.1 + 300.2 + 300.3) / 3 = 300.2 exactly: summed in tenths, never 300.3 by float error.
    const quote = quoteFullTrusteeship({
      ...EXAMPLE_FULL_QUOTE_INPUT,
      plots: [
        { plotId: 'A', areaMu: 10.5, yieldHistoryKgPerMu: [300.1, 300.2, 300.3] },
        { plotId: 'B', areaMu: 3.3, yieldHistoryKgPerMu: [280, 290, 300], guaranteedYieldKgPerMu: 300 },
      ],
    });
    expect(quote.plots.map((p) => p.guaranteedYieldKgPerMu)).toEqual([300.2, 300]);
    // 100,000 × 10.5 = 1,050,000; 100,000 × 3.3 = 330,000.
    expect(quote.lines.map((l) => l.amountFen)).toEqual([1_050_000, 330_000]);
    expect(quote.areaMu).toBe(13.8);
  });

  it.each([
    [
      'a guarantee below the 3-year average',
      {
        plots: [
          { plotId: 'A', areaMu: 10, yieldHistoryKgPerMu: [420, 455, 441], guaranteedYieldKgPerMu: 400 },
        ],
      },
      ['quote', 'plots', 0, 'guaranteedYieldKgPerMu'],
      /below the previous 3-year average 438.7/,
    ],
    [
      'no yield history under the default floor',
      { plots: [{ plotId: 'A', areaMu: 10, guaranteedYieldKgPerMu: 500 }] },
      ['quote', 'plots', 0, 'yieldHistoryKgPerMu'],
      /last three years/,
    ],
    [
      "a farmer's share of the gain below 70 %",
      { farmerGainShare: 0.6 },
      ['quote', 'farmerGainShare'],
      /below 0.7/,
    ],
    [
      'a yield to a hundredth of a kg',
      { plots: [{ plotId: 'A', areaMu: 10, yieldHistoryKgPerMu: [420.05, 455, 441] }] },
      ['quote', 'plots', 0, 'yieldHistoryKgPerMu', 0],
      /0.1 kg/,
    ],
    [
      'two yields instead of three',
      { plots: [{ plotId: 'A', areaMu: 10, yieldHistoryKgPerMu: [420, 455] }] },
      ['quote', 'plots', 0, 'yieldHistoryKgPerMu'],
      /./,
    ],
  ])('refuses %s', (_what, over, path, message) => {
    const error = thrown(() => quoteFullTrusteeship({ ...EXAMPLE_FULL_QUOTE_INPUT, ...over } as never));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path });
    expect(error.message).toMatch(message);
  });

  it('lets a region set its own rules', () => {
    const rules = { guaranteeFloor: 'none' as const, minFarmerGainShare: 0.5, defaultFarmerGainShare: 0.8 };
    const quote = quoteFullTrusteeship({
      ...EXAMPLE_FULL_QUOTE_INPUT,
      farmerGainShare: undefined,
      plots: [{ plotId: 'A', areaMu: 10, guaranteedYieldKgPerMu: 300 }],
      rules,
    });
    expect(quote.farmerGainShare).toBe(0.8);
    expect(quote.plots[0]).toMatchObject({ guaranteedYieldKgPerMu: 300, threeYearAverageKgPerMu: null });
    expect(
      thrown(() =>
        quoteFullTrusteeship({
          ...EXAMPLE_FULL_QUOTE_INPUT,
          rules: { ...rules, defaultFarmerGainShare: 0.4 },
        }),
      ),
    ).toMatchObject({ path: ['quote', 'rules', 'defaultFarmerGainShare'] });
  });
});
