import ky, { TimeoutError } from 'ky';
import type { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import {
  type PartnerClientOptions,
  PartnerClientOptionsSchema,
  RETRYABLE_STATUSES,
} from './partnerClientOptions';
import { PartnerError, type PartnerFailure } from './partnerError';
import { type ProblemDetails, ProblemDetailsSchema } from './problemDetails';

/** One request through a partner transport. @internal */
export interface PartnerRequest<S extends z.ZodType> {
  readonly operation: string;
  readonly method: 'get' | 'post';
  /** Path below the base URL, without a leading slash. */
  readonly path: string;
  readonly body?: unknown;
  /** Sent as `Idempotency-Key`; makes a POST safe to retry. */
  readonly idempotencyKey?: string;
  /** The schema of a successful reply. */
  readonly reply: S;
}

/** Sends requests to one partner, with timeouts, retries and typed failures. @internal */
export type PartnerTransport = <S extends z.ZodType>(request: PartnerRequest<S>) => Promise<z.output<S>>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or `undefined`. */
function retryAfterMs(header: string | null, now: () => Date): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now().getTime());
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Builds the transport every partner client sends through. A request is retried, with
 * exponential backoff or the partner's `Retry-After`, on a timeout, a network failure or a
 * status in {@link RETRYABLE_STATUSES} — but only when repeating it is safe: a GET, or a request
 * that carries an `Idempotency-Key` (the partner then does it once, however often it arrives).
 * @internal
 */
export function createPartnerTransport(partner: string, options: PartnerClientOptions): PartnerTransport {
  const opts = parseWithCodes(PartnerClientOptionsSchema, options, ['options']);
  const sleep = opts.sleep ?? defaultSleep;
  const now = opts.now ?? (() => new Date());
  const api = ky.create({
    prefixUrl: opts.baseUrl,
    timeout: opts.timeoutMs,
    retry: 0,
    throwHttpErrors: false,
    ...(opts.fetch === undefined ? {} : { fetch: opts.fetch }),
    headers: { accept: 'application/json, application/problem+json', ...(opts.headers ?? {}) },
  });

  return async function send<S extends z.ZodType>(request: PartnerRequest<S>): Promise<z.output<S>> {
    const repeatable = request.method === 'get' || request.idempotencyKey !== undefined;
    const fail = (
      failure: PartnerFailure,
      attempts: number,
      extra: { status?: number; problem?: ProblemDetails; path?: (string | number)[]; cause?: unknown } = {},
    ) => new PartnerError({ failure, partner, operation: request.operation, attempts, ...extra });
    for (let attempt = 1; ; attempt++) {
      const canRetry = repeatable && attempt <= opts.retry.limit;
      const backoff = Math.min(opts.retry.maxDelayMs, opts.retry.backoffMs * 2 ** (attempt - 1));
      let response: Response;
      try {
        response = await api(request.path, {
          method: request.method,
          ...(request.body === undefined ? {} : { json: request.body }),
          ...(request.idempotencyKey === undefined
            ? {}
            : { headers: { 'idempotency-key': request.idempotencyKey } }),
        });
      } catch (error) {
        const failure: PartnerFailure = error instanceof TimeoutError ? 'timeout' : 'network';
        if (canRetry) {
          await sleep(backoff);
          continue;
        }
        throw fail(failure, attempt, { cause: error });
      }
      const text = await response.text().catch(() => '');
      if (!response.ok) {
        const parsed = parseJson(text);
        const problem = parsed.ok ? ProblemDetailsSchema.safeParse(parsed.value) : undefined;
        if (canRetry && RETRYABLE_STATUSES.includes(response.status)) {
          const asked = retryAfterMs(response.headers.get('retry-after'), now);
          if (asked === undefined || asked <= opts.retry.maxRetryAfterMs) {
            await sleep(asked ?? backoff);
            continue;
          }
        }
        throw fail('http', attempt, {
          status: response.status,
          ...(problem?.success === true ? { problem: problem.data } : {}),
        });
      }
      const parsed = parseJson(text);
      if (!parsed.ok) throw fail('invalidReply', attempt, { status: response.status, cause: parsed.error });
      const reply = request.reply.safeParse(parsed.value);
      if (!reply.success) {
        const path = (reply.error.issues[0]?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p));
        throw fail('invalidReply', attempt, { status: response.status, path, cause: reply.error });
      }
      return reply.data;
    }
  };
}
