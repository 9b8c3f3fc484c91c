import { checkRegisterComposition, currentMembers } from '@hezuo/core';
import { groupBy, type SeasonContext } from '../seasonContext';

/** What founding and admission left on the register. */
export interface MembershipOutcome {
  readonly cooperatives: number;
  readonly members: number;
  /** The lowest share of farmers among the co-ops' members, as core prints it (Art. 20 asks ≥ 80 %). */
  readonly lowestFarmerPercent: string;
  /** Paid-in share capital of every member, fen. */
  readonly paidInFen: number;
}

/**
 * Founds every co-op with its founders, admits the other households on the days they joined (one
 * member-meeting resolution per day, as Art. 24 asks), and records each member's subscribed and
 * paid-in share capital. The law's register rules run on every call: a county that broke them
 * would stop here.
 */
export async function foundCooperatives(ctx: SeasonContext): Promise<MembershipOutcome> {
  const { hz, county } = ctx;
  const byCoop = groupBy(county.households, (h) => h.cooperativeId);
  let lowest = '100';
  let members = 0;
  let paidInFen = 0;
  let done = 0;
  for (const coop of county.cooperatives) {
    const households = byCoop.get(coop.cooperative.id) ?? [];
    const founderIds = new Set(coop.founderIds);
    await hz.cooperatives.found({
      cooperative: coop.cooperative,
      founders: households.filter((h) => founderIds.has(h.id)).map((h) => h.party),
      foundedOn: coop.cooperative.foundedOn,
    });
    const joiners = groupBy(
      households.filter((h) => !founderIds.has(h.id)),
      (h) => h.joinedOn,
    );
    for (const [day, group] of [...joiners].sort(([a], [b]) => a.localeCompare(b))) {
      await hz.cooperatives.admit(coop.cooperative.id, {
        applications: group.map((h) => ({ party: h.party, appliedOn: day })),
        resolution: {
          id: `ADM-${day}`,
          passed: true,
          subject: { type: 'admitMembers', partyIds: group.map((h) => h.id) },
          decidedOn: day,
        },
        admittedOn: day,
      });
    }
    // The share ledger is kept in date order.
    const byJoining = [...households].sort(
      (a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.id.localeCompare(b.id),
    );
    await hz.cooperatives.recordShareMovements(
      coop.cooperative.id,
      byJoining.flatMap((h) => [
        {
          type: 'subscription' as const,
          id: `S-${h.id}`,
          memberId: h.id,
          date: h.joinedOn,
          amount: h.shareCapitalFen,
        },
        {
          type: 'payment' as const,
          id: `P-${h.id}`,
          memberId: h.id,
          date: h.joinedOn,
          amount: h.shareCapitalFen,
        },
      ]),
    );
    const register = await hz.cooperatives.register(coop.cooperative.id);
    const composition = checkRegisterComposition(currentMembers(register).map((m) => m.party));
    if (Number(composition.farmerPercent) < Number(lowest)) lowest = composition.farmerPercent;
    members += composition.memberCount;
    paidInFen += households.reduce((sum, h) => sum + h.shareCapitalFen, 0);
    ctx.progress('membership', ++done, county.cooperatives.length);
  }
  return { cooperatives: county.cooperatives.length, members, lowestFarmerPercent: lowest, paidInFen };
}
