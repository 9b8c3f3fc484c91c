import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByShare } from './orderShares';

describe('orderByShare', () => {
  it('property: the radix sort orders as the comparison sort does (share descending, then rank)', () => {
    const share = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(0, 1, 0.5, 0.25, Number.MIN_VALUE, 1e-300),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(share, fc.nat({ max: 200_000 })), { maxLength: 60 }), (rows) => {
        const items = Int32Array.from(rows.keys());
        const shareOf = (i: number): number => (rows[i] as [number, number])[0];
        const rankOf = (i: number): number => (rows[i] as [number, number])[1] * rows.length + i;
        const radix = orderByShare(items.slice(), shareOf, rankOf, 0);
        const expected = [...items].sort((a, b) => shareOf(b) - shareOf(a) || rankOf(a) - rankOf(b));
        expect([...radix]).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts a list long enough for the radix path by default', () => {
    const n = 5000;
    const items = Int32Array.from({ length: n }, (_, i) => i);
    const shareOf = (i: number): number => ((i * 7919) % 1000) / 1000;
    const sorted = orderByShare(items, shareOf, (i) => i);
    for (let k = 1; k < n; k++) {
      const a = sorted[k - 1] as number;
      const b = sorted[k] as number;
      expect(shareOf(a) > shareOf(b) || (shareOf(a) === shareOf(b) && a < b)).toBe(true);
    }
  });
});
