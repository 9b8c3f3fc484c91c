import { HezuoError, sumFen } from '@hezuo/core';
import { type InsuranceClaim, insuranceClaim } from '@hezuo/finance';
import type { MemberQuote } from './quoteApplications';
import type { CropPolicyTerms, LossEvent } from './season';

/** One member's claim: the assessment and the indemnity reckoned from it. */
export interface AssessedClaim {
  /** The member. */
  readonly memberId: string;
  /** The damaged area, mu. */
  readonly damagedAreaMu: string;
  /** The assessed loss rate. */
  readonly lossRate: string;
  /** The indemnity and how it was reckoned (stage cap, payable share, total loss or not). */
  readonly claim: InsuranceClaim;
}

/** What the insurer pays for one loss event. */
export interface ClaimSettlement {
  /** Every assessed claim, in the order assessed, paid or not. */
  readonly claims: readonly AssessedClaim[];
  /** Claims with an indemnity above zero: one payment each. */
  readonly payments: number;
  /** The total paid, in fen: the sum of the indemnities. */
  readonly paidFen: number;
}

/**
 * Reckons the indemnity of each assessed member (sum insured per mu × growth stage cap ×
 * (loss rate − deductible) × damaged area, a total loss paying the stage cap in full), each
 * rounded once, so the total paid is exactly the sum of what the members receive. Only insured
 * members are paid: an assessment for a member without a policy is refused (`NOT_FOUND`), and a
 * damaged area above the insured area is refused by the library (`INVALID_INPUT`).
 */
export function assessClaims(
  terms: CropPolicyTerms,
  quotes: readonly MemberQuote[],
  loss: LossEvent,
): ClaimSettlement {
  const insured = new Map(quotes.map((q) => [q.memberId, q.areaMu]));
  const claims = loss.assessments.map((assessment, i): AssessedClaim => {
    const insuredAreaMu = insured.get(assessment.memberId);
    if (insuredAreaMu === undefined) {
      throw new HezuoError('NOT_FOUND', `${assessment.memberId} holds no policy this season`, {
        path: ['loss', 'assessments', i, 'memberId'],
      });
    }
    const claim = insuranceClaim({
      sumInsuredPerMuFen: terms.sumInsuredPerMuFen,
      insuredAreaMu,
      damagedAreaMu: assessment.damagedAreaMu,
      growthStage: loss.growthStage,
      stageCaps: terms.stageCaps,
      lossRate: assessment.lossRate,
      deductible: terms.deductible,
    });
    return { ...assessment, claim };
  });
  return {
    claims,
    payments: claims.filter((c) => c.claim.claimFen > 0).length,
    paidFen: sumFen(claims.map((c) => c.claim.claimFen)),
  };
}
