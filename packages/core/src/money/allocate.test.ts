import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HezuoError } from '../errors/HezuoError';
import { allocate, splitEvenly } from './allocate';

const RUNS = { numRuns: 1000 };

/** |part − total·w/Σw| < 1, checked exactly with bigint: |part·Σw − total·w| < Σw. */
function withinOneFen(part: number, total: number, weight: bigint, sum: bigint): boolean {
  const diff = BigInt(part) * sum - BigInt(total) * weight;
  return (diff < 0n ? -diff : diff) < sum;
}

const totals = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat());
const integerWeights = fc.array(fc.oneof(fc.constant(0), fc.nat({ max: 1_000 }), fc.maxSafeNat()), {
  minLength: 1,
  maxLength: 60,
});

describe('allocate', () => {
  it('splits by largest remainder, lower index first on ties', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocate(1_000, [0.5, 0.3, 0.2])).toEqual([500, 300, 200]);
    expect(allocate(5, [0, 2, 3])).toEqual([0, 2, 3]);
    expect(allocate(10, [3, 3, 4])).toEqual([3, 3, 4]);
    expect(allocate(7, [1, 2])).toEqual([2, 5]); // 2.333 → 2, 4.667 → 5
    expect(allocate(0, [0, 0])).toEqual([0, 0]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
    expect(allocate(1, ['0.1', '0.2', '0.3'])).toEqual([0, 0, 1]);
  });

  it('reads decimal weights exactly (0.1 + 0.2 is 0.3 here)', () => {
    // With floats, 0.1 + 0.2 > 0.3 would tip the tie; exact decimals keep it a tie.
    expect(allocate(1, [0.3, 0.1, 0.2])).toEqual([1, 0, 0]);
    expect(allocate(3, [0.3, 0.1, 0.2])).toEqual([2, 0, 1]);
    // Equal remainders (1/2 each) with different weights: the larger weight gets the fen.
    expect(allocate(1, [1, 3])).toEqual([0, 1]);
    expect(allocate(100, ['1e-3', '2e-3', '7e-3'])).toEqual([10, 20, 70]);
  });

  it('is exact for totals and weights near the safe-integer limit', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const parts = allocate(big, [big, 1, big]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(big);
    // Exact shares: 4503599627370495.5, 0.99999999999999994, 4503599627370495.5 → the fen goes to the middle.
    expect(parts).toEqual([4503599627370495, 1, 4503599627370495]);
  });

  it('splitEvenly gives the first parts the extra fen', () => {
    expect(splitEvenly(100, 3)).toEqual([34, 33, 33]);
    expect(splitEvenly(0, 2)).toEqual([0, 0]);
  });

  it('property: parts always sum to the total', () => {
    fc.assert(
      fc.property(totals, integerWeights, (total, weights) => {
        fc.pre(total === 0 || weights.some((w) => w > 0));
        const parts = allocate(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(parts.every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('property: each part is within one fen of its exact share, zero weights get zero', () => {
    fc.assert(
      fc.property(totals, integerWeights, (total, weights) => {
        fc.pre(total === 0 || weights.some((w) => w > 0));
        const parts = allocate(total, weights);
        const sum = weights.reduce((a, w) => a + BigInt(w), 0n);
        parts.forEach((part, i) => {
          const weight = BigInt(weights[i] as number);
          if (weight === 0n) expect(part).toBe(0);
          else expect(withinOneFen(part, total, weight, sum)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('property: decimal weights are split exactly too', () => {
    const decimal = fc
      .tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => ({ text: (units / 10 ** scale).toFixed(scale), units: BigInt(units), scale }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(decimal, { minLength: 1, maxLength: 30 }),
        (total, ws) => {
          fc.pre(total === 0 || ws.some((w) => w.units > 0n));
          const parts = allocate(
            total,
            ws.map((w) => w.text),
          );
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const scaled = ws.map((w) => w.units * 10n ** BigInt(6 - w.scale));
          const sum = scaled.reduce((a, b) => a + b, 0n);
          if (sum === 0n) expect(parts.every((p) => p === 0)).toBe(true);
          else
            expect(parts.every((part, i) => withinOneFen(part, total, scaled[i] as bigint, sum))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('property: reordering the weights reorders the parts (equal weights may swap their extra fen)', () => {
    fc.assert(
      fc.property(
        totals,
        integerWeights.chain((ws) =>
          fc.tuple(
            fc.constant(ws),
            fc.shuffledSubarray(
              ws.map((_, i) => i),
              { minLength: ws.length },
            ),
          ),
        ),
        (total, [weights, order]) => {
          fc.pre(total === 0 || weights.some((w) => w > 0));
          const permuted = order.map((i) => weights[i] as number);
          const pairs = (ws: number[], ps: number[]) => ws.map((w, i) => `${w}:${ps[i]}`).sort();
          expect(pairs(permuted, allocate(total, permuted))).toEqual(
            pairs(weights, allocate(total, weights)),
          );
        },
      ),
      RUNS,
    );
  });

  it('property: equal weights get parts at most one fen apart, the extra fen to the lower index', () => {
    fc.assert(
      fc.property(
        totals,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 50 }),
        (total, weight, count) => {
          const parts = allocate(total, new Array(count).fill(weight));
          expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
          expect([...parts].sort((a, b) => b - a)).toEqual(parts);
        },
      ),
      RUNS,
    );
  });

  it('property: rejects bad input with a typed error and a path', () => {
    const badTotal = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0.5, 2 ** 53, '100', null, undefined),
      fc.integer({ max: -1 }),
      fc.double({ noInteger: true }),
    );
    fc.assert(
      fc.property(badTotal, (total) => {
        const error = catchError(() => allocate(total as number, [1, 2]));
        expect(error).toBeInstanceOf(HezuoError);
        expect(error).toMatchObject({ code: 'INVALID_AMOUNT', path: ['total'] });
      }),
      RUNS,
    );
    const badWeight = fc.oneof(
      fc.constantFrom(
        Number.NaN,
        Number.NEGATIVE_INFINITY,
        Number.POSITIVE_INFINITY,
        '-1',
        'abc',
        '',
        null,
        {},
        [],
      ),
      fc.integer({ max: -1 }),
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), badWeight, fc.nat(), (good, bad, at) => {
        const weights: unknown[] = [...good];
        const index = at % (good.length + 1);
        weights.splice(index, 0, bad);
        const error = catchError(() => allocate(100, weights as number[]));
        expect(error).toBeInstanceOf(HezuoError);
        expect(error).toMatchObject({ code: 'INVALID_WEIGHTS', path: ['weights', index] });
      }),
      RUNS,
    );
  });

  it('rejects an empty list and all-zero weights for a non-zero total', () => {
    expect(() => allocate(1, [])).toThrow(expect.objectContaining({ code: 'INVALID_WEIGHTS' }));
    expect(() => allocate(1, [0, 0])).toThrow(
      expect.objectContaining({ code: 'INVALID_WEIGHTS', path: ['weights'] }),
    );
    expect(() => allocate(1, 'ab' as unknown as number[])).toThrow(HezuoError);
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
