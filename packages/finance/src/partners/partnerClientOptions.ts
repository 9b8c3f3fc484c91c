import { z } from 'zod';

/** Statuses retried (for requests that are safe to repeat): request timeout, too many requests, and server errors. */
export const RETRYABLE_STATUSES: readonly number[] = Object.freeze([408, 429, 500, 502, 503, 504]);

const fn = <T>(what: string) =>
  z.custom<T>((value) => typeof value === 'function', { error: `${what} must be a function` });

/** Schema of the retry policy of a partner client. */
export const PartnerRetrySchema = z.strictObject({
  /** Retries after the first attempt, 0 to 10; 2 by default. */
  limit: z.number().int().min(0).max(10).default(2),
  /** The first backoff, in ms; doubled on each retry. 300 by default. */
  backoffMs: z.number().int().min(0).max(60_000).default(300),
  /** The longest backoff, in ms; 10,000 by default. */
  maxDelayMs: z.number().int().min(0).max(600_000).default(10_000),
  /** The longest `Retry-After` honoured, in ms; a partner asking for longer fails the call. 60,000 by default. */
  maxRetryAfterMs: z.number().int().min(0).max(3_600_000).default(60_000),
});

/**
 * Schema of the options of a partner client ({@link createBankClient}, {@link createInsurerClient}).
 * `fetch`, `sleep` and `now` are the client's environment, replaceable for tests and unusual
 * runtimes; the defaults are the global `fetch`, `setTimeout` and the system clock.
 */
export const PartnerClientOptionsSchema = z.strictObject({
  /** The partner's base URL, e.g. `https://bank.example.cn/hezuo/v1`. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'the base URL is an http(s) URL' }),
  /** How long one attempt may take, in ms; 10,000 by default. */
  timeoutMs: z.number().int().min(1).max(600_000).default(10_000),
  /** The retry policy. */
  retry: PartnerRetrySchema.default({
    limit: 2,
    backoffMs: 300,
    maxDelayMs: 10_000,
    maxRetryAfterMs: 60_000,
  }),
  /** Headers sent with every request (e.g. `Authorization`). */
  headers: z.record(z.string().min(1).max(256), z.string().max(8192)).optional(),
  /** The fetch function; the global one by default. */
  fetch: fn<typeof fetch>('fetch').optional(),
  /** Waits between attempts; `setTimeout` by default. */
  sleep: fn<(ms: number) => Promise<void>>('sleep').optional(),
  /** The current time, for `Retry-After` given as a date; the system clock by default. */
  now: fn<() => Date>('now').optional(),
});

/** Options of a partner client as given; see {@link PartnerClientOptionsSchema}. */
export type PartnerClientOptions = z.input<typeof PartnerClientOptionsSchema>;
