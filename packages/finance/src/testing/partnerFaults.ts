import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import { problemResponse } from './problem';

/** Options of a fault handler. */
export interface FaultOptions {
  /** The method the fault answers; `post` by default. */
  readonly method?: 'get' | 'post';
  /** How many requests get the fault before it steps aside for the handlers after it; 1 by default. */
  readonly times?: number;
}

/** A handler that answers the first `times` matching requests with `respond`, then falls through. */
function fault(url: string, options: FaultOptions, respond: () => Response | Promise<Response>): HttpHandler {
  let left = options.times ?? 1;
  const resolver = async () => {
    if (left <= 0) return undefined;
    left -= 1;
    return respond();
  };
  return options.method === 'get' ? http.get(url, resolver) : http.post(url, resolver);
}

/**
 * msw handlers that make a partner fail, for hosts' tests of their error handling. Each answers
 * the first `times` requests to `url` (1 by default) and then steps aside, so put them before
 * {@link bankHandlers} or {@link insurerHandlers} to test recovery by retry.
 *
 * @example
 * ```ts
 * server.use(partnerFaults.unavailable('https://bank.test/v1/loan-applications', { retryAfter: '1' }));
 * ```
 */
export const partnerFaults = Object.freeze({
  /** 500 with problem details. */
  serverError: (url: string, options: FaultOptions = {}): HttpHandler =>
    fault(url, options, () => problemResponse(500, 'Internal Server Error')),
  /** 503 with a `Retry-After` header (seconds, or an HTTP date). */
  unavailable: (url: string, options: FaultOptions & { readonly retryAfter?: string } = {}): HttpHandler =>
    fault(url, options, () =>
      problemResponse(503, 'Service Unavailable', 'try again later', {
        'retry-after': options.retryAfter ?? '1',
      }),
    ),
  /** 429 with a `Retry-After` header. */
  tooManyRequests: (
    url: string,
    options: FaultOptions & { readonly retryAfter?: string } = {},
  ): HttpHandler =>
    fault(url, options, () =>
      problemResponse(429, 'Too Many Requests', undefined, { 'retry-after': options.retryAfter ?? '1' }),
    ),
  /** No answer for `delayMs` (forever by default): the client's timeout fires. */
  timeout: (url: string, options: FaultOptions & { readonly delayMs?: number } = {}): HttpHandler =>
    fault(url, options, async () => {
      await delay(options.delayMs ?? 'infinite');
      return HttpResponse.json({});
    }),
  /** The connection fails (a network error). */
  networkError: (url: string, options: FaultOptions = {}): HttpHandler =>
    fault(url, options, () => HttpResponse.error()),
  /** 200 with a body that is not JSON. */
  malformedJson: (url: string, options: FaultOptions = {}): HttpHandler =>
    fault(
      url,
      options,
      () =>
        new HttpResponse('{"id": "LA-1", "status": ', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
  /** 201 with JSON that breaks the contract (fields missing). */
  contractBreach: (url: string, options: FaultOptions = {}): HttpHandler =>
    fault(url, options, () => HttpResponse.json({ id: 'X-1', status: 'approved-ish' }, { status: 201 })),
  /** 409 Conflict with problem details (a request with the same key still in progress). */
  conflict: (url: string, options: FaultOptions = {}): HttpHandler =>
    fault(url, options, () =>
      problemResponse(409, 'Conflict', 'a request with this Idempotency-Key is in progress'),
    ),
});
