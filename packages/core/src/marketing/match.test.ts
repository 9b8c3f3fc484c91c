import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveriesArb, ordersArb, permutationOf, sumBy } from './__tests__/arbitraries';
import { delivery, order, thrown } from './__tests__/helpers';
import { priceDelivery } from './delivery';
import type { Match } from './ledger';
import { type MatchDeliveriesInput, type MatchResult, matchDeliveries } from './match';
import { toMilli } from './quantity';

const RUNS = { numRuns: 1000 };

describe('matchDeliveries: golden cases', () => {
  it.each<[string, MatchDeliveriesInput, MatchResult]>([
    [
      'partial fills across orders: one delivery split over two orders, the second left open',
      {
        deliveries: [
          delivery({ id: 'd1', memberId: 'm1', grossKg: 600, deliveredOn: '2026-06-10' }),
          delivery({ id: 'd2', memberId: 'm2', grossKg: '500.5', deliveredOn: '2026-06-11' }),
        ],
        orders: [
          order({ id: 'o1', quantityKg: 800, orderedOn: '2026-06-01' }),
          order({ id: 'o2', quantityKg: 500, orderedOn: '2026-06-02' }),
        ],
      },
      {
        matches: [
          { orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 600_000 },
          { orderId: 'o1', deliveryId: 'd2', memberId: 'm2', milli: 200_000 },
          { orderId: 'o2', deliveryId: 'd2', memberId: 'm2', milli: 300_500 },
        ],
        openOrders: [{ orderId: 'o2', remainingMilli: 199_500 }],
        unmatchedDeliveries: [],
      },
    ],
    [
      'two grades kept apart: a second-grade delivery never fills a first-grade order',
      {
        deliveries: [
          delivery({ id: 'd1', grade: 'second', grossKg: 300 }),
          delivery({ id: 'd2', grade: 'first', grossKg: 100 }),
          delivery({ id: 'd3', crop: 'corn', grade: 'first', grossKg: 50 }),
        ],
        orders: [
          order({ id: 'o1', grade: 'first', quantityKg: 250 }),
          order({ id: 'o2', grade: 'second', quantityKg: 100 }),
        ],
      },
      {
        matches: [
          { orderId: 'o1', deliveryId: 'd2', memberId: 'm1', milli: 100_000 },
          { orderId: 'o2', deliveryId: 'd1', memberId: 'm1', milli: 100_000 },
        ],
        openOrders: [{ orderId: 'o1', remainingMilli: 150_000 }],
        unmatchedDeliveries: [
          { deliveryId: 'd1', remainingMilli: 200_000 },
          { deliveryId: 'd3', remainingMilli: 50_000 },
        ],
      },
    ],
    [
      'first in first out: orders by day then id, deliveries by day then id, whatever the list order',
      {
        deliveries: [
          delivery({ id: 'd-b', memberId: 'm2', grossKg: 40, deliveredOn: '2026-06-12' }),
          delivery({ id: 'd-c', memberId: 'm3', grossKg: 40, deliveredOn: '2026-06-11' }),
          delivery({ id: 'd-a', memberId: 'm1', grossKg: 40, deliveredOn: '2026-06-12' }),
        ],
        orders: [
          order({ id: 'o-late', quantityKg: 60, orderedOn: '2026-06-20' }),
          order({ id: 'o-2', quantityKg: 50, orderedOn: '2026-06-05' }),
          order({ id: 'o-1', quantityKg: 50, orderedOn: '2026-06-05' }),
        ],
      },
      {
        matches: [
          { orderId: 'o-1', deliveryId: 'd-c', memberId: 'm3', milli: 40_000 },
          { orderId: 'o-1', deliveryId: 'd-a', memberId: 'm1', milli: 10_000 },
          { orderId: 'o-2', deliveryId: 'd-a', memberId: 'm1', milli: 30_000 },
          { orderId: 'o-2', deliveryId: 'd-b', memberId: 'm2', milli: 20_000 },
          { orderId: 'o-late', deliveryId: 'd-b', memberId: 'm2', milli: 20_000 },
        ],
        openOrders: [{ orderId: 'o-late', remainingMilli: 40_000 }],
        unmatchedDeliveries: [],
      },
    ],
    [
      'deductions: only the net weight is sold; a delivery deducted to nothing is skipped',
      {
        deliveries: [
          delivery({ id: 'd1', grossKg: '103.25', deductions: [{ reason: 'moisture', kg: '3.25' }] }),
          delivery({ id: 'd2', grossKg: 20, deductions: [{ reason: 'rejected', kg: 20 }] }),
          delivery({ id: 'd3', grossKg: 30, deliveredOn: '2026-06-30' }),
        ],
        orders: [order({ id: 'o1', quantityKg: 110 })],
      },
      {
        matches: [
          { orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 100_000 },
          { orderId: 'o1', deliveryId: 'd3', memberId: 'm1', milli: 10_000 },
        ],
        openOrders: [],
        unmatchedDeliveries: [{ deliveryId: 'd3', remainingMilli: 20_000 }],
      },
    ],
    [
      'existing matches are taken off first; only new matches are returned',
      {
        deliveries: [delivery({ id: 'd1', grossKg: 100 }), delivery({ id: 'd2', grossKg: 100 })],
        orders: [order({ id: 'o1', quantityKg: 150 }), order({ id: 'o2', quantityKg: 100 })],
        existingMatches: [{ orderId: 'o2', deliveryId: 'd2', memberId: 'm1', milli: 70_000 }],
      },
      {
        matches: [
          { orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 100_000 },
          { orderId: 'o1', deliveryId: 'd2', memberId: 'm1', milli: 30_000 },
        ],
        openOrders: [
          { orderId: 'o1', remainingMilli: 20_000 },
          { orderId: 'o2', remainingMilli: 30_000 },
        ],
        unmatchedDeliveries: [],
      },
    ],
    [
      'an order placed after the delivery, and a delivery after the order, both match',
      {
        deliveries: [delivery({ id: 'd1', grossKg: 1, deliveredOn: '2026-07-01' })],
        orders: [order({ id: 'o1', quantityKg: 1, orderedOn: '2026-08-01' })],
      },
      {
        matches: [{ orderId: 'o1', deliveryId: 'd1', memberId: 'm1', milli: 1_000 }],
        openOrders: [],
        unmatchedDeliveries: [],
      },
    ],
    [
      'nothing to match',
      { deliveries: [], orders: [] },
      { matches: [], openOrders: [], unmatchedDeliveries: [] },
    ],
  ])('%s', (_name, input, expected) => {
    expect(matchDeliveries(input)).toEqual(expected);
  });
});

