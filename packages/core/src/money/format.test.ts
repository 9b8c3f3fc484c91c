import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuanString, formatFen, yuanToFen } from './format';

describe('formatFen', () => {
  it('formats in zh-CN by default and in English on request', () => {
    expect(formatFen(123_456)).toBe('¥1,234.56');
    expect(formatFen(123_456, { locale: 'en' })).toBe('CN¥1,234.56');
    expect(formatFen(5, { style: 'decimal' })).toBe('0.05');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(formatFen(100, { locale: 'en', currencyDisplay: 'code' })).toMatch(/^CNY\s1\.00$/);
  });

  it('prints the largest safe amount to the fen', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER, { style: 'decimal' })).toBe('90,071,992,547,409.91');
  });

  it('rejects amounts that are not fen and unknown locales', () => {
    expect(() => formatFen(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => formatFen(1, { locale: 'fr' as 'en' })).toThrow(
      expect.objectContaining({ path: ['options', 'locale'] }),
    );
  });
});

describe('fenToYuanString / yuanToFen', () => {
  it('converts both ways exactly', () => {
    expect(fenToYuanString(123_456)).toBe('1234.56');
    expect(fenToYuanString(-5)).toBe('-0.05');
    expect(fenToYuanString(0)).toBe('0.00');
    expect(yuanToFen('1234.5')).toBe(123_450);
    expect(yuanToFen('-0.05')).toBe(-5);
    expect(yuanToFen('7')).toBe(700);
  });

  it('rejects yuan with more than two decimals rather than round silently', () => {
    expect(() => yuanToFen('1.005')).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['yuan'] }),
    );
    expect(() => yuanToFen('99999999999999.99')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('property: yuanToFen(fenToYuanString(x)) = x', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e15, max: 9e15 }), (fen) => {
        expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
      }),
      { numRuns: 1000 },
    );
  });
});
