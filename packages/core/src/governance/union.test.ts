import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import { buildUnionVotingRoll } from './union';

describe('buildUnionVotingRoll (Arts. 56, 60)', () => {
  it('gives each member cooperative one vote and no additional votes', () => {
    expect(buildUnionVotingRoll(['coop-a', 'coop-b', 'coop-c'])).toEqual({
      kind: 'union',
      members: [
        { memberId: 'coop-a', basicVotes: 1, additionalVotes: 0 },
        { memberId: 'coop-b', basicVotes: 1, additionalVotes: 0 },
        { memberId: 'coop-c', basicVotes: 1, additionalVotes: 0 },
      ],
      basicVotes: 3,
      additionalVotes: 0,
      totalVotes: 3,
    });
  });

  it.each([
    ['two cooperatives', ['a', 'b'], 'FOUNDING_MEMBERS', ['cooperativeIds']],
    ['none', [], 'FOUNDING_MEMBERS', ['cooperativeIds']],
    ['a cooperative listed twice', ['a', 'b', 'a'], 'INVALID_INPUT', ['cooperativeIds', 2]],
    [
      'a sparse list',
      Object.assign(new Array<string>(4), { 1: 'a', 2: 'b', 3: 'c' }),
      'INVALID_INPUT',
      ['cooperativeIds', 0],
    ],
    ['not a list', 'a,b,c', 'INVALID_INPUT', ['cooperativeIds']],
  ])('refuses %s', (_label, cooperativeIds, code, path) => {
    const error = errorOf(() => buildUnionVotingRoll(cooperativeIds as string[]));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('returns a frozen roll', () => {
    expect(Object.isFrozen(buildUnionVotingRoll(['a', 'b', 'c']).members[0])).toBe(true);
  });
});
