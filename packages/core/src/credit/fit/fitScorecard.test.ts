import { describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { findNaN } from '../../testing';
import { logisticConstants, scaleLogisticPoints } from '../model/scaleLogisticPoints';
import { discrimination } from '../monitoring/discrimination';
import { compileModel } from '../scoring/compileModel';
import { score } from '../scoring/score';
import { syntheticRows } from './__tests__/syntheticRows';
import { fitScorecard } from './fitScorecard';

const rows = syntheticRows(3000, 11);
const options = { target: 'status', bad: 'bad' } as const;
const fitted = fitScorecard(rows, options);

function failure(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    return isHezuoError(e) ? `${e.code} ${e.path.join('.')}: ${e.message}` : `not a HezuoError: ${String(e)}`;
  }
}

describe('fitScorecard', () => {
  it('fits a valid logistic scorecard that score() scores as the report says', () => {
    const { model, report } = fitted;
    expect(model.kind).toBe('logistic');
    expect(model.logistic).toMatchObject({
      pdo: 20,
      baseScore: 600,
      baseOdds: 50,
      interceptPlacement: 'spread',
    });
    for (const c of model.characteristics) {
      expect(c.coefficient).toBeLessThan(0);
      for (const b of c.bins) {
        expect(Number.isFinite(b.woe)).toBe(true);
        expect(Number.isInteger(b.points)).toBe(true);
      }
    }
    const compiled = compileModel(model);
    const scores = rows.map((r) => score(compiled, r, { reasons: false }).score);
    const d = discrimination({ scores, bad: rows.map((r) => r.status === 'bad') });
    expect(d.auc).toBeCloseTo(report.training.scores.auc, 12);
    expect(report.training.scores.auc).toBeGreaterThan(0.7);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(report.scaling.scoreRange.min);
    expect(Math.max(...scores)).toBeLessThanOrEqual(report.scaling.scoreRange.max);
    expect(report.rows).toBe(3000);
    expect(report.events + report.nonEvents).toBe(3000);
  });

  it('keeps points = −coefficient · woe · pdo/ln 2 + the spread intercept (within the rounding)', () => {
    const rescaled = scaleLogisticPoints(fitted.model);
    fitted.model.characteristics.forEach((c, i) => {
      c.bins.forEach((b, j) => {
        expect(
          Math.abs(b.points - (rescaled.characteristics[i]?.bins[j]?.points as number)),
        ).toBeLessThanOrEqual(1.5);
      });
    });
    const exact = fitScorecard(rows, { ...options, scaling: { integerPoints: false } });
    const again = scaleLogisticPoints(exact.model);
    exact.model.characteristics.forEach((c, i) => {
      c.bins.forEach((b, j) => {
        expect(b.points).toBeCloseTo(again.characteristics[i]?.bins[j]?.points as number, 9);
      });
    });
    // Whole points keep the range of the exact scores.
    expect(fitted.report.scaling.scoreRange.max).toBe(Math.round(exact.report.scaling.scoreRange.max));
    expect(fitted.report.scaling.scoreRange.min).toBe(Math.round(exact.report.scaling.scoreRange.min));
  });

  it('scores missing values with the missing group’s points and unseen categories like "other" or neutrally', () => {
    const withMissing = fitted.model.characteristics.find((c) => c.id === 'n0');
    const report = fitted.report.characteristics.find((c) => c.id === 'n0');
    expect(report?.binning.missing?.count).toBeGreaterThan(0);
    expect(withMissing?.missing).toEqual({ points: expect.any(Number) });
    const categorical = fitted.model.characteristics.find((c) => c.type === 'categorical');
    expect(categorical?.type === 'categorical' && categorical.unseen).toEqual({ points: expect.any(Number) });
    // Neutral points are the spread intercept: WOE 0.
    const { factor, offset } = logisticConstants(fitted.model);
    const shared =
      (offset - (fitted.model.logistic?.intercept as number) * factor) / fitted.model.characteristics.length;
    if (categorical?.type === 'categorical' && categorical.unseen && 'points' in categorical.unseen)
      expect(Math.abs(categorical.unseen.points - shared)).toBeLessThanOrEqual(1.5);
    const row = { ...rows[0], c0: 'never seen', n0: null };
    expect(() => score(fitted.model, row)).not.toThrow();
  });

  it('keeps whole base points when the intercept is kept separate', () => {
    const { model } = fitScorecard(rows, { ...options, scaling: { interceptPlacement: 'separate' } });
    expect(Number.isInteger(logisticConstants(model).basePoints)).toBe(true);
    const compiled = compileModel(model);
    for (const row of rows.slice(0, 200))
      expect(Number.isInteger(score(compiled, row, { reasons: false }).score)).toBe(true);
  });

  it('writes the textbook model (marginal WOE on every bin) without adjustment', () => {
    const { model, report } = fitScorecard(rows, { ...options, regression: { adjustBins: false } });
    for (const c of model.characteristics) {
      const bins = report.characteristics.find((r) => r.id === c.id)?.binning.bins ?? [];
      expect(c.bins.map((b) => b.woe)).toEqual(bins.map((b) => b.woe));
    }
    expect(report.regression.adjustment).toBeNull();
  });

  it('is deterministic and its report is JSON data', () => {
    const again = fitScorecard(rows, options);
    expect(again).toEqual(fitted);
    expect(findNaN(fitted.report)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(fitted))).toEqual(fitted);
  });

  it('refuses bad input with a clear error naming the column and row', () => {
    const few = rows.slice(0, 200);
    expect(failure(() => fitScorecard([...few, { ...few[0], status: 'maybe' }], options))).toBe(
      'INVALID_INPUT rows.200.status: target "status", row 200: a third value "maybe"; the target holds two values, "bad" (bad) and "good" (good)',
    );
    expect(failure(() => fitScorecard([...few, { ...few[0], status: null }], options))).toBe(
      'INVALID_INPUT rows.200.status: target "status", row 200: the outcome is missing',
    );
    expect(
      failure(() =>
        fitScorecard(
          few.map((r) => ({ ...r, status: 'good' })),
          options,
        ),
      ),
    ).toBe('INVALID_INPUT rows: target "status" never holds the bad value "bad"');
    expect(
      failure(() =>
        fitScorecard(
          few.map((r) => ({ ...r, flat: 1 })),
          options,
        ),
      ),
    ).toBe(
      'INVALID_INPUT options.characteristics.flat: column "flat" has one value only (1): it cannot separate good from bad; leave it out',
    );
    expect(
      failure(() =>
        fitScorecard(
          few.map((r) => ({ ...r, empty: '' })),
          options,
        ),
      ),
    ).toBe('INVALID_INPUT options.characteristics.empty: column "empty" has no values: every row is missing');
    expect(failure(() => fitScorecard([...few, { ...few[0], n3: 'n/a' }], options))).toBe(
      'INVALID_INPUT rows.200.n3: column "n3", row 200: "n/a" is not a number, but earlier rows are numbers (declare the type to mix them)',
    );
    expect(failure(() => fitScorecard(few, { ...options, characteristics: ['status'] }))).toMatch(
      /the target "status" cannot be a characteristic too/,
    );
  });

  it('refuses separated outcomes (NOT_CONVERGED) unless an L2 penalty is set', () => {
    const separated = Array.from({ length: 60 }, (_, i) => ({
      status: i < 30 ? 'bad' : 'good',
      x: i < 30 ? 1 + (i % 5) : 10 + (i % 7),
    }));
    const binning = { minBinShare: 0.1, minBinEvents: 0, minBinNonEvents: 0 };
    expect(failure(() => fitScorecard(separated, { ...options, binning }))).toMatch(
      /^NOT_CONVERGED rows: the outcomes are separated/,
    );
    const ridge = fitScorecard(separated, { ...options, binning, regression: { l2: 1 } });
    expect(ridge.report.regression.l2).toBe(1);
  });
});
