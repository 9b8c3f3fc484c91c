import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeOnTimeShare } from './feeOnTimeShare';
import type { TrusteeshipFeePaymentRecord } from './feePaymentRecord';

const fee = (over: Partial<TrusteeshipFeePaymentRecord>): TrusteeshipFeePaymentRecord => ({
  id: 'f1',
  memberId: 'm1',
  contractId: 'c1',
  dueDate: '2026-03-31',
  amountDueFen: 10_000,
  ...over,
});
const paid = (paidOn: string, amountPaidFen: number) => ({ paidOn, amountPaidFen });

describe('feeOnTimeShare', () => {
  it('weighs fees paid in full by their due date by the amount due', () => {
    const fees = [
      fee({ id: 'a', dueDate: '2023-06-30', amountDueFen: 1_000 }), // the day 3 years before: outside
      fee({ id: 'b', dueDate: '2023-07-01', amountDueFen: 20_000, ...paid('2023-07-01', 20_000) }), // on time
      fee({ id: 'c', dueDate: '2025-12-31', amountDueFen: 30_000, ...paid('2026-01-05', 30_000) }), // late
      fee({ id: 'd', dueDate: '2026-06-30', amountDueFen: 50_000, ...paid('2026-06-30', 49_999) }), // short
      fee({ id: 'e', dueDate: '2026-07-01', amountDueFen: 1_000_000 }), // after asOf: outside
      fee({ id: 'f', dueDate: '2026-03-31', amountDueFen: 100_000, ...paid('2026-03-01', 120_000) }), // early
      fee({ id: 'g', memberId: 'm2', dueDate: '2026-01-01', amountDueFen: 500_000 }), // another member
    ];
    // On time: b + f = 120,000 of b + c + d + f = 200,000 due.
    expect(feeOnTimeShare(fees, 'm1', '2026-06-30')).toBe(0.6);
    expect(feeOnTimeShare(fees, 'm2', '2026-06-30')).toBe(0);
  });

  it('is 1 when every fee due was paid on time, ignoring a late payment after the as-of date', () => {
    const fees = [
      fee({ id: 'a', dueDate: '2026-01-31', ...paid('2026-01-31', 10_000) }),
      fee({ id: 'b', dueDate: '2026-07-31', ...paid('2026-09-01', 10_000) }),
    ];
    expect(feeOnTimeShare(fees, 'm1', '2026-06-30')).toBe(1);
    expect(feeOnTimeShare(fees, 'm1', '2026-09-30')).toBe(0.5);
  });

  it('steps 29 February back to 28 February for the window start', () => {
    const fees = [
      fee({ id: 'a', dueDate: '2021-02-28', amountDueFen: 3 }),
      fee({ id: 'b', dueDate: '2021-03-01', amountDueFen: 1, ...paid('2021-03-01', 1) }),
    ];
    expect(feeOnTimeShare(fees, 'm1', '2024-02-29')).toBe(1);
    expect(feeOnTimeShare(fees, 'm1', '2024-02-27')).toBe(0.25);
    expect(feeOnTimeShare(fees, 'm1', '2024-03-01')).toBeNull();
  });

  it('is null when no fee of the member fell due in the window', () => {
    expect(feeOnTimeShare([], 'm1', '2026-06-30')).toBeNull();
    expect(feeOnTimeShare([fee({ dueDate: '2026-07-01' })], 'm1', '2026-06-30')).toBeNull();
    expect(feeOnTimeShare([fee({ dueDate: '2023-06-30' })], 'm1', '2026-06-30')).toBeNull();
    expect(feeOnTimeShare([fee({ memberId: 'm2' })], 'm1', '2026-06-30')).toBeNull();
  });

  it('sums exactly beyond the safe integers', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const fees = [
      fee({ id: 'a', amountDueFen: max, ...paid('2026-03-31', max) }),
      fee({ id: 'b', amountDueFen: max }),
    ];
    expect(feeOnTimeShare(fees, 'm1', '2026-06-30')).toBe(0.5);
  });

  it('stays within [0, 1] and ignores the order of the records', () => {
    const record = fc.record({
      dueDate: fc.constantFrom('2023-06-30', '2024-01-15', '2026-06-30', '2026-07-01'),
      amountDueFen: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      payment: fc.option(
        fc.record({
          paidOn: fc.constantFrom('2023-01-01', '2024-01-15', '2026-06-30', '2027-01-01'),
          amountPaidFen: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (rows) => {
        const fees = rows.map((r, i) =>
          fee({ id: `f${i}`, dueDate: r.dueDate, amountDueFen: r.amountDueFen, ...r.payment }),
        );
        const share = feeOnTimeShare(fees, 'm1', '2026-06-30');
        if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
        expect(feeOnTimeShare([...fees].reverse(), 'm1', '2026-06-30')).toBe(share);
      }),
    );
  });
});

describe('feeOnTimeShare: bad input', () => {
  it.each([
    ['a zero amount due', [fee({ amountDueFen: 0 })], 'm1', '2026-06-30', ['payments', 0, 'amountDueFen']],
    [
      'a fractional amount',
      [fee({ amountDueFen: 1.5 })],
      'm1',
      '2026-06-30',
      ['payments', 0, 'amountDueFen'],
    ],
    [
      'a date without an amount',
      [fee({ paidOn: '2026-03-31' })],
      'm1',
      '2026-06-30',
      ['payments', 0, 'amountPaidFen'],
    ],
    ['an amount without a date', [fee({ amountPaidFen: 5 })], 'm1', '2026-06-30', ['payments', 0, 'paidOn']],
    ['an empty member id', [], '', '2026-06-30', ['memberId']],
    ['a bad date', [], 'm1', '2026-02-29', ['asOf']],
    ['payments that are not a list', 'fees', 'm1', '2026-06-30', ['payments']],
  ])('refuses %s with INVALID_INPUT', (_what, payments, memberId, asOf, path) => {
    expect(() => feeOnTimeShare(payments as never, memberId, asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
