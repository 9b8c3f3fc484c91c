import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { HezuoError } from '../errors/HezuoError';
import { type Delivery, type PricedDelivery, priceValidDelivery } from './delivery';
import type { Order } from './order';
import { compareCodeUnits } from './produce';
import { toMilli } from './quantity';

/**
 * One match: `milli` grams of a member's delivery sold on a buyer's order. Produced by
 * {@link matchDeliveries}, settled by {@link settleMatches}.
 */
export const MatchSchema = z.strictObject({
  orderId: EntityIdSchema,
  deliveryId: EntityIdSchema,
  /** The member who made the delivery; checked against it. */
  memberId: EntityIdSchema,
  /** Grams of the delivery's net weight on this order, more than 0. */
  milli: z
    .number()
    .int({ error: 'a matched quantity is a whole number of grams' })
    .min(1, { error: 'a matched quantity must be at least 1 g' })
    .max(Number.MAX_SAFE_INTEGER),
});

/** A match; see {@link MatchSchema}. */
export type Match = z.infer<typeof MatchSchema>;

/** A delivery with its place in the input and its net weight. @internal */
export interface LedgerDelivery {
  readonly delivery: Delivery;
  readonly index: number;
  readonly priced: PricedDelivery;
}

/** An order with its place in the input and its quantity in grams. @internal */
export interface LedgerOrder {
  readonly order: Order;
  readonly index: number;
  readonly quantityMilli: number;
}

/**
 * Deliveries and orders by id, each priced once, with what is left of each after the matches
 * applied so far.
 * @internal
 */
export interface Ledger {
  readonly deliveries: ReadonlyMap<string, LedgerDelivery>;
  readonly orders: ReadonlyMap<string, LedgerOrder>;
  readonly remainingDelivery: Map<string, number>;
  readonly remainingOrder: Map<string, number>;
}

function rejectDuplicate(field: string, index: number, id: string, first: number): never {
  throw new HezuoError('INVALID_INPUT', `${field} id "${id}" appears twice (first at index ${first})`, {
    path: [field, index, 'id'],
    details: { id, firstIndex: first },
  });
}

/**
 * Indexes validated deliveries and orders: duplicate ids are `INVALID_INPUT`, a delivery whose
 * deductions do not fit is `LEDGER_RULE` (from pricing).
 * @internal
 */
export function indexLedger(deliveries: readonly Delivery[], orders: readonly Order[]): Ledger {
  const deliveryIndex = new Map<string, LedgerDelivery>();
  const remainingDelivery = new Map<string, number>();
  for (let i = 0; i < deliveries.length; i++) {
    const delivery = deliveries[i] as Delivery;
    const seen = deliveryIndex.get(delivery.id);
    if (seen) rejectDuplicate('deliveries', i, delivery.id, seen.index);
    const priced = priceValidDelivery(delivery, ['deliveries', i]);
    deliveryIndex.set(delivery.id, { delivery, index: i, priced });
    remainingDelivery.set(delivery.id, priced.netMilli);
  }
  const orderIndex = new Map<string, LedgerOrder>();
  const remainingOrder = new Map<string, number>();
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i] as Order;
    const seen = orderIndex.get(order.id);
    if (seen) rejectDuplicate('orders', i, order.id, seen.index);
    const quantityMilli = toMilli(order.quantityKg);
    orderIndex.set(order.id, { order, index: i, quantityMilli });
    remainingOrder.set(order.id, quantityMilli);
  }
  return { deliveries: deliveryIndex, orders: orderIndex, remainingDelivery, remainingOrder };
}

function ledgerRule(message: string, path: (string | number)[], details: Record<string, unknown>): never {
  throw new HezuoError('LEDGER_RULE', message, { path, details });
}

/**
 * Checks matches against the ledger and takes them off what remains: each must name a known
 * order and delivery of the same crop and grade and the delivery's member, and together they
 * may not exceed an order's quantity or a delivery's net weight. `field` names the input list
 * for error paths.
 * @internal
 */
export function applyMatches(ledger: Ledger, matches: readonly Match[], field: string): void {
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as Match;
    const entry = ledger.orders.get(match.orderId);
    if (!entry) ledgerRule(`no order "${match.orderId}"`, [field, i, 'orderId'], { orderId: match.orderId });
    const source = ledger.deliveries.get(match.deliveryId);
    if (!source) {
      ledgerRule(`no delivery "${match.deliveryId}"`, [field, i, 'deliveryId'], {
        deliveryId: match.deliveryId,
      });
    }
    const { order } = entry;
    const { delivery } = source;
    if (order.crop !== delivery.crop || order.grade !== delivery.grade) {
      ledgerRule(
        `delivery "${delivery.id}" is ${delivery.crop}/${delivery.grade} but order "${order.id}" wants ${order.crop}/${order.grade}`,
        [field, i, 'deliveryId'],
        { orderId: order.id, deliveryId: delivery.id },
      );
    }
    if (match.memberId !== delivery.memberId) {
      ledgerRule(`delivery "${delivery.id}" was made by another member`, [field, i, 'memberId'], {
        deliveryId: delivery.id,
      });
    }
    const orderLeft = ledger.remainingOrder.get(order.id) as number;
    if (match.milli > orderLeft) {
      ledgerRule(
        `order "${order.id}" would be over-filled: ${match.milli} g matched, ${orderLeft} g left`,
        [field, i, 'milli'],
        { orderId: order.id, milli: match.milli, remainingMilli: orderLeft },
      );
    }
    const deliveryLeft = ledger.remainingDelivery.get(delivery.id) as number;
    if (match.milli > deliveryLeft) {
      ledgerRule(
        `delivery "${delivery.id}" would be sold twice: ${match.milli} g matched, ${deliveryLeft} g left`,
        [field, i, 'milli'],
        { deliveryId: delivery.id, milli: match.milli, remainingMilli: deliveryLeft },
      );
    }
    ledger.remainingOrder.set(order.id, orderLeft - match.milli);
    ledger.remainingDelivery.set(delivery.id, deliveryLeft - match.milli);
  }
}

/** First in, first out: earlier delivery day first, then id. @internal */
export function compareDeliveries(a: LedgerDelivery, b: LedgerDelivery): number {
  return (
    compareCodeUnits(a.delivery.deliveredOn, b.delivery.deliveredOn) ||
    compareCodeUnits(a.delivery.id, b.delivery.id)
  );
}

/** First in, first out: earlier order day first, then id. @internal */
export function compareOrders(a: LedgerOrder, b: LedgerOrder): number {
  return compareCodeUnits(a.order.orderedOn, b.order.orderedOn) || compareCodeUnits(a.order.id, b.order.id);
}
