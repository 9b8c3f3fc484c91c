import { modelHash } from '@hezuo/core';
import { COUNTY_CREDIT_FEATURE_IDS, countyCreditRows, generateCounty } from '@hezuo/core/sample';
import { describe, expect, it } from 'vitest';
import { fitCountyScorecard } from './fitCountyScorecard';

const history = countyCreditRows(generateCounty({ seed: 11, households: 1_000, year: 2026 }));
const fitted = fitCountyScorecard(history, { version: '2027', seed: 1 });

describe('fitting the bank’s scorecard on a county’s history', () => {
  it('fits on the three-in-one characteristics, never on the household id', () => {
    const { model, report } = fitted;
    expect(report.characteristics.map((c) => c.id)).toEqual([...COUNTY_CREDIT_FEATURE_IDS]);
    expect(model.characteristics.length).toBeGreaterThan(3);
    for (const c of model.characteristics) expect(COUNTY_CREDIT_FEATURE_IDS).toContain(c.id);
    expect(model).toMatchObject({ id: 'county-bank.household-scorecard', version: '2027', kind: 'logistic' });
    expect(model.gradeBands.map((b) => [b.grade, b.minScore])).toEqual([
      ['AAA', 600],
      ['AA', 580],
      ['A', 560],
      ['unrated', null],
    ]);
  });

  it('finds the signal the county holds, and says how well out of sample', () => {
    const { report, crossValidation } = fitted;
    expect(report.regression.converged).toBe(true);
    expect(crossValidation.folds).toBe(5);
    // Out of sample it separates well, and less well than on the rows it was fitted on.
    expect(crossValidation.mean.scores.auc).toBeGreaterThan(0.65);
    expect(crossValidation.mean.scores.auc).toBeLessThan(report.training.scores.auc);
  });

  it('gives the same model and figures for the same history and seed', () => {
    const again = fitCountyScorecard(history, { version: '2027', seed: 1 });
    expect(modelHash(again.model)).toBe(modelHash(fitted.model));
    expect(again.crossValidation.mean).toEqual(fitted.crossValidation.mean);
  });
});
