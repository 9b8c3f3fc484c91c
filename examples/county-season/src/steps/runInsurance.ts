import { HezuoError } from '@hezuo/core';
import { insuranceClaim, PRACTICE_WHEAT_STAGE_CAPS } from '@hezuo/finance';
import type { SeasonContext } from '../seasonContext';

/** The season's wheat insurance. */
export interface InsuranceOutcome {
  readonly policies: number;
  /** Quotes refused because the household insured more land than it has under trusteeship. */
  readonly refused: number;
  readonly premiumFen: number;
  readonly centreFen: number;
  readonly provinceFen: number;
  readonly countyFen: number;
  readonly farmerFen: number;
  readonly claims: number;
  readonly claimFen: number;
}

/** The deductible of the policies' clauses (免赔率). */
export const POLICY_DEDUCTIBLE = '0.1';

/**
 * Quotes each household's wheat policy (premium and the layered subsidies, exact to the fen)
 * through the client, which checks the insured area against the household's trusteeship
 * contracts; then pays each loss of the season by its growth stage's cap.
 */
export async function runInsurance(ctx: SeasonContext): Promise<InsuranceOutcome> {
  const { hz, county } = ctx;
  const totals = {
    premiumFen: 0,
    centreFen: 0,
    provinceFen: 0,
    countyFen: 0,
    farmerFen: 0,
    claims: 0,
    claimFen: 0,
  };
  let refused = 0;
  let done = 0;
  for (const policy of county.insurancePolicies) {
    try {
      const quote = await hz.finance.quoteInsurance({
        memberId: policy.memberId,
        asOf: policy.startDate,
        premium: { ...policy.premium, areaMu: String(policy.premium.areaMu) },
        subsidy: policy.subsidy,
      });
      totals.premiumFen += quote.premium.premiumFen;
      totals.centreFen += quote.subsidy.centreFen;
      totals.provinceFen += quote.subsidy.provinceFen;
      totals.countyFen += quote.subsidy.countyFen;
      totals.farmerFen += quote.subsidy.farmerFen;
    } catch (error) {
      if (error instanceof HezuoError && error.code === 'FINANCE_RULE') {
        refused++;
        continue;
      }
      throw error;
    }
    if (policy.loss !== null) {
      const claim = insuranceClaim({
        sumInsuredPerMuFen: policy.premium.sumInsuredPerMuFen,
        insuredAreaMu: String(policy.premium.areaMu),
        damagedAreaMu: String(policy.loss.damagedAreaMu),
        growthStage: policy.loss.growthStage,
        stageCaps: PRACTICE_WHEAT_STAGE_CAPS,
        lossRate: policy.loss.lossRate,
        deductible: POLICY_DEDUCTIBLE,
      });
      totals.claims++;
      totals.claimFen += claim.claimFen;
    }
    if (++done % 200 === 0 || done === county.insurancePolicies.length) {
      ctx.progress('insurance', done, county.insurancePolicies.length);
    }
  }
  return { policies: county.insurancePolicies.length, refused, ...totals };
}
