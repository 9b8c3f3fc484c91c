import { EXAMPLE_FERTILISING_PLAN } from '@hezuo/agri-input';
import type { County, CountyInputPurchase } from '@hezuo/core/sample';
import { groupBy, type SeasonContext } from '../seasonContext';

/** The season's agri-input services. */
export interface AgriInputOutcome {
  readonly cooperativeId: string;
  readonly groupBuyOrders: number;
  readonly bags: number;
  readonly payableFen: number;
  readonly savingFen: number;
  /** The reason the batch price applies, in the demo's language. */
  readonly reason: string;
  /** The soil-test plan's whole bags, fen. */
  readonly planCostFen: number;
  readonly planLines: readonly { readonly name: string; readonly bags: number; readonly costFen: number }[];
}

/** The product bought together: 40 kg bags of urea, with the supplier's tonnage price breaks. */
const UREA = {
  productId: 'urea-46-0-0-40kg',
  name: { 'zh-CN': '尿素（40 公斤装）', en: 'Urea (40 kg bag)' },
  bagKg: 40,
  listPriceFenPerBag: 11_000,
  priceBreaks: [
    { minTonnes: 2, priceFenPerTonne: 262_500 },
    { minTonnes: 5, priceFenPerTonne: 255_000 },
    { minTonnes: 10, priceFenPerTonne: 248_000 },
  ],
};

/**
 * The largest co-op gathers its members' spring urea purchases into one group buy (团购) at the
 * supplier's tonnage price and shares the saving by bags; and the service centre draws up a
 * soil-test fertilising plan, bought in whole bags at least cost.
 */
export async function runAgriInput(ctx: SeasonContext): Promise<AgriInputOutcome> {
  const { hz, county, seasonYear, locale } = ctx;
  const { cooperativeId, purchases } = groupBuyPurchases(county, seasonYear);
  const orders = purchases.map((p) => ({
    id: p.id,
    memberId: p.memberId,
    productId: UREA.productId,
    bags: Math.round(p.amountFen / UREA.listPriceFenPerBag),
  }));
  const settled = await hz.agriInput.groupBuy.settle({
    id: `GB-${seasonYear}-${cooperativeId}`,
    cooperativeId,
    // After the spring purchases, so every buyer is a member by then.
    date: `${seasonYear}-04-30`,
    products: [UREA],
    orders,
  });
  ctx.progress('agri-input', 1, 2);

  const plan = await hz.agriInput.planFertilising(EXAMPLE_FERTILISING_PLAN);
  const blend = hz.agriInput.blend({
    need: plan.recommendation.nutrientKgForPlot,
    serviceCenterId: EXAMPLE_FERTILISING_PLAN.serviceCenterId,
  });
  ctx.progress('agri-input', 2, 2);
  return {
    cooperativeId,
    groupBuyOrders: settled.orders.length,
    bags: settled.orders.reduce((sum, o) => sum + o.bags, 0),
    payableFen: settled.orders.reduce((sum, o) => sum + o.payableFen, 0),
    savingFen: settled.savingFen,
    reason: settled.reasons[0]?.[locale] ?? '',
    planCostFen: blend.wholeBags.costFen,
    planLines: blend.wholeBags.lines.map((l) => ({ name: l.name[locale], bags: l.bags, costFen: l.costFen })),
  };
}

/**
 * The purchases the group buy gathers: the season's spring urea of the co-op with the most
 * members. They are bought through the group buy, so the history leaves them out.
 */
export function groupBuyPurchases(
  county: County,
  seasonYear: number,
): { cooperativeId: string; purchases: CountyInputPurchase[] } {
  const members = groupBy(county.households, (h) => h.cooperativeId);
  const [cooperativeId = ''] =
    [...members].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? [];
  const inCoop = new Set((members.get(cooperativeId) ?? []).map((h) => h.id));
  const purchases = county.inputPurchases.filter(
    (p) => p.productId === UREA.productId && p.date.startsWith(`${seasonYear}-`) && inCoop.has(p.memberId),
  );
  return { cooperativeId, purchases };
}
