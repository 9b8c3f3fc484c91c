import * as z from 'zod/mini';

/**
 * An id of a record Hezuo keeps (a member, a cooperative, a transaction): 1-128 printable
 * characters, no whitespace. Ids are the host's; Hezuo never derives them from personal data.
 */
export const EntityIdSchema = z
  .string()
  .check(
    z.minLength(1, { error: 'an id may not be empty' }),
    z.maxLength(128, { error: 'an id may be at most 128 characters' }),
    z.regex(/^[^\s\p{C}]+$/u, { error: 'an id may not contain spaces or control characters' }),
  );

/**
 * An administrative division code (行政区划代码): 6 digits for a county-level division
 * (GB/T 2260), or the statistical 9-digit township or 12-digit village code that extends it.
 */
export const RegionCodeSchema = z.string().check(
  z.regex(/^\d{6}(?:\d{3}(?:\d{3})?)?$/, { error: 'a region code has 6, 9 or 12 digits' }),
  z.refine((code) => code.slice(0, 2) !== '00', { error: 'a region code starts with a province code' }),
);
