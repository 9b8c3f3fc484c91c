import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import { type AdditionalVoteMember, type AdditionalVoteRule, assignAdditionalVotes } from './additionalVotes';

const RUNS = { numRuns: 1000 };

/** `count` members with no capital and no transactions: ids m1…mN. */
function plainMembers(count: number): AdditionalVoteMember[] {
  return Array.from({ length: count }, (_, i) => ({
    memberId: `m${i + 1}`,
    capital: 0,
    transactionAmount: 0,
  }));
}

/** Members of whom the first few have capital worth the given raw votes at 1 yuan a vote. */
function membersWithRaw(count: number, raw: readonly number[]): AdditionalVoteMember[] {
  return plainMembers(count).map((m, i) => ({ ...m, capital: (raw[i] ?? 0) * 100 }));
}

const perYuan: AdditionalVoteRule = { basis: 'capital', fenPerVote: 100 };

describe('assignAdditionalVotes: raw votes by the charter rule', () => {
  it.each([
    // [basis, capital, transaction, rule extras, expected raw votes]
    ['capital below one vote', 99, 0, {}, 0],
    ['capital exactly one vote', 100, 0, {}, 1],
    ['capital, floor of 2.99 votes', 299, 0, {}, 2],
    ['threshold counted first: 500 − 300 = 200', 500, 0, { threshold: 300 }, 2],
    ['below the threshold: none, never negative', 200, 0, { threshold: 300 }, 0],
    ['maxPerMember caps one member', 10_000, 0, { maxPerMember: 3 }, 3],
  ] as const)('%s', (_label, capital, transactionAmount, extras, expected) => {
    const members = [{ memberId: 'a', capital, transactionAmount }, ...plainMembers(99)];
    const result = assignAdditionalVotes(members, { ...perYuan, ...extras });
    expect(result.rawTotal).toBe(expected);
    expect(result.holders).toEqual(expected > 0 ? [{ memberId: 'a', additionalVotes: expected }] : []);
  });

  it('counts transaction amount for the transactionAmount basis and ignores capital', () => {
    const members = [{ memberId: 'a', capital: 1_000_000, transactionAmount: 250 }, ...plainMembers(99)];
    const result = assignAdditionalVotes(members, { basis: 'transactionAmount', fenPerVote: 100 });
    expect(result.holders).toEqual([{ memberId: 'a', additionalVotes: 2 }]);
  });

  it('weights a mixed basis exactly (0.1 + 0.2 is 0.3 here)', () => {
    // 1,000 × 0.1 + 1,000 × 0.2 = 300 exactly: 3 votes at 100 fen. Floats would give 2.9999….
    const members = [{ memberId: 'a', capital: 1_000, transactionAmount: 1_000 }, ...plainMembers(99)];
    const result = assignAdditionalVotes(members, {
      basis: 'mixed',
      fenPerVote: 100,
      capitalWeight: 0.1,
      transactionWeight: '0.2',
    });
    expect(result.holders).toEqual([{ memberId: 'a', additionalVotes: 3 }]);
  });

  it('lists holders in input order, only those with votes', () => {
    const result = assignAdditionalVotes(membersWithRaw(20, [0, 2, 0, 1]), perYuan);
    expect(result.holders).toEqual([
      { memberId: 'm2', additionalVotes: 2 },
      { memberId: 'm4', additionalVotes: 1 },
    ]);
  });
});

