import { z } from 'zod';
import { HezuoError } from '../../errors/HezuoError';
import type { LocalizedText } from '../../i18n/locale';
import type { GradeBand } from '../grades/gradeBands';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { binSource } from './binCodes';
import {
  type BinSource,
  bandIndex,
  type CompiledCharacteristic,
  type CompiledScorecard,
  toCompiled,
} from './compileModel';
import { readRow, scoreRowInto, selectReasons } from './scoreKernel';

/** One row to score: characteristic id → value (`null`, `undefined` or NaN = missing). */
export type ScoreRow = Readonly<Record<string, number | string | null | undefined>>;

/** Schema of {@link ScoreRow}. Rows are checked value by value as they are scored. */
export const ScoreRowSchema = z.record(
  z.string(),
  z.union([z.number(), z.string(), z.null(), z.undefined()]),
);

/** How one characteristic scored. */
export interface CharacteristicScore {
  /** The characteristic id. */
  readonly id: string;
  /** The value as given (`null` when missing). */
  readonly value: number | string | null;
  /** The bin index, or the policy that applied when the value was missing, special or unseen. */
  readonly bin: BinSource;
  /** Points given. */
  readonly points: number;
  /** The most points this characteristic can give. */
  readonly maxPoints: number;
  /** `maxPoints − points`, never negative. */
  readonly pointsLost: number;
}

/** A reason the score is not higher: a characteristic that lost points. */
export interface ScoreReason {
  /** The characteristic id. */
  readonly id: string;
  /** Points lost against the characteristic's maximum. */
  readonly pointsLost: number;
  /** Why, for the member (from the model's `reasonText`). */
  readonly text: LocalizedText;
}

/** The result of scoring one row. */
export interface ScoreResult {
  /** The sum of the characteristics' points (plus a logistic model's separate base points), unrounded. */
  readonly score: number;
  /** Logistic models: the probability of bad implied by the score, `1 / (1 + oddsGood)`. */
  readonly probabilityBad?: number;
  /** The grade whose band holds the score. */
  readonly grade: string;
  /** False for the unrated band (no credit line). */
  readonly rated: boolean;
  /** Per characteristic, in declaration order. */
  readonly characteristics: readonly CharacteristicScore[];
  /** The top reasons by points lost (only those that lost points; ties in declaration order). */
  readonly reasons: readonly ScoreReason[];
  /** The model's id. */
  readonly modelId: string;
  /** The model's version. */
  readonly modelVersion: string;
  /** The model's content hash ({@link modelHash}). */
  readonly modelHash: string;
}

/** Options for {@link score} and the batch functions. */
export interface ScoreOptions {
  /** Compute the top reasons (true unless told). */
  readonly reasons?: boolean;
}

const ScoreOptionsSchema = z.strictObject({ reasons: z.boolean().optional() });

/** @internal Builds the result object of a row scored into `points` and `bins` at `at`. */
export function buildResult(
  compiled: CompiledScorecard,
  row: object,
  points: Float64Array,
  bins: Int32Array,
  at: number,
  total: number,
  reasons: Int32Array | null,
  reasonsAt: number,
): ScoreResult {
  const chars = compiled.characteristics;
  const scores: CharacteristicScore[] = new Array(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as CompiledCharacteristic;
    const value = readRow(row, c.id);
    const p = points[at + i] as number;
    scores[i] = {
      id: c.id,
      value: value === undefined || Number.isNaN(value) ? null : (value as number | string | null),
      bin: binSource(bins[at + i] as number),
      points: p,
      maxPoints: c.maxPoints,
      pointsLost: c.maxPoints - p,
    };
  }
  const band = compiled.bands[bandIndex(compiled.bands, total)] as GradeBand;
  const model = compiled.model;
  return {
    score: total,
    ...(model.kind === 'logistic'
      ? { probabilityBad: 1 / (1 + Math.exp((total - compiled.offset) / compiled.factor)) }
      : {}),
    grade: band.grade,
    rated: band.rated,
    characteristics: scores,
    reasons: reasons === null ? [] : reasonList(compiled, scores, reasons, reasonsAt),
    modelId: model.id,
    modelVersion: model.version,
    modelHash: compiled.hash,
  };
}

function reasonList(
  compiled: CompiledScorecard,
  scores: readonly CharacteristicScore[],
  reasons: Int32Array,
  at: number,
): ScoreReason[] {
  const out: ScoreReason[] = [];
  for (let m = 0; m < compiled.topReasons; m++) {
    const i = reasons[at + m] as number;
    if (i < 0) break;
    out.push({
      id: (scores[i] as CharacteristicScore).id,
      pointsLost: (scores[i] as CharacteristicScore).pointsLost,
      text: (compiled.characteristics[i] as CompiledCharacteristic).reasonText,
    });
  }
  return out;
}

/** @internal Per-compiled-model scratch buffers for scoring one row at a time. */
export interface RowScratch {
  readonly points: Float64Array;
  readonly bins: Int32Array;
  readonly reasons: Int32Array;
}

/** @internal Scratch buffers sized for a compiled model. */
export function rowScratch(compiled: CompiledScorecard): RowScratch {
  const k = compiled.characteristics.length;
  return {
    points: new Float64Array(k),
    bins: new Int32Array(k),
    reasons: new Int32Array(compiled.topReasons),
  };
}

/** @internal Scores one row to a result object, through the one kernel. */
export function scoreCompiled(
  compiled: CompiledScorecard,
  row: unknown,
  withReasons: boolean,
  scratch: RowScratch = rowScratch(compiled),
): ScoreResult {
  const total = scoreRowInto(compiled, row, scratch.points, scratch.bins, 0);
  if (withReasons) selectReasons(compiled, scratch.points, 0, scratch.reasons, 0);
  return buildResult(
    compiled,
    row as object,
    scratch.points,
    scratch.bins,
    0,
    total,
    withReasons ? scratch.reasons : null,
    0,
  );
}

/**
 * Scores one row: total, grade, per-characteristic points and bins, top reasons, and the
 * model's id, version and hash. Pass a {@link compileModel} result to score many rows; a raw
 * model is validated on every call.
 *
 * @example
 * ```ts
 * const result = score(compileModel(model), { age: 42, village: 'east' });
 * ```
 */
export function score(
  model: CompiledScorecard | ScorecardModelInput,
  row: ScoreRow,
  options: ScoreOptions = {},
): ScoreResult {
  const compiled = toCompiled(model);
  const opts = ScoreOptionsSchema.safeParse(options);
  if (!opts.success)
    throw new HezuoError('INVALID_INPUT', 'score options are { reasons?: boolean }', { path: ['options'] });
  return scoreCompiled(compiled, row, opts.data.reasons ?? true);
}
