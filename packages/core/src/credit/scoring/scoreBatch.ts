import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { GradeBand } from '../grades/gradeBands';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { type BatchOptions, BatchOptionsSchema, type RowError, rowError } from './batchOptions';
import { bandIndex, type CompiledScorecard, toCompiled } from './compileModel';
import { buildResult, type ScoreResult, type ScoreRow } from './score';
import { scoreRowInto, selectReasons } from './scoreKernel';

/**
 * Row objects scored into flat typed arrays: one buffer per batch instead of a dozen small
 * objects per row, for the bank's batch job that writes scores, grades and reasons to a table.
 * `result(i)` builds the full {@link ScoreResult} of one row when it is wanted.
 */
export class ScoredBatch {
  /** The compiled model the rows were scored with. */
  readonly compiled: CompiledScorecard;
  /** How many rows were scored (bad rows skipped are not counted). */
  readonly length: number;
  /** Characteristics per row: the stride of `points` and `bins`. */
  readonly width: number;
  /** For each scored row, its index in the input. */
  readonly rowIndex: Int32Array;
  /** For each scored row, its total score. */
  readonly scores: Float64Array;
  /** For each scored row, the index of its grade band in the model's `gradeBands`. */
  readonly gradeIndex: Uint16Array;
  /** Row-major, `width` per row: the points of each characteristic in declaration order. */
  readonly points: Float64Array;
  /**
   * Row-major, `width` per row: the bin index of each characteristic, or −1 when the missing
   * policy gave the points, −2 the special policy, −3 the unseen policy.
   */
  readonly bins: Int32Array;
  /** Row-major, `compiled.topReasons` per row: characteristic indexes of the top reasons, −1 after the last; `null` without reasons. */
  readonly reasons: Int32Array | null;
  /** Bad rows with their input index. */
  readonly errors: readonly RowError[];
  readonly #rows: readonly ScoreRow[];

  /** @internal Built by {@link scoreBatch}. */
  constructor(
    compiled: CompiledScorecard,
    rows: readonly ScoreRow[],
    parts: {
      length: number;
      rowIndex: Int32Array;
      scores: Float64Array;
      gradeIndex: Uint16Array;
      points: Float64Array;
      bins: Int32Array;
      reasons: Int32Array | null;
      errors: RowError[];
    },
  ) {
    this.compiled = compiled;
    this.#rows = rows;
    this.width = compiled.characteristics.length;
    this.length = parts.length;
    this.rowIndex = parts.rowIndex;
    this.scores = parts.scores;
    this.gradeIndex = parts.gradeIndex;
    this.points = parts.points;
    this.bins = parts.bins;
    this.reasons = parts.reasons;
    this.errors = parts.errors;
  }

  /** The grade of the `i`-th scored row. */
  grade(i: number): string {
    this.#checked(i);
    return (this.compiled.bands[this.gradeIndex[i] as number] as GradeBand).grade;
  }

  /** The full result of the `i`-th scored row, built now (its values are read from the input row). */
  result(i: number): ScoreResult {
    this.#checked(i);
    const row = this.#rows[this.rowIndex[i] as number] as object;
    const top = this.compiled.topReasons;
    return buildResult(
      this.compiled,
      row,
      this.points,
      this.bins,
      i * this.width,
      this.scores[i] as number,
      this.reasons,
      i * top,
    );
  }

  #checked(i: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) {
      throw new HezuoError(
        'INVALID_INPUT',
        `row ${typeof i === 'number' ? String(i) : typeof i} is not among the ${this.length} scored rows`,
        {
          path: ['index'],
        },
      );
    }
  }
}

/**
 * Scores an array of row objects into a {@link ScoredBatch} of typed arrays: the fast path for
 * row objects, through the same kernel as {@link score}. Bad rows follow `onError` as in
 * {@link scoreRows}: `stop` (the default) ends the batch at the first, `skip` leaves them out
 * (see `rowIndex`); both list them in `errors`.
 */
export function scoreBatch(
  model: CompiledScorecard | ScorecardModelInput,
  rows: readonly ScoreRow[],
  options: BatchOptions = {},
): ScoredBatch {
  const compiled = toCompiled(model);
  const opts = parseInput(BatchOptionsSchema, options, { path: ['options'] });
  if (!Array.isArray(rows)) throw new HezuoError('INVALID_INPUT', 'rows are an array', { path: ['rows'] });
  const withReasons = opts.reasons ?? true;
  const k = compiled.characteristics.length;
  const top = compiled.topReasons;
  const n = rows.length;
  const points = new Float64Array(n * k);
  const bins = new Int32Array(n * k);
  const reasons = withReasons ? new Int32Array(n * top) : null;
  const scores = new Float64Array(n);
  const gradeIndex = new Uint16Array(n);
  const rowIndex = new Int32Array(n);
  const errors: RowError[] = [];
  const bands = compiled.bands;
  let m = 0;
  for (let r = 0; r < n; r++) {
    let total: number;
    try {
      total = scoreRowInto(compiled, rows[r], points, bins, m * k);
    } catch (error) {
      errors.push(rowError(r, error));
      if (opts.onError !== 'skip') break;
      continue;
    }
    if (reasons !== null) selectReasons(compiled, points, m * k, reasons, m * top);
    scores[m] = total;
    gradeIndex[m] = bandIndex(bands, total);
    rowIndex[m] = r;
    m++;
  }
  return new ScoredBatch(compiled, rows, {
    length: m,
    rowIndex: rowIndex.subarray(0, m),
    scores: scores.subarray(0, m),
    gradeIndex: gradeIndex.subarray(0, m),
    points: points.subarray(0, m * k),
    bins: bins.subarray(0, m * k),
    reasons: reasons === null ? null : reasons.subarray(0, m * top),
    errors,
  });
}
