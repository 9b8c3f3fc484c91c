/**
 * Scorecard fitting (评分卡拟合): binning with exact optimal merging, information value,
 * logistic regression by Newton's method, PDO scaling into a `logistic` scorecard, and
 * cross-validation with bootstrap intervals (DESIGN §3.6, fit).
 *
 * @module
 */
export {
  type BinCharacteristicOptions,
  BinCharacteristicOptionsSchema,
  binCharacteristic,
  type FitValue,
} from './binCharacteristic';
export { BIN_TRENDS, type BinningOptions, BinningOptionsSchema, DEFAULT_BINNING } from './binningOptions';
export type {
  BinCounts,
  CategoryBin,
  CharacteristicBinning,
  IntervalBin,
  MissingGroup,
  SpecialGroup,
} from './characteristicBinning';
export {
  type CrossValidationFold,
  type CrossValidationOptions,
  CrossValidationOptionsSchema,
  type CrossValidationReport,
  crossValidate,
  type Interval,
  type MetricIntervals,
} from './crossValidate';
export { oddsGradeBands } from './defaultGradeBands';
export {
  type CharacteristicFitOptions,
  CharacteristicFitOptionsSchema,
  type FitModelOptions,
  FitModelOptionsSchema,
  type FitOptions,
  FitOptionsSchema,
  type FitRegressionOptions,
  FitRegressionOptionsSchema,
  type FitRow,
  FitRowsSchema,
  type FitScalingOptions,
  FitScalingOptionsSchema,
  MAX_FIT_ROWS,
} from './fitOptions';
export { DEFAULT_FIT } from './fitPipeline';
export type {
  CharacteristicFitReport,
  DiscriminationMetrics,
  FitReport,
  FitResult,
  RegressionReport,
  ScalingReport,
} from './fitReport';
export { fitScorecard } from './fitScorecard';
export {
  type LogisticFit,
  type LogisticRegressionOptions,
  LogisticRegressionOptionsSchema,
  type LogisticTerm,
  logisticRegression,
  type RegressionOptions,
  RegressionOptionsSchema,
} from './logisticRegression';
