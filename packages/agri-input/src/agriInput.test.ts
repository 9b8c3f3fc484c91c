import { createHezuo, createMemoryStore, fixedClock, HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { agriInput } from './agriInput';
import { EXAMPLE_FERTILIZERS } from './exampleFertilizers';
import { PURCHASE_AMOUNT_FEATURE_ID } from './purchaseAmountFeature';
import { AGRI_INPUT_PURCHASE_KIND, AgriInputPurchaseRecordSchema } from './purchaseRecord';
import { PURCHASE_SEASONS_FEATURE_ID } from './purchaseSeasonsFeature';

const clock = fixedClock('2026-06-30T09:00:00+08:00');
const bought = {
  id: 'NZ-2026-0312',
  memberId: 'M001',
  date: '2026-03-12',
  amountFen: 256_000,
  productId: 'npk-15-15-15',
} as const;
const SEASONS = [PURCHASE_SEASONS_FEATURE_ID];

async function errorOf(run: () => Promise<unknown>): Promise<HezuoError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

describe('agriInput plugin', () => {
  it('exposes the example catalogue and the nutrient arithmetic under "agriInput"', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    expect(hz.plugins).toEqual(['agriInput']);
    expect(hz.agriInput.catalogue).toEqual(EXAMPLE_FERTILIZERS);
    const npk = hz.agriInput.catalogue.find((p) => p.id === 'npk-15-15-15');
    expect(npk).toBeDefined();
    if (npk) expect(hz.agriInput.nutrientContentKg(npk.grade, npk.bagKg)).toEqual({ N: 6, P2O5: 6, K2O: 6 });
  });

  it("takes the cooperative's own catalogue, copied and frozen", () => {
    const own = [
      {
        id: 'urea-40',
        name: { 'zh-CN': '尿素（40公斤）', en: 'Urea (40 kg)' },
        grade: { N: 46, P2O5: 0, K2O: 0 },
        bagKg: 40,
        priceFenPerBag: 9_000,
      },
    ];
    const hz = createHezuo({ plugins: [agriInput({ catalogue: own })] });
    expect(hz.agriInput.catalogue).toEqual(own);
    expect(Object.isFrozen(hz.agriInput.catalogue[0]?.grade)).toBe(true);
    expect(Object.isFrozen(own[0])).toBe(false);
  });

  it('refuses a bad catalogue with the path of the bad field', () => {
    const bad = [{ ...EXAMPLE_FERTILIZERS[0], grade: { N: 46, P2O5: 0, K2O: 60 } }];
    try {
      agriInput({ catalogue: bad as never });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HezuoError);
      expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'catalogue', 0, 'grade'] });
    }
    expect(() => agriInput({ products: [] } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options'] }),
    );
  });
});

