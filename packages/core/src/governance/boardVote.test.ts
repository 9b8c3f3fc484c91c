import { describe, expect, it } from 'vitest';
import { errorOf, ids } from './__tests__/helpers';
import type { Ballot } from './ballot';
import { tallyBoardVote } from './boardVote';

const board = ids(5, 'd');
const forBy = (count: number): Ballot[] =>
  board.slice(0, count).map((memberId) => ({ memberId, choice: 'for' }));

describe('tallyBoardVote (Art. 33: one person one vote)', () => {
  it.each([
    // [board size, votes for, passed, required]
    [5, 3, true, 3],
    [5, 2, false, 3],
    [4, 2, false, 3], // exactly half of all board members is not more than half
    [4, 3, true, 3],
    [1, 1, true, 1],
  ])('%i members, %i for → %s', (size, votesFor, passed, required) => {
    const members = ids(size, 'd');
    const ballots: Ballot[] = members.slice(0, votesFor).map((memberId) => ({ memberId, choice: 'for' }));
    const outcome = tallyBoardVote(members, ballots);
    expect([outcome.passed, outcome.requiredVotes, outcome.boardSize]).toEqual([passed, required, size]);
  });

  it('counts against all board members, not those voting', () => {
    // 2 for, 0 against, 3 absent: a unanimous vote of those present still fails.
    const outcome = tallyBoardVote(board, forBy(2));
    expect(outcome).toEqual({
      passed: false,
      reason: {
        'zh-CN': '未通过：赞成 2 人，需 3 人（全体 5 人的超过1/2）',
        en: 'not passed: 2 for, 3 needed (more than 1/2 of all 5 members)',
      },
      boardSize: 5,
      votesFor: 2,
      votesAgainst: 0,
      abstentions: 0,
      notVoting: 3,
      requiredVotes: 3,
      threshold: { numerator: 1, denominator: 2, comparison: 'moreThan' },
    });
  });

  it('counts against and abstentions', () => {
    const outcome = tallyBoardVote(board, [
      ...forBy(3),
      { memberId: 'd4', choice: 'against' },
      { memberId: 'd5', choice: 'abstain' },
    ]);
    expect([outcome.votesFor, outcome.votesAgainst, outcome.abstentions, outcome.notVoting]).toEqual([
      3, 1, 1, 0,
    ]);
  });

  it('applies a charter threshold above more than half', () => {
    expect(tallyBoardVote(board, forBy(3), { numerator: 2, denominator: 3 }).passed).toBe(false);
    expect(tallyBoardVote(board, forBy(4), { numerator: 2, denominator: 3 }).passed).toBe(true);
  });

  it.each([
    [
      'a ballot by someone not on the board',
      board,
      [{ memberId: 'x', choice: 'for' }],
      undefined,
      'NOT_A_MEMBER',
      ['ballots', 0, 'memberId'],
    ],
    [
      'a second ballot',
      board,
      [...forBy(1), { memberId: 'd1', choice: 'against' }],
      undefined,
      'DUPLICATE_VOTE',
      ['ballots', 1, 'memberId'],
    ],
    [
      'a threshold below more than half',
      board,
      [],
      { numerator: 1, denominator: 2 },
      'MEETING_RULE',
      ['threshold'],
    ],
    ['a board member listed twice', ['d1', 'd1'], [], undefined, 'INVALID_INPUT', ['boardMemberIds', 1]],
    ['an empty board', [], [], undefined, 'INVALID_INPUT', ['boardMemberIds']],
  ] as const)('refuses %s', (_label, members, ballots, threshold, code, path) => {
    const error = errorOf(() => tallyBoardVote(members, ballots as unknown as Ballot[], threshold));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});
