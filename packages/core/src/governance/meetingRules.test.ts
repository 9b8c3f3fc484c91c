import { describe, expect, it } from 'vitest';
import { errorOf } from './__tests__/helpers';
import { resolveMeetingRules } from './meetingRules';
import { isAtLeastAsStrict, requiredCount, type Threshold } from './threshold';

const more = (numerator: number, denominator: number): Threshold => ({
  numerator,
  denominator,
  comparison: 'moreThan',
});
const least = (numerator: number, denominator: number): Threshold => ({
  numerator,
  denominator,
  comparison: 'atLeast',
});

describe('thresholds', () => {
  it.each([
    // [whole, threshold, required]
    [100, more(1, 2), 51],
    [101, more(1, 2), 51],
    [99, more(1, 2), 50],
    [100, least(2, 3), 67],
    [99, least(2, 3), 66],
    [3, least(2, 3), 2],
    [7, least(1, 1), 7],
    [0, least(2, 3), 0],
    [0, more(1, 2), 1],
  ])('%i with %j needs %i', (whole, threshold, required) => {
    expect(requiredCount(whole, threshold)).toBe(required);
  });

  it.each([
    [least(2, 3), least(2, 3), true],
    [more(2, 3), least(2, 3), true],
    [least(2, 3), more(2, 3), false],
    [least(51, 100), more(1, 2), true],
    [least(1, 2), more(1, 2), false],
    [least(4, 6), least(2, 3), true],
    [least(3, 5), least(2, 3), false],
  ])('%j is at least as strict as %j: %s', (a, b, expected) => {
    expect(isAtLeastAsStrict(a, b)).toBe(expected);
  });
});

describe('resolveMeetingRules', () => {
  it('returns the law by default (Art. 30)', () => {
    expect(resolveMeetingRules()).toEqual({
      quorum: least(2, 3),
      ordinary: more(1, 2),
      election: more(1, 2),
      special: least(2, 3),
    });
  });

  it('raises any part a charter raises', () => {
    const rules = resolveMeetingRules({
      quorum: { numerator: 3, denominator: 4 },
      election: { numerator: 3, denominator: 5 },
      special: { numerator: 3, denominator: 4 },
    });
    expect(rules.quorum).toEqual(least(3, 4));
    expect(rules.election).toEqual(least(3, 5));
    expect(rules.ordinary).toEqual(more(1, 2));
    expect(rules.special).toEqual(least(3, 4));
  });

  it('never lets a special resolution need less than an ordinary one', () => {
    expect(resolveMeetingRules({ ordinary: { numerator: 3, denominator: 4 } }).special).toEqual(least(3, 4));
  });

  it.each([
    ['quorum', { numerator: 3, denominator: 5 }],
    ['ordinary', { numerator: 1, denominator: 2 }], // "at least 1/2" lets a tie pass: below "more than 1/2"
    ['election', { numerator: 2, denominator: 5 }],
    ['special', { numerator: 1, denominator: 2, comparison: 'moreThan' }],
    ['special', { numerator: 13, denominator: 20 }],
  ] as const)('refuses a charter %s threshold below the law (%j)', (part, threshold) => {
    const error = errorOf(() => resolveMeetingRules({ [part]: threshold }));
    expect(error.code).toBe('MEETING_RULE');
    expect(error.path).toEqual(['charter', part]);
  });

  it.each([
    [{ special: { numerator: 4, denominator: 3 } }, ['charter', 'special', 'numerator']],
    [
      { special: { numerator: 1, denominator: 1, comparison: 'moreThan' } },
      ['charter', 'special', 'numerator'],
    ],
    [{ special: { numerator: 1, denominator: 0 } }, ['charter', 'special', 'denominator']],
    [{ special: { numerator: 0.5, denominator: 1 } }, ['charter', 'special', 'numerator']],
    [{ majority: { numerator: 1, denominator: 2 } }, ['charter']],
  ])('refuses a malformed charter %j with INVALID_INPUT', (charter, path) => {
    const error = errorOf(() => resolveMeetingRules(charter as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });
});
