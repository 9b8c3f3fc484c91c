import * as z from 'zod/mini';

/**
 * A produce code chosen by the host: a crop (`wheat`, `小麦`, `apple-fuji`) or a grade (`first`,
 * `一等`). 1-64 characters without spaces or control characters. Deliveries and orders match
 * only on identical codes, so pick one spelling per crop and grade and keep to it.
 */
export const ProduceCodeSchema = z
  .string()
  .check(
    z.minLength(1, { error: 'a produce code may not be empty' }),
    z.maxLength(64, { error: 'a produce code may be at most 64 characters' }),
    z.regex(/^[^\s\p{C}]+$/u, { error: 'a produce code may not contain spaces or control characters' }),
  );

/**
 * The grouping key of a crop and grade; codes hold no control characters, so NUL separates them.
 * @internal
 */
export function produceKey(crop: string, grade: string): string {
  return `${crop}\u0000${grade}`;
}

/**
 * Compares strings by UTF-16 code units: the same order on every platform and locale, unlike
 * `localeCompare`. Used for every tie-break on ids.
 * @internal
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
