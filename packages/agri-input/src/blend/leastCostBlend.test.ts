import { HezuoError } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FERTILIZERS } from '../exampleFertilizers';
import type { FertilizerProduct } from '../fertilizerProduct';
import { NUTRIENTS, type Nutrient } from '../nutrients';
import { nutrientValues } from '../units';
import { leastCostBlend } from './leastCostBlend';

const byId = (id: string) => EXAMPLE_FERTILIZERS.find((p) => p.id === id) as FertilizerProduct;
const UREA = byId('urea-46-0-0');
const DAP = byId('dap-18-46-0');
const KCL = byId('kcl-0-0-60');
const NPK = byId('npk-15-15-15');
const noStock = (p: FertilizerProduct): FertilizerProduct => {
  const { stockBags: _stock, ...rest } = p;
  return rest;
};
const PRODUCTS = [UREA, DAP, KCL, NPK].map(noStock);

/** kg of each nutrient in kg of products, by plain nutrient arithmetic. */
function supply(products: readonly FertilizerProduct[], kg: (p: FertilizerProduct) => number) {
  const total: Record<Nutrient, number> = { N: 0, P2O5: 0, K2O: 0 };
  for (const p of products) for (const n of NUTRIENTS) total[n] += (kg(p) * p.grade[n]) / 100;
  return total;
}

