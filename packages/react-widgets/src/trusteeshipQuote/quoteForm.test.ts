import { HezuoError } from '@hezuo/core';
import { GAOMI_2014_WHEAT_CATALOGUE, quoteMenuTrusteeship, type ServiceCatalogue } from '@hezuo/trusteeship';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialQuoteForm,
  needsTonnes,
  offeredServices,
  problemOfQuoteError,
  type QuoteFormConfig,
  type QuoteFormValues,
  quoteFormReducer,
  quoteRequest,
  readNumber,
  runQuote,
} from './quoteForm';

const PLOTS = [
  { plotId: 'P-01', name: '东地', areaMu: 12.35, yieldHistoryKgPerMu: [420, 455, 441] as const },
  { plotId: 'P-02', areaMu: 8.4 },
];

const CONFIG: QuoteFormConfig = {
  catalogue: {
    ...GAOMI_2014_WHEAT_CATALOGUE,
    volumeRules: [{ minAreaMu: 20, discountRate: 0.05, consolidatedOnly: true }],
  },
  crop: 'wheat',
  season: '2014-2015',
  plots: PLOTS,
  fullPackage: { feePerMuFen: 100_000 },
};

const MENU_IDS = ['wheat-ploughing', 'wheat-sowing', 'wheat-spraying', 'wheat-harvest'];

const start = (overrides: Partial<QuoteFormValues> = {}): QuoteFormValues => ({
  ...initialQuoteForm(PLOTS, { serviceIds: MENU_IDS, consolidated: true }),
  ...overrides,
});

describe('the quote form state', () => {
  it('starts from the plots and the initial choices, as text', () => {
    expect(initialQuoteForm(PLOTS, { serviceIds: ['a', 'a', 'b'], tonnes: 3.5 })).toEqual({
      kind: 'menu',
      serviceIds: ['a', 'b'],
      plots: [
        { area: '12.35', yields: ['420', '455', '441'] },
        { area: '8.4', yields: ['', '', ''] },
      ],
      tonnes: '3.5',
      consolidated: false,
    });
  });

  it('changes one thing per action and never the old values', () => {
    const before = start();
    const frozen = structuredClone(before);
    const steps = [
      quoteFormReducer(before, { type: 'kind', kind: 'full' }),
      quoteFormReducer(before, { type: 'service', serviceId: 'wheat-sowing', checked: false }),
      quoteFormReducer(before, { type: 'service', serviceId: 'wheat-seed', checked: true }),
      quoteFormReducer(before, { type: 'area', plot: 1, value: '9' }),
      quoteFormReducer(before, { type: 'yield', plot: 0, year: 2, value: '460' }),
      quoteFormReducer(before, { type: 'tonnes', value: '12' }),
      quoteFormReducer(before, { type: 'consolidated', value: false }),
    ];
    expect(before).toEqual(frozen);
    expect(steps[0]?.kind).toBe('full');
    expect(steps[1]?.serviceIds).toEqual(['wheat-ploughing', 'wheat-spraying', 'wheat-harvest']);
    expect(steps[2]?.serviceIds).toContain('wheat-seed');
    expect(steps[3]?.plots.map((p) => p.area)).toEqual(['12.35', '9']);
    expect(steps[4]?.plots[0]?.yields).toEqual(['420', '455', '460']);
    expect(steps[5]?.tonnes).toBe('12');
    expect(steps[6]?.consolidated).toBe(false);
  });

  it('ticking a service twice keeps it once', () => {
    const twice = quoteFormReducer(start(), { type: 'service', serviceId: 'wheat-harvest', checked: true });
    expect(twice.serviceIds.filter((id) => id === 'wheat-harvest')).toHaveLength(1);
  });
});

describe('reading typed numbers', () => {
  it.each([
    ['12.5', 12.5],
    [' 8 ', 8],
    ['１２．５', 12.5],
    ['1,000', 1000],
    ['', undefined],
    ['   ', undefined],
    ['abc', undefined],
    ['1e400', undefined],
    ['12.5亩', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(readNumber(raw)).toBe(expected);
  });
});

describe('the request the form stands for', () => {
  it('lists the ticked services in catalogue order, however they were ticked', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(MENU_IDS, { minLength: 4, maxLength: 4 }), (order) => {
        const request = quoteRequest(start({ serviceIds: order }), CONFIG);
        expect(request.ok && request.input.kind === 'menu' && request.input.serviceIds).toEqual(MENU_IDS);
      }),
    );
  });

  it('points at the first field that is not a number', () => {
    const values = quoteFormReducer(start(), { type: 'area', plot: 1, value: '八亩' });
    expect(quoteRequest(values, CONFIG)).toEqual({
      ok: false,
      problem: { field: 'area-1', reason: 'notNumber' },
    });
    const full = quoteFormReducer(quoteFormReducer(start(), { type: 'kind', kind: 'full' }), {
      type: 'yield',
      plot: 0,
      year: 1,
      value: '',
    });
    expect(quoteRequest(full, CONFIG)).toEqual({
      ok: false,
      problem: { field: 'yield-0-1', reason: 'notNumber' },
    });
  });

  it('asks for tonnes only when a ticked service is priced per tonne', () => {
    const catalogue: ServiceCatalogue = {
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
          passes: 1,
          window: { from: '06-01', to: '06-30' },
        },
      ],
    };
    const config = { ...CONFIG, catalogue };
    const services = offeredServices(config);
    expect(needsTonnes(start(), services)).toBe(false);
    const drying = start({ serviceIds: ['wheat-harvest', 'wheat-drying'] });
    expect(needsTonnes(drying, services)).toBe(true);
    expect(quoteRequest(drying, config)).toEqual({
      ok: false,
      problem: { field: 'tonnes', reason: 'notNumber' },
    });
    const outcome = runQuote({ ...drying, tonnes: '9.5' }, config);
    expect(
      outcome.ok && outcome.quote.kind === 'menu' && outcome.quote.lines.map((l) => l.amountFen),
    ).toEqual([5_000 * 20.75, 8_000 * 9.5]);
  });
});

