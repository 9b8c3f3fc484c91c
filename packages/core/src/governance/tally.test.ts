import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf, ids } from './__tests__/helpers';
import type { Ballot, BallotChoice } from './ballot';
import type { MeetingCharter } from './meetingRules';
import type { ResolutionSubject } from './resolution';
import { ResolutionOutcomeSchema, type TallyInput, tallyResolution } from './tally';
import { buildUnionVotingRoll } from './union';
import { buildVotingRoll, type VotingRoll } from './votingRoll';

const ORDINARY: ResolutionSubject = { type: 'surplusDistribution', year: 2025 };
const SPECIAL: ResolutionSubject = { type: 'charterAmendment' };

/** 100 members, of whom m1 holds 5 and m2 holds 5 additional votes: 110 votes in all. */
const roll100 = buildVotingRoll(ids(100), {
  holders: [
    { memberId: 'm1', additionalVotes: 5 },
    { memberId: 'm2', additionalVotes: 5 },
  ],
});

/** Ballots: the first `forCount` ids vote for, the rest of `voters` against. */
function ballotsOf(voters: readonly string[], forCount: number, rest: BallotChoice = 'against'): Ballot[] {
  return voters.map((memberId, i) => ({ memberId, choice: i < forCount ? 'for' : rest }));
}

function tally(
  subject: ResolutionSubject,
  roll: VotingRoll,
  attendance: readonly string[],
  ballots: readonly Ballot[],
  charter?: MeetingCharter,
) {
  const input: TallyInput = {
    resolution: { id: 'r1', subject, meetingDate: '2026-03-15' },
    roll,
    attendance,
    ballots,
    ...(charter === undefined ? {} : { charter }),
  };
  return tallyResolution(input);
}

describe('tallyResolution: quorum (Art. 30)', () => {
  it.each([
    [67, true], // exactly 2/3 of 100 members (rounded up): 201 ≥ 200
    [66, false], // one under
  ])('%i of 100 members present → quorum met %s', (present, met) => {
    const attendance = ids(present);
    const outcome = tally(ORDINARY, roll100, attendance, ballotsOf(attendance, present));
    expect(outcome.quorum).toEqual({ members: 100, required: 67, present, met });
    expect(outcome.passed).toBe(met);
    expect(outcome.reasonCode).toBe(met ? 'passed' : 'quorumNotMet');
  });

  it('fails without quorum even when everyone present votes for (not an error)', () => {
    const outcome = tally(ORDINARY, roll100, ids(60), ballotsOf(ids(60), 60));
    expect(outcome.passed).toBe(false);
    expect(outcome.reason).toEqual({
      'zh-CN': '未通过：出席 60 人，未达到法定出席人数 67 人（成员总数 100 人的不少于2/3）',
      en: 'not passed: quorum not met, 60 present, 67 needed (at least 2/3 of 100 members)',
    });
  });
});

