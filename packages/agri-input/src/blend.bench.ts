import { bench, describe } from 'vitest';
import { leastCostBlend } from './blend/leastCostBlend';
import type { FertilizerProduct } from './fertilizerProduct';
import { nutrientValues } from './units';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same input. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const next = lcg(8);

// Ten products as a county input shop lists them: straights, phosphates, potash and compounds.
const GRADES: [number, number, number][] = [
  [46, 0, 0],
  [34, 0, 0],
  [18, 46, 0],
  [11, 44, 0],
  [0, 16, 0],
  [0, 0, 60],
  [0, 0, 50],
  [15, 15, 15],
  [20, 10, 10],
  [17, 17, 17],
];
const products: FertilizerProduct[] = GRADES.map(([N, P2O5, K2O], i) => ({
  id: `p${i}`,
  name: { 'zh-CN': `产品${i}`, en: `product ${i}` },
  grade: { N, P2O5, K2O },
  bagKg: i % 3 === 0 ? 40 : 50,
  priceFenPerBag: Math.round((N + P2O5 * 1.3 + K2O * 0.9) * 220 + 2_000 + next() * 1_500),
  stockBags: { east: 20 + Math.floor(next() * 200) },
}));
// Fifty needs of a 10–50 mu field: 150–900 kg N, 50–400 kg P2O5, 40–350 kg K2O.
const needs = Array.from({ length: 50 }, () =>
  nutrientValues('kg', { N: 150 + next() * 750, P2O5: 50 + next() * 350, K2O: 40 + next() * 310 }),
);
let i = 0;

describe('leastCostBlend', () => {
  bench('10 products × 3 nutrients: blend, whole bags and marginal costs (target ≤ 20 ms)', () => {
    const need = needs[i++ % needs.length];
    if (need) leastCostBlend({ need, products, serviceCenterId: 'east' });
  });
});
