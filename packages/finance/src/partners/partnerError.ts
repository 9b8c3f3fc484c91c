import { HezuoError, type HezuoErrorCode } from '@hezuo/core';
import type { ProblemDetails } from './problemDetails';

/**
 * How a call to a partner failed:
 * - `http`: the partner answered with an error status (its problem details, if any, are kept)
 * - `timeout`: no answer within the client's timeout
 * - `network`: the request could not be sent or the connection broke
 * - `invalidReply`: the partner answered, but not with JSON matching the contract
 */
export const PARTNER_FAILURES = ['http', 'timeout', 'network', 'invalidReply'] as const;

/** One of {@link PARTNER_FAILURES}. */
export type PartnerFailure = (typeof PARTNER_FAILURES)[number];

/** What a {@link PartnerError} carries. */
export interface PartnerErrorInit {
  /** How the call failed. */
  readonly failure: PartnerFailure;
  /** The partner (`bank` or `insurer`). */
  readonly partner: string;
  /** The operation, e.g. `applyForLoan`. */
  readonly operation: string;
  /** The HTTP status, when the partner answered. */
  readonly status?: number;
  /** The partner's problem details (RFC 9457), when it sent them. */
  readonly problem?: ProblemDetails;
  /** How many attempts were made (1 when not retried). */
  readonly attempts: number;
  /** Where in the reply the contract was broken, for `invalidReply`. */
  readonly path?: readonly (string | number)[];
  /** The underlying error. */
  readonly cause?: unknown;
}

/** An error must always build: odd arguments are coerced to a plain network failure, not rejected. */
function normalise(init: unknown): PartnerErrorInit {
  const value = (typeof init === 'object' && init !== null ? init : {}) as Record<string, unknown>;
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.length <= 256 ? v : fallback);
  const failure = (PARTNER_FAILURES as readonly unknown[]).includes(value.failure)
    ? (value.failure as PartnerFailure)
    : 'network';
  const status =
    typeof value.status === 'number' &&
    Number.isInteger(value.status) &&
    value.status >= 100 &&
    value.status <= 599
      ? value.status
      : undefined;
  const attempts =
    typeof value.attempts === 'number' && Number.isSafeInteger(value.attempts) && value.attempts >= 1
      ? value.attempts
      : 1;
  const problem =
    typeof value.problem === 'object' && value.problem !== null
      ? (value.problem as ProblemDetails)
      : undefined;
  const path = Array.isArray(value.path)
    ? value.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    : undefined;
  return {
    failure,
    partner: text(value.partner, 'partner'),
    operation: text(value.operation, 'call'),
    attempts,
    ...(status === undefined ? {} : { status }),
    ...(problem === undefined ? {} : { problem }),
    ...(path === undefined ? {} : { path }),
    ...(value.cause === undefined ? {} : { cause: value.cause }),
  };
}

/** The core error code of a partner failure: the closest of the kernel's stable codes. */
function codeFor(init: PartnerErrorInit): HezuoErrorCode {
  if (init.failure === 'invalidReply') return 'INVALID_INPUT';
  if (init.failure !== 'http') return 'TRANSACTION_FAILED';
  const status = init.status ?? 0;
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'FINANCE_RULE';
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return 'INVALID_INPUT';
  return 'TRANSACTION_FAILED';
}

/**
 * A call to a bank or insurer failed. A `HezuoError` (so hosts catch one error type), with the
 * partner's answer kept: `failure`, `status`, the RFC 9457 `problem` details, and `attempts`.
 * The code is `TRANSACTION_FAILED` for timeouts, network failures, 408, 429 and 5xx (nothing was
 * done, or the request may be retried with the same idempotency key), `INVALID_INPUT` for other
 * 4xx answers and for replies that break the contract, `NOT_FOUND` for 404 and `FINANCE_RULE` for
 * 409 (a conflict with the partner's records).
 */
export class PartnerError extends HezuoError {
  /** How the call failed. */
  readonly failure: PartnerFailure;
  /** The HTTP status, when the partner answered. */
  readonly status: number | undefined;
  /** The partner's problem details, when it sent them. */
  readonly problem: ProblemDetails | undefined;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(options: PartnerErrorInit) {
    const init = normalise(options);
    const what = `${init.partner} ${init.operation}`;
    const message =
      init.failure === 'timeout'
        ? `${what}: no answer in time after ${init.attempts} attempt(s)`
        : init.failure === 'network'
          ? `${what}: the request could not be completed after ${init.attempts} attempt(s)`
          : init.failure === 'invalidReply'
            ? `${what}: the reply does not match the contract${init.path && init.path.length > 0 ? ` at ${init.path.join('.')}` : ''}`
            : `${what}: HTTP ${init.status ?? '?'}${typeof init.problem?.title === 'string' ? ` ${init.problem.title}` : ''}${typeof init.problem?.detail === 'string' ? `: ${init.problem.detail}` : ''}`;
    super(codeFor(init), message, {
      path: ['response', ...(init.path ?? [])],
      details: {
        partner: init.partner,
        operation: init.operation,
        failure: init.failure,
        status: init.status,
        problem: init.problem,
        attempts: init.attempts,
      },
      cause: init.cause,
    });
    this.failure = init.failure;
    this.status = init.status;
    this.problem = init.problem;
    this.attempts = init.attempts;
  }
}

/** True when `value` is a {@link PartnerError}. */
export function isPartnerError(value: unknown): value is PartnerError {
  return value instanceof PartnerError;
}
