import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentToRate, rateToPercent } from './percentText';

describe('percentages as typed', () => {
  it('move the decimal point exactly, with no float rounding', () => {
    expect(percentToRate('4.35')).toBe('0.0435');
    expect(percentToRate(' 4.35% ')).toBe('0.0435');
    expect(percentToRate('4.35％')).toBe('0.0435');
    expect(percentToRate('36')).toBe('0.36');
    expect(percentToRate('0.1')).toBe('0.001');
    expect(percentToRate('0')).toBe('0');
    expect(percentToRate('007.50')).toBe('0.075');
    // 0.07 * 100 is 7.000000000000001 in floating point; the text shift is exact.
    expect(rateToPercent(0.07)).toBe('7');
    expect(rateToPercent('0.0435')).toBe('4.35');
    expect(rateToPercent('0.36')).toBe('36');
    expect(rateToPercent('0')).toBe('0');
    expect(rateToPercent('1.5')).toBe('150');
  });

  it('refuse what is not a plain percentage', () => {
    for (const text of ['', 'abc', '-4', '4.35.1', '1e2', '1234', '4.1234567', '.5', '4,35']) {
      expect(percentToRate(text), text).toBeUndefined();
    }
    expect(rateToPercent(1e-7)).toBe('');
    expect(rateToPercent('x')).toBe('');
  });

  it('round-trip: a rate shown as a percentage reads back as the same rate (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000_000 }), (millionths) => {
        // Rates from 0 to 0.36 with up to 8 decimals.
        const rate = (millionths / 1e8).toFixed(8).replace(/\.?0+$/, '') || '0';
        const percent = rateToPercent(rate);
        expect(percentToRate(percent)).toBe(rate);
        expect(Number(percent)).toBeCloseTo(Number(rate) * 100, 10);
      }),
      { numRuns: 300 },
    );
  });
});
