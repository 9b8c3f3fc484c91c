import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemberLedger } from './memberLedger';
import type { Transaction } from './transaction';

const tx = (
  id: string,
  memberId: string | null,
  amount: number,
  extra: Partial<Transaction> = {},
): Transaction => ({
  id,
  cooperativeId: 'coop-1',
  counterparty: memberId === null ? { type: 'nonMember', name: '城区超市' } : { type: 'member', memberId },
  kind: 'produceDelivery',
  date: '2026-06-30',
  amount,
  ...extra,
});

function ledgerWith(...members: string[]): MemberLedger {
  const ledger = new MemberLedger('coop-1');
  for (const memberId of members) ledger.open({ memberId, capital: 100_000 });
  return ledger;
}

describe('MemberLedger (Arts. 41, 43)', () => {
  it('posts member transactions to accounts by kind, year and volume, and keeps non-members apart', () => {
    const ledger = ledgerWith('M1', 'M2');
    const receipt = ledger.post([
      tx('t1', 'M1', 128_000, { volume: { unit: 'kg', milli: 500_000 } }),
      tx('t2', 'M1', 2_500, { kind: 'serviceFee', date: '2027-03-01' }),
      tx('t3', null, 99_999),
      tx('t4', 'M2', 0, { kind: 'inputPurchase' }),
    ]);
    expect(receipt).toEqual({ memberTransactions: 3, nonMemberTransactions: 1, amount: 230_499 });
    expect(ledger.account('M1')).toEqual({
      memberId: 'M1',
      capital: 100_000,
      reserveShare: 0,
      transactions: { count: 2, amount: 130_500 },
      byKind: { produceDelivery: { count: 1, amount: 128_000 }, serviceFee: { count: 1, amount: 2_500 } },
      byYear: { '2026': { count: 1, amount: 128_000 }, '2027': { count: 1, amount: 2_500 } },
      volumeMilli: { kg: 500_000 },
    });
    expect(ledger.nonMemberTotals().transactions).toEqual({ count: 1, amount: 99_999 });
    expect(ledger.accounts().map((a) => a.memberId)).toEqual(['M1', 'M2']);
  });

  it.each([
    [
      'an unknown member',
      [tx('t1', 'M1', 1), tx('t2', 'M9', 1)],
      'NOT_A_MEMBER',
      ['transactions', 1, 'counterparty', 'memberId'],
    ],
    [
      'a repeated id in the batch',
      [tx('t1', 'M1', 1), tx('t1', 'M1', 1)],
      'LEDGER_RULE',
      ['transactions', 1, 'id'],
    ],
    [
      'a negative amount',
      [tx('t1', 'M1', 1), tx('t2', 'M1', -5)],
      'INVALID_AMOUNT',
      ['transactions', 1, 'amount'],
    ],
    ['a fractional amount', [tx('t1', 'M1', 0.5)], 'INVALID_AMOUNT', ['transactions', 0, 'amount']],
    ['a bad date', [tx('t1', 'M1', 1, { date: '2026-02-30' })], 'INVALID_INPUT', ['transactions', 0, 'date']],
    [
      'another cooperative',
      [tx('t1', 'M1', 1, { cooperativeId: 'coop-2' })],
      'LEDGER_RULE',
      ['transactions', 0, 'cooperativeId'],
    ],
  ])('refuses %s, all or nothing', (_label, batch, code, path) => {
    const ledger = ledgerWith('M1');
    const before = ledger.account('M1');
    expect(() => ledger.post(batch as Transaction[])).toThrow(expect.objectContaining({ code, path }));
    expect(ledger.account('M1')).toEqual(before);
  });

  it('refuses a transaction id posted in an earlier batch', () => {
    const ledger = ledgerWith('M1');
    ledger.post([tx('t1', 'M1', 1)]);
    expect(() => ledger.post([tx('t1', 'M1', 1)])).toThrow(expect.objectContaining({ code: 'LEDGER_RULE' }));
  });

  it('round-trips through plain JSON, remembering posted ids', () => {
    const ledger = ledgerWith('M1', 'M2');
    ledger.post([
      tx('t1', 'M1', 5, { volume: { unit: 'kg', milli: 7 } }),
      tx('t2', null, 9, { date: '2025-01-01' }),
    ]);
    const copy = MemberLedger.fromJSON(JSON.parse(JSON.stringify(ledger)));
    expect(copy.toJSON()).toEqual(ledger.toJSON());
    expect(copy.account('M1')).toEqual(ledger.account('M1'));
    expect(() => copy.post([tx('t1', 'M2', 1)])).toThrow(expect.objectContaining({ code: 'LEDGER_RULE' }));
    expect(() => MemberLedger.fromJSON({ ...ledger.toJSON(), accounts: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['state', 'accounts'] }),
    );
  });

  it('adjusts capital and reserve share, never below zero', () => {
    const ledger = ledgerWith('M1');
    ledger.adjust('M1', { capital: -40_000, reserveShare: 1_234 });
    expect(ledger.account('M1')).toMatchObject({ capital: 60_000, reserveShare: 1_234 });
    expect(() => ledger.adjust('M1', { capital: -60_001 })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
    expect(() => ledger.open({ memberId: 'M1' })).toThrow(
      expect.objectContaining({ code: 'ALREADY_MEMBER' }),
    );
  });

  it('property: account totals equal the sum of what was posted; failed batches change nothing', () => {
    const arbitraryTx = fc.record({
      member: fc.constantFrom('M1', 'M2', 'M3', 'X'),
      amount: fc.oneof(fc.nat({ max: 10_000_000 }), fc.constant(-1)),
      kind: fc.constantFrom('produceDelivery', 'inputPurchase', 'serviceFee'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryTx, { maxLength: 8 }), { maxLength: 8 }), (batches) => {
        const ledger = ledgerWith('M1', 'M2', 'M3');
        const expected = new Map<string, number>([
          ['M1', 0],
          ['M2', 0],
          ['M3', 0],
        ]);
        let n = 0;
        for (const batch of batches) {
          const txs = batch.map((b) =>
            tx(`t${n++}`, b.member, b.amount, { kind: b.kind as Transaction['kind'] }),
          );
          const ok = batch.every((b) => b.member !== 'X' && b.amount >= 0);
          if (ok) {
            ledger.post(txs);
            for (const b of batch) expected.set(b.member, (expected.get(b.member) ?? 0) + b.amount);
          } else {
            expect(() => ledger.post(txs)).toThrow();
          }
        }
        for (const [memberId, amount] of expected) {
          const account = ledger.account(memberId);
          expect(account.transactions.amount).toBe(amount);
          expect(Object.values(account.byKind).reduce((s, t) => s + (t?.amount ?? 0), 0)).toBe(amount);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
