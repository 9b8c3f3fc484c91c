import { join } from 'node:path';
import { modelHash } from '@hezuo/core';
import { COUNTY_CREDIT_COLUMNS, countyCreditRows, generateCounty } from '@hezuo/core/sample';
import { createBankClient } from '@hezuo/finance';
import { startReferenceBank } from '@hezuo/reference-bank';
import { writeCountyCsv } from './countyCsv';
import { exportModel, type ModelFiles } from './exportModel';
import { type FittedScorecard, fitCountyScorecard } from './fitCountyScorecard';
import { readScores, type ScoredHousehold } from './readScores';
import { type CreditLineOutcome, requestCreditLines } from './requestCreditLines';
import { scoreCountyCsv } from './scoreCountyCsv';
import { gradeCounts, grantedLines } from './tallies';

/**
 * The lines the cooperatives ask for, by grade, in fen: the practice caps of DESIGN §3.6
 * (60,000 / 30,000 / 20,000 yuan). Unrated households are not sent.
 */
export const REQUESTED_LINE_FEN: Readonly<Record<string, number>> = Object.freeze({
  AAA: 6_000_000,
  AA: 3_000_000,
  A: 2_000_000,
});

/** Options of {@link runBankScoring}. */
export interface BankScoringOptions {
  /** The folder the model, its exports, the county CSV and the scores are written to (it must exist). */
  readonly outDir: string;
  /** Households per county; 3,000 unless told. */
  readonly households?: number;
  /** The new season; the history is the season before. 2027 unless told. */
  readonly year?: number;
  /** Seed of the history's county; 2026 unless told. */
  readonly historySeed?: number;
  /** Seed of the new season's county; 2027 unless told. */
  readonly seasonSeed?: number;
  /** The bank's clock, for its decision dates; 15 January of the new season unless told. */
  readonly now?: () => Date;
}

/** What a run produced. */
export interface BankScoringResult {
  /** The new season. */
  readonly year: number;
  /** The scorecard and its cross-validation. */
  readonly fitted: FittedScorecard;
  /** The model's content hash, as the bank is told it. */
  readonly modelHash: string;
  /** The files written: the model and its exports, the county CSV and its scores. */
  readonly files: ModelFiles & { readonly county: string; readonly scores: string };
  /** Every household scored, in the county's order. */
  readonly scored: readonly ScoredHousehold[];
  /** Households per grade, best first. */
  readonly grades: readonly { readonly grade: string; readonly households: number }[];
  /** Each credit-line request and the bank's decision. */
  readonly lines: readonly CreditLineOutcome[];
  /** Requests sent, lines approved, and the total granted in fen. */
  readonly granted: ReturnType<typeof grantedLines>;
}

/**
 * A rural-credit bank's season, end to end:
 * (a) fit a scorecard on last season's county history, whose outcome is known, and cross-validate it;
 * (b) export it as JSON, PostgreSQL and PMML;
 * (c) write the new season's county as CSV (its outcome is not known yet: no `bad` column) and
 *     score it with `hezuo score`, with grades and top reasons;
 * (d) ask the bank for a credit line for each rated household, over HTTP, with the finance
 *     plugin's bank client against the reference bank (started on 127.0.0.1, closed at the end).
 * Everything is seeded and the bank's clock fixed, so a run gives the same files and sums.
 */
export async function runBankScoring(options: BankScoringOptions): Promise<BankScoringResult> {
  const { outDir, households = 3000, year = 2027, historySeed = 2026, seasonSeed = 2027 } = options;

  // (a) Last season's county: its credit rows as of 1 January, and who defaulted during the year.
  const history = countyCreditRows(generateCounty({ seed: historySeed, households, year: year - 1 }));
  const fitted = fitCountyScorecard(history, { version: String(year), seed: year });

  // (b) One model, three deployments.
  const modelFiles = await exportModel(fitted.model, outDir);

  // (c) The new season, as the cooperatives hand it to the bank: a CSV without outcomes.
  const season = generateCounty({ seed: seasonSeed, households, year });
  const files = { ...modelFiles, county: join(outDir, 'county.csv'), scores: join(outDir, 'scores.csv') };
  const columns = COUNTY_CREDIT_COLUMNS.filter((c) => c !== 'bad');
  await writeCountyCsv(files.county, countyCreditRows(season), columns);
  await scoreCountyCsv({ model: files.model, input: files.county, output: files.scores, key: 'householdId' });
  const scored = await readScores(files.scores);

  // (d) Credit lines from the bank, each request through the household's own cooperative.
  const usccOf = new Map(season.cooperatives.map((c) => [c.cooperative.id, c.cooperative.uscc]));
  const cooperativeOf = new Map<string, string>();
  for (const h of season.households) {
    const uscc = usccOf.get(h.cooperativeId);
    if (uscc !== undefined) cooperativeOf.set(h.id, uscc);
  }
  const hash = modelHash(fitted.model);
  const bank = await startReferenceBank({
    now: options.now ?? (() => new Date(`${year}-01-15T09:00:00+08:00`)),
  });
  let lines: CreditLineOutcome[];
  try {
    lines = await requestCreditLines(
      createBankClient({ baseUrl: bank.url }),
      scored,
      { id: fitted.model.id, hash },
      { cooperativeOf, requestedFen: REQUESTED_LINE_FEN, requestIdPrefix: `CLR-${year}` },
    );
  } finally {
    await bank.close();
  }

  return {
    year,
    fitted,
    modelHash: hash,
    files,
    scored,
    grades: gradeCounts(
      scored,
      fitted.model.gradeBands.map((b) => b.grade),
    ),
    lines,
    granted: grantedLines(lines),
  };
}
