import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../__tests__/thrown';
import { badRateByGrade } from './badRateByGrade';
import { discrimination } from './discrimination';

/** AUC by brute force over all good–bad pairs: the definition, O(n²). */
function pairwiseAuc(scores: readonly number[], bad: readonly boolean[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((g, i) => {
    if (bad[i]) return;
    scores.forEach((b, j) => {
      if (!bad[j]) return;
      pairs++;
      wins += g > b ? 1 : g === b ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('discrimination', () => {
  it('matches AUC, Gini and KS computed by hand, with a tie', () => {
    // goods 2, 3; bads 1, 2. Pairs: (2,1) 1, (2,2) ½, (3,1) 1, (3,2) 1 → 3.5 / 4.
    // Cumulative at 1: bads ½, goods 0 → ½; at 2: 1 vs ½ → ½; at 3: 1 vs 1 → 0.
    const r = discrimination({ scores: [1, 2, 2, 3], bad: [1, 1, 0, 0] });
    expect(r).toEqual({ count: 4, goods: 2, bads: 2, auc: 0.875, gini: 0.75, ks: 0.5, ksScore: 1 });
  });

  it.each([
    [[5, 5, 5, 5], [true, false, true, false], 0.5, 0],
    [[1, 2, 3, 4], [true, true, false, false], 1, 1],
    [[-0, 0], [true, false], 0.5, 0], // −0 and +0 are one score
    [[1, 2, 3, 4], [false, false, true, true], 0, 1], // reversed: KS is a distance, so still 1
    [[10, 20, 20, 30, 30, 40], [1, 0, 1, 0, 1, 0], 7 / 9, 1 / 3], // goods 20,30,40 win 1.5 + 2.5 + 3 of 9 pairs,
  ])('scores %j, bad %j → AUC %d, KS %d', (scores, bad, auc, ks) => {
    const r = discrimination({ scores, bad: bad as boolean[] });
    expect(discrimination({ scores: Float64Array.from(scores), bad: Uint8Array.from(bad, Number) })).toEqual(
      r,
    );
    expect(r.auc).toBeCloseTo(auc, 14);
    expect(r.ks).toBeCloseTo(ks, 14);
    expect(r.gini).toBeCloseTo(2 * auc - 1, 14);
  });

  it.each([
    [{ scores: [1, 2], bad: [0, 0] }, ['bad']],
    [{ scores: [1, 2], bad: [1] }, ['bad']],
    [{ scores: [1, Number.NaN], bad: [1, 0] }, ['scores', 1]],
    [{ scores: [1, 2], bad: [1, 2] }, ['bad', 1]],
    [{ scores: [], bad: [] }, ['scores']],
  ])('refuses %j', (input, path) => {
    const e = thrown(() => discrimination(input as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(path);
  });

  const labelled = fc
    .array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.boolean()), { minLength: 2, maxLength: 60 })
    .filter((xs) => xs.some(([, b]) => b) && xs.some(([, b]) => !b));

  it('AUC in [0, 1], equals the pairwise definition, AUC(s) + AUC(−s) = 1, order-free (property)', () => {
    fc.assert(
      fc.property(labelled, (xs) => {
        const scores = xs.map(([s]) => s);
        const bad = xs.map(([, b]) => b);
        const r = discrimination({ scores, bad });
        expect(r.auc).toBeGreaterThanOrEqual(0);
        expect(r.auc).toBeLessThanOrEqual(1);
        expect(r.ks).toBeGreaterThanOrEqual(0);
        expect(r.ks).toBeLessThanOrEqual(1);
        expect(r.auc).toBeCloseTo(pairwiseAuc(scores, bad), 12);
        const flipped = discrimination({ scores: Float64Array.from(scores, (s) => -s), bad });
        expect(r.auc + flipped.auc).toBeCloseTo(1, 14);
        const reversed = discrimination({ scores: [...scores].reverse(), bad: [...bad].reverse() });
        expect(reversed).toEqual(r);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('badRateByGrade', () => {
  it('counts bads per grade in the given order, with unobserved grades', () => {
    const r = badRateByGrade({
      grades: ['AAA', 'AA', 'AA', 'A', 'A', 'A', 'AAA'],
      bad: [false, false, true, true, false, true, false],
      gradeOrder: ['AAA', 'AA', 'A', 'NR'],
    });
    expect(r.grades).toEqual([
      { grade: 'AAA', count: 2, bads: 0, badRate: 0 },
      { grade: 'AA', count: 2, bads: 1, badRate: 0.5 },
      { grade: 'A', count: 3, bads: 2, badRate: 2 / 3 },
      { grade: 'NR', count: 0, bads: 0, badRate: null },
    ]);
    expect(r.total).toEqual({ grade: 'total', count: 7, bads: 3, badRate: 3 / 7 });
  });

  it('sorts grades in code-unit order without gradeOrder and refuses unlisted grades', () => {
    expect(badRateByGrade({ grades: ['B', 'A'], bad: [1, 0] }).grades.map((g) => g.grade)).toEqual([
      'A',
      'B',
    ]);
    expect(thrown(() => badRateByGrade({ grades: ['A', 'Z'], bad: [1, 0], gradeOrder: ['A'] })).path).toEqual(
      ['grades', 1],
    );
    expect(thrown(() => badRateByGrade({ grades: ['A'], bad: [1, 0] })).path).toEqual(['bad']);
    expect(thrown(() => badRateByGrade({ grades: ['A'], bad: [1], gradeOrder: ['A', 'A'] })).path).toEqual([
      'gradeOrder',
    ]);
  });

  it('bads sum to the total and no rate leaves [0, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('AAA', 'AA', 'A'), fc.boolean()), { minLength: 1, maxLength: 50 }),
        (xs) => {
          const r = badRateByGrade({ grades: xs.map(([g]) => g), bad: xs.map(([, b]) => b) });
          expect(r.grades.reduce((s, g) => s + g.bads, 0)).toBe(r.total.bads);
          expect(r.grades.reduce((s, g) => s + g.count, 0)).toBe(xs.length);
          for (const g of r.grades)
            expect(g.badRate === null || (g.badRate >= 0 && g.badRate <= 1)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
