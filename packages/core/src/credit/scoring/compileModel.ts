import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { parseInput } from '../../errors/fromZod';
import type { LocalizedText } from '../../i18n/locale';
import type { GradeBand } from '../grades/gradeBands';
import { canonicalJson } from '../model/modelHash';
import { logisticConstants } from '../model/scaleLogisticPoints';
import {
  type Characteristic,
  type ScorecardModel,
  type ScorecardModelInput,
  ScorecardModelSchema,
  type ValuePolicy,
} from '../model/scorecardModel';
import { BIN_SPECIAL } from './binCodes';

/** Where a characteristic's points came from: a bin index, or the policy that applied. */
export type BinSource = number | 'missing' | 'special' | 'unseen';

/** @internal A policy resolved to points: `bin` is the bin index or -1 for fixed points; NaN points = reject. */
export interface ResolvedPolicy {
  readonly bin: number;
  readonly points: number;
  readonly reject: boolean;
}

/** @internal One characteristic ready to score. */
export interface CompiledCharacteristic {
  readonly id: string;
  readonly type: 'numeric' | 'categorical';
  readonly reasonText: LocalizedText;
  /** Numeric: lower bounds of bins 1..n-1, searched by bisection. */
  readonly bounds: Float64Array;
  /** Points per bin. */
  readonly points: Float64Array;
  /** Categorical: value → bin. */
  readonly categories: ReadonlyMap<string, number>;
  /**
   * Numeric characteristics whose bounds and special values are all integers spanning at most
   * {@link INT_TABLE_SPAN}: the points of every integer from `intBase`, so an integer value is
   * scored by one clamped lookup instead of a search (most scorecard inputs are ages, counts,
   * days or whole yuan). Empty otherwise, and when a special value is rejected.
   */
  readonly intTable: Float64Array;
  /** The bin code of every integer of `intTable` (a special value's: its policy's bin, or −2). */
  readonly intBins: Int32Array;
  /** The integer whose points are `intTable[0]`. */
  readonly intBase: number;
  /** Whether a row's field can be read directly: the id is not a property of every object, such as `toString`. */
  readonly direct: boolean;
  /** Numeric special values → policy (empty when none). */
  readonly specialValues: Float64Array;
  readonly special: ResolvedPolicy;
  readonly missing: ResolvedPolicy;
  /** Categorical values in no group (reject when the model states none). */
  readonly unseen: ResolvedPolicy;
  /** The most points this characteristic can give (over bins and fixed-points policies). */
  readonly maxPoints: number;
  /** Whether it may be named as a reason. */
  readonly reason: boolean;
}

/**
 * A model validated once and laid out for fast scoring: numeric bins as a `Float64Array` of
 * lower bounds searched by bisection, categorical bins as a `Map` from value to bin.
 * Obtain it from {@link compileModel}; other objects of this shape are refused.
 */
export interface CompiledScorecard {
  /** The validated model. */
  readonly model: ScorecardModel;
  /** {@link modelHash} of the model. */
  readonly hash: string;
  /** @internal */
  readonly characteristics: readonly CompiledCharacteristic[];
  /** Points added to every score (a logistic model's separate intercept; 0 otherwise). */
  readonly basePoints: number;
  /** How many reasons a result lists. */
  readonly topReasons: number;
  /** @internal Per characteristic, the most points it can give, or NaN when never named as a reason. */
  readonly reasonLoss: Float64Array;
  /** @internal Logistic models: points per unit of ln(odds) and the offset (1 and 0 otherwise). */
  readonly factor: number;
  /** @internal */
  readonly offset: number;
  /** @internal Grade bands from the highest. */
  readonly bands: readonly GradeBand[];
}

const genuine = new WeakSet<object>();

function resolve(policy: ValuePolicy | undefined, points: Float64Array): ResolvedPolicy {
  if (!policy || 'reject' in policy) return { bin: -1, points: 0, reject: true };
  if ('bin' in policy) return { bin: policy.bin, points: points[policy.bin] as number, reject: false };
  return { bin: -1, points: policy.points, reject: false };
}

/** @internal The widest integer range given a lookup table (32 KiB of points). */
export const INT_TABLE_SPAN = 4096;