describe('matchDeliveries: refusals', () => {
  const base = {
    deliveries: [delivery({ id: 'd1', grossKg: 100 }), delivery({ id: 'd2', grade: 'second', grossKg: 100 })],
    orders: [order({ id: 'o1', quantityKg: 50 })],
  };
  const match = (fields: Partial<Match>): Match => ({
    orderId: 'o1',
    deliveryId: 'd1',
    memberId: 'm1',
    milli: 10_000,
    ...fields,
  });

  it.each<[string, MatchDeliveriesInput, string, (string | number)[]]>([
    [
      'a duplicate delivery id',
      { ...base, deliveries: [...base.deliveries, delivery({ id: 'd1' })] },
      'INVALID_INPUT',
      ['deliveries', 2, 'id'],
    ],
    [
      'a duplicate order id',
      { ...base, orders: [...base.orders, order({ id: 'o1' })] },
      'INVALID_INPUT',
      ['orders', 1, 'id'],
    ],
    [
      'a delivery over-deducted',
      { ...base, deliveries: [delivery({ id: 'd9', grossKg: 1, deductions: [{ reason: 'x', kg: 2 }] })] },
      'LEDGER_RULE',
      ['deliveries', 0, 'deductions', 0, 'kg'],
    ],
    [
      'an order quantity with four decimals',
      { ...base, orders: [order({ id: 'o1', quantityKg: '0.0001' })] },
      'INVALID_INPUT',
      ['orders', 0, 'quantityKg'],
    ],
    [
      'an existing match to an unknown order',
      { ...base, existingMatches: [match({ orderId: 'o9' })] },
      'LEDGER_RULE',
      ['existingMatches', 0, 'orderId'],
    ],
    [
      'an existing match from an unknown delivery',
      { ...base, existingMatches: [match({ deliveryId: 'd9' })] },
      'LEDGER_RULE',
      ['existingMatches', 0, 'deliveryId'],
    ],
    [
      'an existing match across grades',
      { ...base, existingMatches: [match({ deliveryId: 'd2' })] },
      'LEDGER_RULE',
      ['existingMatches', 0, 'deliveryId'],
    ],
    [
      'an existing match naming another member',
      { ...base, existingMatches: [match({ memberId: 'm2' })] },
      'LEDGER_RULE',
      ['existingMatches', 0, 'memberId'],
    ],
    [
      'existing matches over-filling an order',
      { ...base, existingMatches: [match({ milli: 30_000 }), match({ milli: 20_001 })] },
      'LEDGER_RULE',
      ['existingMatches', 1, 'milli'],
    ],
    [
      'existing matches selling a delivery twice',
      {
        ...base,
        orders: [order({ id: 'o1', quantityKg: 80 }), order({ id: 'o2', quantityKg: 80 })],
        existingMatches: [match({ milli: 80_000 }), match({ orderId: 'o2', milli: 20_001 })],
      },
      'LEDGER_RULE',
      ['existingMatches', 1, 'milli'],
    ],
    [
      'an existing match of zero grams',
      { ...base, existingMatches: [match({ milli: 0 })] },
      'INVALID_INPUT',
      ['existingMatches', 0, 'milli'],
    ],
    ['no orders list', { deliveries: [] } as unknown as MatchDeliveriesInput, 'INVALID_INPUT', ['orders']],
  ])('refuses %s', (_name, input, code, path) => {
    expect(thrown(() => matchDeliveries(input))).toEqual({ code, path });
  });
});

