import { describe, expect, it } from 'vitest';
import type { ShareMovement } from '../equity/shareMovement';
import { createHezuo } from '../runtime/createHezuo';
import { type County, countyCreditRows, countyTransactions, generateCounty } from './index';

const CORE_IDS = [
  'core.headAge',
  'core.membershipYears',
  'core.meetingAttendance',
  'core.yearlyTransactionFen',
  'core.transactionYears',
  'core.patronageRefundFen',
  'core.equityFen',
] as const;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * Plays a county's history into a client through the real API: founds each co-op with its
 * founders, admits the rest on their joining days, records their share capital, posts their
 * transactions, holds the meetings, and distributes each year's surplus.
 */
async function replay(county: County) {
  const hz = createHezuo();
  const byCoop = groupBy(county.households, (h) => h.cooperativeId);
  for (const coop of county.cooperatives) {
    const id = coop.cooperative.id;
    const members = byCoop.get(id) ?? [];
    const founders = new Set(coop.founderIds);
    await hz.cooperatives.found({
      cooperative: coop.cooperative,
      founders: members.filter((h) => founders.has(h.id)).map((h) => h.party),
      foundedOn: coop.cooperative.foundedOn,
    });
    const others = members
      .filter((h) => !founders.has(h.id))
      .sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : 1));
    for (const h of others) {
      await hz.cooperatives.admit(id, {
        applications: [{ party: h.party, appliedOn: h.joinedOn }],
        resolution: {
          id: `ADM-${h.id}`,
          passed: true,
          subject: { type: 'admitMembers', partyIds: [h.id] },
          decidedOn: h.joinedOn,
        },
        admittedOn: h.joinedOn,
      });
    }
    await hz.cooperatives.recordShareMovements(
      id,
      [...members.filter((h) => founders.has(h.id)), ...others].flatMap((h): ShareMovement[] => [
        {
          type: 'subscription',
          id: `S-${h.id}`,
          memberId: h.id,
          date: h.joinedOn,
          amount: h.shareCapitalFen,
        },
        { type: 'payment', id: `P-${h.id}`, memberId: h.id, date: h.joinedOn, amount: h.shareCapitalFen },
      ]),
    );
  }
  for (const [coopId, transactions] of groupBy(countyTransactions(county), (t) => t.cooperativeId))
    await hz.cooperatives.postTransactions(coopId, transactions);
  for (const m of county.meetings) {
    await hz.cooperatives.decide(m.cooperativeId, {
      resolution: {
        id: m.resolutionId,
        subject: { type: 'other', title: '年度工作报告' },
        meetingDate: m.meetingDate,
      },
      attendance: [...m.present],
      ballots: m.present.map((memberId) => ({ memberId, choice: 'for' as const })),
    });
  }
  const distributed = [];
  for (const d of [...county.surplusDistributions].sort((a, b) => a.year - b.year))
    distributed.push({
      county: d,
      client: await hz.cooperatives.distributeSurplus(d.cooperativeId, {
        year: d.year,
        surplus: d.surplusFen,
        plan: d.plan,
      }),
    });
  return { hz, distributed };
}

describe('a county drives the real client', () => {
  it('founds, admits, posts, meets and distributes as generated, and the core computes the rows’ values', async () => {
    const county = generateCounty({ seed: 5, households: 220 });
    const { hz, distributed } = await replay(county);

    expect(distributed.length).toBeGreaterThan(0);
    for (const { county: d, client } of distributed) {
      expect(
        [...client.statements]
          .sort((a, b) => (a.memberId < b.memberId ? -1 : 1))
          .map((s) => ({
            memberId: s.memberId,
            reserveQuantifiedFen: s.reserveQuantified,
            patronageRefundFen: s.patronageRefund,
            dividendFen: s.dividend,
          })),
      ).toEqual(d.statements);
    }
    for (const h of county.households) {
      const account = await hz.cooperatives.account(h.cooperativeId, h.id);
      expect([account.capital, account.reserveShare]).toEqual([h.shareCapitalFen, h.reserveShareFen]);
    }

    // Every fourth household: the client reads the whole store for each, which takes a while.
    const rows = countyCreditRows(county).filter((_, i) => i % 4 === 0);
    for (const row of rows) {
      const computed = await hz.credit.compute(row.householdId, county.asOf, [...CORE_IDS]);
      expect(computed).toEqual(Object.fromEntries(CORE_IDS.map((id) => [id, row[id]])));
    }
  }, 60_000);
});
