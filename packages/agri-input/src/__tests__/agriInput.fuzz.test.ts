import { createHezuo } from '@hezuo/core';
import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  agriInput,
  computePurchaseSeasons,
  countPurchaseSeasons,
  EXAMPLE_FERTILIZERS,
  nutrientContentKg,
} from '../index';

const percentage = fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.integer({ min: 0, max: 100 }));
const grade = fc.record({ N: percentage, P2O5: percentage, K2O: percentage }, { requiredKeys: [] });
const mass = fc.oneof(fc.double({ min: -1, max: 1e308, noNaN: true }), fc.nat());

const date = fc.constantFrom(
  '2026-06-30',
  '2026-07-01',
  '2023-06-30',
  '2023-02-29',
  '0001-01-01',
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
    productId: fc.constantFrom('urea-46', ''),
  },
  { requiredKeys: [] },
);

const hz = createHezuo({ plugins: [agriInput()] });

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}

const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'nutrientContentKg',
    arity: 2,
    call: (g, kg) => nutrientContentKg(g as never, kg as number),
    nearlyValid: [grade, mass],
  },
  {
    name: 'agriInput',
    arity: 1,
    call: (options) => agriInput(options as never),
    nearlyValid: [
      fc.oneof(
        fc.record({
          catalogue: fc.array(
            fc.record({
              id: fc.constantFrom('a', 'b', ''),
              name: fc.constant({ 'zh-CN': '尿素', en: 'Urea' }),
              grade,
              bagKg: mass,
              priceFenPerBag: fc.integer({ min: -1, max: 1e9 }),
            }),
            { maxLength: 3 },
          ),
          registerCreditFeatures: fc.oneof(fc.boolean(), fc.constant('yes')),
        }) as fc.Arbitrary<unknown>,
        fc.constant({ catalogue: EXAMPLE_FERTILIZERS }),
      ),
    ],
  },
  {
    name: 'recordPurchase',
    arity: 1,
    call: (p) => hz.agriInput.recordPurchase(p as never),
    nearlyValid: [purchase],
  },
  {
    name: 'countPurchaseSeasons',
    arity: 3,
    call: (p, m, d) => countPurchaseSeasons(p as never, m as string, d as string),
    nearlyValid: [fc.array(purchase, { maxLength: 4 }), fc.constantFrom('M001', 'M002', ''), date],
  },
  {
    name: 'computePurchaseSeasons',
    arity: 1,
    call: (input) => computePurchaseSeasons(withStore(input)),
    nearlyValid: [
      fc.record(
        { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant<unknown>(null) },
        { requiredKeys: [] },
      ),
    ],
  },
];

describe('agri-input is total over hostile input', () => {
  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality(TARGETS, { numRuns: 300 });
  });
});
