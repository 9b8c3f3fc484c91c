import { HezuoError, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import { type RepaymentNotice, RepaymentNoticeSchema } from './bankContract';

/** The header a signed webhook carries: `Hezuo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const WEBHOOK_SIGNATURE_HEADER = 'hezuo-signature';

/** How far a webhook's timestamp may be from now, in seconds, by default: 5 minutes (against replays). */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const SecretSchema = z.string().min(16, { error: 'a webhook secret has at least 16 characters' }).max(1024);
const TimestampSchema = z.number().int().min(0).max(253_402_300_799);
const PayloadSchema = z.string().max(1_048_576, { error: 'a webhook body is at most 1 MiB' });

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

function fromHex(text: string): Uint8Array | undefined {
  if (!/^[0-9a-f]{64}$/i.test(text)) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = Number.parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** Compares two byte strings in time independent of where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/** HMAC-SHA256 by WebCrypto (Node ≥ 20 and browsers alike). */
async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    throw new HezuoError(
      'INVALID_INPUT',
      'this runtime has no WebCrypto (globalThis.crypto.subtle) to sign webhooks with',
      {
        path: ['crypto'],
      },
    );
  }
  const key = await subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', key, encoder.encode(message)));
}

/**
 * Signs a webhook body: the `Hezuo-Signature` header value `t=<timestamp>,v1=<hex>`, where the
 * hex is HMAC-SHA256 with the shared secret over `<timestamp>.<body>`. Senders (the reference
 * bank, tests) use it; receivers call {@link verifyWebhookSignature}.
 *
 * @param payload - the exact body sent
 * @param secret - the shared secret, at least 16 characters
 * @param timestamp - the time of sending, Unix seconds
 * @throws HezuoError `INVALID_INPUT` (path `payload`, `secret` or `timestamp`)
 *
 * @example
 * ```ts
 * await signWebhook('{"noticeId":"N1"}', 'a-shared-secret-of-the-bank', 1_780_000_000); // 't=1780000000,v1=…'
 * ```
 */
export async function signWebhook(payload: string, secret: string, timestamp: number): Promise<string> {
  const body = parseInput(PayloadSchema, payload, { path: ['payload'] });
  const key = parseInput(SecretSchema, secret, { path: ['secret'] });
  const t = parseInput(TimestampSchema, timestamp, { path: ['timestamp'] });
  return `t=${t},v1=${hex(await hmac(key, `${t}.${body}`))}`;
}

/** Schema of {@link verifyWebhookSignature}'s input. */
export const WebhookVerificationSchema = z.strictObject({
  /** The raw body exactly as received (not re-serialised JSON). */
  payload: PayloadSchema,
  /** The `Hezuo-Signature` header as received; absent when the request had none. */
  signature: z.string().max(4096).optional(),
  /** The shared secret, at least 16 characters. */
  secret: SecretSchema,
  /** Now, in Unix seconds (the host's clock). */
  now: TimestampSchema,
  /** How far the signed timestamp may be from now; 300 seconds by default. */
  toleranceSeconds: z.number().int().min(1).max(86_400).default(DEFAULT_WEBHOOK_TOLERANCE_SECONDS),
});

function refuse(message: string): never {
  throw new HezuoError('INVALID_INPUT', message, { path: ['signature'] });
}

/**
 * Verifies a signed webhook from a partner: the header is present and well formed, its
 * timestamp is within the tolerance of `now` (a replayed old request is refused), and one of its
 * `v1` signatures (several are allowed while a secret is rotated) is the HMAC-SHA256 of
 * `<timestamp>.<payload>` with the shared secret, compared in constant time. Uses WebCrypto, so it
 * runs in browsers as in Node.
 *
 * @param input - see {@link WebhookVerificationSchema}
 * @returns `true` when the webhook is authentic
 * @throws HezuoError `INVALID_INPUT` (path `signature`) for an unsigned, malformed, stale or wrongly
 * signed webhook; (path `payload`, `secret`, `now`) for bad arguments
 *
 * @example
 * ```ts
 * await verifyWebhookSignature({ payload: rawBody, signature: headers['hezuo-signature'], secret, now: 1_780_000_030 }); // true
 * ```
 */
export async function verifyWebhookSignature(
  input: z.input<typeof WebhookVerificationSchema>,
): Promise<true> {
  const args = parseWithCodes(WebhookVerificationSchema, input);
  if (args.signature === undefined || args.signature.trim() === '')
    refuse('the webhook is not signed: no Hezuo-Signature header');
  let timestamp: number | undefined;
  const signatures: Uint8Array[] = [];
  for (const part of args.signature.split(',')) {
    const [name, value = ''] = part.trim().split('=', 2) as [string, string?];
    if (name === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (name === 'v1') {
      const bytes = fromHex(value);
      if (bytes !== undefined) signatures.push(bytes);
    }
  }
  if (timestamp === undefined || signatures.length === 0) {
    refuse('the Hezuo-Signature header is malformed: expected t=<unix seconds>,v1=<64 hex digits>');
  }
  if (Math.abs(args.now - timestamp) > args.toleranceSeconds) {
    refuse(
      `the webhook was signed at ${timestamp}, more than ${args.toleranceSeconds} s from now (${args.now})`,
    );
  }
  const expected = await hmac(args.secret, `${timestamp}.${args.payload}`);
  // Check every candidate, so the time taken does not tell which one matched.
  let matched = false;
  for (const candidate of signatures) matched = constantTimeEqual(candidate, expected) || matched;
  if (!matched) refuse('the webhook signature does not match: wrong secret or altered body');
  return true;
}

/**
 * Verifies a repayment notice webhook from the bank and parses it: {@link verifyWebhookSignature},
 * then the body as JSON, then {@link RepaymentNoticeSchema}.
 *
 * @param input - see {@link WebhookVerificationSchema}
 * @throws HezuoError `INVALID_INPUT` (path `signature`) for a bad signature; (path `payload`, …) for a
 * body that is not JSON or not a repayment notice
 *
 * @example
 * ```ts
 * const notice = await receiveRepaymentNotice({ payload: rawBody, signature, secret, now });
 * notice.kind; // 'paid'
 * ```
 */
export async function receiveRepaymentNotice(
  input: z.input<typeof WebhookVerificationSchema>,
): Promise<RepaymentNotice> {
  await verifyWebhookSignature(input);
  let json: unknown;
  try {
    json = JSON.parse(input.payload);
  } catch {
    throw new HezuoError('INVALID_INPUT', 'the webhook body is not JSON', { path: ['payload'] });
  }
  return parseWithCodes(RepaymentNoticeSchema, json, ['payload']);
}
