import fc from 'fast-check';
import { z } from 'zod';
import type { FuzzTarget } from '../../../testing';
import { isWithinLookback, lookbackStart } from '../lookback';
import { readMemberRecords } from '../readMemberRecords';

const date = fc.constantFrom('2026-06-30', '2024-02-29', '0002-12-31', '2023-02-29', '2026-6-30');
const years = fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constant(undefined));
const store = fc.constantFrom<unknown>(
  {
    list: async () => [
      { id: 'r1', value: { memberId: 'M1', n: 1 } },
      { id: 'r2', value: null },
    ],
  },
  { list: async () => 'nothing' },
  { list: async () => [{ id: 'r1', value: { memberId: 'M1', n: 'x' } }] },
  { get: () => undefined },
);
const schema = fc.constantFrom<unknown>(z.object({ memberId: z.string(), n: z.number() }), {}, z.any());

/** Every input-taking export of credit/memberFeatures. */
export const MEMBER_FEATURES_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  lookbackStart: {
    name: 'lookbackStart',
    arity: 2,
    call: (a, y) => lookbackStart(a as string, y as number),
    nearlyValid: [date, years],
  },
  isWithinLookback: {
    name: 'isWithinLookback',
    arity: 3,
    call: (d, a, y) => isWithinLookback(d as string, a as string, y as number),
    nearlyValid: [date, date, years],
  },
  readMemberRecords: {
    name: 'readMemberRecords',
    arity: 4,
    call: (s, k, sc, m) => readMemberRecords(s as never, k as string, sc as z.ZodType, m as string),
    nearlyValid: [store, fc.constantFrom('x.kind', ''), schema, fc.constantFrom('M1', '')],
  },
};
