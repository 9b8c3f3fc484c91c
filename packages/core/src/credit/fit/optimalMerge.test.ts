import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MergeTrend, optimalMerge } from './optimalMerge';
import { binInformationValue, smoothedWoe } from './weightOfEvidence';

/** Every way to cut m pre-bins into contiguous bins, as boundary lists from 0 to m. */
function partitions(m: number): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 2 ** (m - 1); mask++) {
    const cuts = [0];
    for (let b = 1; b < m; b++) if (mask & (1 << (b - 1))) cuts.push(b);
    cuts.push(m);
    out.push(cuts);
  }
  return out;
}

describe('optimalMerge', () => {
  it('finds the partition of most information value that meets the constraints (brute force)', () => {
    const trends: MergeTrend[] = ['ascending', 'descending', 'peak', 'valley', 'none'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })), {
          minLength: 1,
          maxLength: 9,
        }),
        fc.constantFrom(...trends),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (pre, trend, maxBins, minCount, minEach, fixedFlags) => {
          const goods = Float64Array.from(pre, ([g]) => g);
          const bads = Float64Array.from(pre, ([, b]) => b);
          const G = goods.reduce((a, b) => a + b, 0) + 1;
          const B = bads.reduce((a, b) => a + b, 0) + 1;
          const m = pre.length;
          const fixed = Uint8Array.from(fixedFlags.slice(0, m + 1), (f, i) => (f && i > 0 && i < m ? 1 : 0));
          const c = {
            minCount,
            minEvents: minEach,
            minNonEvents: minEach,
            maxBins,
            trend,
            fixed,
            totalGoods: G,
            totalBads: B,
            pseudoCount: 0.5,
          };
          const ivOf = (cuts: number[]) => {
            let iv = 0;
            const rates: number[] = [];
            for (let k = 0; k + 1 < cuts.length; k++) {
              let g = 0;
              let b = 0;
              for (let p = cuts[k] as number; p < (cuts[k + 1] as number); p++) {
                g += goods[p] as number;
                b += bads[p] as number;
              }
              if (g + b < minCount || g < minEach || b < minEach) return null;
              for (let p = (cuts[k] as number) + 1; p < (cuts[k + 1] as number); p++)
                if (fixed[p]) return null;
              rates.push(b / (g + b));
              iv += binInformationValue(g, b, G, B, smoothedWoe(g, b, G, B, 0.5));
            }
            if (cuts.length - 1 > maxBins) return null;
            const steps = rates.slice(1).map((r, k) => Math.sign(r - (rates[k] as number)));
            if (trend === 'none') return iv;
            if (steps.includes(0)) return null;
            const rise = trend === 'ascending' || trend === 'peak' ? 1 : -1;
            if (trend === 'ascending' || trend === 'descending')
              return steps.every((s) => s === rise) ? iv : null;
            const turn = steps.indexOf(-rise);
            return turn < 0 || steps.slice(turn).every((s) => s === -rise) ? iv : null;
          };
          let best: number | null = null;
          for (const cuts of partitions(m)) {
            const iv = ivOf(cuts);
            if (iv !== null && (best === null || iv > best)) best = iv;
          }
          const found = optimalMerge(goods, bads, c);
          if (best === null) expect(found).toBeNull();
          else {
            expect(found).not.toBeNull();
            expect(ivOf(found as number[])).toBeCloseTo(best, 10);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
