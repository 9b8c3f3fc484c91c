import { HezuoError, type RoundingMode } from '@hezuo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimpleInterestInputSchema, simpleInterest } from './simpleInterest';

function errorOf(run: () => unknown): HezuoError {
  try {
    run();
  } catch (e) {
    if (e instanceof HezuoError) return e;
    throw e;
  }
  throw new Error('expected a HezuoError');
}

describe('simpleInterest: golden values', () => {
  it('1,000,000 fen at 4.35% for 360 days, ACT/360, is 43,500 fen', () => {
    expect(simpleInterest(1_000_000, 0.0435, '2025-07-05', '2026-06-30', 'ACT/360')).toBe(43_500);
  });

  it('1,000,000 fen at 4.35% for 365 days, ACT/365, is 43,500 fen', () => {
    expect(simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/365')).toBe(43_500);
  });

  it('1,000,000 fen at 4.35% for 365 days, ACT/360, is 44,104 fen (44,104.166… rounded)', () => {
    expect(simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/360')).toBe(44_104);
  });

  it('reads string and exponent rates exactly', () => {
    expect(simpleInterest(1_000_000, '0.0435', '2025-06-30', '2026-06-30', 'ACT/360')).toBe(44_104);
    expect(simpleInterest(1_000_000, '4.35e-2', '2025-06-30', '2026-06-30', 'ACT/360')).toBe(44_104);
  });

  it('counts a leap year as 366 actual days', () => {
    // 1,000,000 × 0.0365 × 366 / 365 = 36,600
    expect(simpleInterest(1_000_000, '0.0365', '2023-06-30', '2024-06-30', 'ACT/365')).toBe(36_600);
  });

  it('is zero for no days, no principal or a zero rate', () => {
    expect(simpleInterest(1_000_000, 0.0435, '2026-06-30', '2026-06-30', 'ACT/360')).toBe(0);
    expect(simpleInterest(0, 0.0435, '2025-06-30', '2026-06-30', 'ACT/360')).toBe(0);
    expect(simpleInterest(1_000_000, 0, '2025-06-30', '2026-06-30', 'ACT/360')).toBe(0);
  });

  it('handles the largest safe principal without losing a fen', () => {
    // (2^53 − 1) × 0.0001 × 36 / 360 = 90,071,992,547.40991 → 90,071,992,547
    expect(simpleInterest(Number.MAX_SAFE_INTEGER, '0.0001', '2026-01-01', '2026-02-06', 'ACT/360')).toBe(
      90_071_992_547,
    );
  });
});

describe('simpleInterest: rounding happens once, by the stated mode', () => {
  it.each<[RoundingMode, number]>([
    ['halfUp', 44_104],
    ['down', 44_104],
    ['floor', 44_104],
    ['up', 44_105],
    ['ceiling', 44_105],
  ])('44,104.166… with %s is %i', (mode, expected) => {
    expect(simpleInterest(1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/360', mode)).toBe(expected);
  });

  it.each<[RoundingMode, number]>([
    ['halfUp', 1],
    ['halfDown', 0],
    ['halfEven', 0],
  ])('an exact half fen (0.5) with %s is %i', (mode, expected) => {
    expect(simpleInterest(1, '0.5', '2025-07-05', '2026-06-30', 'ACT/360', mode)).toBe(expected);
  });

  it('does not round twice', () => {
    // exact: 1 × 0.5 × 180 / 360 = 0.25 → 0; rounding the yearly 0.5 fen first would give 1 × 180/360 → 1
    expect(simpleInterest(1, '0.5', '2026-01-01', '2026-06-30', 'ACT/360')).toBe(0);
    // exact: 12,345 × 0.0435 × 30 / 360 = 44.750625 → 45
    expect(simpleInterest(12_345, 0.0435, '2026-01-01', '2026-01-31', 'ACT/360')).toBe(45);
  });
});

describe('simpleInterest: properties', () => {
  const principal = fc.integer({ min: 0, max: 10_000_000_000 });
  const rate = fc.integer({ min: 0, max: 240_000 }).map((n) => `${n / 1_000_000}`);
  const days = fc.integer({ min: 0, max: 3_000 });
  const date = (offset: number) => new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);

  it('splitting a period changes the total by at most one fen', () => {
    fc.assert(
      fc.property(principal, rate, days, days, (p, r, d1, d2) => {
        const whole = simpleInterest(p, r, date(0), date(d1 + d2), 'ACT/360');
        const parts =
          simpleInterest(p, r, date(0), date(d1), 'ACT/360') +
          simpleInterest(p, r, date(d1), date(d1 + d2), 'ACT/360');
        expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never decreases as the period grows, and ACT/360 is never below ACT/365', () => {
    fc.assert(
      fc.property(principal, rate, days, days, (p, r, d1, extra) => {
        const shorter = simpleInterest(p, r, date(0), date(d1), 'ACT/360');
        const longer = simpleInterest(p, r, date(0), date(d1 + extra), 'ACT/360');
        expect(longer).toBeGreaterThanOrEqual(shorter);
        expect(shorter).toBeGreaterThanOrEqual(simpleInterest(p, r, date(0), date(d1), 'ACT/365'));
      }),
    );
  });
});

describe('simpleInterest: bad inputs', () => {
  const ok = [1_000_000, 0.0435, '2025-06-30', '2026-06-30', 'ACT/360'] as const;

  it.each([
    ['a negative principal', [-1, ...ok.slice(1)], 'INVALID_AMOUNT', ['principalFen']],
    ['a fractional principal', [1.5, ...ok.slice(1)], 'INVALID_AMOUNT', ['principalFen']],
    ['an unsafe principal', [2 ** 53, ...ok.slice(1)], 'INVALID_AMOUNT', ['principalFen']],
    ['a rate that is not a decimal', [ok[0], 'abc', ...ok.slice(2)], 'INVALID_RATE', ['annualRate']],
    ['a negative rate', [ok[0], -0.01, ...ok.slice(2)], 'INVALID_RATE', ['annualRate']],
    ['a NaN rate', [ok[0], Number.NaN, ...ok.slice(2)], 'INVALID_RATE', ['annualRate']],
    [
      'a start date that does not exist',
      [ok[0], ok[1], '2026-02-30', ok[3], ok[4]],
      'INVALID_INPUT',
      ['startDate'],
    ],
    ['a malformed end date', [ok[0], ok[1], ok[2], '2026/06/30', ok[4]], 'INVALID_INPUT', ['endDate']],
    ['an end date before the start date', [ok[0], ok[1], ok[3], ok[2], ok[4]], 'INVALID_INPUT', ['endDate']],
    ['an unknown day count', [...ok.slice(0, 4), 'ACT/366'], 'INVALID_INPUT', ['dayCount']],
    ['an unknown rounding mode', [...ok, 'bankers'], 'INVALID_INPUT', ['rounding']],
  ])('refuses %s', (_what, args, code, path) => {
    const error = errorOf(() => (simpleInterest as (...a: unknown[]) => number)(...args));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('throws AMOUNT_OVERFLOW rather than return an unsafe number', () => {
    const error = errorOf(() =>
      simpleInterest(Number.MAX_SAFE_INTEGER, 100, '2000-01-01', '2030-01-01', 'ACT/360'),
    );
    expect(error.code).toBe('AMOUNT_OVERFLOW');
  });
});

describe('SimpleInterestInputSchema', () => {
  it('validates a form-shaped input', () => {
    const input = {
      principalFen: 1_000_000,
      annualRate: '0.0435',
      startDate: '2025-06-30',
      endDate: '2026-06-30',
      dayCount: 'ACT/360',
    };
    expect(SimpleInterestInputSchema.safeParse(input).success).toBe(true);
    expect(SimpleInterestInputSchema.safeParse({ ...input, endDate: '2025-01-01' }).success).toBe(false);
    expect(SimpleInterestInputSchema.safeParse({ ...input, extra: 1 }).success).toBe(false);
  });
});
