import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FuzzTarget, fuzzTotality, hostileValue } from '../testing';
import * as sample from './index';

const small = sample.generateCounty({ seed: 11, households: 200, historyYears: 2 });
const tables = [
  'households',
  'deliveries',
  'inputPurchases',
  'trusteeshipContracts',
  'feePayments',
  'installments',
  'meetings',
  'surplusDistributions',
] as const;

/** Options near the edges of the schema, most of them valid. */
const options = fc.record(
  {
    seed: fc.oneof(fc.nat(), fc.integer({ min: -3, max: 3 }), fc.constantFrom(2 ** 32 - 1, 2 ** 32, 0.5)),
    households: fc.constantFrom(200, 201, 199, 100_001, 250.5, Number.NaN),
    year: fc.constantFrom(2000, 2026, 2100, 1999, 2101),
    historyYears: fc.constantFrom(1, 3, 10, 0, 11),
  },
  { requiredKeys: ['seed'] },
);

/** A real county with one table, one record or one field replaced by something hostile. */
const damagedCounty = fc.oneof(
  fc.constant(small),
  fc
    .tuple(fc.constantFrom(...tables, 'asOf'), hostileValue())
    .map(([key, value]) => ({ ...small, [key]: value })),
  fc
    .tuple(fc.constantFrom(...tables), hostileValue())
    .map(([key, value]) => ({ ...small, [key]: [value, ...(small[key] as readonly unknown[]).slice(1)] })),
  fc
    .tuple(fc.constantFrom(...tables), fc.string({ maxLength: 12 }), hostileValue())
    .map(([key, field, value]) => {
      const [first, ...rest] = small[key] as unknown as readonly Record<string, unknown>[];
      return { ...small, [key]: [{ ...first, [field]: value }, ...rest] };
    }),
);

const TARGETS: Record<string, FuzzTarget> = {
  generateCounty: {
    name: 'generateCounty',
    arity: 1,
    call: (o) => sample.generateCounty(o as sample.CountyOptions),
    nearlyValid: [options],
  },
  countyCreditRows: {
    name: 'countyCreditRows',
    arity: 1,
    call: (c) => sample.countyCreditRows(c as sample.County),
    nearlyValid: [damagedCounty],
  },
  countyTransactions: {
    name: 'countyTransactions',
    arity: 1,
    call: (c) => sample.countyTransactions(c as sample.County),
    nearlyValid: [damagedCounty],
  },
};

describe('sample fuzz', () => {
  it('covers every function export of the sample subpath', () => {
    const functions = Object.entries(sample)
      .filter(([, value]) => typeof value === 'function' && !(value instanceof z.ZodType))
      .map(([name]) => name);
    expect(functions.filter((name) => !(name in TARGETS))).toEqual([]);
  });

  it.each(Object.keys(TARGETS))(
    '%s returns a result or throws a HezuoError on hostile input (100 runs)',
    async (name) => {
      await fuzzTotality([TARGETS[name] as FuzzTarget], { numRuns: 100, seed: 2026 });
    },
    60_000,
  );
});
