import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundKeepingRange } from './integerPoints';

/** Point options per characteristic, at least 1.5 apart so every extreme can move a point. */
const sheets = fc.array(
  fc
    .tuple(
      fc.double({ min: -80, max: 80, noNaN: true }),
      fc.array(fc.double({ min: 1.5, max: 30, noNaN: true }), { minLength: 1, maxLength: 8 }),
    )
    .map(([start, gaps]) => {
      const xs = [start];
      for (const g of gaps) xs.push((xs.at(-1) as number) + g);
      // Shuffle deterministically so the extremes are not always first and last.
      return Float64Array.from(
        xs
          .map((x, i) => [x, (i * 7) % xs.length] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([x]) => x),
      );
    }),
  { minLength: 1, maxLength: 25 },
);

describe('roundKeepingRange', () => {
  it('gives whole points, keeps every characteristic’s order, and keeps the score range', () => {
    fc.assert(
      fc.property(sheets, fc.double({ min: -300, max: 300, noNaN: true }), (options, base) => {
        const rounded = roundKeepingRange(options, base);
        let exactMax = base;
        let exactMin = base;
        let max = Math.round(base);
        let min = Math.round(base);
        options.forEach((xs, c) => {
          const r = rounded[c] as Float64Array;
          for (let j = 0; j < xs.length; j++) {
            expect(Number.isInteger(r[j])).toBe(true);
            expect(Math.abs((r[j] as number) - (xs[j] as number))).toBeLessThanOrEqual(1.5);
            for (let k = 0; k < xs.length; k++)
              if ((xs[j] as number) < (xs[k] as number)) expect(r[j]).toBeLessThanOrEqual(r[k] as number);
          }
          exactMax += Math.max(...xs);
          exactMin += Math.min(...xs);
          max += Math.max(...r);
          min += Math.min(...r);
        });
        expect(max === Math.round(exactMax)).toBe(true);
        expect(min === Math.round(exactMin)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
