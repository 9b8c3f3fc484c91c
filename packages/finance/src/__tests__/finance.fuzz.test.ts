import { createHezuo } from '@hezuo/core';
import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  computeDefaults3y,
  computeMaxDaysOverdue,
  computeOnTimeShare,
  daysBetween,
  defaultedLoans,
  finance,
  installmentOnTimeShare,
  maxDaysOverdue,
  simpleInterest,
} from '../index';

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

const fen = fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.maxSafeInteger(), fc.double({ min: 0, max: 2 }));
const installment = fc.record(
  {
    id: fc.constantFrom('i1', 'i2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    loanId: fc.constantFrom('L1', 'L2', ''),
    dueDate: date,
    amountDueFen: fen,
    paidOn: date,
    amountPaidFen: fen,
    writtenOff: fc.oneof(fc.boolean(), fc.constant('yes')),
  },
  { requiredKeys: [] },
);
const history = [fc.array(installment, { maxLength: 4 }), fc.constantFrom('M001', 'M002', ''), date] as const;
const featureInput = fc.record(
  { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant<unknown>(null) },
  { requiredKeys: [] },
);

const hz = createHezuo({ plugins: [finance()] });

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}

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
    name: 'recordInstallment',
    arity: 1,
    call: (i) => hz.finance.recordInstallment(i as never),
    nearlyValid: [installment],
  },
  {
    name: 'installmentOnTimeShare',
    arity: 3,
    call: (i, m, d) => installmentOnTimeShare(i as never, m as string, d as string),
    nearlyValid: history,
  },
  {
    name: 'maxDaysOverdue',
    arity: 3,
    call: (i, m, d) => maxDaysOverdue(i as never, m as string, d as string),
    nearlyValid: history,
  },
  {
    name: 'defaultedLoans',
    arity: 3,
    call: (i, m, d) => defaultedLoans(i as never, m as string, d as string),
    nearlyValid: history,
  },
  ...(
    [
      ['computeOnTimeShare', computeOnTimeShare],
      ['computeMaxDaysOverdue', computeMaxDaysOverdue],
      ['computeDefaults3y', computeDefaults3y],
    ] as const
  ).map(
    ([name, compute]): FuzzTarget => ({
      name,
      arity: 1,
      call: (input) => compute(withStore(input)),
      nearlyValid: [featureInput],
    }),
  ),
  {
    name: 'finance',
    arity: 1,
    call: (options) => finance(options as never),
    nearlyValid: [
      fc.record(
        {
          dayCount,
          penaltySurchargeRate: fc.oneof(rate, fc.constant('0.5')),
          registerCreditFeatures: fc.oneof(fc.boolean(), fc.constant(1)),
        },
        { requiredKeys: [] },
      ),
    ],
  },
];

describe('finance is total over hostile input', () => {
  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality(TARGETS, { numRuns: 300 });
  });
});
