import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import { checkQuorum } from './quorum';

describe('checkQuorum (Art. 30: at least 2/3 of members present)', () => {
  it.each([
    // [members, present, met, required]
    [3, 2, true, 2], // exactly 2/3
    [3, 1, false, 2],
    [100, 67, true, 67], // 201 ≥ 200
    [100, 66, false, 67], // one under: 198 < 200
    [99, 66, true, 66], // exactly 2/3
    [99, 65, false, 66],
    [150, 100, true, 100],
    [150, 99, false, 100],
    [1, 1, true, 1],
    [1, 0, false, 1],
  ])('%i members, %i present → met %s (required %i)', (members, present, met, required) => {
    expect(checkQuorum(members, present)).toEqual({
      members,
      present,
      required,
      met,
      threshold: { numerator: 2, denominator: 3, comparison: 'atLeast' },
    });
  });

  it('property: met exactly when present × 3 ≥ members × 2', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }).chain((m) => fc.tuple(fc.constant(m), fc.nat({ max: m }))),
        ([members, present]) => {
          const check = checkQuorum(members, present);
          expect(check.met).toBe(present * 3 >= members * 2);
          expect(check.required * 3 >= members * 2 && (check.required - 1) * 3 < members * 2).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('lets a charter raise the quorum', () => {
    const charter = { quorum: { numerator: 3, denominator: 4 } };
    expect(checkQuorum(100, 74, charter).met).toBe(false);
    expect(checkQuorum(100, 75, charter).met).toBe(true);
    expect(
      checkQuorum(100, 75, { quorum: { numerator: 3, denominator: 4, comparison: 'moreThan' } }).met,
    ).toBe(false);
  });

  it.each([
    [
      'a charter quorum below 2/3',
      10,
      9,
      { quorum: { numerator: 1, denominator: 2 } },
      'MEETING_RULE',
      ['charter', 'quorum'],
    ],
    ['more present than members', 10, 11, undefined, 'INVALID_INPUT', ['presentCount']],
    ['no members', 0, 0, undefined, 'INVALID_INPUT', ['memberCount']],
    ['a fractional count', 10, 6.5, undefined, 'INVALID_INPUT', ['presentCount']],
    ['NaN', Number.NaN, 1, undefined, 'INVALID_INPUT', ['memberCount']],
  ] as const)('refuses %s', (_label, members, present, charter, code, path) => {
    const error = errorOf(() => checkQuorum(members, present, charter));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });
});
