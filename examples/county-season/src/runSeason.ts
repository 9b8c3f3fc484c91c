import { agriInput } from '@hezuo/agri-input';
import { createHezuo, fixedClock, LocaleSchema, parseInput } from '@hezuo/core';
import { type County, generateCounty } from '@hezuo/core/sample';
import { finance } from '@hezuo/finance';
import { trusteeship } from '@hezuo/trusteeship';
import { z } from 'zod';
import type { Progress, SeasonContext } from './seasonContext';
import { foundCooperatives, type MembershipOutcome } from './steps/foundCooperatives';
import { type HistoryOutcome, loadHistory } from './steps/loadHistory';
import { type AgriInputOutcome, runAgriInput } from './steps/runAgriInput';
import { type BankOutcome, runBank } from './steps/runBank';
import { type CreditOutcome, runCredit } from './steps/runCredit';
import { type InsuranceOutcome, runInsurance } from './steps/runInsurance';
import { type MarketingOutcome, runMarketing } from './steps/runMarketing';
import { runSurplus, type SurplusOutcome } from './steps/runSurplus';
import { runTrusteeship, type TrusteeshipOutcome } from './steps/runTrusteeship';

/** Options of {@link runSeason}. */
export const SeasonOptionsSchema = z.strictObject({
  /** The county's seed; the same seed gives the same county and the same season. */
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .default(2026),
  /** Member households to generate. */
  households: z.int().min(200).max(20_000).default(3_000),
  /** The language of the summary and report. */
  locale: z._default(LocaleSchema, 'zh-CN'),
  /** The partner bank's base URL (the reference bank on 127.0.0.1 in the demo). */
  bankUrl: z.url(),
});

/** Options of {@link runSeason}, as given. */
export type SeasonOptions = z.input<typeof SeasonOptionsSchema>;

/** Everything the season produced, step by step. */
export interface SeasonResult {
  readonly county: County;
  readonly seasonYear: number;
  readonly membership: MembershipOutcome;
  readonly history: HistoryOutcome;
  readonly marketing: MarketingOutcome;
  readonly trusteeship: TrusteeshipOutcome;
  readonly agriInput: AgriInputOutcome;
  readonly surplus: SurplusOutcome;
  readonly credit: CreditOutcome;
  readonly bank: BankOutcome;
  readonly insurance: InsuranceOutcome;
}

/**
 * Runs one season of a generated county through every package: the co-ops founded and their
 * members admitted; the years before loaded as records; the season's deliveries matched and
 * settled, its trusteeship contracts worked and settled, a group buy and a fertilising plan;
 * the surplus distributed; then, on the assessment day, the credit drive with reasons, credit
 * lines asked of the bank over HTTP, and the season's wheat insurance quoted and claimed.
 */
export async function runSeason(
  options: SeasonOptions,
  progress: Progress = () => {},
): Promise<SeasonResult> {
  const { seed, households, locale, bankUrl } = parseInput(SeasonOptionsSchema, options, {
    path: ['options'],
  });
  const county = generateCounty({ seed, households });
  const hz = createHezuo({
    plugins: [finance(), trusteeship(), agriInput()],
    clock: fixedClock(`${county.asOf}T09:00:00+08:00`),
    locale,
  });
  const ctx: SeasonContext = { hz, county, locale, progress, seasonYear: county.year - 1 };
  const membership = await foundCooperatives(ctx);
  const history = await loadHistory(ctx);
  const marketing = await runMarketing(ctx);
  const trusteeshipOutcome = await runTrusteeship(ctx);
  const agriInputOutcome = await runAgriInput(ctx);
  const surplus = await runSurplus(ctx);
  const credit = await runCredit(ctx);
  const bank = await runBank(ctx, credit, bankUrl);
  const insurance = await runInsurance(ctx);
  return {
    county,
    seasonYear: ctx.seasonYear,
    membership,
    history,
    marketing,
    trusteeship: trusteeshipOutcome,
    agriInput: agriInputOutcome,
    surplus,
    credit,
    bank,
    insurance,
  };
}
