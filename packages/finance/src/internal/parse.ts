import {
  type ErrorPath,
  HEZUO_ERROR_CODES,
  type HezuoErrorCode,
  hezuoErrorFromZod,
  safeParseInput,
} from '@hezuo/core';
import type * as z from 'zod/mini';

/**
 * Validates `value` like core's `parseInput`, choosing the error code from the first issue: a
 * refinement may name its own code in `params.code` (`DATE_ORDER`, `FINANCE_RULE` …); otherwise a
 * field whose name ends in `Fen` is an amount (`INVALID_AMOUNT`) and one that ends in `Rate` or
 * `Share` a rate (`INVALID_RATE`); anything else is `INVALID_INPUT`.
 * @internal
 */
export function parseWithCodes<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  path: ErrorPath = [],
): z.output<S> {
  const result = safeParseInput(schema, value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  return throwError(hezuoErrorFromZod(result.error, { code: codeOf(first), path: [...path] }));
}

function throwError(error: Error): never {
  throw error;
}

function codeOf(issue: z.core.$ZodIssue | undefined): HezuoErrorCode {
  const named = (issue as { params?: { code?: unknown } } | undefined)?.params?.code;
  if (typeof named === 'string' && (HEZUO_ERROR_CODES as readonly string[]).includes(named)) {
    return named as HezuoErrorCode;
  }
  const field = [...(issue?.path ?? [])].reverse().find((key) => typeof key === 'string');
  if (typeof field === 'string' && /Fen$/.test(field)) return 'INVALID_AMOUNT';
  if (typeof field === 'string' && /(Rate|Share)$/.test(field)) return 'INVALID_RATE';
  return 'INVALID_INPUT';
}
