import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import { type Delivery, DeliverySchema } from './delivery';
import {
  applyMatches,
  compareDeliveries,
  compareOrders,
  indexLedger,
  type LedgerDelivery,
  type Match,
  MatchSchema,
} from './ledger';
import { type Order, OrderSchema } from './order';
import { produceKey } from './produce';

const MAX_RECORDS = 1_000_000;

/** Input of {@link matchDeliveries}. */
export const MatchDeliveriesInputSchema = z.strictObject({
  /** Members' deliveries; ids unique. */
  deliveries: z.array(DeliverySchema).max(MAX_RECORDS),
  /** Buyers' orders; ids unique. */
  orders: z.array(OrderSchema).max(MAX_RECORDS),
  /** Matches made earlier (a previous run, or by hand); they are checked and taken into account. */
  existingMatches: z.array(MatchSchema).max(MAX_RECORDS).optional(),
});

/** Input of {@link matchDeliveries}; see {@link MatchDeliveriesInputSchema}. */
export interface MatchDeliveriesInput {
  /** Members' deliveries; ids unique. */
  readonly deliveries: readonly Delivery[];
  /** Buyers' orders; ids unique. */
  readonly orders: readonly Order[];
  /** Matches made earlier; checked and taken into account. */
  readonly existingMatches?: readonly Match[] | undefined;
}

/** An order not yet filled, and how much of it is left. */
export interface OpenOrder {
  /** The order. */
  readonly orderId: string;
  /** Grams still to deliver. */
  readonly remainingMilli: number;
}

/** A delivery not yet (fully) sold, and how much of it is left. */
export interface UnmatchedDelivery {
  /** The delivery. */
  readonly deliveryId: string;
  /** Grams of its net weight not on any order. */
  readonly remainingMilli: number;
}

/** What {@link matchDeliveries} returns. */
export interface MatchResult {
  /** The new matches of this run (not the existing ones), in order-then-delivery FIFO order. */
  readonly matches: readonly Match[];
  /** Orders with quantity left after existing and new matches, first in first out. */
  readonly openOrders: readonly OpenOrder[];
  /** Deliveries with net weight left after existing and new matches, first in first out. */
  readonly unmatchedDeliveries: readonly UnmatchedDelivery[];
}

/**
 * Matches members' deliveries to buyers' orders (产销对接, DESIGN §3.5), by crop and grade,
 * first in first out: orders by order day then id, each filled from deliveries by delivery day
 * then id. An order may take parts of several deliveries and a delivery may be split across
 * orders. Nothing is matched across crops or grades; a delivery made after the order day is
 * fine. The result depends only on the data, not on the order of the lists.
 *
 * `existingMatches` are validated like new ones and taken off first; the result lists only the
 * new matches, so append them to what you keep.
 *
 * @param input - see {@link MatchDeliveriesInputSchema}
 * @throws HezuoError `INVALID_INPUT` for malformed input or a duplicate delivery or order id;
 *   `LEDGER_RULE` for a delivery whose deductions exceed it, or an existing match that names an
 *   unknown order or delivery, another crop, grade or member, or over-fills either side
 *
 * @example
 * ```ts
 * const { matches, openOrders } = matchDeliveries({ deliveries, orders });
 * ```
 */
export function matchDeliveries(input: MatchDeliveriesInput): MatchResult {
  const valid = parseInput(MatchDeliveriesInputSchema, input);
  const ledger = indexLedger(valid.deliveries, valid.orders);
  applyMatches(ledger, valid.existingMatches ?? [], 'existingMatches');

  // One FIFO queue of deliveries per crop and grade.
  const queues = new Map<string, LedgerDelivery[]>();
  for (const entry of ledger.deliveries.values()) {
    const key = produceKey(entry.delivery.crop, entry.delivery.grade);
    const queue = queues.get(key);
    if (queue) queue.push(entry);
    else queues.set(key, [entry]);
  }
  for (const queue of queues.values()) queue.sort(compareDeliveries);
  const next = new Map<string, number>(); // per queue, the first delivery that may have weight left

  const orders = [...ledger.orders.values()].sort(compareOrders);
  const matches: Match[] = [];
  for (const { order } of orders) {
    let wanted = ledger.remainingOrder.get(order.id) as number;
    const key = produceKey(order.crop, order.grade);
    const queue = queues.get(key);
    if (wanted === 0 || !queue) continue;
    let position = next.get(key) ?? 0;
    while (wanted > 0 && position < queue.length) {
      const { delivery } = queue[position] as LedgerDelivery;
      const available = ledger.remainingDelivery.get(delivery.id) as number;
      const milli = Math.min(wanted, available);
      if (milli > 0) {
        matches.push({ orderId: order.id, deliveryId: delivery.id, memberId: delivery.memberId, milli });
        wanted -= milli;
        ledger.remainingDelivery.set(delivery.id, available - milli);
      }
      if (available - milli === 0) position++;
    }
    next.set(key, position);
    ledger.remainingOrder.set(order.id, wanted);
  }

  const openOrders: OpenOrder[] = [];
  for (const { order } of orders) {
    const remainingMilli = ledger.remainingOrder.get(order.id) as number;
    if (remainingMilli > 0) openOrders.push({ orderId: order.id, remainingMilli });
  }
  const unmatchedDeliveries: UnmatchedDelivery[] = [];
  for (const entry of [...ledger.deliveries.values()].sort(compareDeliveries)) {
    const remainingMilli = ledger.remainingDelivery.get(entry.delivery.id) as number;
    if (remainingMilli > 0) unmatchedDeliveries.push({ deliveryId: entry.delivery.id, remainingMilli });
  }
  return { matches, openOrders, unmatchedDeliveries };
}
