import { parseInput } from '../../errors/fromZod';
import { type FitOptions, FitOptionsSchema, type FitRow, FitRowsSchema } from './fitOptions';
import { runFit } from './fitPipeline';
import type { FitResult } from './fitReport';

/**
 * 评分卡拟合 — fits a statistical scorecard from data rows (DESIGN §3.6, fit): bins every
 * characteristic ({@link binCharacteristic}), keeps those whose information value reaches the
 * threshold (0.02 by default), regresses bad on their WOE ({@link logisticRegression}), and
 * scales the coefficients into a `logistic` {@link ScorecardModel} by points to double the odds
 * (600 points at 50:1 good:bad, 20 points to double, whole points by default) that `score()`
 * scores. The report holds the bins tables, information values, coefficients with standard
 * errors, p-values and VIF, convergence, and the discrimination on the rows fitted.
 *
 * Missing values score the missing group's points (neutral points, WOE 0, when the rows had
 * none); special values likewise; an unseen category scores like the pooled rare categories
 * ("other"), or neutrally when none were pooled. Deterministic: the same rows and options give
 * the same model.
 *
 * @param rows - data rows, column → number, string or missing (`null`, `undefined`, `''`, NaN).
 * @throws HezuoError `INVALID_INPUT` naming the column and row: a target with other than two
 * values or a missing outcome, a characteristic with one value or none, a value that is not a
 * number in a numeric column, an infinite number; or when no characteristic is informative
 * enough. `NOT_CONVERGED` when the outcomes are separated (set `regression.l2` to fit anyway).
 *
 * @example
 * ```ts
 * const { model, report } = fitScorecard(rows, { target: 'status', bad: 'bad' });
 * ```
 */
export function fitScorecard(rows: readonly FitRow[], options: FitOptions): FitResult {
  const o = parseInput(FitOptionsSchema, options, { path: ['options'] });
  const valid = parseInput(FitRowsSchema, rows, { path: ['rows'] });
  const { model, report } = runFit(valid, o);
  return { model, report };
}
