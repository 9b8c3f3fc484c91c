import { createHezuo } from '@hezuo/core';
import { type FuzzTarget, fuzzTotality } from '@hezuo/core/testing';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  computeContractedAreaMu,
  computeContractStanding,
  computeFeeOnTimeShare,
  contractStanding,
  feeOnTimeShare,
  hectaresToMu,
  muToHectares,
  squareMetresToMu,
  sumContractedAreaMu,
  trusteeship,
} from '../index';

const area = fc.oneof(fc.double({ min: -1, max: 1e308, noNaN: true }), fc.nat());
const date = fc.constantFrom('2026-06-30', '2026-03-01', '2023-02-29', '2026-6-30');
const contract = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    areaMu: area,
    status: fc.constantFrom('draft', 'signed', 'active', 'completed', 'settled', 'terminated', 'cancelled'),
    startDate: date,
  },
  { requiredKeys: [] },
);

const fen = fc.oneof(fc.integer({ min: -1, max: 1e6 }), fc.maxSafeInteger(), fc.double({ min: 0, max: 2 }));
const feePayment = fc.record(
  {
    id: fc.constantFrom('f1', 'f2', ''),
    memberId: fc.constantFrom('M001', 'M002', ''),
    contractId: fc.constantFrom('c1', ''),
    dueDate: date,
    amountDueFen: fen,
    paidOn: date,
    amountPaidFen: fen,
  },
  { requiredKeys: [] },
);
const memberAndDate = [fc.constantFrom('M001', 'M002', ''), date] as const;
const featureInput = fc.record(
  { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant<unknown>(null) },
  { requiredKeys: [] },
);

const hz = createHezuo({ plugins: [trusteeship()] });

/** Puts the client's store into a generated feature input that asked for one (store: null). */
function withStore(input: unknown): never {
  if (typeof input === 'object' && input !== null && (input as { store?: unknown }).store === null) {
    return { ...input, store: hz.store } as never;
  }
  return input as never;
}

const TARGETS: readonly FuzzTarget[] = [
  { name: 'muToHectares', arity: 1, call: (x) => muToHectares(x as number), nearlyValid: [area] },
  { name: 'hectaresToMu', arity: 1, call: (x) => hectaresToMu(x as number), nearlyValid: [area] },
  { name: 'squareMetresToMu', arity: 1, call: (x) => squareMetresToMu(x as number), nearlyValid: [area] },
  {
    name: 'recordContract',
    arity: 1,
    call: (c) => hz.trusteeship.recordContract(c as never),
    nearlyValid: [contract],
  },
  {
    name: 'contractedAreaMu',
    arity: 2,
    call: (m, d) => hz.trusteeship.contractedAreaMu(m as string, d as string),
    nearlyValid: [fc.constantFrom('M001', 'M002', ''), date],
  },
  {
    name: 'sumContractedAreaMu (validated records only)',
    arity: 2,
    call: (m, d) =>
      sumContractedAreaMu(
        [{ id: 'c1', memberId: 'M001', areaMu: 1, status: 'active', startDate: '2026-01-01' }],
        m as string,
        d as string,
      ),
    nearlyValid: [fc.constantFrom('M001', 'M002'), date],
  },
  {
    name: 'computeContractedAreaMu',
    arity: 1,
    call: (input) => computeContractedAreaMu(input as never),
    nearlyValid: [
      fc.record(
        { memberId: fc.constantFrom('M001', ''), asOf: date, store: fc.constant(hz.store) },
        { requiredKeys: [] },
      ),
    ],
  },
  {
    name: 'recordFeePayment',
    arity: 1,
    call: (p) => hz.trusteeship.recordFeePayment(p as never),
    nearlyValid: [feePayment],
  },
  {
    name: 'feeOnTimeShare',
    arity: 3,
    call: (p, m, d) => feeOnTimeShare(p as never, m as string, d as string),
    nearlyValid: [fc.array(feePayment, { maxLength: 4 }), ...memberAndDate],
  },
  {
    name: 'contractStanding',
    arity: 3,
    call: (c, m, d) => contractStanding(c as never, m as string, d as string),
    nearlyValid: [fc.array(contract, { maxLength: 4 }), ...memberAndDate],
  },
  {
    name: 'computeFeeOnTimeShare',
    arity: 1,
    call: (input) => computeFeeOnTimeShare(withStore(input)),
    nearlyValid: [featureInput],
  },
  {
    name: 'computeContractStanding',
    arity: 1,
    call: (input) => computeContractStanding(withStore(input)),
    nearlyValid: [featureInput],
  },
  {
    name: 'trusteeship',
    arity: 1,
    call: (o) => trusteeship(o as never),
    nearlyValid: [fc.record({ registerCreditFeatures: fc.boolean() })],
  },
];

describe('trusteeship is total over hostile input', () => {
  it('returns a result without NaN or throws a HezuoError', async () => {
    await fuzzTotality(TARGETS, { numRuns: 300 });
  });
});