describe('quoting through quoteTrusteeship', () => {
  it('a menu quote is exactly the plugin’s quote of the same request', () => {
    const outcome = runQuote(start(), CONFIG);
    const direct = quoteMenuTrusteeship({
      kind: 'menu',
      catalogue: CONFIG.catalogue,
      crop: 'wheat',
      season: '2014-2015',
      serviceIds: MENU_IDS,
      plots: [
        { plotId: 'P-01', areaMu: 12.35 },
        { plotId: 'P-02', areaMu: 8.4 },
      ],
      consolidated: true,
    });
    expect(outcome).toEqual({ ok: true, quote: direct });
    // The trusteeship guide's worked example: 3,423.75 元 less 5 % = 3,252.56 元.
    expect(direct.totalFen).toBe(325_256);
  });

  it('one operation alone is refused on the services', () => {
    expect(runQuote(start({ serviceIds: ['wheat-harvest'] }), CONFIG)).toMatchObject({
      ok: false,
      problem: { field: 'services', reason: 'twoServices' },
    });
  });

  it('a full quote guarantees the 3-year average and shares 70 % of the gain', () => {
    const outcome = runQuote(
      start({
        kind: 'full',
        plots: [
          { area: '20', yields: ['420', '455', '441'] },
          { area: '8.4', yields: ['398', '430', '415'] },
        ],
      }),
      CONFIG,
    );
    if (!outcome.ok || outcome.quote.kind !== 'full') throw new Error('expected a full quote');
    expect(outcome.quote.plots.map((p) => p.guaranteedYieldKgPerMu)).toEqual([438.7, 414.4]);
    expect(outcome.quote.farmerGainShare).toBe(0.7);
    expect(outcome.quote.totalFen).toBe(100_000 * 28.4);
  });

  it('a full quote without a yield history is refused on that plot’s yields', () => {
    const values = start({ kind: 'full' });
    expect(runQuote(values, CONFIG)).toMatchObject({
      ok: false,
      problem: { field: 'yield-1-0', reason: 'yieldHistory' },
    });
  });

  it('a guarantee the centre offers below the 3-year average is refused', () => {
    const config = { ...CONFIG, plots: [{ ...PLOTS[0], plotId: 'P-01', guaranteedYieldKgPerMu: 400 }] };
    const values = initialQuoteForm(config.plots, { kind: 'full' });
    expect(runQuote(values, config)).toMatchObject({
      ok: false,
      problem: { field: 'yield-0-0', reason: 'guarantee' },
    });
  });

  it('without a full package, the full kind quotes nothing but the menu', () => {
    const outcome = runQuote(start({ kind: 'full' }), { ...CONFIG, fullPackage: undefined });
    expect(outcome.ok && outcome.quote.kind).toBe('menu');
  });

  it('a negative or zero area is refused on that plot', () => {
    for (const area of ['0', '-3']) {
      const values = quoteFormReducer(start(), { type: 'area', plot: 0, value: area });
      expect(runQuote(values, CONFIG)).toMatchObject({
        ok: false,
        problem: { field: 'area-0', reason: 'invalid' },
        // The plugin's own error travels with it, for the developer's console.
        error: { code: 'INVALID_INPUT', path: ['quote', 'plots', 0, 'areaMu'] },
      });
    }
  });
});

describe('the field a refusal points at', () => {
  const at = (...path: (string | number)[]) =>
    problemOfQuoteError(new HezuoError('INVALID_INPUT', 'x', { path }));

  it.each([
    [['quote', 'serviceIds'], { field: 'services', reason: 'twoServices' }],
    [['quote', 'serviceIds', 1], { field: 'services', reason: 'twoServices' }],
    [['quote', 'tonnes'], { field: 'tonnes', reason: 'invalid' }],
    [['quote', 'plots', 2, 'areaMu'], { field: 'area-2', reason: 'invalid' }],
    [['quote', 'plots', 1, 'yieldHistoryKgPerMu'], { field: 'yield-1-0', reason: 'yieldHistory' }],
    [['quote', 'plots', 1, 'yieldHistoryKgPerMu', 2], { field: 'yield-1-2', reason: 'invalid' }],
    [['quote', 'plots', 0, 'guaranteedYieldKgPerMu'], { field: 'yield-0-0', reason: 'guarantee' }],
    [['quote', 'kind'], { field: 'kind', reason: 'invalid' }],
    [['quote', 'farmerGainShare'], { field: 'kind', reason: 'invalid' }],
  ])('%j', (path, expected) => {
    expect(at(...path)).toEqual(expected);
  });
});
