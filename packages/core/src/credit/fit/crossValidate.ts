import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { ScorecardModel } from '../model/scorecardModel';
import { scoreRows } from '../scoring/batch';
import { compileModel } from '../scoring/compileModel';
import type { ScoreRow } from '../scoring/score';
import { type FitOptions, FitOptionsSchema, type FitRow, FitRowsSchema } from './fitOptions';
import { runFit } from './fitPipeline';
import type { DiscriminationMetrics } from './fitReport';
import { cellReader, readOutcomes } from './fitRows';
import { rankedMetrics, scoreOrder } from './rankedMetrics';
import { randomIndex, seededRandom, shuffleInPlace } from './seededRandom';

/** Options of {@link crossValidate}: the fit options plus the folds, repeats, seed and bootstrap. */
export const CrossValidationOptionsSchema = FitOptionsSchema.extend({
  /** Folds per repeat; 5 unless told. */
  folds: z.int().min(2).max(50).optional(),
  /** Repeats, each with its own shuffle; 1 unless told. */
  repeats: z.int().min(1).max(50).optional(),
  /** Seed of the fold shuffles and the bootstrap. */
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1),
  /** Bootstrap of the mean out-of-fold metrics: 200 samples and a 95 % level unless told (0 samples: none). */
  bootstrap: z
    .strictObject({
      samples: z.int().min(0).max(10_000).optional(),
      level: z.number().gt(0).lt(1).optional(),
    })
    .optional(),
});

/** See {@link CrossValidationOptionsSchema}. */
export type CrossValidationOptions = FitOptions & z.input<typeof CrossValidationOptionsSchema>;

/** A confidence interval. */
export interface Interval {
  /** Lower end. */
  readonly lower: number;
  /** Upper end. */
  readonly upper: number;
}

/** Bootstrap intervals of AUC, Gini and KS. */
export interface MetricIntervals {
  /** AUC interval. */
  readonly auc: Interval;
  /** Gini interval. */
  readonly gini: Interval;
  /** KS interval. */
  readonly ks: Interval;
}

/** One fold: the model fitted without it, measured on it. */
export interface CrossValidationFold {
  /** Repeat number, from 0. */
  readonly repeat: number;
  /** Fold number within the repeat, from 0. */
  readonly fold: number;
  /** Rows the model was fitted on. */
  readonly trainRows: number;
  /** Rows held out and scored. */
  readonly testRows: number;
  /** Bad rows held out. */
  readonly testEvents: number;
  /** The characteristics the fold's model kept. */
  readonly characteristics: readonly string[];
  /** Discrimination of the model's scores (whole points as fitted). */
  readonly scores: DiscriminationMetrics;
  /** Discrimination of the unrounded linear predictor (the same model before rounding). */
  readonly linearPredictor: DiscriminationMetrics;
}

/** The result of {@link crossValidate}: JSON-serialisable data. */
export interface CrossValidationReport {
  /** Folds per repeat. */
  readonly folds: number;
  /** Repeats. */
  readonly repeats: number;
  /** The seed used. */
  readonly seed: number;
  /** Every fold of every repeat. */
  readonly results: readonly CrossValidationFold[];
  /** Means over the folds. */
  readonly mean: { readonly scores: DiscriminationMetrics; readonly linearPredictor: DiscriminationMetrics };
  /** What whole points cost: mean AUC of the linear predictor minus mean AUC of the scores. */
  readonly roundingCost: { readonly auc: number };
  /** Percentile bootstrap intervals of the means (test rows resampled within each fold, bads and goods apart). */
  readonly confidence: {
    readonly level: number;
    readonly samples: number;
    readonly scores: MetricIntervals;
    readonly linearPredictor: MetricIntervals;
  } | null;
}

