import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectKthSmallest } from './select';

describe('selectKthSmallest', () => {
  it('property: agrees with sorting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (xs, at) => {
          const k = at % xs.length;
          const sorted = [...xs].sort((a, b) => a - b);
          expect(selectKthSmallest(Float64Array.from(xs), k)).toBe(sorted[k]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('stays correct on inputs that defeat median-of-three pivots', () => {
    const n = 5000;
    const organPipe = Float64Array.from({ length: n }, (_, i) => (i < n / 2 ? i : n - i));
    const sorted = [...organPipe].sort((a, b) => a - b);
    for (const k of [0, 1, n >> 1, n - 1]) expect(selectKthSmallest(organPipe.slice(), k)).toBe(sorted[k]);
  });
});
