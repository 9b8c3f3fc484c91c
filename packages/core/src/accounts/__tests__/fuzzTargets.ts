import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import { MemberLedger } from '../memberLedger';

const transaction = fc.record({
  id: fc.constantFrom('t1', 't2', ''),
  cooperativeId: fc.constantFrom('coop-1', 'coop-2'),
  counterparty: fc.constantFrom(
    { type: 'member', memberId: 'M1' },
    { type: 'member', memberId: 'M9' },
    { type: 'nonMember', name: '超市' },
  ),
  kind: fc.constantFrom('produceDelivery', 'serviceFee', 'gift'),
  date: fc.constantFrom('2026-06-30', '2026-02-30'),
  amount: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(0.5), fc.constant(Number.MAX_SAFE_INTEGER)),
});

/** The accounts area's input-taking exports, for the kernel fuzz harness. */
export const ACCOUNTS_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  MemberLedger: {
    name: 'MemberLedger',
    arity: 4,
    call: (cooperativeId, open, transactions, change) => {
      const ledger = new MemberLedger(cooperativeId as string);
      ledger.open(open as never);
      ledger.post(transactions as never);
      ledger.adjust('M1', change as never);
      return [
        ledger.accounts(),
        ledger.nonMemberTotals(),
        MemberLedger.fromJSON(JSON.parse(JSON.stringify(ledger))),
      ];
    },
    nearlyValid: [
      fc.constant('coop-1'),
      fc.record({ memberId: fc.constantFrom('M1', ''), capital: fc.integer({ min: -1, max: 1e9 }) }),
      fc.array(transaction, { maxLength: 5 }),
      fc.record({ capital: fc.integer({ min: -1e9, max: 1e9 }) }),
    ],
  },
};
