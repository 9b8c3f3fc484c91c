import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumPurchasesInYear } from './purchaseAmount';
import type { AgriInputPurchaseRecord } from './purchaseRecord';

const purchase = (date: string, amountFen: number, memberId = 'm1'): AgriInputPurchaseRecord => ({
  id: `p-${date}-${memberId}`,
  memberId,
  date,
  amountFen,
});

describe('sumPurchasesInYear', () => {
  it('sums the twelve months that end on the as-of date', () => {
    const purchases = [
      purchase('2025-06-30', 1), // a year and a day before: outside
      purchase('2025-07-01', 10), // the first day
      purchase('2026-03-10', 100),
      purchase('2026-06-30', 1_000), // the as-of date
      purchase('2026-07-01', 10_000), // after
      purchase('2026-01-01', 100_000, 'm2'), // another member
    ];
    expect(sumPurchasesInYear(purchases, 'm1', '2026-06-30')).toBe(1_110);
    expect(sumPurchasesInYear(purchases, 'm2', '2026-06-30')).toBe(100_000);
    expect(sumPurchasesInYear(purchases, 'm3', '2026-06-30')).toBe(0);
  });

  it('counts from 1 March when the as-of date is 29 February', () => {
    const purchases = [purchase('2023-02-28', 1), purchase('2023-03-01', 10)];
    expect(sumPurchasesInYear(purchases, 'm1', '2024-02-29')).toBe(10);
  });

  it('never counts a purchase in two consecutive years', () => {
    const date = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 20 }), (dates) => {
        const purchases = dates.map((d, i) => ({ ...purchase(d, 1), id: `p${i}` }));
        const inWindow = (asOf: string) => sumPurchasesInYear(purchases, 'm1', asOf);
        const all = purchases.filter((p) => p.date > '2020-12-31' && p.date <= '2022-12-31').length;
        expect(inWindow('2021-12-31') + inWindow('2022-12-31')).toBe(all);
      }),
    );
  });

  it('refuses a bad record with its index', () => {
    expect(() => sumPurchasesInYear([purchase('2026-01-01', 0)], 'm1', '2026-06-30')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['purchases', 0, 'amountFen'] }),
    );
  });
});
