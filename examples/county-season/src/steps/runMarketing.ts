import { deliveryToTransaction, matchDeliveries, settleMatches, sumFen } from '@hezuo/core';
import type { CountyDelivery } from '@hezuo/core/sample';
import { groupBy, type SeasonContext } from '../seasonContext';

/** The season's produce marketing (产销对接) across the county. */
export interface MarketingOutcome {
  readonly deliveries: number;
  /** Paid to members for their deliveries (their patronage), fen. */
  readonly deliveredFen: number;
  readonly orders: number;
  /** What buyers pay for the matched produce, fen. */
  readonly revenueFen: number;
  /** The co-ops' commission on it, fen. */
  readonly commissionFen: number;
  /** Net to members' sales lines, fen; net + commission = revenue. */
  readonly netFen: number;
  /** Kilograms matched to orders. */
  readonly matchedKg: number;
  readonly openOrders: number;
}

/** The buyers the co-ops sell to, each ordering a share of a crop-and-grade lot at a premium. */
const BUYERS = [
  {
    id: 'mart',
    name: '县城连锁超市',
    type: 'supermarket' as const,
    share: 0.35,
    premium: 1.08,
    day: '03-01',
  },
  { id: 'mill', name: '面粉加工厂', type: 'processor' as const, share: 0.45, premium: 1.04, day: '04-15' },
  {
    id: 'school',
    name: '镇中心学校食堂',
    type: 'institution' as const,
    share: 0.1,
    premium: 1.1,
    day: '05-10',
  },
];

/**
 * The season's deliveries: each is posted to the member's account as patronage (at the
 * co-op's purchase price, after deductions), then the co-op matches the produce to buyers'
 * orders first in first out and settles them with a 3 % commission. The buyers and their order
 * sizes are the demo's own: a share of each co-op's lot of each crop and grade.
 */
export async function runMarketing(ctx: SeasonContext): Promise<MarketingOutcome> {
  const { hz, county, seasonYear } = ctx;
  const season = county.deliveries.filter((d) => d.deliveredOn.startsWith(`${seasonYear}-`)).map(asDelivery);
  const byCoop = groupBy(season, (d) => d.cooperativeId);
  let deliveredFen = 0;
  let revenueFen = 0;
  let commissionFen = 0;
  let netFen = 0;
  let matchedMilli = 0;
  let orders = 0;
  let openOrders = 0;
  let done = 0;
  for (const [cooperativeId, deliveries] of byCoop) {
    const transactions = deliveries.map((d) => deliveryToTransaction(d));
    await hz.cooperatives.postTransactions(cooperativeId, transactions);
    deliveredFen += sumFen(transactions.map((t) => t.amount));

    const coopOrders = ordersFor(cooperativeId, deliveries, seasonYear);
    orders += coopOrders.length;
    const matched = matchDeliveries({ deliveries, orders: coopOrders });
    const settled = settleMatches({
      deliveries,
      orders: coopOrders,
      matches: matched.matches,
      commissionRate: '0.03',
    });
    revenueFen += settled.totals.revenueFen;
    commissionFen += settled.totals.commissionFen;
    netFen += settled.totals.netFen;
    matchedMilli += settled.totals.matchedMilli;
    openOrders += matched.openOrders.length;
    ctx.progress('marketing', ++done, byCoop.size);
  }
  return {
    deliveries: season.length,
    deliveredFen,
    orders,
    revenueFen,
    commissionFen,
    netFen,
    matchedKg: matchedMilli / 1000,
    openOrders,
  };
}

/** A generated delivery as core's marketing functions take it. */
function asDelivery(d: CountyDelivery) {
  const { deductions, ...rest } = d;
  return deductions === undefined ? rest : { ...rest, deductions: deductions.map((x) => ({ ...x })) };
}

function ordersFor(
  cooperativeId: string,
  deliveries: readonly ReturnType<typeof asDelivery>[],
  year: number,
) {
  const lots = groupBy(deliveries, (d) => `${d.crop}|${d.grade}`);
  return [...lots].flatMap(([lot, list]) => {
    const [crop = '', grade = ''] = lot.split('|');
    const kg = list.reduce((sum, d) => sum + d.grossKg, 0);
    const price = Math.max(...list.map((d) => d.unitPrice));
    return BUYERS.map((b) => ({
      id: `${cooperativeId}-${crop}-${grade}-${b.id}`,
      buyer: { id: b.id, name: b.name, type: b.type },
      crop,
      grade,
      quantityKg: Math.max(1, Math.round(kg * b.share)),
      unitPrice: Math.round(price * b.premium),
      orderedOn: `${year}-${b.day}`,
    }));
  });
}
