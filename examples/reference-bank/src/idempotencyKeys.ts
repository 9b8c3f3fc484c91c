/** What the bank remembers of a request it was sent under an `Idempotency-Key`. */
export interface KeptAnswer {
  /** The method, path and body the key was first used with. */
  readonly fingerprint: string;
  /** `processing` until the answer exists; then the answer to replay. */
  readonly state: 'processing' | 'done';
  readonly status?: number;
  readonly body?: string;
}

/** What to do with a keyed request. */
export type KeyVerdict =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly status: number; readonly body: string }
  | { readonly kind: 'inProgress' }
  | { readonly kind: 'mismatch' };

/**
 * The bank's memory of idempotency keys (IETF draft "The Idempotency-Key HTTP Header Field"):
 * a key seen with the same request replays the first answer, a key still being processed is a
 * 409, a key reused with another request is a 422. In memory: the reference bank forgets on
 * restart.
 */
export class IdempotencyKeys {
  readonly #kept = new Map<string, KeptAnswer>();

  /** Checks a key; a `new` key is marked as being processed. */
  begin(key: string, fingerprint: string): KeyVerdict {
    const kept = this.#kept.get(key);
    if (kept === undefined) {
      this.#kept.set(key, { fingerprint, state: 'processing' });
      return { kind: 'new' };
    }
    if (kept.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (kept.state === 'processing') return { kind: 'inProgress' };
    return { kind: 'replay', status: kept.status ?? 500, body: kept.body ?? '' };
  }

  /** Stores the answer to a key's request, to replay. */
  finish(key: string, fingerprint: string, status: number, body: string): void {
    this.#kept.set(key, { fingerprint, state: 'done', status, body });
  }

  /** Forgets a key whose request failed before doing anything, so it may be sent again. */
  abandon(key: string): void {
    this.#kept.delete(key);
  }
}
