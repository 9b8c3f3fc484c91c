import { describe, expect, it } from 'vitest';
import { isWithinLookback, lookbackStart } from './lookback';

describe('the look-back window', () => {
  it.each([
    ['2026-06-30', '2023-06-30'],
    ['2024-02-29', '2021-02-28'],
    ['2025-02-28', '2022-02-28'],
    ['0003-01-01', '0000-01-01'],
  ])('starts after the same day three years before %s: %s', (asOf, start) => {
    expect(lookbackStart(asOf)).toBe(start);
  });

  it('has no lower bound before year 0000', () => {
    expect(lookbackStart('0002-12-31')).toBeNull();
    expect(isWithinLookback('0000-01-01', '0002-12-31')).toBe(true);
  });

  it.each([
    ['2023-06-30', false],
    ['2023-07-01', true],
    ['2026-06-30', true],
    ['2026-07-01', false],
  ])('excludes the day three years before and includes the as-of date: %s', (date, inside) => {
    expect(isWithinLookback(date, '2026-06-30')).toBe(inside);
  });

  it('takes other lengths and refuses bad dates and lengths', () => {
    expect(lookbackStart('2026-06-30', 1)).toBe('2025-06-30');
    expect(() => lookbackStart('2026-02-30')).toThrow(/date/);
    expect(() => lookbackStart('2026-06-30', 0)).toThrow();
    expect(() => isWithinLookback('yesterday', '2026-06-30')).toThrow(/date/);
  });
});
