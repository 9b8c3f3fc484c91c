import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { ScorecardModelInput } from '../model/scorecardModel';
import {
  type BatchOptions,
  BatchOptionsSchema,
  type BatchResult,
  type RowError,
  rowError,
} from './batchOptions';
import { type CompiledCharacteristic, type CompiledScorecard, toCompiled } from './compileModel';
import { rowScratch, type ScoreResult, type ScoreRow, scoreCompiled } from './score';
import { isSpecial, numericBin, rejectValue } from './scoreKernel';

/**
 * Scores an array of rows. A bad row is reported with its index; with `onError: 'stop'` (the
 * default) scoring stops there, with `'skip'` it goes on and the row's result is `null`.
 */
export function scoreRows(
  model: CompiledScorecard | ScorecardModelInput,
  rows: readonly ScoreRow[],
  options: BatchOptions = {},
): BatchResult {
  const compiled = toCompiled(model);
  const opts = parseInput(BatchOptionsSchema, options, { path: ['options'] });
  if (!Array.isArray(rows)) throw new HezuoError('INVALID_INPUT', 'rows are an array', { path: ['rows'] });
  const withReasons = opts.reasons ?? true;
  const results: (ScoreResult | null)[] = [];
  const errors: RowError[] = [];
  const scratch = rowScratch(compiled);
  for (let i = 0; i < rows.length; i++) {
    try {
      results.push(scoreCompiled(compiled, rows[i], withReasons, scratch));
    } catch (error) {
      errors.push(rowError(i, error));
      if (opts.onError !== 'skip') break;
      results.push(null);
    }
  }
  return { results, errors };
}

/** Columnar input: numeric characteristics as `Float64Array` (NaN = missing), categorical as `Int32Array` codes. */
export type ScoreColumns = Readonly<Record<string, Float64Array | Int32Array>>;

/** For each categorical characteristic, the category of each code (`codes[id][code]`); a negative code is missing. */
export type CategoryCodes = Readonly<Record<string, readonly string[]>>;

const CategoryCodesSchema = z.record(z.string(), z.array(z.string()).max(1_000_000));

/** The number of bounds at or below `x`, which is the bin index of `x` among `[a, b)` intervals. */
function countAtOrBelow(bounds: Float64Array, nb: number, x: number): number {
  let bin = 0;
  for (let j = 0; j < nb; j++) bin += +((bounds[j] as number) <= x);
  return bin;
}

function slowPoints(c: CompiledCharacteristic, x: number, r: number): number {
  if (Number.isNaN(x)) {
    if (c.missing.reject) rejectValue(c, `missing (row ${r})`, x);
    return c.missing.points;
  }
  if (c.specialValues.length > 0 && isSpecial(c.specialValues, x)) {
    if (c.special.reject) rejectValue(c, `special (row ${r})`, x);
    return c.special.points;
  }
  return c.points[numericBin(c.bounds, x)] as number;
}

/*
 * Integers in [−2^30, 2^30) take the table path (tested in `tablePoints` by the top two bits of
 * the 32-bit value agreeing), so the index arithmetic stays within 32 bits.
 */

/**
 * Integers by one table lookup (see `intTable`); NaN, fractions and huge values by `slowPoints`.
 * The index is clamped with bit operations, not comparisons: on real data the branch of "above
 * the last bound or not" is a coin toss the processor keeps losing.
 */
function tablePoints(c: CompiledCharacteristic, column: Float64Array, out: Float64Array): void {
  const table = c.intTable;
  const base = c.intBase;
  const last = table.length - 1;
  for (let r = 0; r < column.length; r++) {
    const x = column[r] as number;
    const xi = x | 0;
    let p: number;
    // One test for |xi| < 2^30: the top two bits of a 32-bit integer agree.
    if (xi === x && ((xi >> 30) + 1) >>> 1 === 0) {
      let j = xi - base;
      j &= ~(j >> 31);
      const over = j - last;
      p = table[last + (over & (over >> 31))] as number;
    } else {
      p = slowPoints(c, x, r);
    }
    out[r] = (out[r] as number) + p;
  }
}

function columnPoints(c: CompiledCharacteristic, column: Float64Array, out: Float64Array): void {
  if (c.intTable.length > 0) {
    tablePoints(c, column, out);
    return;
  }
  const { bounds, points, specialValues } = c;
  const nb = bounds.length;
  // Few bins: a branch-free count beats bisection, whose branches mispredict on real data.
  const linear = nb <= 16 && specialValues.length === 0;
  for (let r = 0; r < column.length; r++) {
    const x = column[r] as number;
    out[r] =
      (out[r] as number) +
      (linear && !Number.isNaN(x) ? (points[countAtOrBelow(bounds, nb, x)] as number) : slowPoints(c, x, r));
  }
}

function badCode(c: CompiledCharacteristic, code: number, categories: number, r: number): never {
  if (code < 0) return rejectValue(c, `missing (row ${r})`, code);
  if (code >= categories) {
    throw new HezuoError(
      'INVALID_INPUT',
      `characteristic "${c.id}": code ${code} at row ${r} has no category`,
      {
        path: ['columns', c.id, r],
      },
    );
  }
  return rejectValue(c, `unseen (row ${r})`, code);
}

