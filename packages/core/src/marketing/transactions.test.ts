import { describe, expect, it } from 'vitest';
import { MemberLedger } from '../accounts/memberLedger';
import { type Transaction, TransactionSchema } from '../accounts/transaction';
import { delivery, thrown } from './__tests__/helpers';
import {
  deliveryToTransaction,
  type InputPurchase,
  inputPurchaseTransaction,
  type ServiceFee,
  serviceFeeTransaction,
} from './transactions';

const purchase: InputPurchase = {
  id: 't-7',
  cooperativeId: 'coop-1',
  counterparty: { type: 'member', memberId: 'm2' },
  purchasedOn: '2026-03-02',
  quantity: 4,
  unit: 'bag',
  unitPrice: 16_500,
};

const fee: ServiceFee = {
  id: 't-8',
  cooperativeId: 'coop-1',
  counterparty: { type: 'nonMember', name: '李四' },
  renderedOn: '2026-10-08',
  quantity: '12.5',
  unit: 'mu',
  unitPrice: 3_000,
  sourceId: 'wo-31',
};

describe('deliveryToTransaction', () => {
  it('posts the delivery to the member account (Art. 43): net weight, amount after deductions', () => {
    const transaction = deliveryToTransaction(
      delivery({
        id: 'd-1',
        memberId: 'm1',
        grossKg: '1020.5',
        unitPrice: 262,
        deductions: [
          { reason: 'moisture', kg: '20.5' },
          { reason: 'bags', fen: 500 },
        ],
      }),
    );
    expect(transaction).toEqual({
      id: 'd-1',
      cooperativeId: 'coop-1',
      counterparty: { type: 'member', memberId: 'm1' },
      kind: 'produceDelivery',
      date: '2026-06-10',
      amount: 261_500,
      volume: { unit: 'kg', milli: 1_000_000 },
      sourceId: 'd-1',
    });
    expect(TransactionSchema.parse(transaction)).toEqual(transaction);
  });

  it('refuses what priceDelivery refuses, with the same paths', () => {
    expect(thrown(() => deliveryToTransaction(delivery({ id: 'd', grossKg: '1.0001' })))).toEqual({
      code: 'INVALID_INPUT',
      path: ['delivery', 'grossKg'],
    });
    expect(
      thrown(() =>
        deliveryToTransaction(delivery({ id: 'd', grossKg: 1, deductions: [{ reason: 'x', kg: 2 }] })),
      ),
    ).toEqual({ code: 'LEDGER_RULE', path: ['delivery', 'deductions', 0, 'kg'] });
  });
});

describe('inputPurchaseTransaction and serviceFeeTransaction', () => {
  it.each<[string, () => Transaction, Transaction]>([
    [
      'a member buys four bags of fertiliser',
      () => inputPurchaseTransaction(purchase),
      {
        id: 't-7',
        cooperativeId: 'coop-1',
        counterparty: { type: 'member', memberId: 'm2' },
        kind: 'inputPurchase',
        date: '2026-03-02',
        amount: 66_000,
        volume: { unit: 'bag', milli: 4_000 },
      },
    ],
    [
      'a non-member buys 2.5 kg of seed with a discount (Art. 41: kept apart by counterparty)',
      () =>
        inputPurchaseTransaction({
          ...purchase,
          counterparty: { type: 'nonMember', name: '张三' },
          quantity: '2.5',
          unit: 'kg',
          unitPrice: 1_999,
          discountFen: 98,
        }),
      {
        id: 't-7',
        cooperativeId: 'coop-1',
        counterparty: { type: 'nonMember', name: '张三' },
        kind: 'inputPurchase',
        date: '2026-03-02',
        amount: 4_900, // 4997.5 → 4998, less 98
        volume: { unit: 'kg', milli: 2_500 },
      },
    ],
    [
      'a non-member pays for ploughing 12.5 mu',
      () => serviceFeeTransaction(fee),
      {
        id: 't-8',
        cooperativeId: 'coop-1',
        counterparty: { type: 'nonMember', name: '李四' },
        kind: 'serviceFee',
        date: '2026-10-08',
        amount: 37_500,
        volume: { unit: 'mu', milli: 12_500 },
        sourceId: 'wo-31',
      },
    ],
    [
      'a flat fee for one service, discounted to nothing',
      () =>
        serviceFeeTransaction({
          ...fee,
          counterparty: { type: 'member', memberId: 'm3' },
          quantity: 1,
          unit: 'service',
          unitPrice: 5_000,
          discountFen: 5_000,
        }),
      {
        id: 't-8',
        cooperativeId: 'coop-1',
        counterparty: { type: 'member', memberId: 'm3' },
        kind: 'serviceFee',
        date: '2026-10-08',
        amount: 0,
        volume: { unit: 'service', milli: 1_000 },
        sourceId: 'wo-31',
      },
    ],
  ])('%s', (_name, build, expected) => {
    const transaction = build();
    expect(transaction).toEqual(expected);
    expect(TransactionSchema.parse(transaction)).toEqual(transaction);
  });

  it.each<[string, () => unknown, string, (string | number)[]]>([
    [
      'a discount larger than the amount',
      () => inputPurchaseTransaction({ ...purchase, discountFen: 66_001 }),
      'LEDGER_RULE',
      ['purchase', 'discountFen'],
    ],
    [
      'a non-member without a name',
      () => inputPurchaseTransaction({ ...purchase, counterparty: { type: 'nonMember', name: '' } }),
      'INVALID_INPUT',
      ['purchase', 'counterparty', 'name'],
    ],
    [
      'a quantity with four decimals',
      () => serviceFeeTransaction({ ...fee, quantity: '12.5001' }),
      'INVALID_INPUT',
      ['fee', 'quantity'],
    ],
    [
      'the wrong date field',
      () => serviceFeeTransaction({ ...purchase } as unknown as ServiceFee),
      'INVALID_INPUT',
      ['fee', 'renderedOn'],
    ],
  ])('refuses %s', (_name, call, code, path) => {
    expect(thrown(call)).toEqual({ code, path });
  });
});

describe('posting to member accounts', () => {
  it('the built transactions post to a MemberLedger, member and non-member kept apart (Arts. 41, 43)', () => {
    const ledger = new MemberLedger('coop-1');
    ledger.open({ memberId: 'm1' });
    ledger.open({ memberId: 'm2' });
    const receipt = ledger.post([
      deliveryToTransaction(delivery({ id: 'd-1', memberId: 'm1', grossKg: '10.5', unitPrice: 250 })),
      inputPurchaseTransaction(purchase),
      serviceFeeTransaction(fee),
    ]);
    expect(receipt).toEqual({
      memberTransactions: 2,
      nonMemberTransactions: 1,
      amount: 2_625 + 66_000 + 37_500,
    });
    expect(ledger.account('m1').volumeMilli).toEqual({ kg: 10_500 });
    expect(ledger.nonMemberTotals().transactions).toEqual({ count: 1, amount: 37_500 });
  });
});
