import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

describe('parseDecimal', () => {
  it.each([
    ['42', 42],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['1e6', 1e6],
    ['2.5E-3', 0.0025],
    ['0', 0],
    ['007', 7],
    ['0.25', 0.25],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each([
    'abc',
    ' 42',
    '42 ',
    '0x2A',
    '0o17',
    '0b101',
    'Infinity',
    '-Infinity',
    '1e999',
    '1,000',
    '1_000',
    '.',
    '-',
    'e5',
    'NaN',
    '12abc',
    '\u00a042',
  ])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });

  it('takes exactly the finite decimals, as Number() reads them', () => {
    const texts = fc.oneof(
      fc.double({ noNaN: true }).map(String),
      fc.integer().map(String),
      fc.stringMatching(/^[+\- .0-9eExXoObB]{1,8}$/),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const x = parseDecimal(text);
        if (DECIMAL.test(text) && Number.isFinite(Number(text))) expect(x).toBe(Number(text));
        else expect(x).toBeNaN();
      }),
      { numRuns: 2000 },
    );
  });
});