describe('agriInput plugin: purchases as credit evidence', () => {
  it('registers the purchase characteristics with labels in both locales', () => {
    const hz = createHezuo({ plugins: [agriInput()] });
    expect(
      hz.credit
        .list()
        .filter((f) => f.plugin === 'agriInput')
        .map((f) => f.id),
    ).toEqual([PURCHASE_SEASONS_FEATURE_ID, PURCHASE_AMOUNT_FEATURE_ID]);
    expect(hz.credit.get(PURCHASE_AMOUNT_FEATURE_ID)).toMatchObject({ type: 'numeric', unit: 'fen' });
    const feature = hz.credit.get(PURCHASE_SEASONS_FEATURE_ID);
    expect(feature).toMatchObject({ plugin: 'agriInput', type: 'numeric', unit: 'seasons' });
    expect(feature.label).toEqual({
      'zh-CN': '通过合作社购买农资的季数',
      en: 'Seasons buying inputs through the co-op',
    });
    expect(feature.description.en).toMatch(/not empty/);
  });

  it('records purchases and counts seasons through hz.credit.compute', async () => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    await expect(hz.agriInput.recordPurchase(bought)).resolves.toEqual(bought);
    expect(await hz.store.get(AGRI_INPUT_PURCHASE_KIND, bought.id)).toEqual(bought);
    const { productId: _productId, ...withoutProduct } = bought;
    await hz.agriInput.recordPurchase({ ...withoutProduct, id: 'NZ-2025-0901', date: '2025-09-01' });
    await hz.agriInput.recordPurchase({ ...bought, id: 'NZ-2023-0630', date: '2023-06-30' }); // 7th season back
    await hz.agriInput.recordPurchase({ ...bought, id: 'NZ-2026-0701', date: '2026-07-01' }); // after asOf
    await hz.agriInput.recordPurchase({
      ...bought,
      id: 'NZ-2024-0101',
      memberId: 'M002',
      date: '2024-01-01',
    });
    expect(await hz.credit.compute('M001', '2026-06-30', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 2,
    });
    expect(await hz.credit.compute('M001', '2026-07-01', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 3,
    });
    expect(await hz.credit.compute('M002', '2026-06-30', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 1,
    });
    expect(await hz.credit.compute('M404', '2026-06-30', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 0,
    });
    // The amount over the twelve months to 2026-06-30: 256,000 (March) + 256,000 (September 2025).
    expect(await hz.credit.compute('M001', '2026-06-30', [PURCHASE_AMOUNT_FEATURE_ID])).toEqual({
      [PURCHASE_AMOUNT_FEATURE_ID]: 512_000,
    });
    expect(await hz.credit.compute('M404', '2026-06-30', [PURCHASE_AMOUNT_FEATURE_ID])).toEqual({
      [PURCHASE_AMOUNT_FEATURE_ID]: 0,
    });
  });

  it('replaces a purchase recorded again under the same id', async () => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    await hz.agriInput.recordPurchase(bought);
    await hz.agriInput.recordPurchase({ ...bought, date: '2020-01-01' });
    expect(await hz.credit.compute('M001', '2026-06-30', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 0,
    });
  });

  it.each([
    ['a zero amount', { ...bought, amountFen: 0 }, ['purchase', 'amountFen']],
    ['an amount in fractions of a fen', { ...bought, amountFen: 2_560.5 }, ['purchase', 'amountFen']],
    ['an amount as text', { ...bought, amountFen: '256000' }, ['purchase', 'amountFen']],
    ['a date that does not exist', { ...bought, date: '2026-04-31' }, ['purchase', 'date']],
    ['an empty product id', { ...bought, productId: '' }, ['purchase', 'productId']],
    ['an empty member id', { ...bought, memberId: '' }, ['purchase', 'memberId']],
    ['an unknown field', { ...bought, bags: 20 }, ['purchase']],
  ])('refuses %s and stores nothing', async (_what, purchase, path) => {
    const hz = createHezuo({ plugins: [agriInput()], clock });
    const error = await errorOf(() => hz.agriInput.recordPurchase(purchase as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
    expect(await hz.store.list(AGRI_INPUT_PURCHASE_KIND)).toEqual([]);
  });

  it("reports a malformed stored purchase of the member as INVALID_RECORD, but not another member's", async () => {
    const store = createMemoryStore();
    await store.put(AGRI_INPUT_PURCHASE_KIND, 'bad', {
      ...bought,
      id: 'bad',
      memberId: 'M009',
      amountFen: -1,
    });
    const hz = createHezuo({ plugins: [agriInput()], clock, store });
    await hz.agriInput.recordPurchase(bought);
    expect(await hz.credit.compute('M001', '2026-06-30', SEASONS)).toEqual({
      [PURCHASE_SEASONS_FEATURE_ID]: 1,
    });
    expect(await errorOf(() => hz.credit.compute('M009', '2026-06-30', SEASONS))).toMatchObject({
      code: 'INVALID_RECORD',
      path: [AGRI_INPUT_PURCHASE_KIND, 'bad', 'amountFen'],
    });
  });

  it('can leave the credit registry alone', async () => {
    const hz = createHezuo({ plugins: [agriInput({ registerCreditFeatures: false })], clock });
    expect(hz.credit.list().filter((f) => f.plugin === 'agriInput')).toEqual([]);
    await expect(hz.agriInput.recordPurchase(bought)).resolves.toEqual(bought);
    expect(() => agriInput({ registerCreditFeatures: 'no' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'registerCreditFeatures'] }),
    );
  });

  it('exports the record schema', () => {
    expect(AgriInputPurchaseRecordSchema.parse(bought)).toEqual(bought);
  });
});
