import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../money/allocate';
import { deliveriesArb, ordersArb, permutationOf } from './__tests__/arbitraries';
import { delivery, order, thrown } from './__tests__/helpers';
import type { Match } from './ledger';
import { matchDeliveries } from './match';
import { type SettleMatchesInput, settleMatches } from './settlement';

const RUNS = { numRuns: 1000 };

const deliveries = [
  delivery({ id: 'd1', memberId: 'm1', grossKg: 600, deliveredOn: '2026-06-10' }),
  delivery({ id: 'd2', memberId: 'm2', grossKg: '500.5', deliveredOn: '2026-06-11' }),
];
const orders = [
  order({
    id: 'o1',
    buyer: { id: 'mart', name: 'Mart', type: 'supermarket' },
    quantityKg: 800,
    unitPrice: 300,
  }),
  order({
    id: 'o2',
    buyer: { id: 'school', name: 'School', type: 'institution' },
    quantityKg: 500,
    unitPrice: 320,
    orderedOn: '2026-06-02',
  }),
];
const { matches } = matchDeliveries({ deliveries, orders });

describe('settleMatches: golden settlement', () => {
  it('settles two orders with a 3 % commission, every line and total to the fen', () => {
    expect(settleMatches({ deliveries, orders, matches, commissionRate: '0.03' })).toEqual({
      members: [
        { memberId: 'm1', matchedMilli: 600_000, grossFen: 180_000, commissionFen: 5_400, netFen: 174_600 },
        { memberId: 'm2', matchedMilli: 500_500, grossFen: 156_160, commissionFen: 4_685, netFen: 151_475 },
      ],
      orders: [
        { orderId: 'o1', buyerId: 'mart', matchedMilli: 800_000, revenueFen: 240_000, commissionFen: 7_200 },
        // 300.5 kg × 3.20 yuan = 961.60 yuan; 3 % = 28.848 yuan → 2,885 fen (half-up, once)
        { orderId: 'o2', buyerId: 'school', matchedMilli: 300_500, revenueFen: 96_160, commissionFen: 2_885 },
      ],
      lines: [
        {
          orderId: 'o1',
          deliveryId: 'd1',
          memberId: 'm1',
          matchedMilli: 600_000,
          grossFen: 180_000,
          commissionFen: 5_400,
          netFen: 174_600,
        },
        {
          orderId: 'o1',
          deliveryId: 'd2',
          memberId: 'm2',
          matchedMilli: 200_000,
          grossFen: 60_000,
          commissionFen: 1_800,
          netFen: 58_200,
        },
        {
          orderId: 'o2',
          deliveryId: 'd2',
          memberId: 'm2',
          matchedMilli: 300_500,
          grossFen: 96_160,
          commissionFen: 2_885,
          netFen: 93_275,
        },
      ],
      totals: {
        matchedMilli: 1_100_500,
        revenueFen: 336_160,
        grossFen: 336_160,
        commissionFen: 10_085,
        netFen: 326_075,
      },
    });
  });

  it('computes revenue once per order: 3 × 1 g at 500 fen/kg is 2 fen (1.5 → 2), split 1/1/0', () => {
    const tiny = ['a', 'b', 'c'].map((id, i) =>
      delivery({ id, memberId: `m${i}`, grossKg: '0.001', unitPrice: 500 }),
    );
    const result = settleMatches({
      deliveries: tiny,
      orders: [order({ id: 'o', quantityKg: '0.003', unitPrice: 500 })],
      matches: tiny.map((d) => ({ orderId: 'o', deliveryId: d.id, memberId: d.memberId, milli: 1 })),
    });
    expect(result.orders[0]?.revenueFen).toBe(2); // rounding per line would give 3 × round(0.5) = 3
    expect(result.lines.map((l) => l.grossFen)).toEqual([1, 1, 0]);
    expect(result.totals).toEqual({
      matchedMilli: 3,
      revenueFen: 2,
      grossFen: 2,
      commissionFen: 0,
      netFen: 2,
    });
  });

  it('never leaves a member with a negative net (the commission is split by gross, not by grams)', () => {
    // Revenue round(14 g × 786 fen/kg) = 11 fen; commission round(11 × 0.91) = 10 fen.
    const three = [6, 6, 2].map((g, i) =>
      delivery({ id: `d${i}`, memberId: `m${i}`, grossKg: String(g / 1000), unitPrice: 700 }),
    );
    const result = settleMatches({
      deliveries: three,
      orders: [order({ id: 'o', quantityKg: '0.014', unitPrice: 786 })],
      matches: three.map((d, i) => ({
        orderId: 'o',
        deliveryId: d.id,
        memberId: d.memberId,
        milli: [6, 6, 2][i] as number,
      })),
      commissionRate: 0.91,
    });
    expect(result.lines.map((l) => l.grossFen)).toEqual([5, 5, 1]);
    // Split by grams the commission would be [4, 4, 2]: 2 fen commission on a 1-fen line (the Alabama paradox).
    expect(allocate(10, [6, 6, 2])).toEqual([4, 4, 2]);
    expect(result.lines.map((l) => l.commissionFen)).toEqual([5, 4, 1]);
    expect(result.lines.map((l) => l.netFen)).toEqual([0, 1, 0]);
  });

  it('merges repeated matches of one pair into one line, and ignores unmatched records', () => {
    const result = settleMatches({
      deliveries: [...deliveries, delivery({ id: 'd3', grossKg: 10 })],
      orders: [...orders, order({ id: 'o3', quantityKg: 5 })],
      matches: [
        { orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 100_000 },
        { orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 50_000 },
      ],
    });
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ matchedMilli: 150_000, grossFen: 45_000, netFen: 45_000 });
    expect(result.orders.map((o) => o.orderId)).toEqual(['o1']);
  });

  it('settles nothing to zero', () => {
    expect(settleMatches({ deliveries: [], orders: [], matches: [] })).toEqual({
      members: [],
      orders: [],
      lines: [],
      totals: { matchedMilli: 0, revenueFen: 0, grossFen: 0, commissionFen: 0, netFen: 0 },
    });
  });

  it.each([0, '0', 1, '1', '0.5', 0.03, '3e-2'])('accepts the commission rate %s', (commissionRate) => {
    const result = settleMatches({ deliveries, orders, matches, commissionRate });
    expect(result.totals.netFen + result.totals.commissionFen).toBe(result.totals.revenueFen);
  });
});

