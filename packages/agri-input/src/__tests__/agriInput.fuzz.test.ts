import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { agriInput, EXAMPLE_FERTILIZERS, nutrientContentKg } from '../index';

const percentage = fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.integer({ min: 0, max: 100 }));
const grade = fc.record({ N: percentage, P2O5: percentage, K2O: percentage }, { requiredKeys: [] });
const mass = fc.oneof(fc.double({ min: -1, max: 1e308, noNaN: true }), fc.nat());

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
        }) as fc.Arbitrary<unknown>,
        fc.constant({ catalogue: EXAMPLE_FERTILIZERS }),
      ),
    ],
  },
];

describe('agri-input is total over hostile input', () => {
  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality(TARGETS, { numRuns: 300 });
  });
});
