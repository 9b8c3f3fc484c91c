import { describe, expect, it } from 'vitest';
import type { ScoredHousehold } from './readScores';
import type { CreditLineOutcome } from './requestCreditLines';
import { gradeCounts, grantedLines, mostCommonFirstReason } from './tallies';

const household = (grade: string, reasons: string[] = []): ScoredHousehold => ({
  householdId: `H-${grade}`,
  score: 0,
  grade,
  reasons,
});

describe('tallies of the season', () => {
  it('counts households per grade in the bands’ order, listing empty grades', () => {
    const scored = [household('A'), household('unrated'), household('A')];
    expect(gradeCounts(scored, ['AAA', 'AA', 'A', 'unrated'])).toEqual([
      { grade: 'AAA', households: 0 },
      { grade: 'AA', households: 0 },
      { grade: 'A', households: 2 },
      { grade: 'unrated', households: 1 },
    ]);
    expect(() => gradeCounts([household('B')], ['A'])).toThrow(/grade "B"/);
  });

  it('adds up the lines approved', () => {
    const outcome = (status: 'approved' | 'declined', approvedAmountFen: number): CreditLineOutcome => ({
      householdId: 'H',
      grade: 'A',
      requestedFen: 2_000_000,
      decision: {
        id: 'CL',
        requestId: 'CLR-2027-H',
        status,
        approvedAmountFen,
        decidedAt: '2027-01-15T01:00:00Z',
      },
    });
    expect(
      grantedLines([outcome('approved', 2_000_000), outcome('declined', 0), outcome('approved', 3)]),
    ).toEqual({
      requested: 3,
      approved: 2,
      grantedFen: 2_000_003,
    });
  });

  it('finds the most common first reason among the chosen grades', () => {
    const scored = [
      household('unrated', ['finance.onTimeShare', 'core.headAge']),
      household('unrated', ['core.headAge']),
      household('unrated', ['finance.onTimeShare']),
      household('A', ['core.headAge']),
      household('A', ['core.headAge']),
    ];
    expect(mostCommonFirstReason(scored, new Set(['unrated']))).toEqual({
      id: 'finance.onTimeShare',
      households: 2,
    });
    expect(mostCommonFirstReason(scored, new Set(['AAA']))).toBeUndefined();
  });
});
