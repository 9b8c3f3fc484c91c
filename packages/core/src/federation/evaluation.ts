import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type LocalizedText, LocalizedTextSchema } from '../i18n/locale';
import { type DecimalInput, DecimalSchema, toExactDecimal } from '../money/decimal';
import { divideRounded } from '../money/rounding';

/** A score in hundredths (0..10000) when `value` is a decimal 0..100 with at most 2 decimals. */
function toHundredths(value: DecimalInput): number | undefined {
  const exact = toExactDecimal(value);
  if (exact === undefined || exact.coefficient < 0n) return undefined;
  let hundredths: bigint;
  if (exact.scale <= 2) hundredths = exact.coefficient * 10n ** BigInt(2 - exact.scale);
  else {
    const divisor = 10n ** BigInt(exact.scale - 2);
    if (exact.coefficient % divisor !== 0n) return undefined;
    hundredths = exact.coefficient / divisor;
  }
  return hundredths <= 10_000n ? Number(hundredths) : undefined;
}

/** A rating band: every score at or above `minScore` (and below the next band) gets `label`. */
export const RatingBandSchema = z.strictObject({
  /** A stable id hosts can switch on (`excellent`, `good`, …). */
  id: EntityIdSchema,
  /** The lowest score in the band, 0..100 with at most 2 decimals. */
  minScore: DecimalSchema.check(
    z.refine((value) => toHundredths(value) !== undefined, {
      error: 'a band starts at a score from 0 to 100 with at most 2 decimals',
    }),
  ),
  /** What the band is called. */
  label: LocalizedTextSchema,
});

/** A rating band; see {@link RatingBandSchema}. */
export type RatingBand = z.infer<typeof RatingBandSchema>;

/**
 * The rating bands used unless the host gives its own: ≥ 90 优秀 (excellent), ≥ 75 良好 (good),
 * ≥ 60 合格 (satisfactory), else 不合格 (unsatisfactory). These are practice defaults (the usual
 * four-grade scale of Chinese service evaluations), not law: pass `bands` to use a region's own.
 */
export const DEFAULT_FEDERATION_RATING_BANDS: readonly RatingBand[] = [
  { id: 'excellent', minScore: 90, label: { 'zh-CN': '优秀', en: 'excellent' } },
  { id: 'good', minScore: 75, label: { 'zh-CN': '良好', en: 'good' } },
  { id: 'satisfactory', minScore: 60, label: { 'zh-CN': '合格', en: 'satisfactory' } },
  { id: 'unsatisfactory', minScore: 0, label: { 'zh-CN': '不合格', en: 'unsatisfactory' } },
];

/** A question id: an entity id that is also safe as an object key (scores are keyed by it). */
const QuestionIdSchema = EntityIdSchema.check(
  z.refine((id) => id !== '__proto__', {
    error: '"__proto__" cannot be a question id',
  }),
);

/** One survey question and its weight in the score. */
export const EvaluationQuestionSchema = z.strictObject({
  id: QuestionIdSchema,
  /** The question as member co-ops read it. */
  label: LocalizedTextSchema,
  /** Its weight: a positive integer (questions weigh `weight / Σ weights` of the score). */
  weight: z.number().int().min(1).max(1_000_000),
});

/** A survey question; see {@link EvaluationQuestionSchema}. */
export type EvaluationQuestion = z.infer<typeof EvaluationQuestionSchema>;

/** One member co-op's answers: a whole-number score 0..100 for every question. */
export const EvaluationResponseSchema = z.strictObject({
  cooperativeId: EntityIdSchema,
  /** Score per question id, each an integer from 0 to 100. */
  scores: z
    // zod drops a "__proto__" key silently; refuse it here rather than lose a score.
    .custom<Record<string, number>>(
      (value) => typeof value !== 'object' || value === null || !Object.hasOwn(value, '__proto__'),
      { error: '"__proto__" cannot be a question id' },
    )
    .pipe(z.record(QuestionIdSchema, z.number().int().min(0).max(100))),
});

/** A response; see {@link EvaluationResponseSchema}. */
export type EvaluationResponse = z.infer<typeof EvaluationResponseSchema>;

/** Input of {@link evaluateFederation}. */
export const FederationEvaluationInputSchema = z.strictObject({
  /** The federation evaluated. */
  federationId: EntityIdSchema,
  /** The year evaluated. */
  year: z.number().int().min(1900).max(9999),
  /** The survey's questions, ids unique. */
  questions: z.array(EvaluationQuestionSchema).min(1, { error: 'a survey needs a question' }).max(1_000),
  /** One response per member co-op; at least one. */
  responses: z.array(EvaluationResponseSchema).min(1, { error: 'no co-op has responded' }).max(1_000_000),
  /** Rating bands; {@link DEFAULT_FEDERATION_RATING_BANDS} unless given. One must start at 0. */
  bands: z.array(RatingBandSchema).min(1).max(20).optional(),
});

/** Input of {@link evaluateFederation}; see {@link FederationEvaluationInputSchema}. */
export interface FederationEvaluationInput {
  /** The federation evaluated. */
  readonly federationId: string;
  /** The year evaluated. */
  readonly year: number;
  /** The survey's questions, ids unique. */
  readonly questions: readonly EvaluationQuestion[];
  /** One response per member co-op; at least one. */
  readonly responses: readonly EvaluationResponse[];
  /** Rating bands; {@link DEFAULT_FEDERATION_RATING_BANDS} unless given. */
  readonly bands?: readonly RatingBand[] | undefined;
}

