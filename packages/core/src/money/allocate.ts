import * as z from 'zod/mini';
import { parseInput } from '../errors/fromZod';
import { HezuoError } from '../errors/HezuoError';
import { type DecimalInput, NonNegativeDecimalSchema, toExactDecimal } from './decimal';
import { type Fen, FenSchema } from './fen';
import { selectKthSmallest } from './select';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const PART_COUNT_SCHEMA = z.number().check(z.int(), z.gte(1), z.lte(10_000_000));

const MAX_WEIGHTS = 10_000_000;

/** Schema of {@link allocate}'s weights: a non-empty list of non-negative decimals. */
export const AllocationWeightsSchema = z
  .array(NonNegativeDecimalSchema)
  .check(
    z.minLength(1, { error: 'at least one weight is needed' }),
    z.maxLength(MAX_WEIGHTS, { error: 'at most 10,000,000 weights' }),
  );

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Validates weights. Plain non-negative finite numbers, the common case, are checked in one
 * tight loop; anything else goes through the schema, which also builds the error and its path.
 */
function checkWeights(weights: readonly DecimalInput[]): readonly DecimalInput[] {
  if (Array.isArray(weights) && weights.length >= 1 && weights.length <= MAX_WEIGHTS) {
    let plain = true;
    for (let i = 0; i < weights.length && plain; i++) {
      const w = weights[i];
      plain = typeof w === 'number' && w >= 0 && w !== Number.POSITIVE_INFINITY;
    }
    if (plain) return weights;
  }
  return parseInput(AllocationWeightsSchema, weights, { code: 'INVALID_WEIGHTS', path: ['weights'] });
}

/**
 * Splits `total` fen in proportion to `weights` by the largest-remainder method:
 * each part first gets the floor of its exact share, then the fen left over go one each to
 * the parts with the largest remainders. Ties go to the larger weight, then to the lower
 * index; so the split depends on the weights, not on their order, except for which of
 * several equal weights gets an extra fen.
 *
 * Guarantees, for every valid input: the parts sum to `total`; each part is within one fen
 * of its exact share `total × wᵢ / Σw` (strictly less than one fen away); a zero weight
 * gets zero; the result is the same on every run and platform. Weights may be integers
 * (fen, kg, shares), decimals or decimal strings, all read exactly.
 *
 * This is the one split every Hezuo module uses: dividends, refunds, fees, subsidies,
 * installments.
 *
 * @param total - the amount to split, in fen (a non-negative safe integer)
 * @param weights - one non-negative weight per part; at least one must be positive unless `total` is 0
 * @returns one amount in fen per weight, in the same order
 * @throws HezuoError `INVALID_AMOUNT` for a bad total, `INVALID_WEIGHTS` for bad weights
 *
 * @example
 * ```ts
 * allocate(100, [1, 1, 1]);          // [34, 33, 33]
 * allocate(1_000, [0.5, 0.3, 0.2]);  // [500, 300, 200]
 * allocate(5, [0, 2, 3]);            // [0, 2, 3]
 * ```
 */
export function allocate(total: Fen, weights: readonly DecimalInput[]): Fen[] {
  const validTotal = parseInput(FenSchema, total, { code: 'INVALID_AMOUNT', path: ['total'] });
  const validWeights = checkWeights(weights);

  if (validWeights.every((w) => typeof w === 'number' && Number.isSafeInteger(w))) {
    const integerWeights = validWeights as number[];
    let sum = 0;
    for (const w of integerWeights) sum += w;
    if (Number.isSafeInteger(sum)) return allocateSafeWeights(validTotal, integerWeights, sum);
  }
  return allocateBigInt(validTotal, toCommonScale(validWeights));
}

/**
 * Splits `total` fen into `count` parts as equal as possible (the first parts get the extra fen).
 *
 * @example
 * ```ts
 * splitEvenly(100, 3); // [34, 33, 33]
 * ```
 */
export function splitEvenly(total: Fen, count: number): Fen[] {
  const validCount = parseInput(PART_COUNT_SCHEMA, count, {
    path: ['count'],
  });
  return allocate(total, new Array<number>(validCount).fill(1));
}

function rejectAllZero(total: number): never {
  throw new HezuoError('INVALID_WEIGHTS', `cannot split ${total} fen when every weight is zero`, {
    path: ['weights'],
    details: { total },
  });
}

/**
 * Fast path: the weights and their sum are safe integers. Each weight whose product with the
 * total stays below 2^53 − Σw is split in float arithmetic (exact there); the rest use bigint.
 * Remainders are below Σw, so they compare exactly as numbers either way.
 */
