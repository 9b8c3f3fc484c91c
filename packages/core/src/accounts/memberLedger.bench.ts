import { bench, describe } from 'vitest';
import { MemberLedger } from './memberLedger';
import type { Transaction } from './transaction';

const MEMBERS = 5_000;
const N = 1_000_000;
const KINDS = ['produceDelivery', 'inputPurchase', 'serviceFee'] as const;

/** A deterministic year of a county co-op's business: 1,000,000 transactions of 5,000 members. */
function seededTransactions(): Transaction[] {
  let state = 7;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  return Array.from({ length: N }, (_, i) => {
    const r = next();
    const month = 1 + (r % 12);
    const day = 1 + (next() % 28);
    return {
      id: `t${i}`,
      cooperativeId: 'coop-1',
      counterparty: { type: 'member', memberId: `M${r % MEMBERS}` },
      kind: KINDS[r % 3] as Transaction['kind'],
      date: `2026-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`,
      amount: next() % 2_000_000,
      ...(r % 3 === 0 ? { volume: { unit: 'kg' as const, milli: next() % 5_000_000 } } : {}),
    };
  });
}

const transactions = seededTransactions();

describe(`post ${N.toLocaleString('en')} transactions to ${MEMBERS.toLocaleString('en')} member accounts`, () => {
  bench(
    'MemberLedger.post (validated, all or nothing)',
    () => {
      const ledger = new MemberLedger('coop-1');
      for (let m = 0; m < MEMBERS; m++) ledger.open({ memberId: `M${m}` });
      ledger.post(transactions);
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
