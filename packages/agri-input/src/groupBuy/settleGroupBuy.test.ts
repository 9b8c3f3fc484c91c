import { HezuoError } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupBuyInput } from './groupBuyInput';
import { settleGroupBuy } from './settleGroupBuy';

const UREA = {
  productId: 'urea-46-0-0',
  name: { 'zh-CN': '尿素', en: 'Urea' },
  bagKg: 50,
  listPriceFenPerBag: 11_000,
  priceBreaks: [
    { minTonnes: 2, priceFenPerTonne: 205_000 },
    { minTonnes: 5, priceFenPerTonne: 199_930 },
  ],
};
const NPK = {
  productId: 'npk-15-15-15',
  bagKg: 40,
  listPriceFenPerBag: 12_800,
  priceBreaks: [{ minTonnes: 10, priceFenPerTonne: 300_000 }],
};

const input = (orders: GroupBuyInput['orders']): GroupBuyInput => ({
  id: 'GB-1',
  cooperativeId: 'dongcun',
  date: '2026-03-01',
  products: [UREA, NPK],
  orders,
});

describe('settleGroupBuy', () => {
  it('prices each product at the break its pooled tonnage reaches', () => {
    const s = settleGroupBuy(
      input([
        { id: 'a', memberId: 'M1', productId: 'urea-46-0-0', bags: 30 },
        { id: 'b', memberId: 'M2', productId: 'urea-46-0-0', bags: 15 },
        { id: 'c', memberId: 'M2', productId: 'npk-15-15-15', bags: 20 },
      ]),
    );
    // Urea: 45 bags = 2.25 t ≥ 2 t → 2.25 × 205,000 = 461,250 against 495,000: 33,750 saved,
    // 30 : 15 → 22,500 and 11,250. 15-15-15: 0.8 t, below 10 t, list price, nothing saved.
    expect(s.products).toEqual([
      {
        productId: 'urea-46-0-0',
        bags: 45,
        tonnes: 2.25,
        priceBreak: { minTonnes: 2, priceFenPerTonne: 205_000 },
        listFen: 495_000,
        lotFen: 461_250,
        savingFen: 33_750,
      },
      {
        productId: 'npk-15-15-15',
        bags: 20,
        tonnes: 0.8,
        priceBreak: null,
        listFen: 256_000,
        lotFen: 256_000,
        savingFen: 0,
      },
    ]);
    expect(s.members).toEqual([
      { memberId: 'M1', listFen: 330_000, savingFen: 22_500, payableFen: 307_500 },
      { memberId: 'M2', listFen: 421_000, savingFen: 11_250, payableFen: 409_750 },
    ]);
    expect(s.transactions[2]).toEqual({
      id: 'GB-1:c',
      cooperativeId: 'dongcun',
      counterparty: { type: 'member', memberId: 'M2' },
      kind: 'inputPurchase',
      date: '2026-03-01',
      amount: 256_000,
      volume: { unit: 'bag', milli: 20_000 },
      sourceId: 'GB-1',
    });
    expect(s.reasons[0]?.['zh-CN']).toBe(
      '尿素：共 45 袋（2.25 吨），达到 2 吨以上每吨 ¥2,050.00 的价格，整批 ¥4,612.50，比零售价 ¥4,950.00 节省 ¥337.50，按袋数分摊给各订单。',
    );
  });

  it('gives back the saving exactly, whatever the orders (property)', () => {
    const order = fc.record({
      memberId: fc.constantFrom('M1', 'M2', 'M3', 'M4'),
      productId: fc.constantFrom('urea-46-0-0', 'npk-15-15-15'),
      bags: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 40 }), (orders) => {
        const s = settleGroupBuy(input(orders.map((o, i) => ({ ...o, id: `o${i}` }))));
        const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(s.orders.map((o) => o.savingFen))).toBe(s.savingFen);
        expect(sum(s.members.map((m) => m.savingFen))).toBe(s.savingFen);
        expect(sum(s.products.map((p) => p.savingFen))).toBe(s.savingFen);
        for (const p of s.products) {
          const mine = s.orders.filter((o) => o.productId === p.productId);
          expect(sum(mine.map((o) => o.savingFen))).toBe(p.savingFen);
          expect(sum(mine.map((o) => o.payableFen))).toBe(p.lotFen);
          for (const o of mine) {
            // Each share is within one fen of its exact proportion.
            expect(Math.abs(o.savingFen - (p.savingFen * o.bags) / p.bags)).toBeLessThan(1);
            expect(o.payableFen + o.savingFen).toBe(o.listFen);
          }
        }
        expect(sum(s.transactions.map((t) => t.amount))).toBe(sum(s.orders.map((o) => o.payableFen)));
      }),
    );
  });

  it.each([
    [
      'an order for a product not offered',
      { orders: [{ id: 'a', memberId: 'M1', productId: 'x', bags: 1 }] },
      ['groupBuy', 'orders', 0, 'productId'],
    ],
    [
      'a fractional bag',
      { orders: [{ id: 'a', memberId: 'M1', productId: 'urea-46-0-0', bags: 1.5 }] },
      ['groupBuy', 'orders', 0, 'bags'],
    ],
    [
      'an order id used twice',
      {
        orders: [
          { id: 'a', memberId: 'M1', productId: 'urea-46-0-0', bags: 1 },
          { id: 'a', memberId: 'M2', productId: 'urea-46-0-0', bags: 1 },
        ],
      },
      ['groupBuy', 'orders', 1, 'id'],
    ],
    [
      'price breaks that do not fall',
      {
        products: [
          {
            ...UREA,
            priceBreaks: [
              { minTonnes: 2, priceFenPerTonne: 205_000 },
              { minTonnes: 5, priceFenPerTonne: 210_000 },
            ],
          },
        ],
      },
      ['groupBuy', 'products', 0, 'priceBreaks', 1, 'priceFenPerTonne'],
    ],
    ['an id with a colon', { id: 'GB:1' }, ['groupBuy', 'id']],
  ])('refuses %s', (_what, change, path) => {
    const base = input([{ id: 'a', memberId: 'M1', productId: 'urea-46-0-0', bags: 1 }]);
    expect(() => settleGroupBuy({ ...base, ...change } as GroupBuyInput)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });

  it('refuses a price break dearer than the list price', () => {
    const dear = { ...UREA, priceBreaks: [{ minTonnes: 1, priceFenPerTonne: 300_000 }] };
    let error: unknown;
    try {
      settleGroupBuy({
        ...input([{ id: 'a', memberId: 'M1', productId: 'urea-46-0-0', bags: 40 }]),
        products: [dear],
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HezuoError);
    expect(error).toMatchObject({ path: ['groupBuy', 'products', 0, 'priceBreaks'] });
  });
});