function integerTable(
  bounds: Float64Array,
  points: Float64Array,
  specials: Float64Array,
  special: ResolvedPolicy,
): { intTable: Float64Array; intBins: Int32Array; intBase: number } {
  const none = { intTable: new Float64Array(0), intBins: new Int32Array(0), intBase: 0 };
  const keys = [...bounds, ...specials];
  if (
    keys.length === 0 ||
    special.reject ||
    !keys.every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 20)
  ) {
    return none;
  }
  // One integer of margin each side: below the table is bin 0 and above it the last bin, so a
  // clamped index scores every integer right.
  const lo = Math.min(...keys) - 1;
  const hi = Math.max(...keys) + 1;
  if (hi - lo + 1 > INT_TABLE_SPAN) return none;
  const intTable = new Float64Array(hi - lo + 1);
  const intBins = new Int32Array(hi - lo + 1);
  let bin = 0;
  for (let v = lo; v <= hi; v++) {
    while (bin < bounds.length && (bounds[bin] as number) <= v) bin++;
    const isSpecial = specials.includes(v);
    intTable[v - lo] = isSpecial ? special.points : (points[bin] as number);
    intBins[v - lo] = isSpecial ? (special.bin >= 0 ? special.bin : BIN_SPECIAL) : bin;
  }
  return { intTable, intBins, intBase: lo };
}

function compileCharacteristic(c: Characteristic, excluded: ReadonlySet<string>): CompiledCharacteristic {
  const points = Float64Array.from((c.bins as readonly { points: number }[]).map((b) => b.points));
  const missing = resolve(c.missing, points);
  const special = resolve(c.type === 'numeric' ? c.special?.policy : undefined, points);
  const unseen = resolve(c.type === 'categorical' ? c.unseen : undefined, points);
  let maxPoints = Math.max(...points);
  for (const p of [missing, special, unseen]) if (!p.reject && p.points > maxPoints) maxPoints = p.points;
  const categories = new Map<string, number>();
  if (c.type === 'categorical') {
    for (const [i, b] of c.bins.entries()) for (const v of b.values) categories.set(v, i);
  }
  const bounds =
    c.type === 'numeric' ? Float64Array.from(c.bins.slice(1), (b) => b.lower as number) : new Float64Array(0);
  const specialValues = Float64Array.from(c.type === 'numeric' ? (c.special?.values ?? []) : []);
  return {
    id: c.id,
    type: c.type,
    reasonText: c.reasonText,
    bounds,
    points,
    categories,
    ...(c.type === 'numeric'
      ? integerTable(bounds, points, specialValues, special)
      : { intTable: new Float64Array(0), intBins: new Int32Array(0), intBase: 0 }),
    direct: !(c.id in Object.prototype),
    specialValues,
    special,
    missing,
    unseen,
    maxPoints,
    reason: !excluded.has(c.id),
  };
}

/**
 * Validates a model once and lays it out for scoring. Score many rows with the result rather
 * than the model: validation and hashing happen here only.
 */
export function compileModel(model: ScorecardModelInput): CompiledScorecard {
  const valid = parseInput(ScorecardModelSchema, model, { path: ['model'] });
  const excluded = new Set(valid.reasons?.exclude ?? []);
  const characteristics = valid.characteristics.map((c) => compileCharacteristic(c, excluded));
  const compiled: CompiledScorecard = Object.freeze({
    model: valid,
    hash: bytesToHex(sha256(utf8ToBytes(canonicalJson(valid)))),
    characteristics: Object.freeze(characteristics),
    reasonLoss: Float64Array.from(characteristics, (c) => (c.reason ? c.maxPoints : Number.NaN)),
    ...logisticConstants(valid),
    topReasons: valid.reasons?.top ?? 4,
    bands: valid.gradeBands,
  });
  genuine.add(compiled);
  return compiled;
}

/** @internal A compiled scorecard as given, or the model compiled now. */
export function toCompiled(modelOrCompiled: unknown): CompiledScorecard {
  if (typeof modelOrCompiled === 'object' && modelOrCompiled !== null && genuine.has(modelOrCompiled)) {
    return modelOrCompiled as CompiledScorecard;
  }
  return compileModel(modelOrCompiled as ScorecardModelInput);
}

/** @internal The index of the grade band of a total (bands run from the highest). */
export function bandIndex(bands: readonly GradeBand[], total: number): number {
  for (let i = 0; i < bands.length; i++) {
    const min = (bands[i] as GradeBand).minScore;
    if (min === null || total >= min) return i;
  }
  return bands.length - 1;
}

/** @internal The grade band of a total. */
export function bandFor(bands: readonly GradeBand[], total: number): GradeBand {
  return bands[bandIndex(bands, total)] as GradeBand;
}
