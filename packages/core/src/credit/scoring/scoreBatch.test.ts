import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { INDICATOR_MODEL } from './__tests__/fixtures';
import { scoreColumns, scoreRows } from './batch';
import { compileModel } from './compileModel';
import { score } from './score';
import { scoreBatch } from './scoreBatch';

const compiled = compileModel(INDICATOR_MODEL);
const rows = [
  { age: 45, areaMu: 20, onTimeShare: 0.9, village: 'north' },
  { age: 30, village: null },
  { age: null, areaMu: -1, village: 'south' },
  { age: 'old', village: 'east' },
];

describe('scoreBatch', () => {
  it('gives the same scores, grades, points, bins and reasons as score()', () => {
    const good = [rows[0], rows[2]] as typeof rows;
    const batch = scoreBatch(compiled, good);
    expect(batch.length).toBe(2);
    good.forEach((row, i) => {
      const one = score(compiled, row);
      expect(batch.result(i)).toEqual(one);
      expect(batch.scores[i]).toBe(one.score);
      expect(batch.grade(i)).toBe(one.grade);
      const k = batch.width;
      expect(Array.from(batch.points.subarray(i * k, (i + 1) * k))).toEqual(
        one.characteristics.map((c) => c.points),
      );
    });
    // Row 2's age is missing and its areaMu special: bins −1 (missing) and −2 (special).
    expect(Array.from(batch.bins.subarray(4, 6))).toEqual([-1, -2]);
  });

  it('stops at the first bad row, or skips bad rows and maps results to input rows', () => {
    const stopped = scoreBatch(compiled, rows);
    expect(stopped.length).toBe(1);
    expect(stopped.errors.map((e) => e.index)).toEqual([1]);
    const skipped = scoreBatch(compiled, rows, { onError: 'skip', reasons: false });
    expect(Array.from(skipped.rowIndex)).toEqual([0, 2]);
    expect(Array.from(skipped.scores)).toEqual([71, 44.5]);
    expect(skipped.errors.map((e) => e.error.path)).toEqual([
      ['rows', 1, 'village'],
      ['rows', 3, 'age'],
    ]);
    expect(skipped.reasons).toBeNull();
    expect(skipped.result(1).reasons).toEqual([]);
  });

  it('refuses an index outside the batch', () => {
    const batch = scoreBatch(compiled, [rows[0] as (typeof rows)[0]]);
    for (const i of [-1, 1, 0.5, Number.NaN]) {
      let caught: unknown;
      try {
        batch.result(i);
      } catch (e) {
        caught = e;
      }
      expect(isHezuoError(caught) && caught.path).toEqual(['index']);
    }
  });
});

/** Random numeric models whose bounds are integers (the lookup-table path) or fractions (the search path). */
const numericModel = fc
  .array(
    fc.record({
      cuts: fc.uniqueArray(
        fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ min: -50, max: 50, noNaN: true })),
        { maxLength: 6 },
      ),
      special: fc.uniqueArray(fc.integer({ min: -60, max: 60 }), { maxLength: 2 }),
      points: fc.array(fc.integer({ min: -10, max: 30 }), { minLength: 8, maxLength: 8 }),
      wide: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map(
    (specs): ScorecardModelInput => ({
      ...INDICATOR_MODEL,
      characteristics: specs.map((s, i) => {
        // `wide` spreads integer bounds beyond the lookup table's reach.
        const cuts = [...new Set(s.cuts.map((c) => (s.wide ? c * 10_000 : c)))].sort((a, b) => a - b);
        const bins = [null, ...cuts].map((lower, k) => ({
          lower,
          upper: cuts[k] ?? null,
          points: s.points[k] ?? 0,
        }));
        return {
          id: `x${i}`,
          label: { 'zh-CN': `x${i}`, en: `x${i}` },
          reasonText: { 'zh-CN': `x${i}`, en: `x${i}` },
          type: 'numeric' as const,
          bins,
          missing: { points: s.points[7] ?? 0 },
          ...(s.special.length > 0 ? { special: { values: s.special, policy: { points: 99 } } } : {}),
        };
      }),
    }),
  );

const numericValue = fc.oneof(
  fc.integer({ min: -70, max: 70 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(
    -0,
    2 ** 31,
    -(2 ** 31),
    2 ** 30,
    2 ** 30 - 1,
    -(2 ** 30),
    -(2 ** 30) - 1,
    1e300,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
);

describe('every entry point scores alike', () => {
  it('scoreColumns, scoreBatch and scoreRows agree with score() on any numeric model and value', () => {
    fc.assert(
      fc.property(
        numericModel,
        fc.array(fc.array(numericValue, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 20 }),
        (model, values) => {
          const c = compileModel(model);
          const ids = c.model.characteristics.map((x) => x.id);
          const table = values.map((v) =>
            Object.fromEntries(ids.map((id, j) => [id, Number.isNaN(v[j]) ? null : (v[j] as number)])),
          );
          const expected = table.map((row) => score(c, row).score);
          const columns = Object.fromEntries(
            ids.map((id, j) => [id, Float64Array.from(values, (v) => v[j] as number)]),
          );
          expect(Array.from(scoreColumns(c, columns))).toEqual(expected);
          expect(Array.from(scoreBatch(c, table).scores)).toEqual(expected);
          expect(scoreRows(c, table).results.map((r) => r?.score)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reasons', () => {
  it('are the largest losses, ties in declaration order, as a stable sort gives them', () => {
    fc.assert(
      fc.property(
        numericModel,
        fc.array(numericValue, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 5 }),
        (model, values, top) => {
          const c = compileModel({ ...model, reasons: { top } });
          const ids = c.model.characteristics.map((x) => x.id);
          const row = Object.fromEntries(
            ids.map((id, j) => [id, Number.isNaN(values[j]) ? null : (values[j] as number)]),
          );
          const result = score(c, row);
          const expected = result.characteristics
            .filter((x) => x.pointsLost > 0)
            .sort((a, b) => b.pointsLost - a.pointsLost)
            .slice(0, top)
            .map((x) => x.id);
          expect(result.reasons.map((r) => r.id)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
