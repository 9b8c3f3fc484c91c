import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DAYS_OVERDUE, defaultedLoans } from './defaultedLoans';
import type { InstallmentRecord } from './installmentRecord';
import { maxDaysOverdue } from './maxDaysOverdue';
import { installmentOnTimeShare } from './onTimeShare';

const installment = (over: Partial<InstallmentRecord>): InstallmentRecord => ({
  id: 'i1',
  memberId: 'm1',
  loanId: 'L1',
  dueDate: '2026-03-31',
  amountDueFen: 100_000,
  ...over,
});
const paid = (paidOn: string, amountPaidFen: number) => ({ paidOn, amountPaidFen });

// A member's history as of 2026-06-30 (the window is 2023-06-30 < dueDate ≤ 2026-06-30).
const HISTORY = [
  // The day three years before: outside the window, though unpaid for three years.
  installment({ id: 'i1', dueDate: '2023-06-30', amountDueFen: 500_000 }),
  installment({ id: 'i2', dueDate: '2023-07-01', ...paid('2023-07-01', 100_000) }), // on time
  installment({ id: 'i3', dueDate: '2024-01-01', ...paid('2024-01-31', 100_000) }), // 30 days late
  // 31 + 28 + 31 + 15 = 105 days late: loan L2 defaulted.
  installment({
    id: 'i4',
    loanId: 'L2',
    dueDate: '2025-12-31',
    amountDueFen: 200_000,
    ...paid('2026-04-15', 200_000),
  }),
  installment({ id: 'i5', loanId: 'L2', dueDate: '2026-06-30' }), // due on the as-of date, unpaid: 0 days
  installment({ id: 'i6', loanId: 'L3', dueDate: '2026-04-30', ...paid('2026-04-01', 50_000) }), // half: 61 days
  installment({ id: 'i7', loanId: 'L3', dueDate: '2026-07-01' }), // due after the as-of date
  installment({ id: 'i8', loanId: 'L4', dueDate: '2025-06-30', ...paid('2025-06-01', 100_000) }), // early
  installment({ id: 'i9', memberId: 'm2', loanId: 'L9', dueDate: '2024-01-01' }), // another member
];

