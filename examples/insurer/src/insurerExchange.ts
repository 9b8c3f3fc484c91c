import type { InsurancePolicy, InsurerClient } from '@hezuo/finance';
import type { MemberQuote } from './quoteApplications';
import type { InsuranceSeason } from './season';

/** A policy as the insurer bound it, beside the quote the cooperative computed. */
export interface PlacedPolicy {
  /** The member. */
  readonly memberId: string;
  /** The insurer's policy. */
  readonly policy: InsurancePolicy;
  /** The premium the insurer quoted, in fen. */
  readonly insurerPremiumFen: number;
  /** Whether the insurer's premium and four shares are the cooperative's own, to the fen. */
  readonly agrees: boolean;
}

/**
 * The cooperative's side of the insurer REST contract (`docs/contracts/insurer.openapi.json`):
 * for each accepted application, asks the insurer for a quote (naming the trusteeship contracts
 * the area was checked against), compares it with the premium and shares computed locally, and
 * binds it. Members travel as pseudonymous references, never by name or ID; every request id is
 * derived from the season and the member, so a run that is repeated sends the same
 * `Idempotency-Key`s and the insurer does each thing once.
 */
export async function placePolicies(
  insurer: InsurerClient,
  season: InsuranceSeason,
  quotes: readonly MemberQuote[],
): Promise<PlacedPolicy[]> {
  const { terms } = season;
  const placed: PlacedPolicy[] = [];
  for (const { memberId, areaMu, quote } of quotes) {
    const memberRef = `${season.cooperative.id}/${memberId}`;
    const offer = await insurer.quote({
      quoteRequestId: `Q-${terms.coverStart}-${memberId}`,
      memberRef,
      crop: terms.crop,
      countyCode: terms.countyCode,
      sumInsuredPerMuFen: terms.sumInsuredPerMuFen,
      areaMu,
      coverStart: terms.coverStart,
      coverEnd: terms.coverEnd,
      trusteeshipContractIds: [...quote.areaCheck.contractIds],
    });
    const s = quote.subsidy;
    const agrees =
      offer.premiumFen === quote.premium.premiumFen &&
      offer.shares.centreFen === s.centreFen &&
      offer.shares.provinceFen === s.provinceFen &&
      offer.shares.countyFen === s.countyFen &&
      offer.shares.farmerFen === s.farmerFen;
    const policy = await insurer.bind({
      bindRequestId: `B-${terms.coverStart}-${memberId}`,
      quoteId: offer.id,
      memberRef,
    });
    placed.push({ memberId, policy, insurerPremiumFen: offer.premiumFen, agrees });
  }
  return placed;
}

/**
 * Reports a loss event to the insurer, one claim per assessed member with a policy, with the
 * cooperative's own estimate of the loss rate (the insurer surveys its own). Resolves to the
 * insurer's claim numbers by member.
 */
export async function reportLoss(
  insurer: InsurerClient,
  season: InsuranceSeason,
  policies: readonly PlacedPolicy[],
): Promise<Map<string, string>> {
  const byMember = new Map(policies.map((p) => [p.memberId, p.policy.id]));
  const claims = new Map<string, string>();
  for (const { memberId, damagedAreaMu, lossRate } of season.loss.assessments) {
    const policyId = byMember.get(memberId);
    if (policyId === undefined) continue;
    const status = await insurer.claim({
      claimRequestId: `C-${season.loss.date}-${memberId}`,
      policyId,
      lossDate: season.loss.date,
      growthStage: season.loss.growthStage,
      cause: season.loss.cause,
      damagedAreaMu,
      estimatedLossRate: lossRate,
    });
    claims.set(memberId, status.id);
  }
  return claims;
}
