import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankScoringResult, REQUESTED_LINE_FEN, runBankScoring } from './bankScoring';
import { formatSummary } from './summary';

// main's flow on a smaller county, into a temporary folder.
const HOUSEHOLDS = 600;
const dirs = [mkdtempSync(join(tmpdir(), 'bank-scoring-')), mkdtempSync(join(tmpdir(), 'bank-scoring-'))];
let first: BankScoringResult;
let second: BankScoringResult;
beforeAll(async () => {
  first = await runBankScoring({ outDir: dirs[0] as string, households: HOUSEHOLDS });
  second = await runBankScoring({ outDir: dirs[1] as string, households: HOUSEHOLDS });
}, 60_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(file, 'utf8');

describe('the bank’s season, end to end', () => {
  it('writes the model, its exports, the county and its scores', () => {
    const { files } = first;
    expect(JSON.parse(read(files.model)).id).toBe('county-bank.household-scorecard');
    expect(read(files.sql)).toContain('FROM "credit"."county_households"');
    expect(read(files.pmml)).toContain('<Scorecard');
    const county = read(files.county).trimEnd().split('\n');
    expect(county[0]?.startsWith('householdId,core.headAge,')).toBe(true);
    expect(county[0]).not.toContain('bad'); // the new season's outcome is not known yet
    expect(county).toHaveLength(HOUSEHOLDS + 1);
    expect(read(files.scores).trimEnd().split('\n')).toHaveLength(HOUSEHOLDS + 1);
  });

  it('scores every household and asks for a line for each rated one', () => {
    const { scored, grades, lines } = first;
    expect(scored).toHaveLength(HOUSEHOLDS);
    expect(grades.map((g) => g.grade)).toEqual(['AAA', 'AA', 'A', 'unrated']);
    expect(grades.reduce((n, g) => n + g.households, 0)).toBe(HOUSEHOLDS);
    const rated = grades.filter((g) => g.grade !== 'unrated');
    expect(lines).toHaveLength(rated.reduce((n, g) => n + g.households, 0));
    expect(lines.every((l) => l.grade !== 'unrated')).toBe(true);
  });

  it('adds up the lines granted to the fen', () => {
    const { grades, lines, granted } = first;
    // The reference bank's caps are the lines asked for, so every rated household gets its grade's line.
    const expected = grades.reduce((sum, g) => sum + g.households * (REQUESTED_LINE_FEN[g.grade] ?? 0), 0);
    expect(granted).toEqual({ requested: lines.length, approved: lines.length, grantedFen: expected });
    expect(lines.reduce((sum, l) => sum + l.decision.approvedAmountFen, 0)).toBe(expected);
  });

  it('gives the same files and sums on every run', () => {
    for (const key of ['model', 'sql', 'pmml', 'county', 'scores'] as const) {
      expect(read(second.files[key])).toBe(read(first.files[key]));
    }
    expect(second.granted).toEqual(first.granted);
    const summary = (r: BankScoringResult) =>
      formatSummary(r, 'en').map((line) => line.replace(dirs[1] as string, dirs[0] as string));
    expect(summary(second)).toEqual(summary(first));
  });

  it('prints a summary of the season', () => {
    const lines = formatSummary(first, 'en');
    const { granted, grades } = first;
    expect(lines[0]).toBe('County-wide credit, 2027 season');
    expect(lines).toContain(`Scored 600 households: county.csv → scores.csv`);
    const aaa = grades[0]?.households ?? 0;
    expect(lines.some((l) => l.trim().startsWith('AAA') && l.includes(` ${aaa} households`))).toBe(true);
    expect(lines.at(-1)).toBe(
      `Credit lines: ${granted.requested} requested, ${granted.approved} approved, CN¥${(granted.grantedFen / 100).toLocaleString('en', { minimumFractionDigits: 2 })} granted in all`,
    );
    expect(formatSummary(first)[0]).toBe('整村授信 · 2027 年度');
  });
});
