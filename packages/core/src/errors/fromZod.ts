import { z } from 'zod';
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
  code: z.enum(HEZUO_ERROR_CODES).optional(),
  path: z
    .array(z.union([z.string(), z.number()]))
    .max(64)
    .optional(),
});

/** A malformed mapping is the caller's bug: refuse it with an error of its own. */
function checkMapping(mapping: unknown): ZodErrorMapping {
  const result = MappingSchema.safeParse(mapping);
  if (!result.success)
    throw new HezuoError('INVALID_INPUT', 'the error mapping is malformed', { path: ['mapping'] });
  return result.data as ZodErrorMapping;
}

function toPathSegment(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? key.toString() : key;
}

/**
 * Turns a zod failure into a {@link HezuoError}. The path is the first issue's path; every
 * issue is kept in `details.issues`, and the message lists them all (zod's pretty form).
 */
export function hezuoErrorFromZod(error: z.ZodError, mapping: ZodErrorMapping = {}): HezuoError {
  if (!(error instanceof z.ZodError)) {
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
 * Validates `value` with `schema` and returns the parsed value, or throws a {@link HezuoError}.
 * Every public entry point calls this before doing anything, so a bad input changes nothing.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  mapping: ZodErrorMapping = {},
): z.output<S> {
  if (!(schema instanceof z.ZodType)) {
    throw new HezuoError('INVALID_INPUT', 'parseInput needs a zod schema', { path: ['schema'] });
  }
  const result = schema.safeParse(value);
  if (!result.success) throw hezuoErrorFromZod(result.error, mapping);
  return result.data;
}