describe('assignAdditionalVotes: the 20 % cap (Art. 22)', () => {
  it.each([
    // [members, raw votes, expected total, scaled down]
    [10, [2], 2, false], // exactly 20 % of 10: accepted unchanged
    [10, [3], 2, true], // one over: scaled to the cap
    [100, [10, 10], 20, false], // exactly 20 %
    [100, [11, 10], 20, true], // one over
    [4, [1], 0, true], // ⌊4 × 20 %⌋ = 0: a tiny roll holds no additional vote
    [5, [1], 1, false],
  ])('%i members, raw %j → total %i', (count, raw, total, scaledDown) => {
    const result = assignAdditionalVotes(membersWithRaw(count, raw), perYuan);
    expect(result.basicVotes).toBe(count);
    expect(result.cap).toBe(Math.floor((count * 20) / 100));
    expect(result.total).toBe(total);
    expect(result.scaledDown).toBe(scaledDown);
  });

  it('accepts exactly 20 % unchanged and scales one over by largest remainder', () => {
    const exact = assignAdditionalVotes(membersWithRaw(50, [6, 3, 1]), perYuan);
    expect(exact.holders.map((h) => h.additionalVotes)).toEqual([6, 3, 1]);
    expect(exact.scaledDown).toBe(false);

    // raw 7, 3, 1 = 11 > cap 10: exact shares 6.36, 2.73, 0.91 → floors 6, 2, 0, then the two
    // largest remainders (0.91, 0.73) get one each.
    const over = assignAdditionalVotes(membersWithRaw(50, [7, 3, 1]), perYuan);
    expect(over).toEqual({
      basicVotes: 50,
      cap: 10,
      rawTotal: 11,
      total: 10,
      scaledDown: true,
      holders: [
        { memberId: 'm1', additionalVotes: 6 },
        { memberId: 'm2', additionalVotes: 3 },
        { memberId: 'm3', additionalVotes: 1 },
      ],
    });
  });

  it('lets a charter set a lower cap', () => {
    const result = assignAdditionalVotes(membersWithRaw(100, [20]), { ...perYuan, capPercent: 10 });
    expect(result.cap).toBe(10);
    expect(result.total).toBe(10);
  });

  it('refuses a cap above 20 % with VOTE_CAP_EXCEEDED', () => {
    const error = errorOf(() => assignAdditionalVotes(plainMembers(10), { ...perYuan, capPercent: 21 }));
    expect(error.code).toBe('VOTE_CAP_EXCEEDED');
    expect(error.path).toEqual(['rule', 'capPercent']);
  });

  it('property: total ≤ ⌊20 % of basic votes⌋, each holder ≤ raw, scaling within one vote of proportional', () => {
    const arbitrary = fc.record({
      members: fc.array(
        fc.record({
          capital: fc.oneof(fc.nat({ max: 10_000_000 }), fc.constant(0)),
          transactionAmount: fc.nat({ max: 50_000_000 }),
        }),
        { minLength: 1, maxLength: 80 },
      ),
      basis: fc.constantFrom('capital', 'transactionAmount', 'mixed'),
      fenPerVote: fc.integer({ min: 1, max: 2_000_000 }),
      threshold: fc.nat({ max: 1_000_000 }),
      capitalWeight: fc.constantFrom('0.5', '1', '0.25', '0'),
      transactionWeight: fc.constantFrom('0.1', '1', '0.3'),
      maxPerMember: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      capPercent: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitrary, (a) => {
        const members = a.members.map((m, i) => ({ memberId: `m${i}`, ...m }));
        const rule: AdditionalVoteRule = {
          basis: a.basis,
          fenPerVote: a.fenPerVote,
          threshold: a.threshold,
          ...(a.basis === 'mixed'
            ? { capitalWeight: a.capitalWeight, transactionWeight: a.transactionWeight }
            : {}),
          ...(a.maxPerMember === undefined ? {} : { maxPerMember: a.maxPerMember }),
          ...(a.capPercent === undefined ? {} : { capPercent: a.capPercent }),
        };
        const result = assignAdditionalVotes(members, rule);

        // Reference raw votes, computed independently with bigint in hundredths of a fen.
        const scaled = (value: string) => BigInt(Math.round(Number(value) * 100));
        const raw = members.map((m) => {
          const basis =
            a.basis === 'capital'
              ? BigInt(m.capital) * 100n
              : a.basis === 'transactionAmount'
                ? BigInt(m.transactionAmount) * 100n
                : BigInt(m.capital) * scaled(a.capitalWeight) +
                  BigInt(m.transactionAmount) * scaled(a.transactionWeight);
          const excess = basis - BigInt(a.threshold) * 100n;
          const votes = excess > 0n ? Number(excess / (BigInt(a.fenPerVote) * 100n)) : 0;
          return Math.min(votes, a.maxPerMember ?? Number.MAX_SAFE_INTEGER);
        });
        const rawTotal = raw.reduce((s, v) => s + v, 0);
        const cap = Math.floor((members.length * (a.capPercent ?? 20)) / 100);
        expect(result.rawTotal).toBe(rawTotal);
        expect(result.cap).toBe(cap);
        expect(result.total).toBeLessThanOrEqual(Math.floor((members.length * 20) / 100));
        expect(result.total).toBe(Math.min(rawTotal, cap));

        const granted = new Map(result.holders.map((h) => [h.memberId, h.additionalVotes]));
        members.forEach((m, i) => {
          const got = granted.get(m.memberId) ?? 0;
          const r = raw[i] as number;
          expect(got).toBeLessThanOrEqual(r);
          if (rawTotal <= cap) expect(got).toBe(r);
          // Largest remainder: |got − cap·r/Σr| < 1, checked exactly as |got·Σr − cap·r| < Σr.
          else expect(Math.abs(got * rawTotal - cap * r)).toBeLessThan(rawTotal);
        });
        expect(result.holders.every((h) => h.additionalVotes > 0)).toBe(true);
        if (rawTotal > cap) {
          // Largest remainder: every member rounded up has a remainder at least as large as
          // every member rounded down (remainders exact: cap·r mod Σr).
          const remainder = (r: number) => (cap * r) % rawTotal;
          const floorOf = (r: number) => Math.floor((cap * r) / rawTotal);
          const up = members.filter((m, i) => (granted.get(m.memberId) ?? 0) > floorOf(raw[i] as number));
          const down = members.filter(
            (m, i) =>
              (granted.get(m.memberId) ?? 0) === floorOf(raw[i] as number) && remainder(raw[i] as number) > 0,
          );
          const rawOf = (id: string) => raw[members.findIndex((m) => m.memberId === id)] as number;
          const minUp = Math.min(...up.map((m) => remainder(rawOf(m.memberId))));
          const maxDown = Math.max(...down.map((m) => remainder(rawOf(m.memberId))));
          expect(minUp >= maxDown).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

describe('assignAdditionalVotes: unions and bad input', () => {
  it('refuses any additional vote in a union (one cooperative one vote, Art. 60)', () => {
    const error = errorOf(() => assignAdditionalVotes(membersWithRaw(10, [1]), perYuan, { union: true }));
    expect(error.code).toBe('VOTE_CAP_EXCEEDED');
    expect(error.details).toMatchObject({ rawTotal: 1, cap: 0 });
  });

  it('returns no votes for a union whose rule grants none', () => {
    const result = assignAdditionalVotes(plainMembers(5), perYuan, { union: true });
    expect(result).toEqual({ basicVotes: 5, cap: 0, rawTotal: 0, total: 0, scaledDown: false, holders: [] });
  });

  it.each([
    [
      'a member listed twice',
      [...plainMembers(3), { memberId: 'm2', capital: 0, transactionAmount: 0 }],
      perYuan,
      ['members', 3, 'memberId'],
    ],
    [
      'negative capital',
      [{ memberId: 'a', capital: -1, transactionAmount: 0 }],
      perYuan,
      ['members', 0, 'capital'],
    ],
    [
      'fractional fen',
      [{ memberId: 'a', capital: 1.5, transactionAmount: 0 }],
      perYuan,
      ['members', 0, 'capital'],
    ],
    ['no members', [], perYuan, ['members']],
    ['zero fenPerVote', plainMembers(3), { basis: 'capital', fenPerVote: 0 }, ['rule', 'fenPerVote']],
    ['mixed without weights', plainMembers(3), { basis: 'mixed', fenPerVote: 1 }, ['rule', 'capitalWeight']],
    [
      'weights on a single basis',
      plainMembers(3),
      { basis: 'capital', fenPerVote: 1, capitalWeight: 1 },
      ['rule', 'capitalWeight'],
    ],
    [
      'mixed with both weights zero',
      plainMembers(3),
      { basis: 'mixed', fenPerVote: 1, capitalWeight: 0, transactionWeight: '0' },
      ['rule', 'capitalWeight'],
    ],
    ['an unknown rule key', plainMembers(3), { ...perYuan, cap: 20 }, ['rule']],
  ] as const)('refuses %s with INVALID_INPUT', (_label, members, rule, path) => {
    const error = errorOf(() =>
      assignAdditionalVotes(members as AdditionalVoteMember[], rule as unknown as AdditionalVoteRule),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });

  it('refuses raw votes beyond the safe integer range with AMOUNT_OVERFLOW', () => {
    const rich = { capital: Number.MAX_SAFE_INTEGER, transactionAmount: 0 };
    const members = [
      { memberId: 'a', ...rich },
      { memberId: 'b', ...rich },
    ];
    expect(errorOf(() => assignAdditionalVotes(members, { basis: 'capital', fenPerVote: 1 })).code).toBe(
      'AMOUNT_OVERFLOW',
    );
    expect(
      errorOf(() =>
        assignAdditionalVotes(members.slice(0, 1), {
          basis: 'mixed',
          fenPerVote: 1,
          capitalWeight: '1e10',
          transactionWeight: 0,
        }),
      ).code,
    ).toBe('AMOUNT_OVERFLOW');
  });

  it('masks an ID-number-shaped member id in the duplicate error', () => {
    const id = '11010519491231002X';
    const members = [
      { memberId: id, capital: 0, transactionAmount: 0 },
      { memberId: id, capital: 0, transactionAmount: 0 },
    ];
    const error = errorOf(() => assignAdditionalVotes(members, perYuan));
    expect(error.message).not.toContain(id);
    expect(JSON.stringify(error.details)).not.toContain(id);
  });
});