describe('tallyResolution: thresholds of ALL votes (Art. 30)', () => {
  // 110 votes in all. Voters m1 and m2 carry 6 votes each, the others 1.
  const everyone = ids(100);

  it.each([
    // [subject, members voting for (from m1), votesFor, passed]
    ['ordinary at exactly 1/2 fails', ORDINARY, 45, 55, false], // 12 + 43 = 55: 110 > 110 is false
    ['ordinary one vote over 1/2 passes', ORDINARY, 46, 56, true],
    [
      'election at exactly 1/2 fails',
      { type: 'election', office: 'chair', candidateId: 'm9' },
      45,
      55,
      false,
    ],
    ['election one over passes', { type: 'election', office: 'chair', candidateId: 'm9' }, 46, 56, true],
    ['special one vote under 2/3 fails', SPECIAL, 63, 73, false], // 73 × 3 = 219 < 220
    ['special at 2/3 passes', SPECIAL, 64, 74, true], // 74 × 3 = 222 ≥ 220: the fewest votes that reach it
  ] as const)('%s', (_label, subject, forCount, votesFor, passed) => {
    const outcome = tally(subject, roll100, everyone, ballotsOf(everyone, forCount));
    expect(outcome.votesFor).toBe(votesFor);
    expect(outcome.totalVotes).toBe(110);
    expect(outcome.passed).toBe(passed);
    expect(outcome.reasonCode).toBe(passed ? 'passed' : 'thresholdNotReached');
  });

  it('passes a special resolution at exactly 2/3 when the total divides by 3', () => {
    const roll = buildVotingRoll(ids(30)); // 30 votes: exactly 2/3 is 20
    expect(tally(SPECIAL, roll, ids(30), ballotsOf(ids(30), 20)).passed).toBe(true);
    expect(tally(SPECIAL, roll, ids(30), ballotsOf(ids(30), 19)).passed).toBe(false);
  });

  it('fails an ordinary resolution at exactly half of an even total and passes one more', () => {
    const roll = buildVotingRoll(ids(30));
    const half = tally(ORDINARY, roll, ids(30), ballotsOf(ids(30), 15));
    expect([half.passed, half.requiredVotes]).toEqual([false, 16]);
    expect(tally(ORDINARY, roll, ids(30), ballotsOf(ids(30), 16)).passed).toBe(true);
  });

  it('counts against all votes on the roll, not only those present', () => {
    // 70 present with 80 votes between them; 30 votes stay with the absent.
    const outcome = tally(ORDINARY, roll100, ids(70), ballotsOf(ids(70), 50));
    expect(outcome.votesFor).toBe(60); // 50 members, m1 and m2 with 6 each
    expect(outcome.votesAgainst).toBe(20);
    expect(outcome.notVoting).toBe(30);
    expect(outcome.passed).toBe(true); // 60 × 2 > 110
    const weaker = tally(ORDINARY, roll100, ids(70), ballotsOf(ids(70), 44));
    expect(weaker.votesFor).toBe(54); // 54 of the 80 present, yet 54 × 2 < 110
    expect(weaker.passed).toBe(false);
  });

  it('returns the whole outcome with the additional-vote holders announced (Art. 22)', () => {
    const attendance = ids(80);
    const ballots: Ballot[] = [
      ...ballotsOf(attendance.slice(0, 60), 60),
      ...ballotsOf(attendance.slice(60, 70), 0, 'against'),
      ...ballotsOf(attendance.slice(70, 75), 0, 'abstain'),
    ];
    expect(tally(ORDINARY, roll100, attendance, ballots)).toEqual({
      id: 'r1',
      subject: ORDINARY,
      kind: 'ordinary',
      passed: true,
      reasonCode: 'passed',
      reason: {
        'zh-CN': '通过：赞成 70 票，需 56 票（表决权总数 110 票的超过1/2）',
        en: 'passed: 70 votes for, 56 needed (more than 1/2 of all 110 votes)',
      },
      quorum: { members: 100, required: 67, present: 80, met: true },
      votesFor: 70,
      votesAgainst: 10,
      abstentions: 5,
      notVoting: 25,
      totalVotes: 110,
      requiredVotes: 56,
      threshold: { numerator: 1, denominator: 2, comparison: 'moreThan' },
      additionalVoteHolders: [
        { memberId: 'm1', additionalVotes: 5 },
        { memberId: 'm2', additionalVotes: 5 },
      ],
      decidedOn: '2026-03-15',
    });
  });

  it('returns an outcome its own schema accepts, so hosts can store and re-validate it', () => {
    const outcome = tally(SPECIAL, roll100, ids(90), ballotsOf(ids(90), 70));
    expect(ResolutionOutcomeSchema.parse(outcome)).toEqual(outcome);
  });

  it('applies a charter threshold above the law', () => {
    const charter = { ordinary: { numerator: 3, denominator: 5 } };
    const outcome = tally(ORDINARY, roll100, ids(100), ballotsOf(ids(100), 56), charter); // 66 votes
    expect(outcome.requiredVotes).toBe(66);
    expect(outcome.passed).toBe(true);
    expect(tally(ORDINARY, roll100, ids(100), ballotsOf(ids(100), 55), charter).passed).toBe(false);
  });

  it('property: passes exactly when quorate and votesFor meets the threshold of all votes', () => {
    const arbitrary = fc.integer({ min: 1, max: 60 }).chain((members) =>
      fc.record({
        members: fc.constant(members),
        additional: fc.array(fc.nat({ max: 3 }), { minLength: members, maxLength: members }),
        presence: fc.array(fc.boolean(), { minLength: members, maxLength: members }),
        choices: fc.array(fc.constantFrom<BallotChoice | 'none'>('for', 'against', 'abstain', 'none'), {
          minLength: members,
          maxLength: members,
        }),
        special: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(arbitrary, (a) => {
        const memberIds = ids(a.members);
        const cap = Math.floor((a.members * 20) / 100);
        let left = cap;
        const holders = a.additional
          .map((v, i) => {
            const granted = Math.min(v, left);
            left -= granted;
            return { memberId: memberIds[i] as string, additionalVotes: granted };
          })
          .filter((h) => h.additionalVotes > 0);
        const roll = buildVotingRoll(memberIds, { holders });
        const attendance = memberIds.filter((_, i) => a.presence[i]);
        const ballots = attendance.flatMap((memberId) => {
          const choice = a.choices[memberIds.indexOf(memberId)];
          return choice === undefined || choice === 'none' ? [] : [{ memberId, choice }];
        });
        const outcome = tally(a.special ? SPECIAL : ORDINARY, roll, attendance, ballots);
        const total = roll.totalVotes;
        const quorate = attendance.length * 3 >= a.members * 2;
        const reached = a.special ? outcome.votesFor * 3 >= total * 2 : outcome.votesFor * 2 > total;
        expect(outcome.quorum.met).toBe(quorate);
        expect(outcome.passed).toBe(quorate && reached);
        expect(outcome.votesFor + outcome.votesAgainst + outcome.abstentions + outcome.notVoting).toBe(total);
        expect(outcome.additionalVoteHolders).toEqual(holders);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tallyResolution: unions', () => {
  it('tallies one cooperative one vote with the same thresholds', () => {
    const roll = buildUnionVotingRoll(['a', 'b', 'c']);
    const outcome = tally({ type: 'merger' }, roll, ['a', 'b', 'c'], ballotsOf(['a', 'b', 'c'], 2));
    expect([outcome.passed, outcome.totalVotes, outcome.requiredVotes]).toEqual([true, 3, 2]);
    expect(outcome.additionalVoteHolders).toEqual([]);
  });
});

describe('tallyResolution: errors', () => {
  const attendance = ids(80);

  it.each([
    [
      'a ballot by a non-member',
      attendance,
      [
        { memberId: 'm1', choice: 'for' },
        { memberId: 'stranger', choice: 'for' },
      ],
      'NOT_A_MEMBER',
      ['ballots', 1, 'memberId'],
    ],
    [
      'a second ballot by one member',
      attendance,
      [
        { memberId: 'm1', choice: 'for' },
        { memberId: 'm2', choice: 'for' },
        { memberId: 'm1', choice: 'against' },
      ],
      'DUPLICATE_VOTE',
      ['ballots', 2, 'memberId'],
    ],
    [
      'a ballot by a member not present',
      attendance,
      [{ memberId: 'm99', choice: 'for' }],
      'MEETING_RULE',
      ['ballots', 0, 'memberId'],
    ],
    ['attendance naming a non-member', [...attendance, 'stranger'], [], 'NOT_A_MEMBER', ['attendance', 80]],
    ['a member present twice', [...attendance, 'm5'], [], 'INVALID_INPUT', ['attendance', 80]],
    ['an id that is no id', [...attendance, ''], [], 'INVALID_INPUT', ['attendance', 80]],
    [
      'an unknown choice',
      attendance,
      [{ memberId: 'm1', choice: 'yes' }],
      'INVALID_INPUT',
      ['ballots', 0, 'choice'],
    ],
    [
      'a ballot without a member',
      attendance,
      [{ choice: 'for' }],
      'INVALID_INPUT',
      ['ballots', 0, 'memberId'],
    ],
  ] as const)('refuses %s', (_label, present, ballots, code, path) => {
    const error = errorOf(() => tally(ORDINARY, roll100, present, ballots as unknown as Ballot[]));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('refuses a charter below the law with MEETING_RULE', () => {
    const error = errorOf(() =>
      tally(SPECIAL, roll100, attendance, [], {
        special: { numerator: 1, denominator: 2, comparison: 'moreThan' },
      }),
    );
    expect(error.code).toBe('MEETING_RULE');
    expect(error.path).toEqual(['charter', 'special']);
  });

  it('refuses a roll edited past the 20 % cap with VOTE_CAP_EXCEEDED', () => {
    const members = roll100.members.map((m, i) => (i === 3 ? { ...m, additionalVotes: 11 } : m));
    const edited = { ...roll100, members, additionalVotes: 21, totalVotes: 121 };
    const error = errorOf(() => tally(ORDINARY, edited, attendance, []));
    expect(error.code).toBe('VOTE_CAP_EXCEEDED');
    expect(error.path).toEqual(['roll', 'additionalVotes']);
  });

  it.each([
    ['a missing resolution', { roll: roll100, attendance: [], ballots: [] }, ['resolution']],
    [
      'an unknown key',
      {
        resolution: { id: 'r', subject: ORDINARY, meetingDate: '2026-01-01' },
        roll: roll100,
        attendance: [],
        ballots: [],
        quorum: 1,
      },
      [],
    ],
    [
      'a bad meeting date',
      {
        resolution: { id: 'r', subject: ORDINARY, meetingDate: '2026-02-30' },
        roll: roll100,
        attendance: [],
        ballots: [],
      },
      ['resolution', 'meetingDate'],
    ],
    ['not an object', 'tally please', []],
  ])('refuses %s with INVALID_INPUT', (_label, input, path) => {
    const error = errorOf(() => tallyResolution(input as unknown as TallyInput));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });

  it('masks ID-number-shaped member ids in errors', () => {
    const id = '11010519491231002X';
    const roll = buildVotingRoll([id, 'b', 'c']);
    const error = errorOf(() => tally(ORDINARY, roll, ['b', 'c'], [{ memberId: id, choice: 'for' }]));
    expect(error.code).toBe('MEETING_RULE');
    expect(error.message).toContain('1101**********002X');
    expect(JSON.stringify(error.toJSON())).not.toContain(id);
  });
});
