import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { daysBetween, finance, simpleInterest } from '../index';

const principal = fc.oneof(fc.integer({ min: -1, max: 1e12 }), fc.maxSafeInteger());
const rate = fc.oneof(
  fc.double({ min: -1, max: 10, noNaN: true }),
  fc.constantFrom('0.0435', '4.35e-2', '1e-3', '-0.5', '1e400', '1e-400'),
);
const date = fc.constantFrom(
  '2025-06-30',
  '2026-06-30',
  '2024-02-29',
  '2023-02-29',
  '0001-01-01',
  '9999-12-31',
);
const dayCount = fc.constantFrom('ACT/360', 'ACT/365', 'ACT/366');
const rounding = fc.constantFrom(undefined, 'halfUp', 'halfEven', 'floor', 'bankers');

const TARGETS: readonly FuzzTarget[] = [
  {
    name: 'simpleInterest',
    arity: 6,
    call: (p, r, s, e, d, m) => (simpleInterest as (...args: unknown[]) => unknown)(p, r, s, e, d, m),
    nearlyValid: [principal, rate, date, date, dayCount, rounding],
  },
  {
    name: 'daysBetween',
    arity: 2,
    call: (a, b) => daysBetween(a as string, b as string),
    nearlyValid: [date, date],
  },
  {
    name: 'finance',
    arity: 1,
    call: (options) => finance(options as never),
    nearlyValid: [
      fc.record({ dayCount, penaltySurchargeRate: fc.oneof(rate, fc.constant('0.5')) }, { requiredKeys: [] }),
    ],
  },
];

describe('finance is total over hostile input', () => {
  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality(TARGETS, { numRuns: 300 });
  });
});
