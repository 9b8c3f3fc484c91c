import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import { distributeSurplus } from '../distribute';

const member = fc.record({
  memberId: fc.constantFrom('A', 'B', 'C', ''),
  capital: fc.oneof(fc.nat(), fc.constant(-1)),
  reserveShare: fc.nat(),
  transactionAmount: fc.oneof(fc.nat(), fc.constant(0.5)),
});

/** The surplus area's input-taking exports, for the kernel fuzz harness. */
export const SURPLUS_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  distributeSurplus: {
    name: 'distributeSurplus',
    arity: 1,
    call: (input) => distributeSurplus(input as never),
    nearlyValid: [
      fc.record({
        year: fc.constantFrom(2026, 1800),
        surplus: fc.oneof(fc.nat(), fc.maxSafeNat()),
        lossCover: fc.nat(),
        plan: fc.record({
          reserveRate: fc.constantFrom('0.1', '1.5', -1, 0),
          patronageRefundRate: fc.constantFrom('0.6', '0.5', '1'),
          reserveKey: fc.constantFrom('transactions', 'capital', { transactions: '0.5', capital: '0.5' }),
          conversion: fc.constantFrom(undefined, { rate: '0.5' }, { rate: '0.2', appliesTo: 'all' }),
        }),
        subsidyProperty: fc.nat(),
        members: fc.array(member, { minLength: 0, maxLength: 5 }),
      }),
    ],
  },
};