/** A held-out row as `score()` takes it: empty strings missing, numbers in categorical columns as text. */
function toScoreRow(rows: readonly FitRow[], i: number, model: ScorecardModel): ScoreRow {
  const out: Record<string, number | string | null> = {};
  for (const c of model.characteristics) {
    const v = cellReader(rows, c.id)(i);
    if (v === undefined || v === null || v === '') out[c.id] = null;
    else if (c.type === 'categorical' && typeof v === 'number')
      out[c.id] = Number.isNaN(v) ? null : String(v);
    else out[c.id] = v as number | string;
  }
  return out;
}

function scoresOf(model: ScorecardModel, rows: readonly FitRow[], test: readonly number[]): Float64Array {
  const compiled = compileModel(model);
  const batch = scoreRows(
    compiled,
    test.map((i) => toScoreRow(rows, i, model)),
    { reasons: false },
  );
  const failed = batch.errors[0];
  if (failed) {
    const row = test[failed.index] as number;
    throw new HezuoError('INVALID_INPUT', `row ${row}: ${failed.error.message}`, {
      path: ['rows', row, ...failed.error.path.slice(3)],
    });
  }
  return Float64Array.from(batch.results, (r) => (r ? r.score : 0));
}

/** Stratified folds: bads and goods shuffled apart, then dealt round the folds in turn. */
function stratifiedFolds(bad: Uint8Array, folds: number, next: () => number): Int32Array {
  const bads: number[] = [];
  const goods: number[] = [];
  for (let i = 0; i < bad.length; i++) (bad[i] === 1 ? bads : goods).push(i);
  shuffleInPlace(bads, next);
  shuffleInPlace(goods, next);
  const fold = new Int32Array(bad.length);
  [...bads, ...goods].forEach((i, k) => {
    fold[i] = k % folds;
  });
  return fold;
}

function mean(xs: readonly DiscriminationMetrics[]): DiscriminationMetrics {
  const sum = xs.reduce((s, x) => ({ auc: s.auc + x.auc, gini: s.gini + x.gini, ks: s.ks + x.ks }), {
    auc: 0,
    gini: 0,
    ks: 0,
  });
  return { auc: sum.auc / xs.length, gini: sum.gini / xs.length, ks: sum.ks / xs.length };
}

function percentile(sorted: Float64Array, q: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[at] as number;
}

interface HeldOut {
  readonly scores: Float64Array;
  readonly linear: Float64Array;
  readonly bad: Uint8Array;
}

function bootstrap(heldOut: readonly HeldOut[], samples: number, level: number, seed: number) {
  const next = seededRandom(seed ^ 0x5bd1e995);
  const prepared = heldOut.map((h) => {
    const bads: number[] = [];
    const goods: number[] = [];
    for (let i = 0; i < h.bad.length; i++) (h.bad[i] === 1 ? bads : goods).push(i);
    return { ...h, bads, goods, scoreOrder: scoreOrder(h.scores), linearOrder: scoreOrder(h.linear) };
  });
  const draws = { scores: [] as DiscriminationMetrics[], linear: [] as DiscriminationMetrics[] };
  for (let b = 0; b < samples; b++) {
    const s: DiscriminationMetrics[] = [];
    const l: DiscriminationMetrics[] = [];
    for (const p of prepared) {
      const weights = new Float64Array(p.bad.length);
      for (const group of [p.bads, p.goods])
        for (let k = 0; k < group.length; k++) {
          const i = group[randomIndex(next, group.length)] as number;
          weights[i] = (weights[i] as number) + 1;
        }
      s.push(rankedMetrics(p.scoreOrder, p.scores, p.bad, weights));
      l.push(rankedMetrics(p.linearOrder, p.linear, p.bad, weights));
    }
    draws.scores.push(mean(s));
    draws.linear.push(mean(l));
  }
  const interval = (xs: DiscriminationMetrics[], key: keyof DiscriminationMetrics): Interval => {
    const sorted = Float64Array.from(xs, (x) => x[key]).sort();
    return { lower: percentile(sorted, (1 - level) / 2), upper: percentile(sorted, 1 - (1 - level) / 2) };
  };
  const intervals = (xs: DiscriminationMetrics[]): MetricIntervals => ({
    auc: interval(xs, 'auc'),
    gini: interval(xs, 'gini'),
    ks: interval(xs, 'ks'),
  });
  return { level, samples, scores: intervals(draws.scores), linearPredictor: intervals(draws.linear) };
}