describe('matchDeliveries: properties', () => {
  it('never exceeds an order or a delivery, and matches only like with like', () => {
    fc.assert(
      fc.property(deliveriesArb, ordersArb, (deliveries, orders) => {
        const { matches, openOrders, unmatchedDeliveries } = matchDeliveries({ deliveries, orders });
        const perOrder = sumBy(matches, 'orderId');
        const perDelivery = sumBy(matches, 'deliveryId');
        const open = new Map(openOrders.map((o) => [o.orderId, o.remainingMilli]));
        const left = new Map(unmatchedDeliveries.map((d) => [d.deliveryId, d.remainingMilli]));
        for (const o of orders) {
          const quantity = toMilli(o.quantityKg);
          const matched = perOrder.get(o.id) ?? 0;
          expect(matched).toBeLessThanOrEqual(quantity);
          expect(open.get(o.id) ?? 0).toBe(quantity - matched);
        }
        for (const d of deliveries) {
          const net = priceDelivery(d).netMilli;
          const matched = perDelivery.get(d.id) ?? 0;
          expect(matched).toBeLessThanOrEqual(net);
          expect(left.get(d.id) ?? 0).toBe(net - matched);
        }
        for (const m of matches) {
          const o = orders.find((x) => x.id === m.orderId);
          const d = deliveries.find((x) => x.id === m.deliveryId);
          expect(m.milli).toBeGreaterThan(0);
          expect([d?.crop, d?.grade, d?.memberId]).toEqual([o?.crop, o?.grade, m.memberId]);
        }
        // Greedy is complete: no crop and grade has both an open order and produce left over.
        for (const o of openOrders) {
          const wanted = orders.find((x) => x.id === o.orderId);
          for (const u of unmatchedDeliveries) {
            const d = deliveries.find((x) => x.id === u.deliveryId);
            expect(d?.crop === wanted?.crop && d?.grade === wanted?.grade).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same data in any list order gives the same result', () => {
    const shuffled = fc
      .tuple(deliveriesArb, ordersArb)
      .chain(([deliveries, orders]) =>
        fc.tuple(
          fc.constant(deliveries),
          fc.constant(orders),
          permutationOf(deliveries),
          permutationOf(orders),
        ),
      );
    fc.assert(
      fc.property(shuffled, ([deliveries, orders, deliveries2, orders2]) => {
        const first = matchDeliveries({ deliveries, orders });
        expect(matchDeliveries({ deliveries, orders })).toEqual(first);
        expect(matchDeliveries({ deliveries: deliveries2, orders: orders2 })).toEqual(first);
      }),
      RUNS,
    );
  });

  it('resumes exactly: re-running with the first k matches as existing gives the rest', () => {
    fc.assert(
      fc.property(deliveriesArb, ordersArb, fc.nat(), (deliveries, orders, cut) => {
        const all = matchDeliveries({ deliveries, orders });
        const k = all.matches.length === 0 ? 0 : cut % (all.matches.length + 1);
        const resumed = matchDeliveries({ deliveries, orders, existingMatches: all.matches.slice(0, k) });
        expect(resumed).toEqual({ ...all, matches: all.matches.slice(k) });
      }),
      RUNS,
    );
  });
});
