import { z } from 'zod';

/** A decimal on the wire: a string (`"0.0435"`, `"12.5"`), never a JSON number, so no party rounds it. */
export const WireDecimalSchema = z
  .string()
  .max(64)
  .regex(/^\d+(?:\.\d+)?$/, { error: 'a decimal is sent as a string such as "0.0435"' });

/**
 * A member as partners see them: the cooperative's pseudonymous reference, never a resident ID
 * or a name (personal data stays with the cooperative until the member consents).
 */
export const MemberRefSchema = z.string().min(1).max(128);

/** An id chosen by the sender, also the request's default `Idempotency-Key`. */
export const RequestIdSchema = z
  .string()
  .min(8, { error: 'a request id is 8 to 128 characters' })
  .max(128, { error: 'a request id is 8 to 128 characters' })
  .regex(/^[A-Za-z0-9._:-]+$/, { error: 'a request id uses letters, digits and . _ : -' });

/** An instant on the wire: RFC 3339 in UTC (`2026-07-01T08:00:00Z`). */
export const WireInstantSchema = z.iso.datetime();
