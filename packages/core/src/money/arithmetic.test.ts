import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, multiplyFen, scaleFen, subtractFen, sumFen } from './arithmetic';

describe('addFen / sumFen / subtractFen', () => {
  it('adds and subtracts exactly', () => {
    expect(addFen(1, 2, 3)).toBe(6);
    expect(addFen()).toBe(0);
    expect(sumFen([10, -3])).toBe(7);
    expect(subtractFen(5, 8)).toBe(-3);
  });

  it('refuses to lose a fen past the safe range', () => {
    expect(() => addFen(Number.MAX_SAFE_INTEGER, 1)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OVERFLOW' }),
    );
    expect(() => subtractFen(Number.MIN_SAFE_INTEGER, 1)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OVERFLOW' }),
    );
    // Intermediate overflow that comes back into range is still exact.
    expect(sumFen([Number.MAX_SAFE_INTEGER, 1, -2])).toBe(Number.MAX_SAFE_INTEGER - 1);
  });

  it('rejects amounts that are not whole fen, with the path', () => {
    expect(() => addFen(1, 0.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT', path: [1] }));
    expect(() => subtractFen(1, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['subtrahend'] }),
    );
  });

  it('property: sumFen agrees with bigint arithmetic or refuses', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })),
        (xs) => {
          const exact = xs.reduce((a, x) => a + BigInt(x), 0n);
          if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
            expect(() => sumFen(xs)).toThrow(expect.objectContaining({ code: 'AMOUNT_OVERFLOW' }));
          } else {
            expect(BigInt(sumFen(xs))).toBe(exact);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('multiplyFen', () => {
  it('multiplies by an exact decimal rate and rounds once', () => {
    expect(multiplyFen(1_000_000, 0.0435)).toBe(43_500);
    expect(multiplyFen(12_345, '0.0435')).toBe(537); // 537.0075
    expect(multiplyFen(1_005, 0.5)).toBe(503); // 502.5 half-up
    expect(multiplyFen(1_005, 0.5, { rounding: 'halfEven' })).toBe(502);
    expect(multiplyFen(1_015, 0.5, { rounding: 'halfEven' })).toBe(508);
    expect(multiplyFen(-1_005, 0.5)).toBe(-503); // half away from zero
    expect(multiplyFen(-1_005, 0.5, { rounding: 'floor' })).toBe(-503);
    expect(multiplyFen(-1_005, 0.5, { rounding: 'ceiling' })).toBe(-502);
    expect(multiplyFen(1_005, 0.5, { rounding: 'down' })).toBe(502);
    expect(multiplyFen(1_001, 0.5, { rounding: 'up' })).toBe(501);
    expect(multiplyFen(1_005, 0.5, { rounding: 'halfDown' })).toBe(502);
    expect(multiplyFen(100, '1e2')).toBe(10_000);
    expect(multiplyFen(100, 1e-7)).toBe(0);
  });

  it('avoids the float error of 1.005 × 100 style rates', () => {
    // In floats 0.615 * 1000 = 614.9999999999999; exactly it is 615.
    expect(multiplyFen(1000, 0.615)).toBe(615);
    expect(multiplyFen(10, 0.615)).toBe(6); // 6.15
    expect(multiplyFen(100, 0.615)).toBe(62); // 61.5 half-up
  });

  it('rejects bad rates and options', () => {
    expect(() => multiplyFen(1, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE', path: ['rate'] }),
    );
    expect(() => multiplyFen(1, '1e999')).toThrow(expect.objectContaining({ code: 'INVALID_RATE' }));
    expect(() => multiplyFen(1, '12%')).toThrow(expect.objectContaining({ code: 'INVALID_RATE' }));
    expect(() => multiplyFen(1, 1, { rounding: 'nearest' as 'halfUp' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'rounding'] }),
    );
    expect(() => multiplyFen(Number.MAX_SAFE_INTEGER, 2)).toThrow(
      expect.objectContaining({ code: 'AMOUNT_OVERFLOW' }),
    );
  });

  it('property: halfUp is within half a fen of the exact product', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 3, max: 8 }), // rates up to 1000 keep every product in range
        (amount, units, scale) => {
          const rate = (units / 10 ** scale).toFixed(scale);
          const result = BigInt(multiplyFen(amount, rate));
          const exactTimesScale = BigInt(amount) * BigInt(units);
          const diff = result * 10n ** BigInt(scale) - exactTimesScale;
          expect(2n * (diff < 0n ? -diff : diff)).toBeLessThanOrEqual(10n ** BigInt(scale));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('scaleFen', () => {
  it('multiplies and divides exactly, rounding once', () => {
    expect(scaleFen(1_000_000, { multiply: ['0.0435', 365], divide: [360] })).toBe(44_104); // 44104.1666…
    expect(scaleFen(1_000_000, { multiply: ['0.0435', 365], divide: [365] })).toBe(43_500);
    expect(scaleFen(1_000, { divide: [3] })).toBe(333);
    expect(scaleFen(1_000, { divide: [3], rounding: 'up' })).toBe(334);
    expect(scaleFen(-1_000, { divide: ['-8'] })).toBe(125);
    expect(scaleFen(7, {})).toBe(7);
    // Rounding in between would give 2 × round(0.5) = 2 or 0; once at the end it is 1.
    expect(scaleFen(1, { multiply: ['0.5', 2] })).toBe(1);
  });

  it('refuses a zero divisor and bad factors with a path', () => {
    expect(() => scaleFen(1, { divide: [0] })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE', path: ['options', 'divide', 0] }),
    );
    expect(() => scaleFen(1, { divide: ['0.000'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
    expect(() => scaleFen(1, { multiply: [1, Number.NaN] })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE', path: ['options', 'multiply', 1] }),
    );
  });

  it('property: equals the exact rational result rounded half-up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1000 }),
        (amount, rateBasisPoints, days) => {
          const result = scaleFen(amount, { multiply: [rateBasisPoints, days], divide: [10_000, 360] });
          const num = BigInt(amount) * BigInt(rateBasisPoints) * BigInt(days);
          const den = 3_600_000n;
          const diff = BigInt(result) * den - num;
          expect(2n * (diff < 0n ? -diff : diff)).toBeLessThanOrEqual(den);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