describe('leastCostBlend', () => {
  const need = nutrientValues('kg', { N: 60, P2O5: 30, K2O: 30 });

  it('finds the least-cost blend, checked by nutrient arithmetic', () => {
    const plan = leastCostBlend({ need, products: PRODUCTS });
    // P from DAP: 30 / 0.46 = 65.217… kg (bringing 11.739 kg N); the rest of N from urea:
    // 48.26 / 0.46 = 104.915… kg; K from KCl: 30 / 0.6 = 50 kg. 15-15-15 is dearer per nutrient.
    expect(plan.blend.lines.map((l) => [l.productId, l.kg])).toEqual([
      ['urea-46-0-0', 104.92],
      ['dap-18-46-0', 65.22],
      ['kcl-0-0-60', 50],
    ]);
    // 104.92 × 220 + 65.22 × 390 + 50 × 320 fen, each line rounded to the fen.
    expect(plan.blend.costFen).toBe(23_082 + 25_436 + 16_000);
    const kgOf = new Map(plan.blend.lines.map((l) => [l.productId, l.kg]));
    const s = supply(PRODUCTS, (p) => kgOf.get(p.id) ?? 0);
    for (const n of NUTRIENTS) {
      expect(s[n]).toBeGreaterThanOrEqual(need[n]);
      expect(s[n]).toBeLessThanOrEqual(need[n] * 1.1);
      expect(plan.blend.supplyKg[n]).toBeCloseTo(s[n], 2);
    }
  });

  it('reports marginal costs matching the prices by hand', () => {
    const plan = leastCostBlend({ need, products: PRODUCTS });
    // N comes from urea: 11,000 fen / 50 kg / 0.46 = 478.26 fen per kg N.
    expect(plan.marginalCostFenPerKg.N).toBeCloseTo(478.26, 1);
    // One more kg of P2O5: 1 / 0.46 kg DAP (847.83 fen) saves 0.18 / 0.46 kg N from urea (187.15 fen).
    expect(plan.marginalCostFenPerKg.P2O5).toBeCloseTo(660.68, 1);
    // K from KCl: 16,000 / 50 / 0.6 = 533.33.
    expect(plan.marginalCostFenPerKg.K2O).toBeCloseTo(533.33, 1);
    expect(plan.reasons[2]).toEqual({
      'zh-CN': '边际成本：氮（N）每公斤 ¥4.78、磷（P₂O₅）每公斤 ¥6.61、钾（K₂O）每公斤 ¥5.33。',
      en: 'Marginal cost: nitrogen (N) CN¥4.78/kg, phosphate (P₂O₅) CN¥6.61/kg, potash (K₂O) CN¥5.33/kg.',
    });
  });

  it('buys the cheapest whole bags that never fall short', () => {
    const plan = leastCostBlend({ need, products: PRODUCTS });
    // 2 DAP (46 P2O5, 18 N) + 2 urea (46 N) + 1 KCl (30 K2O) = 39,000 + 22,000 + 16,000 fen.
    expect(plan.wholeBags.lines.map((l) => [l.productId, l.bags, l.kg, l.costFen])).toEqual([
      ['urea-46-0-0', 2, 100, 22_000],
      ['dap-18-46-0', 2, 100, 39_000],
      ['kcl-0-0-60', 1, 50, 16_000],
    ]);
    expect(plan.wholeBags.costFen).toBe(77_000);
    expect(plan.wholeBags.method).toBe('optimal');
    expect(plan.wholeBags.supplyKg).toEqual({ N: 64, P2O5: 46, K2O: 30 });
    expect(plan.wholeBags.excessKg).toEqual({ N: 4, P2O5: 16, K2O: 0 });
    expect(plan.wholeBags.withinTolerance).toEqual({ N: true, P2O5: false, K2O: true });
    expect(plan.reasons[1]?.en).toBe(
      'Whole bags: Urea 2 bags, Diammonium phosphate (DAP) 2 bags, Potassium chloride (muriate of potash) 1 bag, CN¥770.00 in all, no nutrient short of its need; rounding to whole bags goes beyond the tolerance for phosphate (P₂O₅) +16 kg.',
    );
  });

  it('respects stock at a service centre and minimum doses', () => {
    const stocked = [
      { ...UREA, stockBags: { east: 1, west: 10 } },
      { ...DAP, stockBags: { east: 10 } },
      { ...KCL, stockBags: { east: 10 } },
      { ...NPK, stockBags: { east: 10 } },
    ];
    const east = leastCostBlend({ need, products: stocked, serviceCenterId: 'east' });
    const urea = east.blend.lines.find((l) => l.productId === 'urea-46-0-0');
    expect(urea?.kg).toBe(50); // one bag of urea in stock at the east centre
    // The rest of the N comes with DAP, so P2O5 goes beyond its tolerance: flagged, not refused.
    expect(east.blend.withinTolerance.P2O5).toBe(false);
    expect(east.wholeBags.lines.find((l) => l.productId === 'urea-46-0-0')?.bags ?? 0).toBeLessThanOrEqual(1);
    expect(east.marginalCostFenPerKg.N).toBeGreaterThan(478.26); // N now comes dearer
    const withCompound = leastCostBlend({ need, products: PRODUCTS, minimumKg: { 'npk-15-15-15': 80 } });
    expect(withCompound.blend.lines.find((l) => l.productId === 'npk-15-15-15')?.kg).toBeGreaterThanOrEqual(
      80,
    );
    expect(
      withCompound.wholeBags.lines.find((l) => l.productId === 'npk-15-15-15')?.bags,
    ).toBeGreaterThanOrEqual(2);
  });

  it('needs nothing for a zero need', () => {
    const plan = leastCostBlend({
      need: nutrientValues('kg', { N: 0, P2O5: 0, K2O: 0 }),
      products: PRODUCTS,
    });
    expect(plan.blend.lines).toEqual([]);
    expect(plan.wholeBags.lines).toEqual([]);
    expect(plan.wholeBags.costFen).toBe(0);
  });
});

