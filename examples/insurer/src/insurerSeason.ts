import { createHezuo, fixedClock } from '@hezuo/core';
import { finance } from '@hezuo/finance';
import { trusteeship } from '@hezuo/trusteeship';
import { assessClaims, type ClaimSettlement } from './assessClaims';
import { type PremiumShares, premiumShares } from './premiumShares';
import { type QuotedApplications, quoteApplications } from './quoteApplications';
import { type InsuranceSeason, WHEAT_SEASON } from './season';

/** What one season came to: the quotes and refusals, the premiums by payer, and the claims paid. */
export interface SeasonResult {
  /** The season run. */
  readonly season: InsuranceSeason;
  /** Accepted and refused applications. */
  readonly quoted: QuotedApplications;
  /** The accepted premiums added up by payer. */
  readonly shares: PremiumShares;
  /** The loss event's claims. */
  readonly settlement: ClaimSettlement;
}

/**
 * Runs an insurance season end to end on a Hezuo client with the trusteeship and finance
 * plugins: the cooperative's trusteeship contracts are recorded (as its service centre keeps
 * them), each member's application is quoted and checked against them, and the season's loss is
 * reckoned into claims. The client's clock is stopped at the cover start and the store is in
 * memory, so the same season gives the same result on every run.
 */
export async function runInsurerSeason(season: InsuranceSeason = WHEAT_SEASON): Promise<SeasonResult> {
  const hz = createHezuo({
    plugins: [trusteeship(), finance()],
    clock: fixedClock(`${season.terms.coverStart}T09:00:00+08:00`),
  });
  for (const contract of season.contracts) await hz.trusteeship.recordContract(contract);
  const quoted = await quoteApplications(hz.finance, season.terms, season.applications);
  return {
    season,
    quoted,
    shares: premiumShares(quoted.quotes),
    settlement: assessClaims(season.terms, quoted.quotes, season.loss),
  };
}
