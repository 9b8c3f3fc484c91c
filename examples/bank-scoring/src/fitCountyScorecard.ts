import {
  type CrossValidationReport,
  crossValidate,
  type FitOptions,
  type FitReport,
  fitScorecard,
  type ScorecardModel,
  THREE_IN_ONE_REFERENCE_MODEL,
} from '@hezuo/core';
import { COUNTY_CREDIT_FEATURE_IDS, type CountyCreditRow } from '@hezuo/core/sample';

/** A scorecard fitted on a county's history, with its out-of-sample check. */
export interface FittedScorecard {
  /** The `logistic` scorecard, ready for `score()` and the exports. */
  readonly model: ScorecardModel;
  /** How it was fitted: binning, information values, regression, scaling, training AUC. */
  readonly report: FitReport;
  /** Five-fold cross-validation: the AUC, Gini and KS to quote, not the training ones. */
  readonly crossValidation: CrossValidationReport;
}

/**
 * The bank's fit options: the outcome is `bad` (1 = defaulted in the season); the candidates are
 * the three-in-one characteristics (not `householdId`, which is an id: as a category it would
 * learn each household by heart), labelled and explained as the reference sheet words them, so
 * the fitted model's reasons read the same; 600 points stand for odds of 50:1 and 20 points
 * double them, so the default grade bands are AAA from 600, AA from 580, A from 560.
 */
export function countyFitOptions(version: string): FitOptions {
  const reference = new Map(THREE_IN_ONE_REFERENCE_MODEL.characteristics.map((c) => [c.id, c]));
  return {
    target: 'bad',
    bad: 1,
    characteristics: COUNTY_CREDIT_FEATURE_IDS.map((id) => {
      const sheet = reference.get(id);
      return sheet === undefined ? { id } : { id, label: sheet.label, reasonText: sheet.reasonText };
    }),
    scaling: { baseScore: 600, baseOdds: 50, pdo: 20 },
    model: {
      id: 'county-bank.household-scorecard',
      version,
      name: { 'zh-CN': '整村授信农户评分卡', en: 'Household scorecard for county-wide credit' },
    },
  };
}

/**
 * Fits the bank's scorecard on a county's history (`countyCreditRows` of a past season, whose
 * outcome is known) and cross-validates it with a seed, so the same history gives the same model
 * and the same figures on every run.
 */
export function fitCountyScorecard(
  rows: readonly CountyCreditRow[],
  options: { readonly version: string; readonly seed: number },
): FittedScorecard {
  const fitOptions = countyFitOptions(options.version);
  const { model, report } = fitScorecard(rows, fitOptions);
  // The training AUC flatters the model: each fold is refitted without the rows it is scored on.
  const crossValidation = crossValidate(rows, { ...fitOptions, folds: 5, seed: options.seed });
  return { model, report, crossValidation };
}