/** Per-code points of a categorical column, missing first (see `categoricalPoints`); NaN marks a rejection. */
function codePoints(c: CompiledCharacteristic, categories: readonly string[]): Float64Array {
  const table = new Float64Array(categories.length + 1);
  table[0] = c.missing.reject ? Number.NaN : c.missing.points;
  categories.forEach((value, code) => {
    const bin = c.categories.get(value);
    table[code + 1] =
      bin !== undefined ? (c.points[bin] as number) : c.unseen.reject ? Number.NaN : c.unseen.points;
  });
  return table;
}

/**
 * `table[0]` holds the missing points and `table[code + 1]` a code's (NaN when rejected): every
 * negative code clamps to 0 without a branch, as in `tablePoints`.
 */
function categoricalPoints(
  c: CompiledCharacteristic,
  column: Int32Array,
  table: Float64Array,
  out: Float64Array,
): void {
  const size = table.length;
  for (let r = 0; r < column.length; r++) {
    const code = column[r] as number;
    let j = code + 1;
    j &= ~(j >> 31);
    const p = j < size ? (table[j] as number) : Number.NaN;
    if (Number.isNaN(p)) badCode(c, code, size - 1, r);
    out[r] = (out[r] as number) + p;
  }
}

/**
 * The fast path: scores columns (one typed array per characteristic, all the same length) and
 * returns the scores only, no reasons. NaN in a numeric column and a negative code in a
 * categorical column are missing. A rejected value throws, naming the characteristic and row.
 */
export function scoreColumns(
  model: CompiledScorecard | ScorecardModelInput,
  columns: ScoreColumns,
  categoryCodes: CategoryCodes = {},
): Float64Array {
  const compiled = toCompiled(model);
  const codes = parseInput(CategoryCodesSchema, categoryCodes, { path: ['categoryCodes'] });
  if (typeof columns !== 'object' || columns === null) {
    throw new HezuoError('INVALID_INPUT', 'columns are an object of typed arrays', { path: ['columns'] });
  }
  let length = -1;
  for (const c of compiled.characteristics) {
    const column = Object.hasOwn(columns, c.id) ? columns[c.id] : undefined;
    const ok = c.type === 'numeric' ? column instanceof Float64Array : column instanceof Int32Array;
    if (!ok || column === undefined) {
      throw new HezuoError(
        'INVALID_INPUT',
        `characteristic "${c.id}" needs a ${c.type === 'numeric' ? 'Float64Array' : 'Int32Array of category codes'}`,
        { path: ['columns', c.id] },
      );
    }
    if (length >= 0 && column.length !== length) {
      throw new HezuoError('INVALID_INPUT', `column "${c.id}" has ${column.length} rows, not ${length}`, {
        path: ['columns', c.id],
      });
    }
    length = column.length;
    if (c.type === 'categorical' && !Object.hasOwn(codes, c.id)) {
      throw new HezuoError('INVALID_INPUT', `characteristic "${c.id}" needs its category codes`, {
        path: ['categoryCodes', c.id],
      });
    }
  }
  const n = Math.max(length, 0);
  const out = new Float64Array(n).fill(compiled.basePoints);
  for (const c of compiled.characteristics) {
    const column = columns[c.id];
    if (column instanceof Float64Array) columnPoints(c, column, out);
    else categoricalPoints(c, column as Int32Array, codePoints(c, codes[c.id] ?? []), out);
  }
  for (let r = 0; r < out.length; r++) {
    if (!Number.isFinite(out[r] as number)) {
      throw new HezuoError('INVALID_INPUT', `row ${r}: the points add up beyond the range of numbers`, {
        path: ['columns'],
      });
    }
  }
  return out;
}

/** One outcome of {@link scoreStream}: a result, or (with `skip`) the error of a bad row. */
export type StreamOutcome =
  | { readonly index: number; readonly result: ScoreResult }
  | { readonly index: number; readonly error: HezuoError };

async function* streamRows(
  compiled: CompiledScorecard,
  source: AsyncIterable<ScoreRow> | Iterable<ScoreRow>,
  withReasons: boolean,
  skip: boolean,
): AsyncGenerator<StreamOutcome, void, undefined> {
  let index = 0;
  const scratch = rowScratch(compiled);
  for await (const row of source) {
    let outcome: StreamOutcome;
    try {
      outcome = { index, result: scoreCompiled(compiled, row, withReasons, scratch) };
    } catch (error) {
      const bad = rowError(index, error);
      if (!skip) throw bad.error;
      outcome = bad;
    }
    index++;
    yield outcome;
  }
}

/**
 * Scores a stream of rows (an async or sync iterable) one at a time, in constant memory.
 * With `onError: 'stop'` (the default) the generator throws at the first bad row, naming its
 * index; with `'skip'` it yields `{ index, error }` and goes on. The model and options are
 * checked at the call, before any row is read.
 */
export function scoreStream(
  model: CompiledScorecard | ScorecardModelInput,
  source: AsyncIterable<ScoreRow> | Iterable<ScoreRow>,
  options: BatchOptions = {},
): AsyncGenerator<StreamOutcome, void, undefined> {
  const compiled = toCompiled(model);
  const opts = parseInput(BatchOptionsSchema, options, { path: ['options'] });
  const iterable =
    typeof source === 'object' &&
    source !== null &&
    (typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' ||
      typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function');
  if (!iterable)
    throw new HezuoError('INVALID_INPUT', 'rows come as an iterable or async iterable', { path: ['source'] });
  return streamRows(compiled, source, opts.reasons ?? true, opts.onError === 'skip');
}
