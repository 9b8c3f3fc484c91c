import { z } from 'zod';
import { LocalizedTextSchema } from '../../i18n/locale';
import { GradeBandsSchema } from '../grades/gradeBands';
import { BinningOptionsSchema } from './binningOptions';
import { RegressionOptionsSchema } from './logisticRegression';

/** Regression options of {@link fitScorecard}: those of `logisticRegression` plus the adjusted WOE. */
export const FitRegressionOptionsSchema = RegressionOptionsSchema.extend({
  /**
   * Adjust each bin's WOE for the other characteristics (true unless told): see `fitScorecard`.
   * False gives the textbook model, whose bins carry their marginal WOE.
   */
  adjustBins: z.boolean().optional(),
  /** Ridge penalty shrinking the adjustments towards the plain WOE model; 30 unless told. */
  adjustmentPenalty: z.number().gt(0).max(1e9).optional(),
});

/** See {@link FitRegressionOptionsSchema}. */
export type FitRegressionOptions = z.infer<typeof FitRegressionOptionsSchema>;

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const columnName = z.string().min(1).max(128);

/** One characteristic to fit, with its own type, texts and binning options. */
export const CharacteristicFitOptionsSchema = z.strictObject({
  /** The column, and the characteristic's id in the model. */
  id: columnName,
  /** Numeric or categorical; inferred from the first value present unless told. */
  type: z.enum(['numeric', 'categorical']).optional(),
  /** The label in the model; the id in both languages unless told. */
  label: z.optional(LocalizedTextSchema),
  /** Why points were lost, shown as a reason; built from the label unless told. */
  reasonText: z.optional(LocalizedTextSchema),
  /** Binning options for this characteristic, over the fit-wide ones. */
  binning: BinningOptionsSchema.optional(),
  /** Keep it whatever its information value (it still needs a coefficient). */
  force: z.boolean().optional(),
});

/** See {@link CharacteristicFitOptionsSchema}. */
export type CharacteristicFitOptions = z.infer<typeof CharacteristicFitOptionsSchema>;

/** PDO scaling of the fitted model (DESIGN §3.6). */
export const FitScalingOptionsSchema = z.strictObject({
  /** The score at `baseOdds`; 600 unless told. */
  baseScore: z.number().min(-1e9).max(1e9).optional(),
  /** Odds good:bad at `baseScore`; 50 unless told. */
  baseOdds: z.number().gt(0).max(1e12).optional(),
  /** Points to double the odds; 20 unless told. */
  pdo: z.number().gt(0).max(1e6).optional(),
  /** Share the intercept among the characteristics (`spread`, the default) or keep it as base points. */
  interceptPlacement: z.enum(['spread', 'separate']).optional(),
  /** Whole points on every bin (true unless told), rounded so the score range is kept. */
  integerPoints: z.boolean().optional(),
});

/** See {@link FitScalingOptionsSchema}. */
export type FitScalingOptions = z.infer<typeof FitScalingOptionsSchema>;

/** The fitted model's identity and grade bands. */
export const FitModelOptionsSchema = z.strictObject({
  /** Model id; `fitted-scorecard` unless told. */
  id: z.string().min(1).max(128).optional(),
  /** Model version; `1` unless told. */
  version: z.string().min(1).max(64).optional(),
  /** Model name. */
  name: z.optional(LocalizedTextSchema),
  /** Grade bands; odds-based bands around the base score unless told (see `fitScorecard`). */
  gradeBands: GradeBandsSchema.optional(),
});

/** See {@link FitModelOptionsSchema}. */
export type FitModelOptions = z.input<typeof FitModelOptionsSchema>;

/** Options of {@link fitScorecard}. */
export const FitOptionsSchema = z.strictObject({
  /** The outcome column. */
  target: columnName,
  /** The value of `target` that means bad; the column must hold exactly one other value. */
  bad: z.union([z.string().max(256), finite]),
  /** The characteristics to fit (ids or options); every other column, type inferred, unless told. */
  characteristics: z
    .array(z.union([columnName, CharacteristicFitOptionsSchema]))
    .min(1)
    .max(512)
    .optional(),
  /** Binning options for every characteristic. */
  binning: BinningOptionsSchema.optional(),
  /** Which characteristics enter the regression. */
  selection: z
    .strictObject({
      /** Smallest information value kept; 0.02 unless told. */
      minInformationValue: z.number().min(0).max(100).optional(),
      /**
       * Leave out, one at a time, characteristics whose WOE coefficient is not negative (their
       * evidence would count backwards, a sign of collinearity); true unless told.
       */
      dropReversed: z.boolean().optional(),
    })
    .optional(),
  /** Regression options. */
  regression: FitRegressionOptionsSchema.optional(),
  /** Scaling options. */
  scaling: FitScalingOptionsSchema.optional(),
  /** The model's identity and grade bands. */
  model: FitModelOptionsSchema.optional(),
});

/** See {@link FitOptionsSchema}. */
export type FitOptions = z.input<typeof FitOptionsSchema>;

/** One data row: column → value (`null`, `undefined`, `''` and NaN are missing). */
export type FitRow = Readonly<Record<string, number | string | null | undefined>>;

/** Most rows one fit takes. */
export const MAX_FIT_ROWS = 10_000_000;

/** The rows of {@link fitScorecard}: a non-empty array of plain objects (values are checked as read). */
export const FitRowsSchema = z
  .custom<readonly FitRow[]>((v) => Array.isArray(v) && v.length > 0 && v.length <= MAX_FIT_ROWS, {
    message: `expected a non-empty array of at most ${MAX_FIT_ROWS} row objects`,
  })
  .superRefine((rows, ctx) => {
    // An index loop, not `every`: a sparse array's holes are rows too, and missing ones.
    for (let i = 0; i < rows.length; i++) {
      const r: unknown = rows[i];
      if (typeof r !== 'object' || r === null || Array.isArray(r)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `row ${i} is not an object of column values` });
        return;
      }
    }
  });
