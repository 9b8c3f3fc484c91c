import { z } from 'zod';
import { hezuoErrorFromZod } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { allocate } from '../money/allocate';
import { multiplyFen } from '../money/arithmetic';
import { type DecimalInput, DecimalSchema, toExactDecimal } from '../money/decimal';
import type { Fen } from '../money/fen';
import { type Delivery, DeliverySchema } from './delivery';
import {
  applyMatches,
  compareDeliveries,
  compareOrders,
  indexLedger,
  type LedgerDelivery,
  type LedgerOrder,
  type Match,
  MatchSchema,
} from './ledger';
import { type Order, OrderSchema } from './order';
import { compareCodeUnits } from './produce';
import { priceOfMilli } from './quantity';

const MAX_RECORDS = 1_000_000;

/**
 * The co-op's marketing commission (代销佣金) as a decimal share of revenue, from 0 to 1
 * (`0.03` is 3 %). A charter parameter: the law sets no rate.
 */
export const CommissionRateSchema = DecimalSchema.check(
  z.refine(
    (rate) => {
      const exact = toExactDecimal(rate);
      return (
        exact !== undefined && exact.coefficient >= 0n && exact.coefficient <= 10n ** BigInt(exact.scale)
      );
    },
    { error: 'a commission rate is a decimal from 0 to 1, such as 0.03' },
  ),
);

/** Input of {@link settleMatches}. */
export const SettleMatchesInputSchema = z.strictObject({
  /** The deliveries the matches draw on (others may be present and are ignored). */
  deliveries: z.array(DeliverySchema).max(MAX_RECORDS),
  /** The orders the matches fill (others may be present and are ignored). */
  orders: z.array(OrderSchema).max(MAX_RECORDS),
  /** Every match to settle; checked as {@link matchDeliveries} checks existing ones. */
  matches: z.array(MatchSchema).max(MAX_RECORDS),
  /** The charter's commission rate; 0 unless given. */
  commissionRate: z.optional(CommissionRateSchema),
});

/** Input of {@link settleMatches}; see {@link SettleMatchesInputSchema}. */
export interface SettleMatchesInput {
  /** The deliveries the matches draw on. */
  readonly deliveries: readonly Delivery[];
  /** The orders the matches fill. */
  readonly orders: readonly Order[];
  /** Every match to settle. */
  readonly matches: readonly Match[];
  /** The charter's commission rate, a decimal from 0 to 1; 0 unless given. */
  readonly commissionRate?: DecimalInput | undefined;
}

/** One settled line: one delivery's share of one order. */
export interface SettlementLine {
  /** The order. */
  readonly orderId: string;
  /** The delivery. */
  readonly deliveryId: string;
  /** The member who delivered. */
  readonly memberId: string;
  /** Grams sold (the sum when a pair was matched more than once). */
  readonly matchedMilli: number;
  /** This line's share of the order's revenue. */
  readonly grossFen: Fen;
  /** This line's share of the order's commission. */
  readonly commissionFen: Fen;
  /** What the member receives for it: gross less commission, never negative. */
  readonly netFen: Fen;
}

/** A member's settlement: the sum of their lines. */
export interface MemberSettlement {
  /** The member. */
  readonly memberId: string;
  /** Grams of the member's deliveries sold. */
  readonly matchedMilli: number;
  /** The member's share of buyers' revenue. */
  readonly grossFen: Fen;
  /** The co-op's commission on it. */
  readonly commissionFen: Fen;
  /** What the member receives. */
  readonly netFen: Fen;
}

/** An order's settlement: what the buyer owes. */
export interface OrderSettlement {
  /** The order. */
  readonly orderId: string;
  /** The buyer. */
  readonly buyerId: string;
  /** Grams delivered on the order. */
  readonly matchedMilli: number;
  /** `round_half_up(matchedMilli × order price / 1000)`: what the buyer pays. */
  readonly revenueFen: Fen;
  /** `revenue × commission rate`, rounded half-up once: what the co-op keeps. */
  readonly commissionFen: Fen;
}

/** Totals of a settlement. Always `revenueFen = grossFen = netFen + commissionFen`. */
export interface SettlementTotals {
  /** Grams sold. */
  readonly matchedMilli: number;
  /** Σ order revenue. */
  readonly revenueFen: Fen;
  /** Σ member gross; equals `revenueFen`. */
  readonly grossFen: Fen;
  /** Σ commission. */
  readonly commissionFen: Fen;
  /** Σ member net. */
  readonly netFen: Fen;
}

/** What {@link settleMatches} returns. */
export interface Settlement {
  /** Per member, by member id. */
  readonly members: readonly MemberSettlement[];
  /** Per order that has matches, first in first out. */
  readonly orders: readonly OrderSettlement[];
  /** Per (order, delivery) pair, orders first in first out, then deliveries first in first out. */
  readonly lines: readonly SettlementLine[];
  /** Totals. */
  readonly totals: SettlementTotals;
}

interface PairLine {
  readonly delivery: LedgerDelivery;
  milli: number;
}

/** Sums non-negative safe integers; past 2^53 the running total turns unsafe, so one check at the end suffices. */
function safeSum(values: readonly number[], what: string): number {
  let total = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) {
    throw new HezuoError('AMOUNT_OVERFLOW', `${what} leaves the safe integer range`, { details: { what } });
  }
  return total;
}

