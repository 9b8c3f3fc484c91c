import { describe, expect, it } from 'vitest';
import { errorOf, ids } from './__tests__/helpers';
import { checkRepresentativeAssembly, planRepresentativeAssembly } from './representativeAssembly';

describe('planRepresentativeAssembly (Art. 32)', () => {
  it.each([
    [150, false, null], // not above 150
    [151, true, 51], // the first size allowed, at the floor of 51
    [510, true, 51], // 10 % = 51
    [511, true, 52], // ⌈51.1⌉
    [1_000, true, 100],
    [1_001, true, 101],
    [20_000, true, 2_000],
  ])('%i members → allowed %s, at least %s representatives', (members, allowed, minimum) => {
    const plan = planRepresentativeAssembly(members);
    expect([plan.allowed, plan.minimumRepresentatives]).toEqual([allowed, minimum]);
  });

  it('explains itself in both locales', () => {
    expect(planRepresentativeAssembly(200).reason).toEqual({
      'zh-CN': '成员 200 人，可以设立成员代表大会，成员代表不少于 51 人',
      en: '200 members: a representative assembly is allowed with at least 51 representatives',
    });
  });

  it('never allows one for a union (Art. 59)', () => {
    expect(planRepresentativeAssembly(1_000, { union: true })).toMatchObject({
      allowed: false,
      minimumRepresentatives: null,
    });
  });
});

describe('checkRepresentativeAssembly', () => {
  it('accepts exactly the minimum', () => {
    expect(checkRepresentativeAssembly(151, ids(51)).representatives).toBe(51);
    expect(checkRepresentativeAssembly(1_001, ids(101)).representatives).toBe(101);
  });

  it.each([
    ['150 members', 150, ids(51), {}, 'MEETING_RULE', ['memberCount']],
    ['one representative too few', 151, ids(50), {}, 'MEETING_RULE', ['representativeIds']],
    ['one too few above 510 members', 1_001, ids(100), {}, 'MEETING_RULE', ['representativeIds']],
    ['a union', 1_000, ids(100), { union: true }, 'MEETING_RULE', ['options', 'union']],
    [
      'a representative listed twice',
      200,
      [...ids(51), 'm1'],
      {},
      'INVALID_INPUT',
      ['representativeIds', 51],
    ],
    ['more representatives than members', 160, ids(161), {}, 'INVALID_INPUT', ['representativeIds']],
    ['a fractional member count', 200.5, ids(51), {}, 'INVALID_INPUT', ['memberCount']],
  ] as const)('refuses %s', (_label, members, representatives, options, code, path) => {
    const error = errorOf(() => checkRepresentativeAssembly(members, representatives, options));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});
