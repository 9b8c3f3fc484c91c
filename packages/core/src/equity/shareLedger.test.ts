import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyShareMovements, EMPTY_SHARE_LEDGER, shareHolding } from './shareLedger';
import type { ShareMovement } from './shareMovement';

const land = {
  kind: 'landUseRight' as const,
  description: '承包地经营权 5 亩，作价入股',
  valuation: { method: 'appraisal' as const, valuedOn: '2026-01-05', appraiser: '高密市农村产权评估中心' },
};

describe('share ledger', () => {
  it('subscribes, pays in cash and in kind, transfers, converts and refunds', () => {
    const ledger = applyShareMovements(
      EMPTY_SHARE_LEDGER,
      [
        { type: 'subscription', id: 's1', memberId: 'M1', date: '2026-01-10', amount: 1_000_000 },
        { type: 'payment', id: 'p1', memberId: 'M1', date: '2026-01-10', amount: 400_000 },
        { type: 'subscription', id: 's2', memberId: 'M2', date: '2026-01-10', amount: 200_000 },
        { type: 'payment', id: 'p2', memberId: 'M1', date: '2026-01-12', amount: 600_000, inKind: land },
        {
          type: 'transfer',
          id: 't1',
          fromMemberId: 'M1',
          toMemberId: 'M2',
          date: '2026-03-01',
          amount: 500_000,
        },
        {
          type: 'conversion',
          id: 'c1',
          memberId: 'M2',
          date: '2026-12-31',
          amount: 12_345,
          distributionId: '2026',
        },
        { type: 'refund', id: 'r1', memberId: 'M1', date: '2026-12-31', amount: 500_000 },
      ],
      ['M1', 'M2'],
    );
    // The transfer takes M1's 400,000 cash first, then 100,000 of the in-kind capital.
    expect(shareHolding(ledger, 'M2')).toEqual({
      memberId: 'M2',
      subscribed: 712_345,
      paid: 512_345,
      paidInKind: 100_000,
    });
    expect(shareHolding(ledger, 'M1')).toEqual({ memberId: 'M1', subscribed: 0, paid: 0, paidInKind: 0 });
    expect(shareHolding(ledger, 'M9')).toEqual({ memberId: 'M9', subscribed: 0, paid: 0, paidInKind: 0 });
  });

  it.each([
    [
      'paying more than subscribed',
      [{ type: 'payment', id: 'p', memberId: 'M1', date: '2026-01-01', amount: 1 }],
      'SHARE_LEDGER_RULE',
    ],
    [
      'transferring more than paid',
      [{ type: 'transfer', id: 't', fromMemberId: 'M1', toMemberId: 'M2', date: '2026-01-01', amount: 1 }],
      'SHARE_LEDGER_RULE',
    ],
    [
      'refunding more than paid',
      [{ type: 'refund', id: 'r', memberId: 'M1', date: '2026-01-01', amount: 1 }],
      'SHARE_LEDGER_RULE',
    ],
    [
      'a negative amount',
      [{ type: 'subscription', id: 's', memberId: 'M1', date: '2026-01-01', amount: -5 }],
      'INVALID_INPUT',
    ],
    [
      'a non-member',
      [{ type: 'subscription', id: 's', memberId: 'X', date: '2026-01-01', amount: 5 }],
      'NOT_A_MEMBER',
    ],
    [
      'dates out of order',
      [
        { type: 'subscription', id: 's1', memberId: 'M1', date: '2026-02-01', amount: 5 },
        { type: 'subscription', id: 's2', memberId: 'M1', date: '2026-01-01', amount: 5 },
      ],
      'DATE_ORDER',
    ],
  ])('refuses %s, all or nothing', (_label, movements, code) => {
    expect(() => applyShareMovements(EMPTY_SHARE_LEDGER, movements as ShareMovement[], ['M1', 'M2'])).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('property: paid never exceeds subscribed, and money is only created by subscriptions and conversions', () => {
    const movement = fc.oneof(
      fc.record({
        type: fc.constant('subscription' as const),
        memberId: fc.constantFrom('M1', 'M2', 'M3'),
        amount: fc.integer({ min: 1, max: 1000 }),
      }),
      fc.record({
        type: fc.constant('payment' as const),
        memberId: fc.constantFrom('M1', 'M2', 'M3'),
        amount: fc.integer({ min: 1, max: 1000 }),
      }),
      fc.record({
        type: fc.constant('transfer' as const),
        fromMemberId: fc.constantFrom('M1', 'M2', 'M3'),
        toMemberId: fc.constantFrom('M1', 'M2', 'M3'),
        amount: fc.integer({ min: 1, max: 1000 }),
      }),
      fc.record({
        type: fc.constant('refund' as const),
        memberId: fc.constantFrom('M1', 'M2', 'M3'),
        amount: fc.integer({ min: 1, max: 1000 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 30 }), (ms) => {
        let ledger = EMPTY_SHARE_LEDGER;
        let subscribedIn = 0;
        let refundedOut = 0;
        ms.forEach((m, i) => {
          try {
            ledger = applyShareMovements(ledger, [
              { ...m, id: `m${i}`, date: '2026-01-01' } as ShareMovement,
            ]);
            if (m.type === 'subscription') subscribedIn += m.amount;
            if (m.type === 'refund') refundedOut += m.amount;
          } catch {
            // refused movements change nothing
          }
        });
        let subscribed = 0;
        for (const h of ledger.holdings) {
          expect(h.paid).toBeLessThanOrEqual(h.subscribed);
          expect(h.paidInKind).toBeLessThanOrEqual(h.paid);
          subscribed += h.subscribed;
        }
        expect(subscribed).toBe(subscribedIn - refundedOut);
      }),
      { numRuns: 1000 },
    );
  });
});
