import { describe, expect, it } from 'vitest';
import { hezuoFormatters } from './useHezuoFormat';

describe('hezuoFormatters', () => {
  it('formats money, numbers, shares and dates per locale', () => {
    const zh = hezuoFormatters('zh-CN');
    const en = hezuoFormatters('en');
    expect([zh.fen(123456), en.fen(123456)]).toEqual(['¥1,234.56', 'CN¥1,234.56']);
    expect([zh.number(1234.567), zh.number(2.5, 0)]).toEqual(['1,234.57', '3']);
    expect(en.percent(0.083)).toBe('8.3%');
    expect([zh.date('2026-11-29'), en.date('2026-11-29')]).toEqual(['2026年11月29日', 'November 29, 2026']);
  });

  it('refuses a date that does not exist and an amount that is not fen', () => {
    expect(() => hezuoFormatters('en').date('2023-02-29')).toThrow(
      expect.objectContaining({ path: ['date'] }),
    );
    expect(() => hezuoFormatters('en').fen(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});
