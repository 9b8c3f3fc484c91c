import fc from 'fast-check';
import type { Delivery } from '../delivery';
import type { Match } from '../ledger';
import type { Order } from '../order';
import { milliToDecimalString } from '../quantity';

const crop = fc.constantFrom('wheat', 'corn');
const grade = fc.constantFrom('first', 'second');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-06-${String(d).padStart(2, '0')}`);

/** Deliveries with unique ids over two crops and two grades, some with deductions. */
export const deliveriesArb: fc.Arbitrary<Delivery[]> = fc
  .array(
    fc.record({
      crop,
      grade,
      deliveredOn: day,
      memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
      grossMilli: fc.integer({ min: 1, max: 3_000_000 }),
      deductedMilli: fc.nat({ max: 300_000 }),
      unitPrice: fc.integer({ min: 100, max: 900 }),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((row, i) => ({
      id: `d${String(i).padStart(2, '0')}`,
      cooperativeId: 'coop-1',
      memberId: row.memberId,
      crop: row.crop,
      grade: row.grade,
      deliveredOn: row.deliveredOn,
      grossKg: milliToDecimalString(row.grossMilli),
      unitPrice: row.unitPrice,
      ...(row.deductedMilli === 0
        ? {}
        : {
            deductions: [
              { reason: 'moisture', kg: milliToDecimalString(Math.min(row.deductedMilli, row.grossMilli)) },
            ],
          }),
    })),
  );

/** Orders with unique ids over the same crops and grades. */
export const ordersArb: fc.Arbitrary<Order[]> = fc
  .array(
    fc.record({
      crop,
      grade,
      orderedOn: day,
      quantityMilli: fc.integer({ min: 1, max: 4_000_000 }),
      unitPrice: fc.integer({ min: 0, max: 1_500 }),
      buyer: fc.constantFrom('b1', 'b2'),
    }),
    { maxLength: 15 },
  )
  .map((rows) =>
    rows.map((row, i) => ({
      id: `o${String(i).padStart(2, '0')}`,
      buyer: { id: row.buyer, name: `Buyer ${row.buyer}`, type: 'supermarket' as const },
      crop: row.crop,
      grade: row.grade,
      quantityKg: milliToDecimalString(row.quantityMilli),
      unitPrice: row.unitPrice,
      orderedOn: row.orderedOn,
    })),
  );

/** A permutation of `list`. */
export function permutationOf<T>(list: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
}

/** Σ milli of matches, keyed by `key`. */
export function sumBy(matches: readonly Match[], key: 'orderId' | 'deliveryId'): Map<string, number> {
  const sums = new Map<string, number>();
  for (const m of matches) sums.set(m[key], (sums.get(m[key]) ?? 0) + m.milli);
  return sums;
}
