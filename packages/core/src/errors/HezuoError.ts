import { HEZUO_ERROR_CODES, type HezuoErrorCode } from './codes';
import { describeValue } from './describeValue';

/** Where in an input the bad value sits, as zod reports it: keys and array indexes. */
export type ErrorPath = readonly (string | number)[];

/** Options for {@link HezuoError}. */
export interface HezuoErrorOptions {
  /** The path of the offending field within the input; empty when the input as a whole is wrong. */
  readonly path?: ErrorPath;
  /** Machine-readable context: limits, measured values, zod issues. Never personal data. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error type Hezuo throws. Switch on {@link HezuoError.code}; show
 * {@link HezuoError.message}; point at the field with {@link HezuoError.path}.
 *
 * @example
 * ```ts
 * try {
 *   validateResidentId('110105194912310021');
 * } catch (e) {
 *   if (isHezuoError(e) && e.code === 'INVALID_RESIDENT_ID') console.log(e.message);
 * }
 * ```
 */
export class HezuoError extends Error {
  /** Stable machine-readable code. */
  readonly code: HezuoErrorCode;
  /** Path of the offending field within the input. */
  readonly path: ErrorPath;
  /** Machine-readable context. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: HezuoErrorCode, message: string, options: HezuoErrorOptions = {}) {
    // An error type must never fail to build: odd arguments are coerced, not rejected.
    const opts: HezuoErrorOptions = typeof options === 'object' && options !== null ? options : {};
    super(describeValue(message), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'HezuoError';
    this.code = (HEZUO_ERROR_CODES as readonly unknown[]).includes(code) ? code : 'INVALID_INPUT';
    this.path = Object.freeze(
      Array.isArray(opts.path) ? opts.path.filter((p) => typeof p === 'string' || typeof p === 'number') : [],
    );
    this.details = Object.freeze(
      typeof opts.details === 'object' && opts.details !== null ? { ...opts.details } : {},
    );
  }

  /** A plain JSON form for logs and HTTP responses. */
  toJSON(): {
    name: string;
    code: HezuoErrorCode;
    message: string;
    path: ErrorPath;
    details: Readonly<Record<string, unknown>>;
  } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      path: this.path,
      details: this.details,
    };
  }
}

/** True when `value` is a {@link HezuoError} (also across bundle copies, by name and code). */
export function isHezuoError(value: unknown): value is HezuoError {
  if (value instanceof HezuoError) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'HezuoError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
