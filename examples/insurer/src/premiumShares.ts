import { sumFen } from '@hezuo/core';
import type { MemberQuote } from './quoteApplications';

/** A season's premiums added up, and who pays them. */
export interface PremiumShares {
  /** Policies quoted. */
  readonly policies: number;
  /** Sum insured, in fen. */
  readonly sumInsuredFen: number;
  /** Premiums, in fen. */
  readonly premiumFen: number;
  /** Paid by central finance, in fen. */
  readonly centreFen: number;
  /** Paid by the province, in fen. */
  readonly provinceFen: number;
  /** Paid by the county, in fen. */
  readonly countyFen: number;
  /** Paid by the farmers, in fen. */
  readonly farmerFen: number;
}

/**
 * Adds up the season's premiums by payer. Each member's premium was split exactly (largest
 * remainder), so the four payers' totals add up to the premiums to the fen: what the insurer
 * bills the centre, the province and the county is the total premium less what the farmers pay.
 */
export function premiumShares(quotes: readonly MemberQuote[]): PremiumShares {
  const total = (pick: (q: MemberQuote) => number) => sumFen(quotes.map(pick));
  return {
    policies: quotes.length,
    sumInsuredFen: total((q) => q.quote.premium.sumInsuredFen),
    premiumFen: total((q) => q.quote.premium.premiumFen),
    centreFen: total((q) => q.quote.subsidy.centreFen),
    provinceFen: total((q) => q.quote.subsidy.provinceFen),
    countyFen: total((q) => q.quote.subsidy.countyFen),
    farmerFen: total((q) => q.quote.subsidy.farmerFen),
  };
}
