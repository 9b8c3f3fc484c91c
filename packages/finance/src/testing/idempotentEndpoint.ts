import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { problemResponse } from './problem';

/** What an idempotent POST keeps per key. */
interface Kept {
  readonly body: string;
  readonly status: number;
  readonly reply: unknown;
}

/**
 * An idempotent POST endpoint for mock partners: requires an `Idempotency-Key`, validates the
 * body, performs `create` once per key and replays its answer to repeats (422 when the key comes
 * back with a different body). @internal
 */
export function idempotentEndpoint<S extends z.ZodType>(
  schema: S,
  create: (body: z.output<S>) => unknown,
): (request: Request) => Promise<Response> {
  const kept = new Map<string, Kept>();
  return async (request) => {
    const key = request.headers.get('idempotency-key');
    if (key === null || key === '') return problemResponse(400, 'Idempotency-Key required');
    const text = await request.text();
    const earlier = kept.get(key);
    if (earlier !== undefined) {
      if (earlier.body !== text) {
        return problemResponse(422, 'Idempotency-Key reused', 'this key was used with a different body');
      }
      return HttpResponse.json(earlier.reply as Record<string, unknown>, {
        status: earlier.status,
        headers: { 'idempotent-replayed': 'true' },
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return problemResponse(400, 'Malformed JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return problemResponse(422, 'Contract violation', parsed.error.issues[0]?.message);
    const reply = create(parsed.data);
    kept.set(key, { body: text, status: 201, reply });
    return HttpResponse.json(reply as Record<string, unknown>, { status: 201 });
  };
}
