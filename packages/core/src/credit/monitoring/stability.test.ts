import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../__tests__/thrown';
import { categoricalStability } from './categoricalStability';
import { populationStabilityIndex, quantileEdges } from './populationStabilityIndex';

const repeat = (value: number, times: number): number[] => Array.from({ length: times }, () => value);

describe('populationStabilityIndex', () => {
  it('matches a PSI computed by hand (no empty bin, raw shares)', () => {
    // Bins (-∞,10) [10,20) [20,∞): expected 2/3/5 of 10, actual 4/3/3 of 10.
    const expected = [...repeat(5, 2), ...repeat(15, 3), ...repeat(25, 5)];
    const actual = [...repeat(5, 4), ...repeat(15, 3), ...repeat(25, 3)];
    const r = populationStabilityIndex({ expected, actual, bins: [10, 20] });
    const byHand = 0.2 * Math.log(2) + -0.2 * Math.log(0.6);
    expect(r.psi).toBeCloseTo(0.240795, 6);
    expect(r.psi).toBeCloseTo(byHand, 15);
    expect(r.verdict).toBe('watch');
    expect(r.smoothed).toBe(false);
    expect(r.bins.map((b) => b.label)).toEqual(['(-∞, 10)', '[10, 20)', '[20, +∞)']);
    expect(r.bins.map((b) => [b.expectedCount, b.actualCount])).toEqual([
      [2, 4],
      [3, 3],
      [5, 3],
    ]);
    expect(r.bins[1]?.contribution).toBe(0);
  });

  it('smooths every bin with 0.5 when one bin is empty', () => {
    // expected 4/0 of 4, actual 2/2 of 4 → shares 4.5/5, 0.5/5 against 2.5/5, 2.5/5.
    const r = populationStabilityIndex({ expected: [1, 1, 1, 1], actual: [1, 1, 9, 9], bins: [5] });
    const byHand = (0.5 - 0.9) * Math.log(0.5 / 0.9) + (0.5 - 0.1) * Math.log(5);
    expect(r.smoothed).toBe(true);
    expect(r.psi).toBeCloseTo(byHand, 15);
    expect(r.bins[1]?.expectedShare).toBeCloseTo(0.1, 15);
    expect(r.verdict).toBe('shift');
  });

  it('cuts quantile bins of the expected sample (10 by default), left-closed', () => {
    expect(quantileEdges([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 5)).toEqual([3, 5, 7, 9]);
    expect(quantileEdges([1, 1, 1, 2], 4)).toEqual([2]); // ties collapse; a cut at the minimum is dropped
    const x = Array.from({ length: 100 }, (_, i) => i);
    const r = populationStabilityIndex({ expected: x, actual: x });
    expect(r.bins).toHaveLength(10);
    expect(r.bins.every((b) => b.expectedCount === 10)).toBe(true);
    expect(r.bins[0]?.label).toBe('(-∞, 10)');
    expect(populationStabilityIndex({ expected: [3, 3, 3], actual: [1, 5] }).bins).toEqual([
      expect.objectContaining({ label: '(-∞, +∞)', expectedCount: 3, actualCount: 2, contribution: 0 }),
    ]);
  });

  it('boundaries: PSI exactly at watch is watch, exactly at shift still watch', () => {
    const input = {
      expected: [...repeat(0, 2), ...repeat(1, 3), ...repeat(2, 5)],
      actual: [...repeat(0, 4), ...repeat(1, 3), ...repeat(2, 3)],
      bins: [0.5, 1.5],
    };
    const p = populationStabilityIndex(input).psi;
    const verdict = (watch: number, shift: number) =>
      populationStabilityIndex({ ...input, thresholds: { watch, shift } }).verdict;
    expect(populationStabilityIndex(input).verdict).toBe('watch'); // 0.2408 under 0.10 / 0.25
    expect(verdict(p * 1.0001, 1)).toBe('stable');
    expect(verdict(p, 1)).toBe('watch');
    expect(verdict(0.01, p)).toBe('watch');
    expect(verdict(0.01, p * 0.9999)).toBe('shift');
    expect(verdict(p, p)).toBe('watch');
  });

  it.each([
    [{ expected: [], actual: [1] }, ['expected']],
    [{ expected: [1, Number.NaN], actual: [1] }, ['expected', 1]],
    [{ expected: [1], actual: [Number.POSITIVE_INFINITY] }, ['actual', 0]],
    [{ expected: [1], actual: [1], bins: 0 }, ['bins']],
    [{ expected: [1], actual: [1], bins: [2, 1] }, ['bins']],
    [{ expected: [1], actual: [1], pseudoCount: 0 }, ['pseudoCount']],
    [{ expected: [1], actual: [1], thresholds: { watch: 0.3, shift: 0.2 } }, ['thresholds', 'watch']],
    [{ expected: 'x', actual: [1] }, ['expected']],
  ])('refuses %j with a path', (input, path) => {
    const e = thrown(() => populationStabilityIndex(input as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(path);
  });

  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('PSI of a sample against itself is exactly 0 (property)', () => {
    fc.assert(
      fc.property(sample, fc.integer({ min: 1, max: 20 }), (x, bins) => {
        expect(populationStabilityIndex({ expected: x, actual: x, bins }).psi).toBe(0);
        expect(
          populationStabilityIndex({ expected: x, actual: Float64Array.from(x).reverse(), bins }).psi,
        ).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('PSI is never negative and is invariant under permutation of either sample (property)', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 20 }), (e, a, bins) => {
        const r = populationStabilityIndex({ expected: e, actual: a, bins });
        expect(r.psi).toBeGreaterThanOrEqual(0);
        expect(r.bins.every((b) => b.contribution >= 0)).toBe(true);
        const shuffled = populationStabilityIndex({
          expected: [...e].reverse(),
          actual: [...a].reverse(),
          bins,
        });
        expect(shuffled).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('categoricalStability', () => {
  it('counts a category present in only one sample (smoothed by hand)', () => {
    // a 2/1, b 2/1, c 0/2 → +0.5 each: 2.5,2.5,0.5 of 5.5 against 1.5,1.5,2.5 of 5.5.
    const r = categoricalStability({ expected: ['a', 'a', 'b', 'b'], actual: ['a', 'b', 'c', 'c'] });
    const byHand = 2 * (-1 / 5.5) * Math.log(1.5 / 2.5) + (2 / 5.5) * Math.log(2.5 / 0.5);
    expect(r.psi).toBeCloseTo(0.7710049, 6);
    expect(r.psi).toBeCloseTo(byHand, 14);
    expect(r.bins.map((b) => b.label)).toEqual(['a', 'b', 'c']);
    expect(r.verdict).toBe('shift');
  });

  it('gives 0 for the same distribution and refuses bad labels', () => {
    expect(categoricalStability({ expected: ['x', 'y'], actual: ['y', 'x', 'x', 'y'] }).psi).toBe(0);
    expect(thrown(() => categoricalStability({ expected: ['x', ''], actual: ['x'] })).path).toEqual([
      'expected',
      1,
    ]);
    expect(thrown(() => categoricalStability({ expected: ['x'], actual: [] })).path).toEqual(['actual']);
  });

  it('PSI ≥ 0, = 0 against itself, order-free (property)', () => {
    const labels = fc.array(fc.constantFrom('AAA', 'AA', 'A', 'NR', '村A', '村B'), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(labels, labels, (e, a) => {
        const r = categoricalStability({ expected: e, actual: a });
        expect(r.psi).toBeGreaterThanOrEqual(0);
        expect(categoricalStability({ expected: e, actual: [...e].reverse() }).psi).toBe(0);
        expect(categoricalStability({ expected: [...e].reverse(), actual: [...a].reverse() })).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});
