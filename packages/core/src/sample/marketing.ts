import type { CountyDelivery, CountyInputPurchase } from './county';
import { dayNumber, isoDate } from './days';
import type { HouseholdDraft } from './draft';
import { logistic, type Random } from './random';

/** Co-op purchase prices of one year, fen per kg, by crop. @internal */
export interface YearPrices {
  readonly wheat: number;
  readonly maize: number;
  readonly carrot: number;
}

/** Purchase prices for each history year: wheat about 2.6 yuan/kg, maize 2.3, carrots 1.3. @internal */
export function yearPrices(random: Random, historyYears: number): YearPrices[] {
  return Array.from({ length: historyYears }, () => ({
    wheat: random.int(245, 280),
    maize: random.int(215, 250),
    carrot: random.int(100, 160),
  }));
}

/** Price cuts below first grade, fen per kg. */
const GRADE_CUT: Readonly<Record<string, readonly [number, number]>> = {
  wheat: [6, 14],
  maize: [6, 14],
  carrot: [20, 40],
};

/** Why maize loses weight at the scale; copied into each deduction, so no two share an object. */
const MOISTURE = { 'zh-CN': '水分扣重', en: 'moisture' } as const;

/** The crops a household grows in a year, with their area, yield and delivery window. */
function harvests(
  h: HouseholdDraft,
): { crop: string; tenths: number; yieldKg: number; window: [number, number, number, number] }[] {
  const out: { crop: string; tenths: number; yieldKg: number; window: [number, number, number, number] }[] =
    [];
  if (h.wheatTenths > 0) {
    out.push({ crop: 'wheat', tenths: h.wheatTenths, yieldKg: h.wheatYield, window: [6, 10, 7, 5] });
    out.push({ crop: 'maize', tenths: h.wheatTenths, yieldKg: h.maizeYield, window: [10, 8, 11, 10] });
  }
  if (h.carrotTenths > 0 && h.cooperative.industry === 'carrot')
    out.push({ crop: 'carrot', tenths: h.carrotTenths, yieldKg: h.carrotYield, window: [11, 5, 12, 10] });
  return out;
}

/**
 * A household's deliveries in history year `year` (offset `k`): each harvest is delivered to its
 * co-op with a chance that rises with farming skill and falls in a bad year, part of the crop,
 * in one or two loads; maize sometimes loses weight for moisture.
 * @internal
 */
export function householdDeliveries(
  random: Random,
  h: HouseholdDraft,
  year: number,
  k: number,
  prices: YearPrices,
): CountyDelivery[] {
  const shock = h.shocks[k] === true;
  const out: CountyDelivery[] = [];
  for (const harvest of harvests(h)) {
    if (!random.chance(logistic(0.3 + 0.8 * h.skill - 0.8 * (shock ? 1 : 0)))) continue;
    const [m1, d1, m2, d2] = harvest.window;
    const first = dayNumber(year, m1, d1);
    const last = dayNumber(year, m2, d2);
    const yieldKg = harvest.yieldKg * Math.max(0.3, 1 + 0.08 * random.normal() - (shock ? 0.35 : 0));
    const soldShare = 0.4 + 0.5 * random.next();
    const totalTenths = Math.max(10, Math.round(harvest.tenths * yieldKg * soldShare));
    const loads = totalTenths > 50_000 && random.chance(0.6) ? 2 : 1;
    const firstLoad = loads === 2 ? Math.round(totalTenths * (0.3 + 0.4 * random.next())) : totalTenths;
    const gradeDraw = logistic(0.2 + 0.8 * h.skill + 0.3 * random.normal());
    const grade = gradeDraw > 0.45 ? 'first' : gradeDraw > 0.2 ? 'second' : 'third';
    const base = prices[harvest.crop as keyof YearPrices];
    const cuts = GRADE_CUT[harvest.crop] as readonly [number, number];
    const unitPrice = grade === 'first' ? base : grade === 'second' ? base - cuts[0] : base - cuts[1];
    let day = first;
    for (let load = 0; load < loads; load++) {
      day += random.int(0, last - day); // a second load comes after the first
      if (day < h.joinedDay) continue; // not a member yet: the co-op buys from members only here
      const tenths = load === 0 ? firstLoad : totalTenths - firstLoad;
      const delivery: CountyDelivery = {
        id: `D-${h.id}-${year}-${harvest.crop}-${load + 1}`,
        cooperativeId: h.cooperative.id,
        memberId: h.id,
        crop: harvest.crop,
        grade,
        deliveredOn: isoDate(day),
        grossKg: tenths / 10,
        unitPrice,
      };
      if (harvest.crop === 'maize' && random.chance(0.35)) {
        // 1-4 % of the weight off for moisture above the grade's allowance.
        const off = Math.max(1, Math.round(tenths * (0.01 + 0.03 * random.next())));
        out.push({ ...delivery, deductions: [{ reason: { ...MOISTURE }, kg: off / 10 }] });
      } else out.push(delivery);
    }
  }
  return out;
}

/** What a member buys, with its price in fen per unit and units per mu. */
const PRODUCTS: Readonly<Record<'spring' | 'autumn', readonly (readonly [string, number, number])[]>> = {
  spring: [
    ['urea-46-0-0-40kg', 11_000, 0.4],
    ['pesticide-tebuconazole-100ml', 2_800, 1],
    ['maize-seed-denghai605-2kg', 9_500, 0.5],
  ],
  autumn: [
    ['compound-15-15-15-40kg', 16_500, 1],
    ['wheat-seed-jimai22-25kg', 8_500, 0.6],
    ['herbicide-fenoxaprop-200ml', 3_200, 0.5],
  ],
};

/**
 * A household's input purchases in history year `year` (offset `k`): in spring (Feb–Apr) and
 * autumn (Sep–Oct), with a chance that rises with skill and discipline and falls in a bad year.
 * @internal
 */
export function householdPurchases(
  random: Random,
  h: HouseholdDraft,
  year: number,
  k: number,
): CountyInputPurchase[] {
  const shock = h.shocks[k] === true;
  const out: CountyInputPurchase[] = [];
  const mu = h.landTenths / 10;
  for (const season of ['spring', 'autumn'] as const) {
    if (!random.chance(logistic(0.1 + 0.6 * h.skill + 0.45 * h.discipline - 0.5 * (shock ? 1 : 0)))) continue;
    const first = season === 'spring' ? dayNumber(year, 2, 20) : dayNumber(year, 9, 15);
    const last = season === 'spring' ? dayNumber(year, 4, 25) : dayNumber(year, 10, 25);
    const count = 1 + random.weighted([0.5, 0.35, 0.15]);
    const products = PRODUCTS[season];
    for (let n = 0; n < count; n++) {
      const day = first + random.int(0, last - first);
      if (day < h.joinedDay) continue;
      const [productId, price, perMu] = products[n % products.length] as readonly [string, number, number];
      const units = Math.max(1, Math.round(mu * perMu * (0.6 + 0.6 * random.next())));
      out.push({
        id: `P-${h.id}-${year}-${season}-${n + 1}`,
        memberId: h.id,
        date: isoDate(day),
        amountFen: units * price,
        productId,
      });
    }
  }
  // Dated purchases in date order, as a shop's book keeps them.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