/** One question's result. */
export interface QuestionAverage {
  /** The question. */
  readonly questionId: string;
  /** Its text. */
  readonly label: LocalizedText;
  /** Its weight. */
  readonly weight: number;
  /** The mean score over respondents, 2 decimals, rounded half-up from the exact mean. */
  readonly average: number;
  /** The same mean in hundredths, an integer, for exact comparisons. */
  readonly averageHundredths: number;
}

/** What {@link evaluateFederation} returns: the report to the federation. */
export interface FederationEvaluation {
  /** The federation evaluated. */
  readonly federationId: string;
  /** The year evaluated. */
  readonly year: number;
  /** How many member co-ops responded. */
  readonly respondents: number;
  /** The weighted score 0..100, 2 decimals, rounded half-up from the exact rational. */
  readonly score: number;
  /** The same score in hundredths (0..10000), an integer, for exact comparisons. */
  readonly scoreHundredths: number;
  /** The id of the rating band the score falls in. */
  readonly band: string;
  /** The rating band's name. */
  readonly rating: LocalizedText;
  /** Per question, in the order given. */
  readonly perQuestion: readonly QuestionAverage[];
}

function invalid(message: string, path: (string | number)[], details: Record<string, unknown> = {}): never {
  throw new HezuoError('INVALID_INPUT', message, { path, details });
}

/** Checks bands and returns them highest first, each with its start in hundredths. */
function orderBands(bands: readonly RatingBand[]): { band: RatingBand; from: number }[] {
  const ids = new Set<string>();
  const starts = new Map<number, number>();
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i] as RatingBand;
    if (ids.has(band.id)) invalid(`band id "${band.id}" appears twice`, ['bands', i, 'id']);
    ids.add(band.id);
    const from = toHundredths(band.minScore) as number;
    if (starts.has(from)) invalid('two bands start at the same score', ['bands', i, 'minScore']);
    starts.set(from, i);
  }
  if (!starts.has(0)) invalid('one band must start at 0 so that every score has a rating', ['bands']);
  return [...starts.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([from, i]) => ({ band: bands[i] as RatingBand, from }));
}

/**
 * The yearly evaluation of a federation by its member co-ops (seed, Shandong: member co-ops
 * evaluate their federation's service each year; the weighted survey result is reported to the
 * federation). Each respondent scores every question 0..100; the score is
 * `Σ_responses Σ_questions weight × score / (respondents × Σ weights)`, computed exactly as a
 * rational and rounded half-up once to 2 decimals, then placed in a rating band.
 *
 * @param input - see {@link FederationEvaluationInputSchema}
 * @throws HezuoError `INVALID_INPUT` for malformed input, a repeated question id, a response
 *   missing a question or scoring an unknown one, or a score outside 0..100 (path
 *   `responses.3.scores.q2`); `DUPLICATE_VOTE` when a co-op responds twice (path
 *   `responses.5.cooperativeId`)
 */
export function evaluateFederation(input: FederationEvaluationInput): FederationEvaluation {
  const valid = parseInput(FederationEvaluationInputSchema, input);
  const questionIds = new Set<string>();
  for (let i = 0; i < valid.questions.length; i++) {
    const { id } = valid.questions[i] as EvaluationQuestion;
    if (questionIds.has(id)) invalid(`question id "${id}" appears twice`, ['questions', i, 'id']);
    questionIds.add(id);
  }
  const bands = orderBands(valid.bands ?? DEFAULT_FEDERATION_RATING_BANDS);

  const respondents = new Map<string, number>();
  const sums = valid.questions.map(() => 0n); // Σ score per question
  for (let r = 0; r < valid.responses.length; r++) {
    const { cooperativeId, scores } = valid.responses[r] as EvaluationResponse;
    const first = respondents.get(cooperativeId);
    if (first !== undefined) {
      // One co-op, one response (as one member, one ballot).
      throw new HezuoError('DUPLICATE_VOTE', `co-op "${cooperativeId}" has already responded`, {
        path: ['responses', r, 'cooperativeId'],
        details: { firstIndex: first },
      });
    }
    respondents.set(cooperativeId, r);
    for (const key of Object.keys(scores)) {
      if (!questionIds.has(key))
        invalid(`no question "${key}" in the survey`, ['responses', r, 'scores', key]);
    }
    for (let q = 0; q < valid.questions.length; q++) {
      const { id } = valid.questions[q] as EvaluationQuestion;
      if (!Object.hasOwn(scores, id))
        invalid(`question "${id}" was not answered`, ['responses', r, 'scores', id]);
      sums[q] = (sums[q] as bigint) + BigInt(scores[id] as number);
    }
  }

  const count = BigInt(valid.responses.length);
  let weighted = 0n;
  let weights = 0n;
  const perQuestion = valid.questions.map((question, q) => {
    const sum = sums[q] as bigint;
    weighted += BigInt(question.weight) * sum;
    weights += BigInt(question.weight);
    const averageHundredths = Number(divideRounded(100n * sum, count, 'halfUp'));
    return {
      questionId: question.id,
      label: question.label,
      weight: question.weight,
      average: averageHundredths / 100,
      averageHundredths,
    };
  });
  const scoreHundredths = Number(divideRounded(100n * weighted, count * weights, 'halfUp'));
  // Banded on the rounded score, so the rating always agrees with the score people see.
  const { band } = bands.find((b) => scoreHundredths >= b.from) as { band: RatingBand };
  return {
    federationId: valid.federationId,
    year: valid.year,
    respondents: valid.responses.length,
    score: scoreHundredths / 100,
    scoreHundredths,
    band: band.id,
    rating: band.label,
    perQuestion,
  };
}