function allocateSafeWeights(total: number, weights: readonly number[], sum: number): Fen[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  if (sum === 0) {
    if (total !== 0) rejectAllZero(total);
    return parts.fill(0);
  }
  const remainders = new Float64Array(n);
  const exactLimit = MAX_SAFE - sum;
  const bigTotal = BigInt(total);
  const bigSum = BigInt(sum);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const weight = weights[i] as number;
    const product = total * weight;
    let quotient: number;
    let remainder: number;
    if (product <= exactLimit) {
      // Float division of exact integers can land one above the true floor; correct it exactly.
      quotient = Math.floor(product / sum);
      remainder = product - quotient * sum;
      if (remainder < 0) {
        quotient -= 1;
        remainder += sum;
      }
    } else {
      const bigProduct = bigTotal * BigInt(weight);
      quotient = Number(bigProduct / bigSum); // ≤ total, so safe
      remainder = Number(bigProduct % bigSum); // < Σw, so safe
    }
    parts[i] = quotient;
    remainders[i] = remainder;
    given += quotient;
  }
  distributeLeftoverByNumbers(parts, total - given, remainders, weights);
  return parts;
}

/** General path: exact bigint arithmetic on weights brought to one decimal scale. */
function allocateBigInt(total: number, weights: readonly bigint[]): Fen[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  let sum = 0n;
  for (const w of weights) sum += w;
  if (sum === 0n) {
    if (total !== 0) rejectAllZero(total);
    return parts.fill(0);
  }
  const bigTotal = BigInt(total);
  const remainders = new Array<bigint>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = bigTotal * (weights[i] as bigint);
    const quotient = Number(product / sum); // ≤ total, so safe
    parts[i] = quotient;
    remainders[i] = product % sum;
    given += quotient;
  }
  distributeLeftover(
    parts,
    total - given,
    (a, b) =>
      compareDescending(remainders[a] as bigint, remainders[b] as bigint) ||
      compareDescending(weights[a] as bigint, weights[b] as bigint),
    (i) => (remainders[i] as bigint) > 0n,
  );
  return parts;
}

function compareDescending(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * {@link distributeLeftover} for remainders held as exact numbers: a native numeric sort of the
 * remainders (quickselect) finds the cut-off, so only the parts tied at it need a comparator sort.
 */
function distributeLeftoverByNumbers(
  parts: number[],
  leftover: number,
  remainders: Float64Array,
  weights: readonly number[],
): void {
  if (leftover === 0) return;
  let count = 0;
  for (let i = 0; i < remainders.length; i++) if ((remainders[i] as number) > 0) count++;
  const positive = new Float64Array(count);
  count = 0;
  for (let i = 0; i < remainders.length; i++)
    if ((remainders[i] as number) > 0) positive[count++] = remainders[i] as number;
  // The leftover-th largest positive remainder: every part above it gets a fen, ties are sorted.
  const cutoff = selectKthSmallest(positive, positive.length - leftover);
  const tied: number[] = [];
  let handedOut = 0;
  for (let i = 0; i < parts.length; i++) {
    const r = remainders[i] as number;
    if (r > cutoff) {
      parts[i] = (parts[i] as number) + 1;
      handedOut++;
    } else if (r === cutoff) tied.push(i);
  }
  tied.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  for (let k = 0; k < leftover - handedOut; k++) {
    const index = tied[k] as number;
    parts[index] = (parts[index] as number) + 1;
  }
}

/**
 * Gives one fen each to the `leftover` parts first in `order` (index breaks the last ties). Only parts with a positive remainder are candidates, so zero weights stay zero.
 */
function distributeLeftover(
  parts: number[],
  leftover: number,
  order: (a: number, b: number) => number,
  hasRemainder: (i: number) => boolean,
): void {
  if (leftover === 0) return;
  const candidates: number[] = [];
  for (let i = 0; i < parts.length; i++) if (hasRemainder(i)) candidates.push(i);
  candidates.sort((a, b) => order(a, b) || a - b);
  for (let k = 0; k < leftover; k++) {
    const index = candidates[k] as number;
    parts[index] = (parts[index] as number) + 1;
  }
}

/** Brings decimal weights to integers at one common scale, exactly. */
function toCommonScale(weights: readonly DecimalInput[]): bigint[] {
  const exact = weights.map((w) => toExactDecimal(w) as NonNullable<ReturnType<typeof toExactDecimal>>);
  let scale = 0;
  for (const e of exact) if (e.scale > scale) scale = e.scale;
  return exact.map((e) => e.coefficient * 10n ** BigInt(scale - e.scale));
}
