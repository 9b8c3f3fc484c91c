// The portal's data. A real portal gets it from the county's systems; here it comes from a
// generated county (`@hezuo/core/sample`) and from the packages' own functions, so every figure
// on the page is one the packages computed.

import { EXAMPLE_FERTILIZERS } from '@hezuo/agri-input';
import { distributeSurplus, score, THREE_IN_ONE_REFERENCE_MODEL } from '@hezuo/core';
import { countyCreditRows, countyTransactions, generateCounty } from '@hezuo/core/sample';
import { GAOMI_2014_WHEAT_CATALOGUE, type ServiceCenter } from '@hezuo/trusteeship';

/** A small county, generated the same way every time. */
export const COUNTY = generateCounty({ seed: 2026, households: 200 });

const household = COUNTY.households[0];
if (household === undefined) throw new Error('the sample county has no households');
const row = countyCreditRows(COUNTY).find((r) => r.householdId === household.id);

/** The first household's rating on the three-in-one reference sheet, from its records. */
export const RATING = score(THREE_IN_ONE_REFERENCE_MODEL, row ?? {});

/** Its co-op's last surplus distribution, the household's statement. */
export const STATEMENT = (() => {
  const last = COUNTY.surplusDistributions.filter((d) => d.cooperativeId === household.cooperativeId).at(-1);
  const year = last?.year ?? COUNTY.year - 1;
  // Each member's business with the co-op that year: the patronage the refund is split by.
  const patronage = new Map<string, number>();
  for (const t of countyTransactions(COUNTY)) {
    if (t.cooperativeId !== household.cooperativeId || t.counterparty.type !== 'member') continue;
    if (!t.date.startsWith(`${year}-`)) continue;
    patronage.set(t.counterparty.memberId, (patronage.get(t.counterparty.memberId) ?? 0) + t.amount);
  }
  const result = distributeSurplus({
    year,
    surplus: last?.surplusFen ?? 0,
    plan: last?.plan ?? { reserveRate: '0.1' },
    members: COUNTY.households
      .filter((h) => h.cooperativeId === household.cooperativeId)
      .filter((h) => h.joinedOn <= `${year}-12-31`)
      .map((h) => ({
        memberId: h.id,
        capital: h.shareCapitalFen,
        reserveShare: 0,
        transactionAmount: patronage.get(h.id) ?? 0,
      })),
  });
  return result.statements.find((s) => s.memberId === household.id) ?? result.statements[0];
})();

/** The county's service centres. */
export const CENTERS: readonly ServiceCenter[] = COUNTY.serviceCenters.map((c) => c.center);

/** Where the finder starts: the household's first plot. */
export const PLACE = household.plots[0]?.location ?? {
  lng: 119.7552,
  lat: 36.3806,
  datum: 'GCJ-02' as const,
};

/** The household's plots with the last three years' wheat yields, for the trusteeship quote. */
export const QUOTE_PLOTS = household.plots.slice(0, 3).map((p, i) => ({
  plotId: p.id,
  name: `${p.village}${i + 1}号地`,
  areaMu: p.registeredAreaMu,
  yieldHistoryKgPerMu: [420 + 10 * i, 455, 441] as const,
}));

/** The co-op's price list: the Gaomi 2014 wheat prices with a 5 % consolidation rule. */
export const CATALOGUE = {
  ...GAOMI_2014_WHEAT_CATALOGUE,
  volumeRules: [{ minAreaMu: 20, discountRate: 0.05 }],
};

/** Fertiliser products of the service centre's shop. */
export const FERTILIZERS = EXAMPLE_FERTILIZERS;
