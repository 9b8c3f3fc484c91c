import { z } from 'zod';
import { parseInput } from '../errors/fromZod';
import type { Store, StoreTransaction } from '../store/store';
import { aFunction, objectWith } from './shapes';

/** Queues an event to emit once the transaction has committed. */
export type Announce = (emit: () => void) => void;

/** Schema of {@link commitWithEvents}' arguments. */
export const CommitWithEventsArgsSchema = z.strictObject({
  store: objectWith(['transaction'], 'Store'),
  work: aFunction('work'),
});

/**
 * Runs `work` in one store transaction and emits the events it announced only once the
 * transaction has committed: a refused change writes nothing and announces nothing. The core's
 * own APIs run this way; plugins that write records and emit events should too. Throws
 * `INVALID_INPUT` (path `store` or `work`) for arguments of the wrong shape. When `work` throws,
 * nothing is written or announced, and the error comes back as the store reports it (the
 * in-memory store passes a `HezuoError` on and reports anything else as `TRANSACTION_FAILED`).
 *
 * @example
 * ```ts
 * await commitWithEvents(ctx.store, async (tx, announce) => {
 *   await tx.put('visits/visit', visit.id, visit);
 *   announce(() => ctx.events.emit('visits.recorded', { visitId: visit.id }));
 * });
 * ```
 */
export async function commitWithEvents<R>(
  store: Store,
  work: (tx: StoreTransaction, announce: Announce) => Promise<R>,
): Promise<R> {
  parseInput(CommitWithEventsArgsSchema, { store, work });
  const pending: (() => void)[] = [];
  const result = await store.transaction((tx) => work(tx, (emit) => pending.push(emit)));
  for (const emit of pending) emit();
  return result;
}
