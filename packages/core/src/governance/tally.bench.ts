import { bench, describe } from 'vitest';
import { assignAdditionalVotes } from './additionalVotes';
import type { Ballot, BallotChoice } from './ballot';
import { tallyResolution } from './tally';
import { buildVotingRoll } from './votingRoll';

/** A deterministic pseudo-random sequence (LCG), so every run measures the same meeting. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 8; // the low bits of an LCG repeat with short periods
  };
}

const N = 100_000;
const HOLDERS = 2_000;
const next = lcg(20260315);

// About 2,000 members hold capital above the threshold; the rest hold small amounts.
const members = Array.from({ length: N }, (_, i) => ({
  memberId: `m${String(i + 1).padStart(6, '0')}`,
  capital: i % (N / HOLDERS) === 0 ? 600_000 + (next() % 1_800_000) : next() % 100_000,
  transactionAmount: next() % 5_000_000,
}));
const assignment = assignAdditionalVotes(members, {
  basis: 'capital',
  fenPerVote: 100_000,
  threshold: 500_000,
});
const roll = buildVotingRoll(members, assignment);

// 90 % attendance; everyone present votes, 60 % for, 30 % against, 10 % abstain.
const attendance: string[] = [];
const ballots: Ballot[] = [];
for (const m of members) {
  if (next() % 10 === 0) continue;
  attendance.push(m.memberId);
  const r = next() % 10;
  const choice: BallotChoice = r < 6 ? 'for' : r < 9 ? 'against' : 'abstain';
  ballots.push({ memberId: m.memberId, choice });
}

/** A seeded Fisher-Yates shuffle. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
// Ballots in the order they were cast, as read from storage: copied so that they lie in memory in
// list order, as freshly parsed data does.
const shuffledAttendance = structuredClone(shuffled(attendance));
const shuffledBallots = structuredClone(shuffled(ballots));

const resolution = {
  id: 'r-2026-03',
  subject: { type: 'surplusDistribution', year: 2025 },
  meetingDate: '2026-03-15',
} as const;
// The same roll read back from storage: plain data, so it is checked and indexed in full.
const storedRoll = structuredClone(roll);

describe(`tally a member meeting of ${N.toLocaleString('en')} members, ${assignment.holders.length.toLocaleString('en')} with additional votes, ${attendance.length.toLocaleString('en')} present`, () => {
  bench('tallyResolution, roll read back from storage (full check and index)', () => {
    tallyResolution({ resolution, roll: storedRoll, attendance, ballots });
  });
  bench('tallyResolution, roll from buildVotingRoll (checked when built)', () => {
    tallyResolution({ resolution, roll, attendance, ballots });
  });
  bench('tallyResolution, ballots in random order (every id hashed)', () => {
    tallyResolution({
      resolution,
      roll: storedRoll,
      attendance: shuffledAttendance,
      ballots: shuffledBallots,
    });
  });
  bench('buildVotingRoll (setup, for comparison)', () => {
    buildVotingRoll(members, assignment);
  });
  bench('assignAdditionalVotes (setup, for comparison)', () => {
    assignAdditionalVotes(members, { basis: 'capital', fenPerVote: 100_000, threshold: 500_000 });
  });
});
