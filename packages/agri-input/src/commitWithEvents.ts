import type { Store, StoreTransaction } from '@hezuo/core';

/**
 * Runs `work` in one store transaction and emits the events it announced only once the
 * transaction has committed: a refused change writes nothing and announces nothing.
 * @internal
 */
export async function commitWithEvents<R>(
  store: Store,
  work: (tx: StoreTransaction, announce: (emit: () => void) => void) => Promise<R>,
): Promise<R> {
  const pending: (() => void)[] = [];
  const result = await store.transaction((tx) => work(tx, (emit) => pending.push(emit)));
  for (const emit of pending) emit();
  return result;
}
