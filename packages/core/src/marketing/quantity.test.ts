import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleFen } from '../money/arithmetic';
import { thrown } from './__tests__/helpers';
import { priceOfMilli, quantityToVolume, volumeToDecimalString } from './quantity';

describe('quantityToVolume', () => {
  it.each([
    [12, 12_000],
    ['1250.5', 1_250_500],
    [1250.5, 1_250_500],
    ['0.001', 1],
    [0.001, 1],
    ['1.2500', 1_250], // trailing zeros are exact, not rounding
    ['1e3', 1_000_000],
    ['1.5e-2', 15],
    [0, 0],
    ['9007199254740.991', Number.MAX_SAFE_INTEGER],
  ] as const)('%s kg → %i g', (quantity, milli) => {
    expect(quantityToVolume(quantity)).toEqual({ unit: 'kg', milli });
  });

  it('keeps the unit', () => {
    expect(quantityToVolume('12.5', 'mu')).toEqual({ unit: 'mu', milli: 12_500 });
  });

  it.each([
    ['1.2345'], // a fourth decimal: refused, never rounded
    [0.1 + 0.2], // 0.30000000000000004
    ['1e-4'],
    [-1],
    ['-0.001'],
    ['abc'],
    [''],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['9007199254740.992'], // one gram past 2^53 − 1
    [null],
  ])('refuses %s with INVALID_INPUT at quantity', (quantity) => {
    expect(thrown(() => quantityToVolume(quantity as string))).toEqual({
      code: 'INVALID_INPUT',
      path: ['quantity'],
    });
  });

  it('says why a fourth decimal is refused', () => {
    expect(() => quantityToVolume('1.2345')).toThrow(/at most 3 decimals/);
  });

  it('refuses an unknown unit', () => {
    expect(thrown(() => quantityToVolume(1, 'tonne' as 'kg'))).toEqual({
      code: 'INVALID_INPUT',
      path: ['unit'],
    });
  });
});

describe('volumeToDecimalString', () => {
  it.each([
    [0, '0'],
    [1, '0.001'],
    [10, '0.01'],
    [1_250_500, '1250.5'],
    [1_000_000, '1000'],
    [Number.MAX_SAFE_INTEGER, '9007199254740.991'],
  ])('%i → %s', (milli, text) => {
    expect(volumeToDecimalString(milli)).toBe(text);
    expect(volumeToDecimalString({ unit: 'kg', milli })).toBe(text);
  });

  it('refuses what is not a volume', () => {
    expect(thrown(() => volumeToDecimalString(-1)).path).toEqual(['volume']);
    expect(thrown(() => volumeToDecimalString({ unit: 'kg', milli: 0.5 })).path).toEqual(['volume', 'milli']);
  });

  it('property: text and volume round-trip exactly', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (milli) => {
        expect(quantityToVolume(volumeToDecimalString(milli)).milli).toBe(milli);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('priceOfMilli', () => {
  it.each([
    [1, 500, 1],
    [1, 499, 0],
    [1_500, 1, 2], // 1.5 fen → 2
    [2_499, 1, 2],
    [0, 999, 0],
    [Number.MAX_SAFE_INTEGER, 1, 9_007_199_254_741], // past 2^53: the exact bigint path
  ])('%i g at %i fen/kg → %i fen', (milli, price, fen) => {
    expect(priceOfMilli(milli, price, [])).toBe(fen);
  });

  it('property: agrees with scaleFen(price, { multiply: [milli], divide: [1000] }) everywhere', () => {
    const milli = fc.oneof(fc.nat({ max: 10_000_000 }), fc.maxSafeNat());
    const price = fc.oneof(fc.nat({ max: 100_000 }), fc.nat());
    fc.assert(
      fc.property(milli, price, (m, p) => {
        let expected: number | string;
        try {
          expected = scaleFen(p, { multiply: [m], divide: [1000] });
        } catch {
          expected = 'AMOUNT_OVERFLOW';
        }
        let actual: number | string;
        try {
          actual = priceOfMilli(m, p, ['x']);
        } catch (error) {
          actual = (error as { code: string }).code;
        }
        expect(actual).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
