import * as z from 'zod/mini';
import { parseInput } from '../errors/fromZod';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const MASKED_TEXT_SCHEMA = z.string().check(z.maxLength(4096));

/** Options for {@link maskMiddle}. */
export interface MaskOptions {
  /** Characters kept at the start. */
  readonly keepStart: number;
  /** Characters kept at the end. */
  readonly keepEnd: number;
  /** The character shown instead of each hidden one; `*` by default. */
  readonly maskChar?: string;
}

const MaskOptionsSchema = z.strictObject({
  keepStart: z.number().check(z.int(), z.gte(0), z.lte(64)),
  keepEnd: z.number().check(z.int(), z.gte(0), z.lte(64)),
  maskChar: z.optional(z.string().check(z.length(1))),
});

/**
 * Hides the middle of a value for display and logs, keeping its length. When the value is
 * too short to keep both ends and still hide at least half of it, everything is hidden:
 * masking must never leak more than it shows.
 *
 * @example
 * ```ts
 * maskMiddle('11010519491231002X', { keepStart: 4, keepEnd: 4 }); // "1101**********002X"
 * ```
 */
export function maskMiddle(value: string, options: MaskOptions): string {
  const text = parseInput(MASKED_TEXT_SCHEMA, value, { path: ['value'] });
  const {
    keepStart,
    keepEnd,
    maskChar = '*',
  } = parseInput(MaskOptionsSchema, options, { path: ['options'] });
  const characters = Array.from(text);
  const hidden = characters.length - keepStart - keepEnd;
  if (hidden < Math.ceil(characters.length / 2)) return maskChar.repeat(characters.length);
  return (
    characters.slice(0, keepStart).join('') +
    maskChar.repeat(hidden) +
    characters.slice(characters.length - keepEnd).join('')
  );
}
