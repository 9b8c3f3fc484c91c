import { z } from 'zod';
import type { LocalizedText } from '../i18n/locale';

/** How a count is compared with a fraction of a whole: strictly above it, or at or above it. */
export const THRESHOLD_COMPARISONS = ['moreThan', 'atLeast'] as const;

/** One of {@link THRESHOLD_COMPARISONS}. */
export type ThresholdComparison = (typeof THRESHOLD_COMPARISONS)[number];

const MAX_TERM = 1_000_000;

/**
 * A voting or attendance threshold as an exact fraction of a whole (all members, all votes,
 * all board members). `atLeast` (the default) means "at or above" (the law's 以上, which
 * includes the number itself); `moreThan` means strictly above (过半数).
 *
 * Counts are compared by integer cross-multiplication, never by float division.
 *
 * @example
 * ```ts
 * const special = { numerator: 2, denominator: 3 };                          // at least 2/3
 * const ordinary = { numerator: 1, denominator: 2, comparison: 'moreThan' }; // more than 1/2
 * ```
 */
export const ThresholdSchema = z
  .strictObject({
    numerator: z.number().int().min(0).max(MAX_TERM),
    denominator: z.number().int().min(1).max(MAX_TERM),
    comparison: z.enum(THRESHOLD_COMPARISONS).default('atLeast'),
  })
  .refine((t) => t.numerator <= t.denominator, {
    error: 'a threshold cannot ask for more than the whole',
    path: ['numerator'],
  })
  .refine((t) => t.comparison === 'atLeast' || t.numerator < t.denominator, {
    error: 'more than the whole can never be reached',
    path: ['numerator'],
  });

/** A threshold as stored and reported, with its comparison spelled out; see {@link ThresholdSchema}. */
export type Threshold = z.output<typeof ThresholdSchema>;

/** A threshold as given by a host (the comparison may be left out: `atLeast`); see {@link ThresholdSchema}. */
export type ThresholdInput = z.input<typeof ThresholdSchema>;

/** Floor of `a / b` for non-negative safe integers, exact even where float division rounds up. */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  return q;
}

/**
 * The smallest count out of `whole` that meets `threshold`: ⌈whole·n/d⌉ for `atLeast`,
 * ⌊whole·n/d⌋ + 1 for `moreThan`. May exceed `whole` (a threshold that cannot be met).
 * @internal
 */
export function requiredCount(whole: number, threshold: Threshold): number {
  const product = whole * threshold.numerator; // ≤ 10^7 · 10^6: a safe integer
  return threshold.comparison === 'atLeast'
    ? floorDiv(product + threshold.denominator - 1, threshold.denominator)
    : floorDiv(product, threshold.denominator) + 1;
}

/**
 * True when `threshold` is at least as strict as `floor` for every possible whole: its
 * fraction is larger, or equal with a comparison no looser ("more than p" is stricter than
 * "at least p"). This is how a charter's threshold is checked against the law's.
 * @internal
 */
export function isAtLeastAsStrict(threshold: Threshold, floor: Threshold): boolean {
  const left = threshold.numerator * floor.denominator;
  const right = floor.numerator * threshold.denominator;
  if (left !== right) return left > right;
  return threshold.comparison === 'moreThan' || floor.comparison === 'atLeast';
}

/** The stricter of two thresholds (the first when they are equally strict). @internal */
export function stricterOf(a: Threshold, b: Threshold): Threshold {
  return isAtLeastAsStrict(a, b) ? a : b;
}

/**
 * The threshold in words, in both locales: "more than 1/2", "at least 2/3".
 * @internal
 */
export function describeThreshold(threshold: Threshold): LocalizedText {
  const fraction = `${threshold.numerator}/${threshold.denominator}`;
  return threshold.comparison === 'moreThan'
    ? { 'zh-CN': `超过${fraction}`, en: `more than ${fraction}` }
    : { 'zh-CN': `不少于${fraction}`, en: `at least ${fraction}` };
}