describe('the credit record of loan installments', () => {
  it('computes punctuality, the longest delay and the defaults of one member by hand', () => {
    // On time: i2 + i8 = 200,000 of i2 + i3 + i4 + i5 + i6 + i8 = 700,000 due.
    expect(installmentOnTimeShare(HISTORY, 'm1', '2026-06-30')).toBe(2 / 7);
    expect(maxDaysOverdue(HISTORY, 'm1', '2026-06-30')).toBe(105);
    expect(defaultedLoans(HISTORY, 'm1', '2026-06-30')).toBe(1);
  });

  it("reads another member's installments only for that member", () => {
    // i9 is unpaid since 2024-01-01: 911 days by 2026-06-30 (366 + 365 + 180).
    expect(installmentOnTimeShare(HISTORY, 'm2', '2026-06-30')).toBe(0);
    expect(maxDaysOverdue(HISTORY, 'm2', '2026-06-30')).toBe(911);
    expect(defaultedLoans(HISTORY, 'm2', '2026-06-30')).toBe(1);
  });

  it('treats a repayment after the as-of date as not made yet', () => {
    // As of 2026-04-10 the window reaches back past 2023-06-30, so i1 is left out here.
    const history = HISTORY.filter((i) => i.id !== 'i1');
    // i4 (due 2025-12-31, repaid 2026-04-15) is 100 days overdue; i5 to i7 are not due yet.
    expect(maxDaysOverdue(history, 'm1', '2026-04-10')).toBe(100);
    expect(defaultedLoans(history, 'm1', '2026-04-10')).toBe(1);
    // On time: i2 + i8 of i2 + i3 + i4 + i8 = 500,000.
    expect(installmentOnTimeShare(history, 'm1', '2026-04-10')).toBe(0.4);
    // With i1 (due 2023-06-30, never repaid): 1,015 days overdue, and loan L1 defaulted too.
    expect(maxDaysOverdue(HISTORY, 'm1', '2026-04-10')).toBe(1_015);
    expect(defaultedLoans(HISTORY, 'm1', '2026-04-10')).toBe(2);
  });

  it(`counts a default only beyond ${DEFAULT_DAYS_OVERDUE} days overdue`, () => {
    const unpaid = [installment({ dueDate: '2025-12-31' })];
    expect(maxDaysOverdue(unpaid, 'm1', '2026-03-31')).toBe(90);
    expect(defaultedLoans(unpaid, 'm1', '2026-03-31')).toBe(0);
    expect(maxDaysOverdue(unpaid, 'm1', '2026-04-01')).toBe(91);
    expect(defaultedLoans(unpaid, 'm1', '2026-04-01')).toBe(1);
  });

  it('counts a written-off installment as a default however recent, and each loan once', () => {
    const history = [
      installment({
        id: 'a',
        loanId: 'L5',
        dueDate: '2026-06-01',
        writtenOff: true,
        ...paid('2026-06-10', 2_000),
      }),
      installment({ id: 'b', loanId: 'L6', dueDate: '2026-01-01' }), // 180 days
      installment({ id: 'c', loanId: 'L6', dueDate: '2026-02-01' }), // 149 days
      installment({
        id: 'd',
        loanId: 'L7',
        dueDate: '2026-05-01',
        writtenOff: false,
        ...paid('2026-05-01', 100_000),
      }),
    ];
    expect(defaultedLoans(history, 'm1', '2026-06-30')).toBe(2);
    expect(maxDaysOverdue(history, 'm1', '2026-06-30')).toBe(180);
    expect(installmentOnTimeShare(history, 'm1', '2026-06-30')).toBe(0.25);
  });

  it('moves the window with the as-of date, stepping 29 February back to 28 February', () => {
    const history = [
      installment({ id: 'a', dueDate: '2021-02-28' }),
      installment({ id: 'b', dueDate: '2021-03-01', ...paid('2021-03-01', 100_000) }),
    ];
    expect(installmentOnTimeShare(history, 'm1', '2024-02-29')).toBe(1);
    expect(maxDaysOverdue(history, 'm1', '2024-02-29')).toBe(0);
    expect(defaultedLoans(history, 'm1', '2024-02-29')).toBe(0);
    expect(installmentOnTimeShare(history, 'm1', '2024-02-27')).toBe(0.5);
  });

  it('is null when no installment of the member fell due in the window', () => {
    for (const compute of [installmentOnTimeShare, maxDaysOverdue, defaultedLoans]) {
      expect(compute([], 'm1', '2026-06-30')).toBeNull();
      expect(compute([installment({ dueDate: '2026-07-01' })], 'm1', '2026-06-30')).toBeNull();
      expect(compute([installment({ dueDate: '2023-06-30' })], 'm1', '2026-06-30')).toBeNull();
      expect(compute([installment({ memberId: 'm2' })], 'm1', '2026-06-30')).toBeNull();
    }
  });

  it('sums exactly beyond the safe integers', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const history = [
      installment({ id: 'a', amountDueFen: max, ...paid('2026-03-31', max) }),
      installment({ id: 'b', amountDueFen: max }),
    ];
    expect(installmentOnTimeShare(history, 'm1', '2026-06-30')).toBe(0.5);
  });

  it('keeps its invariants whatever the records and their order', () => {
    const row = fc.record({
      loanId: fc.constantFrom('L1', 'L2', 'L3'),
      dueDate: fc.constantFrom('2023-06-30', '2023-07-01', '2025-03-15', '2026-06-30', '2026-07-01'),
      amountDueFen: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      payment: fc.option(
        fc.record({
          paidOn: fc.constantFrom('2023-01-01', '2025-03-15', '2025-12-01', '2026-06-30', '2027-01-01'),
          amountPaidFen: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const history = rows.map((r, i) =>
          installment({
            id: `i${i}`,
            loanId: r.loanId,
            dueDate: r.dueDate,
            amountDueFen: r.amountDueFen,
            ...r.payment,
          }),
        );
        const share = installmentOnTimeShare(history, 'm1', '2026-06-30');
        const longest = maxDaysOverdue(history, 'm1', '2026-06-30');
        const defaults = defaultedLoans(history, 'm1', '2026-06-30');
        // All three see the same installments, so they are null together.
        expect(longest === null).toBe(share === null);
        expect(defaults === null).toBe(share === null);
        if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
        if (longest !== null) expect(Number.isInteger(longest) && longest >= 0).toBe(true);
        if (defaults !== null) expect(defaults).toBeLessThanOrEqual(new Set(rows.map((r) => r.loanId)).size);
        if (defaults !== null && longest !== null && defaults > 0) expect(longest).toBeGreaterThan(90);
        const reversed = [...history].reverse();
        expect(installmentOnTimeShare(reversed, 'm1', '2026-06-30')).toBe(share);
        expect(maxDaysOverdue(reversed, 'm1', '2026-06-30')).toBe(longest);
        expect(defaultedLoans(reversed, 'm1', '2026-06-30')).toBe(defaults);
      }),
    );
  });
});

describe('the credit record of loan installments: bad input', () => {
  it.each([
    [
      'a zero amount due',
      [installment({ amountDueFen: 0 })],
      'm1',
      '2026-06-30',
      ['installments', 0, 'amountDueFen'],
    ],
    [
      'a payment date without an amount',
      [installment({ paidOn: '2026-03-31' })],
      'm1',
      '2026-06-30',
      ['installments', 0, 'amountPaidFen'],
    ],
    [
      'an amount without a payment date',
      [installment({ amountPaidFen: 1 })],
      'm1',
      '2026-06-30',
      ['installments', 0, 'paidOn'],
    ],
    [
      'a write-off of an installment repaid in full',
      [installment({ writtenOff: true, ...paid('2026-03-31', 100_000) })],
      'm1',
      '2026-06-30',
      ['installments', 0, 'writtenOff'],
    ],
    ['an empty loan id', [installment({ loanId: '' })], 'm1', '2026-06-30', ['installments', 0, 'loanId']],
    ['an empty member id', [], '', '2026-06-30', ['memberId']],
    ['a bad date', [], 'm1', '2026-13-01', ['asOf']],
    ['installments that are not a list', null, 'm1', '2026-06-30', ['installments']],
  ])('refuses %s with INVALID_INPUT', (_what, installments, memberId, asOf, path) => {
    for (const compute of [installmentOnTimeShare, maxDaysOverdue, defaultedLoans]) {
      expect(() => compute(installments as never, memberId, asOf)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', path }),
      );
    }
  });
});
