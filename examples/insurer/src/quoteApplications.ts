import { type HezuoError, isHezuoError } from '@hezuo/core';
import type { FinanceApi, InsuranceQuoteResult } from '@hezuo/finance';
import type { CropPolicyTerms, InsuranceApplication } from './season';

/** A member's accepted application: the premium, who pays it, and the area check behind it. */
export interface MemberQuote {
  /** The member. */
  readonly memberId: string;
  /** The insured area, mu. */
  readonly areaMu: string;
  /** Premium, subsidy split and trusteeship area check, from `hz.finance.quoteInsurance`. */
  readonly quote: InsuranceQuoteResult;
}

/** An application refused because the member asked to insure more than his land under trusteeship. */
export interface RefusedApplication {
  /** The member. */
  readonly memberId: string;
  /** The area asked for, mu. */
  readonly areaMu: string;
  /** The member's area under trusteeship contract, mu. */
  readonly contractedAreaMu: string;
  /** The `FINANCE_RULE` error, as the library raised it. */
  readonly error: HezuoError;
}

/** The applications of a season, quoted or refused, in the order they came. */
export interface QuotedApplications {
  /** The accepted applications. */
  readonly quotes: readonly MemberQuote[];
  /** The refused ones. */
  readonly refused: readonly RefusedApplication[];
}

/**
 * Quotes each member's application with the cooperative's client (`hz.finance`): the premium,
 * its split between centre, province, county and farmer, and the insured area checked against
 * the member's trusteeship contracts in the same store. An application for more land than the
 * member has under contract is refused (`FINANCE_RULE`) and set aside with the contracted area;
 * any other error is a mistake in the input and stops the run.
 */
export async function quoteApplications(
  finance: Pick<FinanceApi, 'quoteInsurance'>,
  terms: CropPolicyTerms,
  applications: readonly InsuranceApplication[],
): Promise<QuotedApplications> {
  const quotes: MemberQuote[] = [];
  const refused: RefusedApplication[] = [];
  for (const { memberId, areaMu } of applications) {
    try {
      const quote = await finance.quoteInsurance({
        memberId,
        asOf: terms.coverStart,
        premium: {
          sumInsuredPerMuFen: terms.sumInsuredPerMuFen,
          premiumRate: terms.premiumRate,
          areaMu,
          outputValuePerMuFen: terms.outputValuePerMuFen,
        },
        subsidy: terms.subsidy,
      });
      quotes.push({ memberId, areaMu, quote });
    } catch (error) {
      // The area check's refusal carries what it found, so the refusal can be worded in any language.
      const contractedAreaMu = isHezuoError(error) ? error.details.contractedAreaMu : undefined;
      if (!isHezuoError(error) || error.code !== 'FINANCE_RULE' || typeof contractedAreaMu !== 'string')
        throw error;
      refused.push({ memberId, areaMu, contractedAreaMu, error });
    }
  }
  return { quotes, refused };
}
