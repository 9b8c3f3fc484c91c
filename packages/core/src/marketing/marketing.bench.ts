import { bench, describe } from 'vitest';
import type { Delivery } from './delivery';
import { matchDeliveries } from './match';
import type { Order } from './order';
import { settleMatches } from './settlement';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same input. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
}

const CROPS = ['wheat', 'corn', 'apple', 'pear'];
const GRADES = ['first', 'second', 'third'];
const next = lcg(7);
const day = () =>
  `2026-${String(6 + (next() % 3)).padStart(2, '0')}-${String(1 + (next() % 28)).padStart(2, '0')}`;

const D = 10_000;
const O = 1_000;
// A county season: 10,000 deliveries of 50-2,000 kg by 2,000 members; 1,000 orders of 1-30 t.
const deliveries: Delivery[] = Array.from({ length: D }, (_, i) => ({
  id: `d${i}`,
  cooperativeId: 'coop-1',
  memberId: `m${next() % 2_000}`,
  crop: CROPS[next() % CROPS.length] as string,
  grade: GRADES[next() % GRADES.length] as string,
  deliveredOn: day(),
  grossKg: `${50 + (next() % 1_950)}.${next() % 1_000}`,
  unitPrice: 200 + (next() % 600),
  deductions: [{ reason: 'moisture', kg: `${next() % 20}.5` }],
}));
const orders: Order[] = Array.from({ length: O }, (_, i) => ({
  id: `o${i}`,
  buyer: { id: `b${next() % 50}`, name: 'buyer', type: 'supermarket' },
  crop: CROPS[next() % CROPS.length] as string,
  grade: GRADES[next() % GRADES.length] as string,
  quantityKg: 1_000 + (next() % 29_000),
  unitPrice: 300 + (next() % 700),
  orderedOn: day(),
}));
const { matches } = matchDeliveries({ deliveries, orders });

describe(`marketing ledger: ${D.toLocaleString('en')} deliveries, ${O.toLocaleString('en')} orders`, () => {
  bench('matchDeliveries', () => {
    matchDeliveries({ deliveries, orders });
  });
  bench(`settleMatches (${matches.length.toLocaleString('en')} matches, 3 % commission)`, () => {
    settleMatches({ deliveries, orders, matches, commissionRate: '0.03' });
  });
});
