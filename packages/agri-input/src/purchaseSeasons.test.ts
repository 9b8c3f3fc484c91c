import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgriInputPurchaseRecord } from './purchaseRecord';
import { countPurchaseSeasons, PURCHASE_SEASONS_LOOKBACK } from './purchaseSeasons';

const purchase = (date: string, over: Partial<AgriInputPurchaseRecord> = {}): AgriInputPurchaseRecord => ({
  id: `p-${date}`,
  memberId: 'm1',
  date,
  amountFen: 12_800,
  ...over,
});

// As of 2026-06-30 the six seasons are autumn 2023 to spring 2026: 2023-07-01 to 2026-06-30.
const PURCHASES = [
  purchase('2023-06-30'), // spring 2023: the seventh season back, outside
  purchase('2023-07-01'), // autumn 2023
  purchase('2024-03-10'), // spring 2024
  purchase('2024-05-01'), // spring 2024 again: one season
  purchase('2025-09-20', { productId: 'urea-46' }), // autumn 2025
  purchase('2026-06-30'), // spring 2026, on the as-of date
  purchase('2026-07-01'), // after the as-of date
  purchase('2025-03-01', { memberId: 'm2' }), // another member
];

describe('countPurchaseSeasons', () => {
  it('counts the seasons with a purchase among the six up to the as-of date', () => {
    expect(PURCHASE_SEASONS_LOOKBACK).toBe(6);
    expect(countPurchaseSeasons(PURCHASES, 'm1', '2026-06-30')).toBe(4);
    expect(countPurchaseSeasons(PURCHASES, 'm2', '2026-06-30')).toBe(1);
  });

  it('moves the six seasons at the turn of the half-year', () => {
    // As of 2026-07-01: spring 2024 to autumn 2026; autumn 2023 drops out, 2026-07-01 comes in.
    expect(countPurchaseSeasons(PURCHASES, 'm1', '2026-07-01')).toBe(4);
    // As of 2025-12-31: spring 2023 (2023-06-30 comes back in) to autumn 2025; 2026 is later.
    expect(countPurchaseSeasons(PURCHASES, 'm1', '2025-12-31')).toBe(4);
    expect(countPurchaseSeasons(PURCHASES, 'm1', '2023-12-31')).toBe(2);
  });

  it('reaches 6 with a purchase in every season', () => {
    const everySeason = ['2023-07-15', '2024-01-15', '2024-07-15', '2025-01-15', '2025-12-31', '2026-01-01'];
    expect(
      countPurchaseSeasons(
        everySeason.map((d) => purchase(d)),
        'm1',
        '2026-06-30',
      ),
    ).toBe(6);
  });

  it('is 0, not null, for a member who bought nothing: the shop was there', () => {
    expect(countPurchaseSeasons([], 'm1', '2026-06-30')).toBe(0);
    expect(countPurchaseSeasons(PURCHASES, 'm3', '2026-06-30')).toBe(0);
    expect(countPurchaseSeasons([purchase('2026-07-01')], 'm1', '2026-06-30')).toBe(0);
  });

  it('stays within 0 to 6 and ignores the order of the records', () => {
    const date = fc
      .date({
        min: new Date('2022-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), date, (dates, asOf) => {
        const purchases = dates.map((d, i) => purchase(d, { id: `p${i}` }));
        const count = countPurchaseSeasons(purchases, 'm1', asOf);
        expect(Number.isInteger(count) && count >= 0 && count <= 6).toBe(true);
        expect(countPurchaseSeasons([...purchases].reverse(), 'm1', asOf)).toBe(count);
      }),
    );
  });

  it.each([
    [
      'a zero amount',
      [purchase('2026-01-01', { amountFen: 0 })],
      'm1',
      '2026-06-30',
      ['purchases', 0, 'amountFen'],
    ],
    [
      'an amount in yuan',
      [purchase('2026-01-01', { amountFen: 128.5 })],
      'm1',
      '2026-06-30',
      ['purchases', 0, 'amountFen'],
    ],
    [
      'an empty product id',
      [purchase('2026-01-01', { productId: '' })],
      'm1',
      '2026-06-30',
      ['purchases', 0, 'productId'],
    ],
    ['a date that does not exist', [purchase('2026-02-30')], 'm1', '2026-06-30', ['purchases', 0, 'date']],
    ['an empty member id', [], '', '2026-06-30', ['memberId']],
    ['a bad as-of date', [], 'm1', '20260630', ['asOf']],
  ])('refuses %s with INVALID_INPUT', (_what, purchases, memberId, asOf, path) => {
    expect(() => countPurchaseSeasons(purchases as never, memberId, asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });
});