/**
 * Settles matched deliveries with members (按单结算). Each order's revenue is computed once,
 * `round_half_up(Σ matched grams × order price / 1000)`, and split among the order's deliveries
 * by grams with core's `allocate`; the commission, `revenue × rate` rounded half-up once, is
 * split by each line's gross the same way, so no member's net is ever negative. Invariants,
 * exact to the fen: Σ member gross = Σ order revenue, and Σ member net + Σ commission = Σ revenue.
 *
 * The amounts are what buyers paid for the members' produce; the delivery amounts of
 * {@link priceDelivery} (the co-op's purchase price, recorded in the member account) are
 * separate figures, and whether one is an advance on the other is the charter's business.
 *
 * @param input - see {@link SettleMatchesInputSchema}
 * @throws HezuoError `INVALID_INPUT` for malformed input or duplicate ids; `INVALID_RATE` for a
 *   commission rate outside 0..1; `LEDGER_RULE` for a match that names an unknown order or
 *   delivery, another crop, grade or member, or over-fills either side; `AMOUNT_OVERFLOW`
 *   past 2^53
 */
export function settleMatches(input: SettleMatchesInput): Settlement {
  const parsed = SettleMatchesInputSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw hezuoErrorFromZod(parsed.error, {
      code: first?.path[0] === 'commissionRate' ? 'INVALID_RATE' : 'INVALID_INPUT',
    });
  }
  const valid = parsed.data;
  const rate = valid.commissionRate ?? 0;
  const ledger = indexLedger(valid.deliveries, valid.orders);
  applyMatches(ledger, valid.matches, 'matches');

  // Merge repeated (order, delivery) pairs so each pair is one line.
  const byOrder = new Map<string, Map<string, PairLine>>();
  for (const match of valid.matches) {
    let pairs = byOrder.get(match.orderId);
    if (!pairs) {
      pairs = new Map();
      byOrder.set(match.orderId, pairs);
    }
    const line = pairs.get(match.deliveryId);
    if (line) line.milli += match.milli;
    else
      pairs.set(match.deliveryId, {
        delivery: ledger.deliveries.get(match.deliveryId) as LedgerDelivery,
        milli: match.milli,
      });
  }

  const orderEntries = [...byOrder.keys()]
    .map((id) => ledger.orders.get(id) as LedgerOrder)
    .sort(compareOrders);
  const orders: OrderSettlement[] = [];
  const lines: SettlementLine[] = [];
  for (const entry of orderEntries) {
    const { order } = entry;
    // Deliveries in FIFO order, so allocate's tie-break does not depend on the input order.
    const pairs = [...(byOrder.get(order.id) as Map<string, PairLine>).values()].sort((a, b) =>
      compareDeliveries(a.delivery, b.delivery),
    );
    const millis = pairs.map((p) => p.milli);
    const matchedMilli = safeSum(millis, 'matched quantity'); // ≤ the order's quantity
    const revenueFen = priceOfMilli(matchedMilli, order.unitPrice, ['orders', entry.index, 'unitPrice']);
    const commissionFen = multiplyFen(revenueFen, rate);
    const gross = allocate(revenueFen, millis);
    // Split by gross, not grams: largest remainder is not monotone in the total (the Alabama
    // paradox), so a split by grams could give a line more commission than gross.
    const commission = allocate(commissionFen, gross);
    orders.push({ orderId: order.id, buyerId: order.buyer.id, matchedMilli, revenueFen, commissionFen });
    for (let i = 0; i < pairs.length; i++) {
      const grossFen = gross[i] as number;
      const lineCommission = commission[i] as number;
      const { delivery } = (pairs[i] as PairLine).delivery;
      lines.push({
        orderId: order.id,
        deliveryId: delivery.id,
        memberId: delivery.memberId,
        matchedMilli: millis[i] as number,
        grossFen,
        commissionFen: lineCommission,
        netFen: grossFen - lineCommission,
      });
    }
  }

  const perMember = new Map<string, SettlementLine[]>();
  for (const line of lines) {
    const list = perMember.get(line.memberId);
    if (list) list.push(line);
    else perMember.set(line.memberId, [line]);
  }
  const members: MemberSettlement[] = [...perMember.keys()].sort(compareCodeUnits).map((memberId) => {
    const own = perMember.get(memberId) as SettlementLine[];
    return {
      memberId,
      matchedMilli: safeSum(
        own.map((l) => l.matchedMilli),
        'matched quantity',
      ),
      grossFen: safeSum(
        own.map((l) => l.grossFen),
        'amount',
      ),
      commissionFen: safeSum(
        own.map((l) => l.commissionFen),
        'amount',
      ),
      netFen: safeSum(
        own.map((l) => l.netFen),
        'amount',
      ),
    };
  });

  const revenueFen = safeSum(
    orders.map((o) => o.revenueFen),
    'amount',
  );
  const totals: SettlementTotals = {
    matchedMilli: safeSum(
      orders.map((o) => o.matchedMilli),
      'matched quantity',
    ),
    revenueFen,
    grossFen: safeSum(
      members.map((m) => m.grossFen),
      'amount',
    ),
    commissionFen: safeSum(
      orders.map((o) => o.commissionFen),
      'amount',
    ),
    netFen: safeSum(
      members.map((m) => m.netFen),
      'amount',
    ),
  };
  return { members, orders, lines, totals };
}