describe('leastCostBlend: infeasible needs name the nutrient', () => {
  const need = nutrientValues('kg', { N: 60, P2O5: 30, K2O: 30 });
  const bad = (run: () => unknown): HezuoError => {
    try {
      run();
    } catch (e) {
      if (e instanceof HezuoError) return e;
      throw e;
    }
    throw new Error('expected a HezuoError');
  };

  it('when stock cannot supply it', () => {
    const e = bad(() =>
      leastCostBlend({
        need: nutrientValues('kg', { N: 10, P2O5: 0, K2O: 120 }),
        products: [noStock(UREA), { ...KCL, stockBags: { east: 3 } }],
        serviceCenterId: 'east',
      }),
    );
    expect(e).toMatchObject({ code: 'INVALID_INPUT', path: ['input', 'need', 'K2O'] });
    expect(e.details.nutrients).toEqual(['K2O']);
    expect(e.details.reasons).toEqual([
      {
        'zh-CN': '钾（K₂O）需要 120 公斤，现有产品和库存最多只能提供 90 公斤',
        en: 'potash (K₂O): 120 kg needed, but the products in stock can supply at most 90 kg',
      },
    ]);
  });

  it('when no product carries it', () => {
    const e = bad(() =>
      leastCostBlend({ need: nutrientValues('kg', { N: 10, P2O5: 5, K2O: 0 }), products: [UREA] }),
    );
    expect(e.path).toEqual(['input', 'need', 'P2O5']);
  });

  it('but gives way on the tolerance, and says so, when meeting the others brings too much', () => {
    // P only from DAP: 30 kg P2O5 takes 65.22 kg DAP, bringing 11.74 kg N, more than 5 × 1.1 kg.
    const plan = leastCostBlend({
      need: nutrientValues('kg', { N: 5, P2O5: 30, K2O: 0 }),
      products: [UREA, DAP],
    });
    expect(plan.blend.lines.map((l) => [l.productId, l.kg])).toEqual([['dap-18-46-0', 65.22]]);
    expect(plan.blend.withinTolerance).toEqual({ N: false, P2O5: true, K2O: true });
    expect(plan.reasons[0]?.en).toMatch(
      /cannot keep nitrogen \(N\) within the tolerance, so this blend exceeds it least\.$/,
    );
  });

  it('when a minimum dose exceeds stock or names an unknown product', () => {
    expect(
      bad(() =>
        leastCostBlend({
          need,
          products: [{ ...UREA, stockBags: { east: 1 } }],
          minimumKg: { 'urea-46-0-0': 60 },
        }),
      ).path,
    ).toEqual(['input', 'minimumKg', 'urea-46-0-0']);
    expect(bad(() => leastCostBlend({ need, products: PRODUCTS, minimumKg: { nope: 1 } })).path).toEqual([
      'input',
      'minimumKg',
      'nope',
    ]);
  });
});

describe('leastCostBlend: a degenerate program', () => {
  it('solves a degenerate zero-tolerance blend (one that made an earlier simplex cycle)', () => {
    const product = (i: number, N: number, P2O5: number, K2O: number): FertilizerProduct => ({
      id: `p${i}`,
      name: { 'zh-CN': `产品${i}`, en: `product ${i}` },
      grade: { N, P2O5, K2O },
      bagKg: 25,
      priceFenPerBag: 1_000,
      stockBags: { c: 2 },
    });
    const plan = leastCostBlend({
      need: nutrientValues('kg', { N: 1, P2O5: 8, K2O: 5 }),
      products: [product(0, 9, 1, 0), product(1, 1, 0, 13), product(2, 3, 33, 4)],
      serviceCenterId: 'c',
      tolerance: 0,
    });
    // Three bags, the cheapest of all 27 bag vectors within stock; two of them tie
    // (1-0-13 + 2 × 3-33-4, and 2 × 1-0-13 + 3-33-4), so only the cost and the need are pinned.
    expect(plan.wholeBags.costFen).toBe(3_000);
    expect(plan.wholeBags.lines.reduce((bags, l) => bags + l.bags, 0)).toBe(3);
    for (const n of NUTRIENTS) expect(plan.wholeBags.excessKg[n]).toBeGreaterThanOrEqual(0);
  });
});

