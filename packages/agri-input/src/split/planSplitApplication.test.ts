import { HezuoError } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FERTILIZERS } from '../exampleFertilizers';
import { NUTRIENTS } from '../nutrients';
import { nutrientValues } from '../units';
import { FertilisingWorkRequestSchema } from './fertilisingWorkRequest';
import { planSplitApplication } from './planSplitApplication';

// The 5-mu winter-wheat plot of the recommendation tests: 138.28 kg N, 115.46 kg P2O5, 46.88 kg K2O.
const WHEAT = {
  crop: 'winterWheat',
  memberId: 'M001',
  plotId: 'P-07',
  sowingDate: '2026-10-08',
  needKg: nutrientValues('kg', { N: 138.28, P2O5: 115.46, K2O: 46.88 }),
  products: EXAMPLE_FERTILIZERS,
};

describe('planSplitApplication', () => {
  it('splits wheat into a base dressing and a jointing top dressing, as by hand', () => {
    const plan = planSplitApplication(WHEAT);
    const [base, jointing] = plan.stages;
    // Jointing, 160–180 days after sowing: 40 % of N (55.312 kg), from urea only (no P or K
    // then): 55.312 / 0.46 = 120.243 kg.
    expect(jointing?.window).toEqual({ from: '2027-03-17', to: '2027-04-06' });
    expect(jointing?.products.map((p) => [p.productId, p.kg])).toEqual([['urea-46-0-0', 120.25]]);
    // The cheapest whole bags the stages can draw on: 4 urea, 5 DAP, 2 KCl, 1 bag of 15-15-15
    // (186,300 fen), not the 6th bag of DAP that rounding the cheapest blend up would buy (204,000).
    expect(plan.purchase.map((l) => [l.productId, l.bags, l.costFen])).toEqual([
      ['urea-46-0-0', 4, 44_000],
      ['dap-18-46-0', 5, 97_500],
      ['kcl-0-0-60', 2, 32_000],
      ['npk-15-15-15', 1, 12_800],
    ]);
    expect(plan.purchaseCostFen).toBe(186_300);
    // Base: 60 % of N (82.968 kg), all P2O5 (115.46) and K2O (46.88), from what the bags hold
    // (keeping 0.01 kg a stage for rounding): urea 199.98 − 120.243 = 79.737 kg (36.68 kg N);
    // DAP d and 15-15-15 c meet the rest of N and P2O5: 0.18d + 0.15c = 46.29, 0.46d + 0.15c =
    // 115.46, so d = 247.04, c = 12.15; KCl: (46.88 − 0.15c) / 0.6 = 75.1.
    expect(base?.window).toEqual({ from: '2026-10-01', to: '2026-10-08' });
    expect(base?.needKg).toEqual({ N: 82.97, P2O5: 115.46, K2O: 46.88 });
    expect(base?.products.map((p) => [p.productId, p.kg])).toEqual([
      ['urea-46-0-0', 79.74],
      ['dap-18-46-0', 247.04],
      ['kcl-0-0-60', 75.1],
      ['npk-15-15-15', 12.15],
    ]);
    for (const stage of plan.stages) {
      for (const n of NUTRIENTS) expect(stage.supplyKg[n]).toBeGreaterThanOrEqual(stage.needKg[n]);
    }
    // What is left in the bags after both stages.
    expect(plan.purchase.map((l) => l.leftoverKg)).toEqual([0.01, 2.96, 24.9, 27.85]);
    for (const line of plan.purchase) {
      const applied = plan.stages.flatMap((s) => s.products).filter((p) => p.productId === line.productId);
      expect(applied.reduce((sum, p) => sum + p.kg, 0)).toBeLessThanOrEqual(line.bags * 50);
    }
  });

  it('turns each stage into a work request the trusteeship plugin can take', () => {
    const plan = planSplitApplication(WHEAT);
    expect(plan.workRequests).toEqual([
      {
        plotId: 'P-07',
        memberId: 'M001',
        operation: 'soilTestFertilization',
        stage: 'base',
        window: { from: '2026-10-01', to: '2026-10-08' },
        products: [
          { productId: 'urea-46-0-0', kg: 79.74 },
          { productId: 'dap-18-46-0', kg: 247.04 },
          { productId: 'kcl-0-0-60', kg: 75.1 },
          { productId: 'npk-15-15-15', kg: 12.15 },
        ],
      },
      {
        plotId: 'P-07',
        memberId: 'M001',
        operation: 'soilTestFertilization',
        stage: 'jointing',
        window: { from: '2027-03-17', to: '2027-04-06' },
        products: [{ productId: 'urea-46-0-0', kg: 120.25 }],
      },
    ]);
    for (const request of plan.workRequests)
      expect(FertilisingWorkRequestSchema.parse(request)).toEqual(request);
    expect(plan.reasons[1]).toEqual({
      'zh-CN': '拔节肥（2027-03-17 至 2027-04-06）：尿素 120.25 公斤。',
      en: 'jointing top dressing (2027-03-17 to 2027-04-06): Urea 120.25 kg.',
    });
  });

  it('shares stock between stages and never buys past it', () => {
    const stocked = EXAMPLE_FERTILIZERS.map((p) => ({
      ...p,
      stockBags: { east: p.id === 'urea-46-0-0' ? 3 : 20 },
    }));
    const plan = planSplitApplication({ ...WHEAT, products: stocked, serviceCenterId: 'east' });
    const urea = plan.purchase.find((l) => l.productId === 'urea-46-0-0');
    expect(urea?.bags).toBeLessThanOrEqual(3);
    const ureaKg = plan.stages.flatMap((s) => s.products).filter((p) => p.productId === 'urea-46-0-0');
    expect(ureaKg.reduce((sum, p) => sum + p.kg, 0)).toBeLessThanOrEqual(150);
  });

  it('skips stages with nothing to apply', () => {
    const plan = planSplitApplication({ ...WHEAT, needKg: nutrientValues('kg', { N: 0, P2O5: 20, K2O: 0 }) });
    expect(plan.stages.map((s) => s.stage)).toEqual(['base']);
    const none = planSplitApplication({ ...WHEAT, needKg: nutrientValues('kg', { N: 0, P2O5: 0, K2O: 0 }) });
    expect(none.stages).toEqual([]);
    expect(none.workRequests).toEqual([]);
    expect(none.purchaseCostFen).toBe(0);
  });

  it('refuses an unknown crop, a need stock cannot meet, and a schedule whose shares do not add up', () => {
    expect(() => planSplitApplication({ ...WHEAT, crop: 'tomato' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['input', 'crop'] }),
    );
    const scarce = EXAMPLE_FERTILIZERS.map((p) => ({ ...p, stockBags: { east: 1 } }));
    let error: unknown;
    try {
      planSplitApplication({ ...WHEAT, products: scarce, serviceCenterId: 'east' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HezuoError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['input', 'needKg', 'N'] });
    expect((error as HezuoError).details.nutrients).toEqual(['N', 'P2O5', 'K2O']);
    expect(() =>
      planSplitApplication({
        ...WHEAT,
        schedule: [
          {
            id: 'base',
            name: { 'zh-CN': '基肥', en: 'base' },
            fromDay: 0,
            toDay: 0,
            shares: { N: 0.5, P2O5: 1, K2O: 1 },
          },
        ],
      }),
    ).toThrow(expect.objectContaining({ path: ['input', 'schedule', 0, 'shares', 'N'] }));
  });

  it('meets every stage and buys no more than stock, whatever the need (property)', () => {
    const stocked = EXAMPLE_FERTILIZERS.map((p) => ({ ...p, stockBags: { east: 12 } }));
    fc.assert(
      fc.property(
        fc.constantFrom('winterWheat', 'maize', 'rice', 'cotton'),
        fc.record({
          N: fc.double({ min: 0, max: 300, noNaN: true }),
          P2O5: fc.double({ min: 0, max: 150, noNaN: true }),
          K2O: fc.double({ min: 0, max: 150, noNaN: true }),
        }),
        (crop, need) => {
          const plan = planSplitApplication({
            ...WHEAT,
            crop,
            needKg: nutrientValues('kg', need),
            products: stocked,
            serviceCenterId: 'east',
          });
          for (const stage of plan.stages) {
            const supply = { N: 0, P2O5: 0, K2O: 0 };
            for (const p of stage.products) {
              const grade = stocked.find((s) => s.id === p.productId)?.grade ?? { N: 0, P2O5: 0, K2O: 0 };
              for (const n of NUTRIENTS) supply[n] += (p.kg * grade[n]) / 100;
            }
            // Rounding up to 0.01 kg is taken back only where every bag is used to the gram: at most
            // 0.01 kg of product per stage.
            for (const n of NUTRIENTS)
              expect(supply[n]).toBeGreaterThanOrEqual(stage.needKg[n] - 0.005 - 0.03);
          }
          for (const line of plan.purchase) {
            expect(line.bags).toBeLessThanOrEqual(12);
            expect(line.leftoverKg).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