describe('settleMatches: refusals', () => {
  it.each<[string, SettleMatchesInput, string, (string | number)[]]>([
    [
      'a commission above 100 %',
      { deliveries, orders, matches, commissionRate: 1.5 },
      'INVALID_RATE',
      ['commissionRate'],
    ],
    [
      'a negative commission',
      { deliveries, orders, matches, commissionRate: '-0.01' },
      'INVALID_RATE',
      ['commissionRate'],
    ],
    [
      'a commission that is not a number',
      { deliveries, orders, matches, commissionRate: '3%' },
      'INVALID_RATE',
      ['commissionRate'],
    ],
    [
      'a match over-filling its order',
      {
        deliveries,
        orders,
        matches: [...matches, { orderId: 'o2', deliveryId: 'd1', memberId: 'm1', milli: 200_000 }],
      },
      'LEDGER_RULE',
      ['matches', 3, 'milli'],
    ],
    [
      'a match selling more than a delivery',
      {
        deliveries,
        orders: [order({ id: 'big', quantityKg: 10_000 })],
        matches: [{ orderId: 'big', deliveryId: 'd1', memberId: 'm1', milli: 600_001 }],
      },
      'LEDGER_RULE',
      ['matches', 0, 'milli'],
    ],
    [
      'a match to an unknown order',
      { deliveries, orders, matches: [{ orderId: 'nope', deliveryId: 'd1', memberId: 'm1', milli: 1 }] },
      'LEDGER_RULE',
      ['matches', 0, 'orderId'],
    ],
    [
      'a duplicate order',
      { deliveries, orders: [...orders, orders[0] as (typeof orders)[0]], matches },
      'INVALID_INPUT',
      ['orders', 2, 'id'],
    ],
    [
      'a fractional match',
      { deliveries, orders, matches: [{ orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 0.5 }] },
      'INVALID_INPUT',
      ['matches', 0, 'milli'],
    ],
  ])('refuses %s', (_name, input, code, path) => {
    expect(thrown(() => settleMatches(input))).toEqual({ code, path });
  });
});

const rate = fc.oneof(
  fc.constant(0),
  fc.constant(1),
  fc.integer({ min: 0, max: 1000 }).map((permille) => String(permille / 1000)),
  fc.integer({ min: 0, max: 10_000 }).map((bp) => `${bp}e-4`),
);

/** round_half_up(a / b) for non-negative bigints. */
const halfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

describe('settleMatches: properties', () => {
  const scenario = fc.tuple(deliveriesArb, ordersArb, rate).map(([ds, os, r]) => ({
    deliveries: ds,
    orders: os,
    matches: matchDeliveries({ deliveries: ds, orders: os }).matches,
    commissionRate: r,
  }));

  it('sums to the fen: Σ gross = Σ revenue, Σ net + Σ commission = Σ revenue, no negative line', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { members, orders: perOrder, lines, totals } = settleMatches(input);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const revenue = sum(perOrder.map((o) => o.revenueFen));
        expect(sum(members.map((m) => m.grossFen))).toBe(revenue);
        expect(sum(members.map((m) => m.netFen)) + sum(members.map((m) => m.commissionFen))).toBe(revenue);
        expect(sum(perOrder.map((o) => o.commissionFen))).toBe(sum(members.map((m) => m.commissionFen)));
        expect(totals).toEqual({
          matchedMilli: sum(input.matches.map((m) => m.milli)),
          revenueFen: revenue,
          grossFen: revenue,
          commissionFen: sum(perOrder.map((o) => o.commissionFen)),
          netFen: revenue - totals.commissionFen,
        });
        for (const line of lines) {
          expect(line.netFen).toBeGreaterThanOrEqual(0);
          expect(line.commissionFen).toBeGreaterThanOrEqual(0);
          expect(line.grossFen).toBe(line.netFen + line.commissionFen);
        }
        // Each order priced once, half-up; each line within one fen of its exact share.
        for (const o of perOrder) {
          const price = input.orders.find((x) => x.id === o.orderId)?.unitPrice as number;
          expect(BigInt(o.revenueFen)).toBe(halfUp(BigInt(o.matchedMilli) * BigInt(price), 1000n));
          for (const line of lines.filter((l) => l.orderId === o.orderId)) {
            const diff =
              BigInt(line.grossFen) * BigInt(o.matchedMilli) -
              BigInt(o.revenueFen) * BigInt(line.matchedMilli);
            expect((diff < 0n ? -diff : diff) < BigInt(o.matchedMilli)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same data in any list order settles the same', () => {
    const shuffled = scenario.chain((input) =>
      fc.tuple(
        fc.constant(input),
        permutationOf(input.deliveries),
        permutationOf(input.orders),
        permutationOf<Match>(input.matches),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([input, ds, os, ms]) => {
        const first = settleMatches(input);
        expect(settleMatches({ ...input, deliveries: ds, orders: os, matches: ms })).toEqual(first);
      }),
      RUNS,
    );
  });
});
