import { HezuoError } from '../../errors/HezuoError';
import { BIN_MISSING, BIN_SPECIAL, BIN_UNSEEN } from './binCodes';
import type { CompiledCharacteristic, CompiledScorecard, ResolvedPolicy } from './compileModel';

/**
 * @internal The one scoring path behind `score`, `scoreRows`, `scoreBatch` and `scoreStream`:
 * a row's points and bins are written into flat typed arrays, so a batch keeps one buffer
 * instead of a dozen small objects per row. Objects are built from the buffers only when asked.
 */

/** @internal Throws when a policy rejects the value. */
export function rejectValue(c: CompiledCharacteristic, kind: string, value: unknown): never {
  const shown = typeof value === 'string' ? `"${value.slice(0, 64)}"` : String(value);
  throw new HezuoError('INVALID_INPUT', `characteristic "${c.id}" rejects ${kind} value ${shown}`, {
    path: ['row', c.id],
    details: { characteristic: c.id, kind },
  });
}

/** @internal The bin of a number among `[a, b)` intervals, given the lower bounds of bins 1..n-1. */
export function numericBin(bounds: Float64Array, x: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bounds[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @internal Whether `x` is one of a characteristic's special values. */
export function isSpecial(values: Float64Array, x: number): boolean {
  for (let k = 0; k < values.length; k++) if (values[k] === x) return true;
  return false;
}

function wrongType(c: CompiledCharacteristic, value: unknown): never {
  const wanted = c.type === 'numeric' ? 'a number' : 'a string';
  throw new HezuoError('INVALID_INPUT', `characteristic "${c.id}" takes ${wanted}, not a ${typeof value}`, {
    path: ['row', c.id],
  });
}

/** Reads a row field: own properties only, so an id such as `toString` is not found on the prototype. */
export function readRow(row: object, id: string): unknown {
  try {
    return Object.hasOwn(row, id) ? (row as Record<string, unknown>)[id] : undefined;
  } catch {
    // Rows are plain data; a getter that throws is refused like a wrong type.
    throw new HezuoError('INVALID_INPUT', `characteristic "${id}" could not be read from the row`, {
      path: ['row', id],
    });
  }
}

/** Integers within ±2^30 take the table path. */
const INT_PATH = 2 ** 30;

/** A plain read for ids no object inherits; a throwing getter is refused like a wrong type. */
function readDirect(row: Record<string, unknown>, id: string): unknown {
  try {
    return row[id];
  } catch {
    throw new HezuoError('INVALID_INPUT', `characteristic "${id}" could not be read from the row`, {
      path: ['row', id],
    });
  }
}

function policy(
  c: CompiledCharacteristic,
  p: ResolvedPolicy,
  kind: string,
  code: number,
  value: unknown,
  bins: Int32Array,
  at: number,
): number {
  if (p.reject) rejectValue(c, kind, value);
  bins[at] = p.bin >= 0 ? p.bin : code;
  return p.points;
}

/** @internal A value's points; its bin code goes to `bins[at]`. */
export function scoreValue(c: CompiledCharacteristic, value: unknown, bins: Int32Array, at: number): number {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return policy(c, c.missing, 'missing', BIN_MISSING, value, bins, at);
  }
  if (c.type === 'numeric') {
    if (typeof value !== 'number') wrongType(c, value);
    const table = c.intTable;
    if (table.length > 0 && Number.isInteger(value) && value > -INT_PATH && value < INT_PATH) {
      // Clamped into the table, whose first and last entries stand for everything beyond.
      const j = Math.min(Math.max(value - c.intBase, 0), table.length - 1);
      bins[at] = c.intBins[j] as number;
      return table[j] as number;
    }
    if (c.specialValues.length > 0 && isSpecial(c.specialValues, value))
      return policy(c, c.special, 'special', BIN_SPECIAL, value, bins, at);
    const bin = numericBin(c.bounds, value);
    bins[at] = bin;
    return c.points[bin] as number;
  }
  if (typeof value !== 'string') wrongType(c, value);
  const bin = c.categories.get(value);
  if (bin === undefined) return policy(c, c.unseen, 'unseen', BIN_UNSEEN, value, bins, at);
  bins[at] = bin;
  return c.points[bin] as number;
}

/**
 * @internal Scores one row into `points` and `bins` at `[at, at + k)` and returns the total. Throws
 * a typed error for a bad row; what was written for it is then meaningless and is overwritten.
 */
export function scoreRowInto(
  compiled: CompiledScorecard,
  row: unknown,
  points: Float64Array,
  bins: Int32Array,
  at: number,
): number {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new HezuoError('INVALID_INPUT', 'a row is an object of characteristic values', { path: ['row'] });
  }
  const chars = compiled.characteristics;
  let total = compiled.basePoints;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as CompiledCharacteristic;
    const value = c.direct ? readDirect(row as Record<string, unknown>, c.id) : readRow(row, c.id);
    const p = scoreValue(c, value, bins, at + i);
    points[at + i] = p;
    total += p;
  }
  if (!Number.isFinite(total)) {
    throw new HezuoError('INVALID_INPUT', 'the points add up beyond the range of numbers', {
      path: ['model'],
    });
  }
  return total;
}

/** The losses of the reasons picked so far, by rank (grown to the largest `top` seen). */
let picked = new Float64Array(4);

/**
 * @internal Picks the top reasons of a scored row into `out` at `[outAt, outAt + top)` as
 * characteristic indexes (−1 fills the rest): points lost > 0, largest first, ties in
 * declaration order (an insertion into a short sorted list; equal losses stay behind).
 */
export function selectReasons(
  compiled: CompiledScorecard,
  points: Float64Array,
  at: number,
  out: Int32Array,
  outAt: number,
): void {
  const top = compiled.topReasons;
  const max = compiled.reasonLoss;
  if (picked.length < top) picked = new Float64Array(top);
  const losses = picked;
  let n = 0;
  for (let i = 0; i < max.length; i++) {
    // NaN for a characteristic excluded from reasons: the comparison below is then false.
    const loss = (max[i] as number) - (points[at + i] as number);
    if (!(loss > 0)) continue;
    if (n === top && !(loss > (losses[top - 1] as number))) continue;
    let j = n < top ? n : top - 1;
    // Strictly greater moves ahead, so an equal loss stays behind the earlier characteristic.
    while (j > 0 && loss > (losses[j - 1] as number)) {
      losses[j] = losses[j - 1] as number;
      out[outAt + j] = out[outAt + j - 1] as number;
      j--;
    }
    losses[j] = loss;
    out[outAt + j] = i;
    if (n < top) n++;
  }
  for (let m = n; m < top; m++) out[outAt + m] = -1;
}
