import type { EventBus } from '../events/eventBus';
import type { Store, StoreTransaction } from '../store/store';

/**
 * Wraps a store so each committed transaction is announced on the bus with its write count.
 * Single writes outside a transaction are transactions of one write.
 */
export function observeCommits(store: Store, events: EventBus): Store {
  const transaction: Store['transaction'] = async (work) => {
    let writes = 0;
    const result = await store.transaction((tx) => {
      const counted: StoreTransaction = {
        get: (kind, id) => tx.get(kind, id),
        list: (kind) => tx.list(kind),
        put: async (kind, id, value) => {
          await tx.put(kind, id, value);
          writes++;
        },
        delete: async (kind, id) => {
          const existed = await tx.delete(kind, id);
          if (existed) writes++;
          return existed;
        },
      };
      return work(counted);
    });
    if (writes > 0) events.emit('store.committed', { writes });
    return result;
  };
  return {
    transaction,
    get: (kind, id) => store.get(kind, id),
    list: (kind) => store.list(kind),
    put: (kind, id, value) => transaction((tx) => tx.put(kind, id, value)),
    delete: (kind, id) => transaction((tx) => tx.delete(kind, id)),
  };
}