describe('leastCostBlend: whole bags against an exhaustive search', () => {
  const product = (i: number) =>
    fc
      .record({
        n: fc.integer({ min: 0, max: 46 }),
        p: fc.integer({ min: 0, max: 46 }),
        k: fc.integer({ min: 0, max: 60 }),
        bagKg: fc.constantFrom(25, 40, 50),
        price: fc.integer({ min: 1_000, max: 20_000 }),
        stock: fc.integer({ min: 0, max: 5 }),
      })
      .filter((r) => r.n + r.p + r.k <= 100)
      .map(
        (r): FertilizerProduct => ({
          id: `p${i}`,
          name: { 'zh-CN': `产品${i}`, en: `product ${i}` },
          grade: { N: r.n, P2O5: r.p, K2O: r.k },
          bagKg: r.bagKg,
          priceFenPerBag: r.price,
          stockBags: { c: r.stock },
        }),
      );
  const products = fc
    .integer({ min: 1, max: 3 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => product(i))));
  const needs = fc.record({
    N: fc.integer({ min: 0, max: 60 }),
    P2O5: fc.integer({ min: 0, max: 40 }),
    K2O: fc.integer({ min: 0, max: 40 }),
  });

  /** The cheapest bag vector within stock that meets every need, by trying them all. */
  function exhaustive(list: readonly FertilizerProduct[], need: Record<Nutrient, number>): number | null {
    let best: number | null = null;
    const bags = list.map(() => 0);
    const visit = (i: number): void => {
      if (i === list.length) {
        const s = supply(list, (p) => (bags[list.indexOf(p)] ?? 0) * p.bagKg);
        if (NUTRIENTS.every((n) => s[n] >= need[n] - 1e-9)) {
          const cost = list.reduce((sum, p, j) => sum + (bags[j] ?? 0) * p.priceFenPerBag, 0);
          if (best === null || cost < best) best = cost;
        }
        return;
      }
      for (let b = 0; b <= (list[i]?.stockBags?.c ?? 0); b++) {
        bags[i] = b;
        visit(i + 1);
      }
    };
    visit(0);
    return best;
  }

  it('costs the same as the cheapest bag vector found by trying every one', () => {
    fc.assert(
      fc.property(products, needs, fc.constantFrom(0, 0.1, 1), (list, rawNeed, tolerance) => {
        const best = exhaustive(list, rawNeed);
        let plan: ReturnType<typeof leastCostBlend> | undefined;
        try {
          plan = leastCostBlend({
            need: nutrientValues('kg', rawNeed),
            products: list,
            serviceCenterId: 'c',
            tolerance,
          });
        } catch (e) {
          if (!(e instanceof HezuoError)) throw e;
          // Refused only when no bags within stock can meet the need.
          expect(best).toBeNull();
          expect(e.path.slice(0, 2)).toEqual(['input', 'need']);
          return;
        }
        expect(best).not.toBeNull();
        expect(plan.wholeBags.costFen).toBe(best);
        const bags = new Map(plan.wholeBags.lines.map((l) => [l.productId, l.bags]));
        const s = supply(list, (p) => (bags.get(p.id) ?? 0) * p.bagKg);
        for (const n of NUTRIENTS) expect(s[n]).toBeGreaterThanOrEqual(rawNeed[n] - 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('never falls short, in the blend or in whole bags', () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.double({ min: 0, max: 5_000, noNaN: true }),
          P2O5: fc.double({ min: 0, max: 2_000, noNaN: true }),
          K2O: fc.double({ min: 0, max: 2_000, noNaN: true }),
        }),
        (rawNeed) => {
          const plan = leastCostBlend({
            need: nutrientValues('kg', rawNeed),
            products: PRODUCTS,
            tolerance: 0.5,
          });
          const blendKg = new Map(plan.blend.lines.map((l) => [l.productId, l.kg]));
          const bags = new Map(plan.wholeBags.lines.map((l) => [l.productId, l.bags]));
          const fromBlend = supply(PRODUCTS, (p) => blendKg.get(p.id) ?? 0);
          const fromBags = supply(PRODUCTS, (p) => (bags.get(p.id) ?? 0) * p.bagKg);
          for (const n of NUTRIENTS) {
            expect(fromBlend[n]).toBeGreaterThanOrEqual(rawNeed[n] - 1e-6);
            expect(fromBags[n]).toBeGreaterThanOrEqual(rawNeed[n] - 1e-6);
          }
          expect(plan.wholeBags.costFen).toBeGreaterThanOrEqual(plan.blend.costFen - plan.blend.lines.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
