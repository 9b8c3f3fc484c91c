import { z } from 'zod';
import { HezuoError } from '../../errors/HezuoError';
import type { LocalizedText } from '../../i18n/locale';
import { logisticConstants } from '../model/scaleLogisticPoints';
import type { ScorecardModelInput } from '../model/scorecardModel';
import {
  type BinSource,
  bandFor,
  type CompiledCharacteristic,
  type CompiledScorecard,
  type ResolvedPolicy,
  toCompiled,
} from './compileModel';

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

/** @internal Throws when a policy rejects the value. */
export function rejectValue(c: CompiledCharacteristic, kind: string, value: unknown): never {
  const shown = typeof value === 'string' ? `"${value.slice(0, 64)}"` : String(value);
  throw new HezuoError('INVALID_INPUT', `characteristic "${c.id}" rejects ${kind} value ${shown}`, {
    path: ['row', c.id],
    details: { characteristic: c.id, kind },
  });
}

/** The bin source of the last {@link scoreValue} call: saves a tuple per value on the hot path. */
let binOut: BinSource = 0;

function applyPolicy(
  c: CompiledCharacteristic,
  p: ResolvedPolicy,
  kind: 'missing' | 'special' | 'unseen',
  value: unknown,
): number {
  if (p.reject) rejectValue(c, kind, value);
  binOut = p.bin >= 0 ? p.bin : kind;
  return p.points;
}

function isSpecial(values: Float64Array, x: number): boolean {
  for (let k = 0; k < values.length; k++) if (values[k] === x) return true;
  return false;
}

/** @internal The bin of a finite-or-infinite number among `[a, b)` intervals. */
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

/** Scores one characteristic's value: returns its points and leaves its bin source in `binOut`. */
function scoreValue(c: CompiledCharacteristic, value: unknown): number {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return applyPolicy(c, c.missing, 'missing', value);
  }
  if (c.type === 'numeric') {
    if (typeof value !== 'number') {
      throw new HezuoError(
        'INVALID_INPUT',
        `characteristic "${c.id}" takes a number, not a ${typeof value}`,
        {
          path: ['row', c.id],
        },
      );
    }
    if (c.specialValues.length > 0 && isSpecial(c.specialValues, value))
      return applyPolicy(c, c.special, 'special', value);
    const bin = numericBin(c.bounds, value);
    binOut = bin;
    return c.points[bin] as number;
  }
  if (typeof value !== 'string') {
    throw new HezuoError('INVALID_INPUT', `characteristic "${c.id}" takes a string, not a ${typeof value}`, {
      path: ['row', c.id],
    });
  }
  const bin = c.categories.get(value);
  if (bin === undefined) return applyPolicy(c, c.unseen, 'unseen', value);
  binOut = bin;
  return c.points[bin] as number;
}

/** Reads a row field: own properties only, so an id such as `toString` is not found on the prototype. */
function readRow(row: object, id: string): unknown {
  try {
    return Object.hasOwn(row, id) ? (row as Record<string, unknown>)[id] : undefined;
  } catch {
    // Rows are plain data; a getter that throws is refused like a wrong type.
    throw new HezuoError('INVALID_INPUT', `characteristic "${id}" could not be read from the row`, {
      path: ['row', id],
    });
  }
}

/** @internal Scores a row against a compiled scorecard; the one code path of every entry point. */
export function scoreCompiled(compiled: CompiledScorecard, row: unknown, withReasons: boolean): ScoreResult {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new HezuoError('INVALID_INPUT', 'a row is an object of characteristic values', { path: ['row'] });
  }
  const chars = compiled.characteristics;
  const scores: CharacteristicScore[] = new Array(chars.length);
  let total = compiled.basePoints;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as CompiledCharacteristic;
    const value = readRow(row, c.id);
    const points = scoreValue(c, value);
    const bin = binOut;
    total += points;
    scores[i] = {
      id: c.id,
      value:
        value === undefined || (typeof value === 'number' && Number.isNaN(value))
          ? null
          : (value as number | string | null),
      bin,
      points,
      maxPoints: c.maxPoints,
      pointsLost: c.maxPoints - points,
    };
  }
  if (!Number.isFinite(total)) {
    throw new HezuoError('INVALID_INPUT', 'the points add up beyond the range of numbers', {
      path: ['model'],
    });
  }
  const band = bandFor(compiled.bands, total);
  const model = compiled.model;
  let probabilityBad: number | undefined;
  if (model.kind === 'logistic') {
    const { factor, offset } = logisticConstants(model);
    probabilityBad = 1 / (1 + Math.exp((total - offset) / factor));
  }
  return {
    score: total,
    ...(probabilityBad === undefined ? {} : { probabilityBad }),
    grade: band.grade,
    rated: band.rated,
    characteristics: scores,
    reasons: withReasons ? topReasons(compiled, scores) : [],
    modelId: model.id,
    modelVersion: model.version,
    modelHash: compiled.hash,
  };
}

/** Top-N reasons by points lost, > 0 only, ties by declaration order (insertion into a sorted short list). */
function topReasons(compiled: CompiledScorecard, scores: readonly CharacteristicScore[]): ScoreReason[] {
  const top = compiled.topReasons;
  const picked: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const lost = (scores[i] as CharacteristicScore).pointsLost;
    if (!(lost > 0) || !(compiled.characteristics[i] as CompiledCharacteristic).reason) continue;
    let at = picked.length;
    // Strictly greater moves ahead, so an equal loss stays behind the earlier characteristic.
    while (at > 0 && lost > (scores[picked[at - 1] as number] as CharacteristicScore).pointsLost) at--;
    if (at >= top) continue;
    picked.splice(at, 0, i);
    if (picked.length > top) picked.pop();
  }
  return picked.map((i) => {
    const s = scores[i] as CharacteristicScore;
    return {
      id: s.id,
      pointsLost: s.pointsLost,
      text: (compiled.characteristics[i] as CompiledCharacteristic).reasonText,
    };
  });
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
