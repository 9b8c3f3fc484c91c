import { HezuoError } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './daysBetween';

describe('daysBetween', () => {
  it.each([
    ['2026-06-30', '2026-06-30', 0],
    ['2026-06-30', '2026-07-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2025-06-30', '2026-06-30', 365],
    ['2023-06-30', '2024-06-30', 366],
    ['2026-06-30', '2025-06-30', -365],
    ['1999-12-31', '2000-01-01', 1],
    ['0050-01-01', '0050-01-02', 1],
    ['0099-12-31', '0100-01-01', 1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('crosses the 2000-02-29 leap day and the 1900 non-leap year', () => {
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
  });

  it.each([
    ['2023-02-29', '2023-03-01', 'from'],
    ['2026-06-30', '2026-13-01', 'to'],
    ['20260630', '2026-07-01', 'from'],
    ['2026-06-30', '2026-06-30T00:00:00Z', 'to'],
  ])('refuses %s → %s with path %s', (from, to, field) => {
    const error = (() => {
      try {
        daysBetween(from, to);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(HezuoError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: [field] });
  });

  it('refuses non-strings', () => {
    expect(() => daysBetween(20260630 as unknown as string, '2026-07-01')).toThrow(HezuoError);
  });
});
