import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import { applyShareMovements, EMPTY_SHARE_LEDGER, shareHolding } from '../shareLedger';

const movement = fc.record({
  type: fc.constantFrom('subscription', 'payment', 'refund', 'conversion', 'transfer'),
  id: fc.constantFrom('m1', 'm2'),
  memberId: fc.constantFrom('M1', 'M2'),
  fromMemberId: fc.constant('M1'),
  toMemberId: fc.constant('M2'),
  date: fc.constantFrom('2026-01-01', '2025-12-31'),
  amount: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(Number.MAX_SAFE_INTEGER)),
});

/** The equity area's input-taking exports, for the kernel fuzz harness. */
export const EQUITY_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  applyShareMovements: {
    name: 'applyShareMovements',
    arity: 3,
    call: (state, movements, members) =>
      applyShareMovements(state as never, movements as never, members as never),
    nearlyValid: [
      fc.constant(EMPTY_SHARE_LEDGER),
      fc.array(movement, { maxLength: 4 }),
      fc.constantFrom(undefined, ['M1', 'M2']),
    ],
  },
  shareHolding: {
    name: 'shareHolding',
    arity: 2,
    call: (state, memberId) => shareHolding(state as never, memberId as never),
    nearlyValid: [fc.constant(EMPTY_SHARE_LEDGER), fc.constantFrom('M1', '')],
  },
};
