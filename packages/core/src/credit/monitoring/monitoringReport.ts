import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError, isHezuoError } from '../../errors/HezuoError';
import { IsoDateSchema } from '../../identity/residentId';
import { type BadRateByGradeResult, badRateByGrade, GradeSampleSchema } from './badRateByGrade';
import { categoricalStability } from './categoricalStability';
import { type DiscriminationResult, discrimination } from './discrimination';
import { BinEdgesSchema, DEFAULT_PSI_BINS, populationStabilityIndex } from './populationStabilityIndex';
import { DEFAULT_PSEUDO_COUNT, PseudoCountSchema, type StabilityResult } from './psi';
import { CategoricalSampleSchema, NumericSampleSchema, OutcomeSampleSchema } from './samples';
import {
  DEFAULT_STABILITY_THRESHOLDS,
  type StabilityThresholds,
  StabilityThresholdsSchema,
  type StabilityVerdict,
} from './stabilityVerdict';

const BinsSchema = z.union([z.number().int().min(1).max(1000), BinEdgesSchema]).default(DEFAULT_PSI_BINS);

/** What the report is about; passed in, never read from a clock. */
export const MonitoringSubjectSchema = z.strictObject({
  /** The model's id (and version, if the bank keeps one). */
  modelId: z.string().min(1).max(200),
  /** The date the report speaks for. */
  asOf: IsoDateSchema,
  /** A label for the baseline sample, e.g. `2025 development sample`. */
  baseline: z.string().min(1).max(200).optional(),
  /** A label for the current sample, e.g. `2026-Q2 applications`. */
  current: z.string().min(1).max(200).optional(),
});

/** What a monitoring report is about. */
export type MonitoringSubject = z.output<typeof MonitoringSubjectSchema>;

/** One characteristic's baseline and current samples. */
export const CharacteristicSamplesSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('numeric'),
    expected: NumericSampleSchema,
    actual: NumericSampleSchema,
    bins: BinsSchema,
  }),
  z.strictObject({
    kind: z.literal('categorical'),
    expected: CategoricalSampleSchema,
    actual: CategoricalSampleSchema,
  }),
]);

/** Input of {@link monitoringReport}. */
export const MonitoringReportInputSchema = z.strictObject({
  /** What the report is about. */
  generatedFor: MonitoringSubjectSchema,
  /** Baseline and current scores. */
  scores: z.strictObject({ expected: NumericSampleSchema, actual: NumericSampleSchema, bins: BinsSchema }),
  /** Per-characteristic samples, by characteristic id (at most 500). */
  characteristics: z
    .record(z.string().min(1).max(200), CharacteristicSamplesSchema)
    .refine((r) => Object.keys(r).length <= 500, { message: 'at most 500 characteristics' })
    .default({}),
  /** Scores with observed outcomes (and grades), for discrimination and bad rate by grade. */
  outcomes: z
    .strictObject({
      scores: NumericSampleSchema,
      bad: OutcomeSampleSchema,
      grades: GradeSampleSchema.optional(),
      gradeOrder: z.array(z.string().min(1).max(50)).min(1).max(100).optional(),
    })
    .optional(),
  /** Pseudo-count per bin when a bin is empty; 0.5 by default. */
  pseudoCount: PseudoCountSchema.default(DEFAULT_PSEUDO_COUNT),
  /** Verdict thresholds; 0.10 / 0.25 by default. */
  thresholds: StabilityThresholdsSchema.default(DEFAULT_STABILITY_THRESHOLDS),
});

/** Input of {@link monitoringReport}, as given. */
export type MonitoringReportInput = z.input<typeof MonitoringReportInputSchema>;

/** One characteristic's stability. */
export interface CharacteristicStability extends StabilityResult {
  /** The characteristic's id. */
  readonly characteristic: string;
  /** Whether it was binned as numeric or by category. */
  readonly kind: 'numeric' | 'categorical';
}

/** A model monitoring report: plain JSON data. */
export interface MonitoringReport {
  /** What the report is about, as passed in. */
  readonly generatedFor: MonitoringSubject;
  /** The thresholds the verdicts used. */
  readonly thresholds: StabilityThresholds;
  /** Stability of the score distribution. */
  readonly scoreStability: StabilityResult;
  /** Stability of each characteristic, in id (code-unit) order. */
  readonly characteristicStability: readonly CharacteristicStability[];
  /** The worst verdict of the scores and every characteristic. */
  readonly worstVerdict: StabilityVerdict;
  /** Discrimination on observed outcomes, or `null` when none were given. */
  readonly discrimination: DiscriminationResult | null;
  /** Bad rate by grade, or `null` when no grades were given. */
  readonly badRateByGrade: BadRateByGradeResult | null;
}

const SEVERITY: Record<StabilityVerdict, number> = { stable: 0, watch: 1, shift: 2 };

/**
 * 模型监测报告 — one monitoring report for a scorecard (DESIGN §3.6, monitor): PSI of the scores
 * and of each characteristic against the baseline, discrimination (AUC, Gini, KS) and bad rate
 * by grade on observed outcomes. The result is plain JSON (no typed arrays, no dates, no NaN);
 * `generatedFor` is copied in, so the same input always gives the same report.
 *
 * @throws HezuoError `INVALID_INPUT` with the path of the bad field.
 */
export function monitoringReport(input: MonitoringReportInput): MonitoringReport {
  const valid = parseInput(MonitoringReportInputSchema, input);
  const { pseudoCount, thresholds } = valid;
  const scoreStability = populationStabilityIndex({ ...valid.scores, pseudoCount, thresholds });
  const ids = Object.keys(valid.characteristics).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const characteristicStability = ids.map((id): CharacteristicStability => {
    const c = valid.characteristics[id] as z.output<typeof CharacteristicSamplesSchema>;
    const result =
      c.kind === 'numeric'
        ? populationStabilityIndex({
            expected: c.expected,
            actual: c.actual,
            bins: c.bins,
            pseudoCount,
            thresholds,
          })
        : categoricalStability({ expected: c.expected, actual: c.actual, pseudoCount, thresholds });
    return { characteristic: id, kind: c.kind, ...result };
  });
  let worstVerdict = scoreStability.verdict;
  for (const c of characteristicStability) {
    if (SEVERITY[c.verdict] > SEVERITY[worstVerdict]) worstVerdict = c.verdict;
  }
  const outcomes = valid.outcomes;
  // The samples were validated above; only "no good or no bad" or a grade missing from the order
  // can still fail, and then the path should point into `outcomes`.
  const withPath = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (!isHezuoError(error)) throw error;
      throw new HezuoError(error.code, error.message, {
        path: ['outcomes', ...error.path],
        details: error.details,
        cause: error,
      });
    }
  };
  return {
    generatedFor: valid.generatedFor,
    thresholds,
    scoreStability,
    characteristicStability,
    worstVerdict,
    discrimination: outcomes
      ? withPath(() => discrimination({ scores: outcomes.scores, bad: outcomes.bad }))
      : null,
    badRateByGrade:
      outcomes?.grades === undefined
        ? null
        : withPath(() =>
            badRateByGrade({
              grades: outcomes.grades as readonly string[],
              bad: outcomes.bad,
              ...(outcomes.gradeOrder ? { gradeOrder: outcomes.gradeOrder } : {}),
            }),
          ),
  };
}
