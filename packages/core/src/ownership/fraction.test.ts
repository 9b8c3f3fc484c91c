import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from './__tests__/helpers';
import {
  addFraction,
  compareFraction,
  exactFraction,
  type FractionInput,
  fractionOf,
  fractionToNumber,
  numberBasisPoints,
  StakeSchema,
} from './fraction';

describe('exactFraction', () => {
  it.each<[string, FractionInput, bigint, bigint]>([
    ['basis points', { bp: 2500 }, 1n, 4n],
    ['a decimal number', 0.25, 1n, 4n],
    ['a decimal string', '0.25', 1n, 4n],
    ['a ratio', { numerator: 2, denominator: 8 }, 1n, 4n],
    ['zero', 0, 0n, 1n],
    ['zero basis points', { bp: 0 }, 0n, 1n],
    ['one', '1.000', 1n, 1n],
    ['all basis points', { bp: 10_000 }, 1n, 1n],
    ['an exponent', '2.5e-1', 1n, 4n],
    ['a third', { numerator: 1, denominator: 3 }, 1n, 3n],
    ['0.1 read as the decimal it prints as', 0.1, 1n, 10n],
    ['a long decimal', '0.3333333333333333333333', 3333333333333333333333n, 10_000_000_000_000_000_000_000n],
  ])('reads %s exactly', (_name, input, numerator, denominator) => {
    expect(exactFraction(input)).toEqual({ numerator, denominator });
  });

  it.each<[string, unknown, (string | number)[]]>([
    ['basis points above 10,000', { bp: 10_001 }, ['fraction', 'bp']],
    ['a decimal above 1', '1.0000000001', ['fraction']],
    ['a negative decimal', -0.0001, ['fraction']],
    ['a ratio above 1', { numerator: 3, denominator: 2 }, ['fraction']],
    ['a zero denominator', { numerator: 0, denominator: 0 }, ['fraction', 'denominator']],
    ['NaN', Number.NaN, ['fraction']],
    ['a percent sign', '25%', ['fraction']],
    ['a bare object', {}, ['fraction']],
  ])('refuses %s', (_name, input, path) => {
    expect(thrown(() => exactFraction(input as FractionInput))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('stakes must be above 0', () => {
    expect(StakeSchema.safeParse({ bp: 0 }).success).toBe(false);
    expect(StakeSchema.safeParse('0.000').success).toBe(false);
    expect(StakeSchema.safeParse('1e-30').success).toBe(true);
  });

  it('property: the three forms of a basis-point value agree, and add exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
        const forms = [{ bp: a }, a / 10_000, String(a / 10_000), { numerator: a, denominator: 10_000 }];
        for (const form of forms) expect(compareFraction(fractionOf(form), fractionOf({ bp: a }))).toBe(0);
        const sum = addFraction(fractionOf(a / 10_000), fractionOf({ numerator: b, denominator: 10_000 }));
        expect(compareFraction(sum, { n: BigInt(a + b), d: 10_000n })).toBe(0);
        expect(fractionToNumber(fractionOf({ bp: a }))).toBe(a / 10_000);
        expect(numberBasisPoints(a / 10_000)).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('turns huge fractions into the nearest double', () => {
    const third = { n: 10n ** 400n, d: 3n * 10n ** 400n };
    expect(fractionToNumber(third)).toBeCloseTo(1 / 3, 15);
    expect(fractionToNumber({ n: 1n, d: 10n ** 400n })).toBe(0);
  });
});
