import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { INDICATOR_MODEL, LOGISTIC_MODEL } from '../scoring/__tests__/fixtures';
import { modelHash } from './modelHash';
import { scaleLogisticPoints } from './scaleLogisticPoints';
import { type ScorecardModelInput, ScorecardModelSchema } from './scorecardModel';

type Bins = { lower: number | null; upper: number | null; points: number }[];

function withAgeBins(bins: Bins): ScorecardModelInput {
  return {
    ...INDICATOR_MODEL,
    characteristics: INDICATOR_MODEL.characteristics.map((c) =>
      c.id === 'age' && c.type === 'numeric' ? { ...c, bins } : c,
    ),
  };
}

function failure(model: unknown): string {
  try {
    modelHash(model as ScorecardModelInput);
  } catch (error) {
    if (isHezuoError(error) && error.code === 'INVALID_INPUT') return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('ScorecardModelSchema', () => {
  it('accepts the example models', () => {
    expect(ScorecardModelSchema.safeParse(INDICATOR_MODEL).success).toBe(true);
    expect(ScorecardModelSchema.safeParse(LOGISTIC_MODEL).success).toBe(true);
  });

  it.each<[string, Bins, string]>([
    [
      'overlap',
      [
        { lower: null, upper: 30, points: 1 },
        { lower: 25, upper: null, points: 2 },
      ],
      'overlap',
    ],
    [
      'gap',
      [
        { lower: null, upper: 25, points: 1 },
        { lower: 30, upper: null, points: 2 },
      ],
      'gap',
    ],
    [
      'unordered',
      [
        { lower: null, upper: 30, points: 1 },
        { lower: 30, upper: 20, points: 1 },
        { lower: 20, upper: null, points: 2 },
      ],
      'unordered',
    ],
    [
      'open start',
      [
        { lower: 0, upper: 30, points: 1 },
        { lower: 30, upper: null, points: 2 },
      ],
      '-Infinity',
    ],
    [
      'open end',
      [
        { lower: null, upper: 30, points: 1 },
        { lower: 30, upper: 40, points: 2 },
      ],
      '+Infinity',
    ],
    [
      'infinity inside',
      [
        { lower: null, upper: null, points: 1 },
        { lower: 30, upper: null, points: 2 },
      ],
      'unordered',
    ],
  ])('refuses %s bins, naming the characteristic', (_, bins, word) => {
    const message = failure(withAgeBins(bins));
    expect(message).toContain('characteristic "age"');
    expect(message).toContain(word);
  });

  it('accepts one bin covering the whole line', () => {
    expect(() => modelHash(withAgeBins([{ lower: null, upper: null, points: 3 }]))).not.toThrow();
  });

  it.each<[string, unknown, string]>([
    [
      'unknown characteristic in reasons',
      { ...INDICATOR_MODEL, reasons: { exclude: ['nope'] } },
      'unknown characteristic "nope"',
    ],
    [
      'a category in two groups',
      {
        ...INDICATOR_MODEL,
        characteristics: INDICATOR_MODEL.characteristics.map((c) =>
          c.type === 'categorical' ? { ...c, bins: [...c.bins, { values: ['east'], points: 1 }] } : c,
        ),
      },
      'value "east" is in bins 0 and 2',
    ],
    [
      'a policy naming no bin',
      withAgeBins([{ lower: null, upper: null, points: 3 }]) && {
        ...INDICATOR_MODEL,
        characteristics: INDICATOR_MODEL.characteristics.map((c) =>
          c.id === 'areaMu' ? { ...c, missing: { bin: 9 } } : c,
        ),
      },
      'bin 9',
    ],
    [
      'a duplicate id',
      {
        ...INDICATOR_MODEL,
        characteristics: [...INDICATOR_MODEL.characteristics, INDICATOR_MODEL.characteristics[0]],
      },
      'appears twice',
    ],
    ['NaN points', withAgeBins([{ lower: null, upper: null, points: Number.NaN }]), 'expected number'],
    [
      'a grade band gap',
      { ...INDICATOR_MODEL, gradeBands: [{ grade: 'A', label: { 'zh-CN': 'A', en: 'A' }, minScore: 60 }] },
      'minScore null',
    ],
    ['logistic without scaling', { ...LOGISTIC_MODEL, logistic: undefined }, 'scaling'],
    [
      'logistic without woe',
      { ...INDICATOR_MODEL, kind: 'logistic', logistic: LOGISTIC_MODEL.logistic },
      'coefficient',
    ],
    ['an unknown spec version', { ...INDICATOR_MODEL, specVersion: 2 }, 'specVersion'],
  ])('refuses %s', (_, model, text) => {
    expect(failure(model)).toContain(text);
  });
});

describe('modelHash', () => {
  it('is 64 hex digits, stable under key order, and changes with content', () => {
    const h = modelHash(INDICATOR_MODEL);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(INDICATOR_MODEL).reverse()) as ScorecardModelInput;
    expect(modelHash(reordered)).toBe(h);
    expect(modelHash({ ...INDICATOR_MODEL, version: '1.0.1' })).not.toBe(h);
  });

  it('hashes a written default the same as a left-out one', () => {
    const explicit = {
      ...LOGISTIC_MODEL,
      gradeBands: LOGISTIC_MODEL.gradeBands.map((b) => ({ ...b, rated: b.rated ?? true })),
    };
    expect(modelHash(explicit)).toBe(modelHash(LOGISTIC_MODEL));
  });
});

describe('scaleLogisticPoints', () => {
  it('refuses an indicator model', () => {
    expect(() => scaleLogisticPoints(INDICATOR_MODEL)).toThrow(/only a logistic model/);
  });

  it('refuses scaling that overflows', () => {
    const huge = {
      ...LOGISTIC_MODEL,
      characteristics: LOGISTIC_MODEL.characteristics.map((c) => ({ ...c, coefficient: 1e308 })),
    };
    expect(() => scaleLogisticPoints(huge)).toThrow(/received Infinity/);
  });
});
