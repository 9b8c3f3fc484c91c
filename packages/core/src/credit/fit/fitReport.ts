import type { ScorecardModel } from '../model/scorecardModel';
import type { CharacteristicBinning } from './characteristicBinning';
import type { LogisticTerm } from './logisticRegression';

/** AUC, Gini and KS of one set of scores against outcomes (see `discrimination`). */
export interface DiscriminationMetrics {
  /** Area under the ROC curve: P(a good scores above a bad), ties half. */
  readonly auc: number;
  /** 2·AUC − 1. */
  readonly gini: number;
  /** Kolmogorov–Smirnov statistic. */
  readonly ks: number;
}

/** One candidate characteristic: its binning and whether it entered the model. */
export interface CharacteristicFitReport {
  /** The characteristic's id (its column). */
  readonly id: string;
  /** Its information value. */
  readonly informationValue: number;
  /**
   * `selected` (information value at or above the threshold), `forced`, `belowThreshold` (left
   * out) or `reversed` (left out: its WOE coefficient was not negative).
   */
  readonly status: 'selected' | 'forced' | 'belowThreshold' | 'reversed';
  /** The bins table: counts, bad rates, marginal WOE and information value per bin and group. */
  readonly binning: CharacteristicBinning;
  /** The adjusted WOE the model carries (null without adjustment or when left out). */
  readonly adjustedWoe: {
    /** Per bin, in the bins table's order. */
    readonly bins: readonly number[];
    /** The missing group's, or null when the rows had none. */
    readonly missing: number | null;
    /** The special group's, or null when the rows had none. */
    readonly special: number | null;
    /** Bins merged because their adjusted effects broke the trend. */
    readonly merges: number;
  } | null;
}

/** The regression behind the model. */
export interface RegressionReport {
  /** The intercept term. */
  readonly intercept: LogisticTerm;
  /** One term per selected characteristic (its WOE), in model order. */
  readonly coefficients: readonly LogisticTerm[];
  /** Whether Newton's method converged within the tolerance. */
  readonly converged: boolean;
  /** Newton steps taken. */
  readonly iterations: number;
  /** Log-likelihood at the estimate. */
  readonly logLikelihood: number;
  /** The ridge penalty used. */
  readonly l2: number;
  /** True when fitted probabilities hit 0 or 1 (only reported with `l2` above 0; without, the fit is refused). */
  readonly separation: boolean;
  /** The WOE adjustment, or null when off. */
  readonly adjustment: {
    /** Its ridge penalty. */
    readonly penalty: number;
    /** The intercept after adjustment (the model's). */
    readonly intercept: number;
    /** Whether its last fit converged. */
    readonly converged: boolean;
    /** Newton steps over all its fits. */
    readonly iterations: number;
  } | null;
}

/** The scaling applied (DESIGN §3.6). */
export interface ScalingReport {
  /** Points per unit of log-odds, `pdo / ln 2`. */
  readonly factor: number;
  /** `baseScore − factor · ln(baseOdds)`. */
  readonly offset: number;
  /** Points to double the odds. */
  readonly pdo: number;
  /** The score at `baseOdds`. */
  readonly baseScore: number;
  /** Odds good:bad at `baseScore`. */
  readonly baseOdds: number;
  /** Whether the intercept is spread over the characteristics or kept as base points. */
  readonly interceptPlacement: 'spread' | 'separate';
  /** Whether the points are whole. */
  readonly integerPoints: boolean;
  /** Lowest and highest score the model can give. */
  readonly scoreRange: { readonly min: number; readonly max: number };
}

/** The fit report: JSON-serialisable data (no NaN, no infinities). */
export interface FitReport {
  /** The outcome column. */
  readonly target: string;
  /** The value of the target that means bad. */
  readonly bad: string | number;
  /** Rows fitted. */
  readonly rows: number;
  /** Bad rows. */
  readonly events: number;
  /** Good rows. */
  readonly nonEvents: number;
  /** The smallest information value kept. */
  readonly minInformationValue: number;
  /** Every candidate characteristic, in the order given (or of the columns). */
  readonly characteristics: readonly CharacteristicFitReport[];
  /** The regression. */
  readonly regression: RegressionReport;
  /** The scaling. */
  readonly scaling: ScalingReport;
  /**
   * Discrimination on the rows fitted (optimistic: see `crossValidate` for out-of-sample figures):
   * of the model's scores and of the unrounded linear predictor.
   */
  readonly training: {
    readonly scores: DiscriminationMetrics;
    readonly linearPredictor: DiscriminationMetrics;
  };
}

/** The result of {@link fitScorecard}. */
export interface FitResult {
  /** The fitted `logistic` scorecard, ready for `score()`. */
  readonly model: ScorecardModel;
  /** How it was fitted. */
  readonly report: FitReport;
}
