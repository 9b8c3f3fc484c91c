import {
  allocate,
  type Fen,
  formatFen,
  HezuoError,
  type LocalizedText,
  parseInput,
  scaleFen,
  type Transaction,
} from '@hezuo/core';
import type { AgriInputPurchaseRecord } from '../purchaseRecord';
import { decimalText } from '../quantityRounding';
import { type GroupBuyInput, GroupBuyInputSchema, type PriceBreak } from './groupBuyInput';

/** One product's pooled orders and the price they reached. */
export interface GroupBuyProductTotal {
  /** The product id. */
  readonly productId: string;
  /** Bags ordered by all members. */
  readonly bags: number;
  /** Their mass in tonnes (rounded to 0.001 t). */
  readonly tonnes: number;
  /** The price break reached, or `null` below the first. */
  readonly priceBreak: PriceBreak | null;
  /** What the bags cost at the shop's list price. */
  readonly listFen: Fen;
  /** What the lot costs: tonnes × the price per tonne, rounded half-up to the fen (the list cost without a break). */
  readonly lotFen: Fen;
  /** `listFen − lotFen`. */
  readonly savingFen: Fen;
}

/** One order as settled. */
export interface SettledOrder {
  /** The order id. */
  readonly orderId: string;
  /** The member. */
  readonly memberId: string;
  /** The product. */
  readonly productId: string;
  /** Bags ordered. */
  readonly bags: number;
  /** bags × list price. */
  readonly listFen: Fen;
  /** The order's share of its product's saving, by bags (largest remainder, so shares sum exactly). */
  readonly savingFen: Fen;
  /** What the member pays for it: `listFen − savingFen`. */
  readonly payableFen: Fen;
}

/** One member's orders together. */
export interface MemberGroupBuyStatement {
  /** The member. */
  readonly memberId: string;
  /** Σ list amounts of the member's orders. */
  readonly listFen: Fen;
  /** Σ savings allocated to them. */
  readonly savingFen: Fen;
  /** Σ payable. */
  readonly payableFen: Fen;
}

/** A settled group buy: totals per product, every order and member, and the records to write. */
export interface GroupBuySettlement {
  /** The group buy id. */
  readonly id: string;
  /** The cooperative. */
  readonly cooperativeId: string;
  /** The purchase date. */
  readonly date: string;
  /** Per product, in the order offered. */
  readonly products: readonly GroupBuyProductTotal[];
  /** Per order, in the order given. */
  readonly orders: readonly SettledOrder[];
  /** Per member, by member id. */
  readonly members: readonly MemberGroupBuyStatement[];
  /** The whole saving: Σ over products, equal to Σ over orders and over members. */
  readonly savingFen: Fen;
  /** One `inputPurchase` transaction per order for the member accounts (id `groupBuyId:orderId`). */
  readonly transactions: readonly Transaction[];
  /** One `agriInput.purchase` record per order (same id), for the purchase credit characteristics. */
  readonly purchases: readonly AgriInputPurchaseRecord[];
  /** Each product's price and saving in plain language. */
  readonly reasons: readonly LocalizedText[];
}

function reachedBreak(breaks: readonly PriceBreak[], tonnes: number): PriceBreak | null {
  let reached: PriceBreak | null = null;
  for (const b of breaks) if (tonnes >= b.minTonnes - 1e-9) reached = b;
  return reached;
}

function safe(value: number, path: readonly (string | number)[]): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new HezuoError('AMOUNT_OVERFLOW', 'an amount leaves the safe integer range of fen', { path });
  }
  return value;
}

/**
 * Settles a group buy (团购): pools the members' orders per product, finds the price break the
 * pooled tonnage reaches, prices the lot (tonnes × price per tonne, rounded half-up once to the
 * fen), and gives the saving against the shop's list price back to the orders in proportion to
 * their bags with the core's `allocate` (largest remainder), so the shares add up to the saving
 * exactly. Each order becomes an `inputPurchase` transaction for the member's account and an
 * `agriInput.purchase` record for the credit characteristics, for the amount the member pays.
 *
 * @param input - see {@link GroupBuyInputSchema}
 * @throws HezuoError `INVALID_INPUT` for bad input (path `groupBuy`, …), or a price break above
 * the list price (path `groupBuy`, `products`, index, `priceBreaks`); `AMOUNT_OVERFLOW`
 *
 * @example
 * ```ts
 * const s = settleGroupBuy({
 *   id: 'GB-2026-spring',
 *   cooperativeId: 'dongcun',
 *   date: '2026-03-01',
 *   products: [{ productId: 'urea-46-0-0', bagKg: 50, listPriceFenPerBag: 11_000, priceBreaks: [{ minTonnes: 5, priceFenPerTonne: 200_000 }] }],
 *   orders: [
 *     { id: 'o1', memberId: 'M001', productId: 'urea-46-0-0', bags: 60 },
 *     { id: 'o2', memberId: 'M002', productId: 'urea-46-0-0', bags: 41 },
 *   ],
 * });
 * s.savingFen; // 101 bags = 5.05 t: 1,111,000 − 1,010,000 = 101,000 fen
 * ```
 */
