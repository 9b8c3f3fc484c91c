import { describe, expect, it } from 'vitest';
import { errorOf, ids } from './__tests__/helpers';
import { assignAdditionalVotes } from './additionalVotes';
import { buildUnionVotingRoll } from './union';
import { buildVotingRoll, indexRoll, type VotingRoll } from './votingRoll';

describe('buildVotingRoll', () => {
  it('gives every member one basic vote and adds the additional votes', () => {
    const roll = buildVotingRoll(ids(5), { holders: [{ memberId: 'm3', additionalVotes: 1 }] });
    expect(roll).toEqual({
      kind: 'cooperative',
      members: [
        { memberId: 'm1', basicVotes: 1, additionalVotes: 0 },
        { memberId: 'm2', basicVotes: 1, additionalVotes: 0 },
        { memberId: 'm3', basicVotes: 1, additionalVotes: 1 },
        { memberId: 'm4', basicVotes: 1, additionalVotes: 0 },
        { memberId: 'm5', basicVotes: 1, additionalVotes: 0 },
      ],
      basicVotes: 5,
      additionalVotes: 1,
      totalVotes: 6,
    });
  });

  it('accepts member records and an assignment from assignAdditionalVotes as is', () => {
    const members = ids(10).map((memberId, i) => ({
      memberId,
      capital: i === 0 ? 500 : 0,
      transactionAmount: 0,
    }));
    const assignment = assignAdditionalVotes(members, { basis: 'capital', fenPerVote: 100 });
    const roll = buildVotingRoll(members, assignment);
    expect(roll.additionalVotes).toBe(2); // 5 raw, capped at ⌊10 × 20 %⌋ = 2
    expect(roll.totalVotes).toBe(12);
  });

  it('works without additional votes', () => {
    expect(buildVotingRoll(['a', 'b']).totalVotes).toBe(2);
  });

  it.each([
    [
      'a holder who is not a member',
      ids(10),
      { holders: [{ memberId: 'x', additionalVotes: 1 }] },
      'NOT_A_MEMBER',
      ['additional', 'holders', 0, 'memberId'],
    ],
    [
      'additional votes above 20 %',
      ids(10),
      { holders: [{ memberId: 'm1', additionalVotes: 3 }] },
      'VOTE_CAP_EXCEEDED',
      ['additional'],
    ],
    [
      'a holder listed twice',
      ids(10),
      {
        holders: [
          { memberId: 'm1', additionalVotes: 1 },
          { memberId: 'm1', additionalVotes: 1 },
        ],
      },
      'INVALID_INPUT',
      ['additional', 'holders', 1, 'memberId'],
    ],
    ['a member listed twice', ['a', 'b', 'a'], undefined, 'INVALID_INPUT', ['members', 2]],
    ['an empty roll', [], undefined, 'INVALID_INPUT', ['members']],
    ['an id with a space', ['a b'], undefined, 'INVALID_INPUT', ['members', 0]],
  ] as const)('refuses %s', (_label, members, additional, code, path) => {
    const error = errorOf(() =>
      buildVotingRoll(members as string[], additional as Parameters<typeof buildVotingRoll>[1]),
    );
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('accepts exactly 20 % additional votes', () => {
    expect(buildVotingRoll(ids(10), { holders: [{ memberId: 'm1', additionalVotes: 2 }] }).totalVotes).toBe(
      12,
    );
  });

  it('accepts ids outside ASCII (checked by the schema)', () => {
    expect(buildVotingRoll(['张三', '李四']).basicVotes).toBe(2);
  });
});

describe('a roll handed back in (indexRoll)', () => {
  const roll = buildVotingRoll(ids(10), { holders: [{ memberId: 'm2', additionalVotes: 2 }] });

  it('indexes members and their votes', () => {
    const indexed = indexRoll(roll, ['roll']);
    expect(indexed.index.get('m2')).toBe(1);
    expect(Array.from(indexed.votes)).toEqual([1, 3, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  const edited = (change: (r: { -readonly [K in keyof VotingRoll]: VotingRoll[K] }) => void): unknown => {
    const copy = structuredClone(roll) as { -readonly [K in keyof VotingRoll]: VotingRoll[K] };
    change(copy);
    return copy;
  };

  it.each([
    [
      'totals that do not add up',
      edited((r) => {
        r.totalVotes = 13;
      }),
      'INVALID_INPUT',
      ['roll', 'totalVotes'],
    ],
    [
      'additional votes above 20 % edited in',
      edited((r) => {
        (r.members[0] as { additionalVotes: number }).additionalVotes = 1;
        r.additionalVotes = 3;
        r.totalVotes = 13;
      }),
      'VOTE_CAP_EXCEEDED',
      ['roll', 'additionalVotes'],
    ],
    [
      'a member twice',
      edited((r) => {
        (r.members[9] as { memberId: string }).memberId = 'm1';
      }),
      'INVALID_INPUT',
      ['roll', 'members', 9, 'memberId'],
    ],
    [
      'two basic votes',
      edited((r) => {
        (r.members[0] as { basicVotes: number }).basicVotes = 2;
      }),
      'INVALID_INPUT',
      ['roll', 'members', 0, 'basicVotes'],
    ],
    [
      'an unknown key',
      edited((r) => {
        (r as unknown as { note: string }).note = 'x';
      }),
      'INVALID_INPUT',
      ['roll'],
    ],
  ] as const)('refuses %s', (_label, value, code, path) => {
    const error = errorOf(() => indexRoll(value, ['roll']));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('refuses a union roll with additional votes or fewer than 3 cooperatives', () => {
    const union = buildUnionVotingRoll(['a', 'b', 'c']);
    const withVote = structuredClone(union) as { -readonly [K in keyof VotingRoll]: VotingRoll[K] };
    (withVote.members[0] as { additionalVotes: number }).additionalVotes = 1;
    withVote.additionalVotes = 1;
    withVote.totalVotes = 4;
    expect(errorOf(() => indexRoll(withVote, ['roll'])).code).toBe('VOTE_CAP_EXCEEDED');

    const small = { ...union, members: union.members.slice(0, 2), basicVotes: 2, totalVotes: 2 };
    expect(errorOf(() => indexRoll(small, ['roll'])).code).toBe('FOUNDING_MEMBERS');
  });
});