/**
 * 交叉验证 — repeated stratified k-fold cross-validation of {@link fitScorecard}: each fold's model
 * is fitted (binning included) on the other folds only and scores the held-out rows through
 * `score()`. Reports per fold and on average the AUC, Gini and KS of the model's scores and of its
 * unrounded linear predictor (what whole points cost), with percentile bootstrap intervals of the
 * means. Seeded: the same rows, options and seed give the same report.
 *
 * @throws HezuoError as {@link fitScorecard} does, for any fold; `INVALID_INPUT` when a class has
 * fewer rows than there are folds.
 *
 * @example
 * ```ts
 * const cv = crossValidate(rows, { target: 'status', bad: 'bad', folds: 5, seed: 7 });
 * console.log(cv.mean.scores.auc);
 * ```
 */
export function crossValidate(
  rows: readonly FitRow[],
  options: CrossValidationOptions,
): CrossValidationReport {
  const o = parseInput(CrossValidationOptionsSchema, options, { path: ['options'] });
  const valid = parseInput(FitRowsSchema, rows, { path: ['rows'] });
  const { folds: foldsOption, repeats: repeatsOption, seed, bootstrap: boot, ...fitOptions } = o;
  const folds = foldsOption ?? 5;
  const repeats = repeatsOption ?? 1;
  const bad = readOutcomes(valid, o.target, o.bad);
  let events = 0;
  for (let i = 0; i < bad.length; i++) events += bad[i] as number;
  if (Math.min(events, bad.length - events) < folds) {
    throw new HezuoError(
      'INVALID_INPUT',
      `${folds} folds need at least ${folds} bad and ${folds} good rows (there are ${events} and ${bad.length - events})`,
      { path: ['options', 'folds'] },
    );
  }
  const next = seededRandom(seed);
  const results: CrossValidationFold[] = [];
  const heldOut: HeldOut[] = [];
  for (let r = 0; r < repeats; r++) {
    const fold = stratifiedFolds(bad, folds, next);
    for (let f = 0; f < folds; f++) {
      const train: FitRow[] = [];
      const test: number[] = [];
      for (let i = 0; i < valid.length; i++) {
        if (fold[i] === f) test.push(i);
        else train.push(valid[i] as FitRow);
      }
      const fit = runFit(train, fitOptions);
      const testBad = Uint8Array.from(test, (i) => bad[i] as number);
      const scores = scoresOf(fit.model, valid, test);
      const linear = scoresOf(fit.exactModel, valid, test);
      heldOut.push({ scores, linear, bad: testBad });
      let testEvents = 0;
      for (const b of testBad) testEvents += b;
      results.push({
        repeat: r,
        fold: f,
        trainRows: train.length,
        testRows: test.length,
        testEvents,
        characteristics: fit.model.characteristics.map((c) => c.id),
        scores: rankedMetrics(scoreOrder(scores), scores, testBad, null),
        linearPredictor: rankedMetrics(scoreOrder(linear), linear, testBad, null),
      });
    }
  }
  const meanScores = mean(results.map((x) => x.scores));
  const meanLinear = mean(results.map((x) => x.linearPredictor));
  const samples = boot?.samples ?? 200;
  return {
    folds,
    repeats,
    seed,
    results,
    mean: { scores: meanScores, linearPredictor: meanLinear },
    roundingCost: { auc: meanLinear.auc - meanScores.auc },
    confidence: samples > 0 ? bootstrap(heldOut, samples, boot?.level ?? 0.95, seed) : null,
  };
}