export function settleGroupBuy(input: GroupBuyInput): GroupBuySettlement {
  const g = parseInput(GroupBuyInputSchema, input, { path: ['groupBuy'] });
  const savingByOrder = new Map<number, Fen>();
  const products: GroupBuyProductTotal[] = g.products.map((product, productIndex) => {
    const orderIndexes = g.orders.flatMap((o, i) => (o.productId === product.productId ? [i] : []));
    const bags = orderIndexes.reduce((sum, i) => sum + (g.orders[i]?.bags ?? 0), 0);
    const path = ['groupBuy', 'products', productIndex];
    const listFen = safe(bags * product.listPriceFenPerBag, [...path, 'listPriceFenPerBag']);
    const tonnes = (bags * product.bagKg) / 1_000;
    const priceBreak = reachedBreak(product.priceBreaks, tonnes);
    const lotFen = priceBreak
      ? scaleFen(priceBreak.priceFenPerTonne, { multiply: [bags, product.bagKg], divide: [1_000] })
      : listFen;
    if (lotFen > listFen) {
      throw new HezuoError(
        'INVALID_INPUT',
        `the price break of ${priceBreak?.priceFenPerTonne} fen per tonne for "${product.productId}" makes the lot (${lotFen} fen) dearer than at the list price (${listFen} fen)`,
        { path: [...path, 'priceBreaks'], details: { lotFen, listFen } },
      );
    }
    const savingFen = listFen - lotFen;
    if (orderIndexes.length > 0) {
      const shares = allocate(
        savingFen,
        orderIndexes.map((i) => g.orders[i]?.bags ?? 0),
      );
      for (const [k, orderIndex] of orderIndexes.entries()) savingByOrder.set(orderIndex, shares[k] ?? 0);
    }
    return {
      productId: product.productId,
      bags,
      tonnes: Number(decimalText(tonnes, 3)),
      priceBreak,
      listFen,
      lotFen,
      savingFen,
    };
  });

  const listPrice = new Map(g.products.map((p) => [p.productId, p.listPriceFenPerBag]));
  const orders: SettledOrder[] = g.orders.map((o, i) => {
    const listFen = o.bags * (listPrice.get(o.productId) ?? 0);
    const savingFen = savingByOrder.get(i) ?? 0;
    const payableFen = listFen - savingFen;
    if (payableFen < 1) {
      throw new HezuoError('INVALID_INPUT', `order "${o.id}" would cost the member nothing`, {
        path: ['groupBuy', 'orders', i],
      });
    }
    return {
      orderId: o.id,
      memberId: o.memberId,
      productId: o.productId,
      bags: o.bags,
      listFen,
      savingFen,
      payableFen,
    };
  });

  const byMember = new Map<string, { listFen: number; savingFen: number; payableFen: number }>();
  for (const o of orders) {
    const m = byMember.get(o.memberId) ?? { listFen: 0, savingFen: 0, payableFen: 0 };
    m.listFen += o.listFen;
    m.savingFen += o.savingFen;
    m.payableFen += o.payableFen;
    byMember.set(o.memberId, m);
  }
  const members = [...byMember.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([memberId, m]) => ({
      memberId,
      listFen: safe(m.listFen, ['groupBuy', 'orders']),
      savingFen: m.savingFen,
      payableFen: safe(m.payableFen, ['groupBuy', 'orders']),
    }));
  const savingFen = safe(
    products.reduce((sum, p) => sum + p.savingFen, 0),
    ['groupBuy', 'products'],
  );

  const transactions: Transaction[] = orders.map((o) => ({
    id: `${g.id}:${o.orderId}`,
    cooperativeId: g.cooperativeId,
    counterparty: { type: 'member', memberId: o.memberId },
    kind: 'inputPurchase',
    date: g.date,
    amount: o.payableFen,
    volume: { unit: 'bag', milli: o.bags * 1_000 },
    sourceId: g.id,
  }));
  const purchases: AgriInputPurchaseRecord[] = orders.map((o) => ({
    id: `${g.id}:${o.orderId}`,
    memberId: o.memberId,
    date: g.date,
    amountFen: o.payableFen,
    productId: o.productId,
  }));

  const names = new Map(g.products.map((p) => [p.productId, p.name]));
  const reasons: LocalizedText[] = products.map((p) => {
    const name = names.get(p.productId) ?? { 'zh-CN': p.productId, en: p.productId };
    const t = decimalText(p.tonnes, 3);
    if (!p.priceBreak) {
      return {
        'zh-CN': `${name['zh-CN']}：共 ${p.bags} 袋（${t} 吨），未达到阶梯价，按零售价 ${formatFen(p.listFen)} 结算。`,
        en: `${name.en}: ${p.bags} bags (${t} t) in all, below the first price break: ${formatFen(p.listFen, { locale: 'en' })} at the list price.`,
      };
    }
    const perTonne = formatFen(p.priceBreak.priceFenPerTonne);
    return {
      'zh-CN': `${name['zh-CN']}：共 ${p.bags} 袋（${t} 吨），达到 ${p.priceBreak.minTonnes} 吨以上每吨 ${perTonne} 的价格，整批 ${formatFen(p.lotFen)}，比零售价 ${formatFen(p.listFen)} 节省 ${formatFen(p.savingFen)}，按袋数分摊给各订单。`,
      en: `${name.en}: ${p.bags} bags (${t} t) in all reach the price of ${formatFen(p.priceBreak.priceFenPerTonne, { locale: 'en' })} per tonne from ${p.priceBreak.minTonnes} t: the lot costs ${formatFen(p.lotFen, { locale: 'en' })} against ${formatFen(p.listFen, { locale: 'en' })} at the list price, a saving of ${formatFen(p.savingFen, { locale: 'en' })} shared among the orders by bags.`,
    };
  });

  return Object.freeze({
    id: g.id,
    cooperativeId: g.cooperativeId,
    date: g.date,
    products,
    orders,
    members,
    savingFen,
    transactions,
    purchases,
    reasons,
  });
}
