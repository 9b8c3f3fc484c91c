import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { HEZUO_ERROR_CODES, type HezuoErrorCode } from './codes';
import { type ErrorPath, HezuoError } from './HezuoError';

/** Options for {@link hezuoErrorFromZod} and {@link parseInput}. */
export interface ZodErrorMapping {
  /** The code to raise; `INVALID_INPUT` unless the caller knows better. */
  readonly code?: HezuoErrorCode;
  /** Prepended to the path zod reports, e.g. the argument's name. */
  readonly path?: ErrorPath;
}

const MappingSchema = z.strictObject({
  code: z.optional(z.enum(HEZUO_ERROR_CODES)),
  path: z.optional(z.array(z.union([z.string(), z.number()])).check(z.maxLength(64))),
});

/**
 * zod's classic API registers English messages when it loads; `zod/mini` registers no locale,
 * so a bundle with only mini schemas would say "Invalid input" for everything. Register the
 * same English messages before the first parse, unless the host chose a locale of its own.
 */
function useEnglishUnlessConfigured(): void {
  if (!z.config().localeError) z.config(en());
}

/** A malformed mapping is the caller's bug: refuse it with an error of its own. */
function checkMapping(mapping: unknown): ZodErrorMapping {
  useEnglishUnlessConfigured();
  const result = z.safeParse(MappingSchema, mapping);
  if (!result.success)
    throw new HezuoError('INVALID_INPUT', 'the error mapping is malformed', { path: ['mapping'] });
  return result.data as ZodErrorMapping;
}

function requireSchema(schema: unknown, caller: string): void {
  if (!(schema instanceof z.core.$ZodType)) {
    throw new HezuoError('INVALID_INPUT', `${caller} needs a zod schema`, { path: ['schema'] });
  }
}

function toPathSegment(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? key.toString() : key;
}

/**
 * Turns a zod failure into a {@link HezuoError}. The path is the first issue's path; every
 * issue is kept in `details.issues`, and the message lists them all (zod's pretty form).
 * Takes the errors of classic `zod` and of `zod/mini` schemas alike.
 */
export function hezuoErrorFromZod(error: z.core.$ZodError, mapping: ZodErrorMapping = {}): HezuoError {
  if (!(error instanceof z.core.$ZodError)) {
    return new HezuoError('INVALID_INPUT', 'hezuoErrorFromZod needs a ZodError', { path: ['error'] });
  }
  mapping = checkMapping(mapping);
  const first = error.issues[0];
  const path = [...(mapping.path ?? []), ...(first?.path ?? []).map(toPathSegment)];
  return new HezuoError(mapping.code ?? 'INVALID_INPUT', z.prettifyError(error), {
    path,
    details: { issues: error.issues },
    cause: error,
  });
}

/**
 * Validates `value` with `schema`, classic `zod` or `zod/mini`: zod's own result, with its
 * messages in English unless the host configured another zod locale. Use it instead of
 * `schema.safeParse` where the messages reach people. Throws only when `schema` is not a zod
 * schema (a {@link HezuoError}, path `schema`).
 *
 * @example
 * ```ts
 * const result = safeParseInput(FenSchema, -1);
 * if (!result.success) throw hezuoErrorFromZod(result.error, { path: ['amount'] });
 * ```
 */
export function safeParseInput<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
): z.util.SafeParseResult<z.output<S>> {
  requireSchema(schema, 'safeParseInput');
  useEnglishUnlessConfigured();
  return z.safeParse(schema, value);
}

/**
 * Validates `value` with `schema` (classic `zod` or `zod/mini`) and returns the parsed value, or
 * throws a {@link HezuoError}. Every public entry point calls this before doing anything, so a
 * bad input changes nothing.
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  mapping: ZodErrorMapping = {},
): z.output<S> {
  requireSchema(schema, 'parseInput');
  const result = safeParseInput(schema, value);
  if (!result.success) throw hezuoErrorFromZod(result.error, mapping);
  return result.data;
}
