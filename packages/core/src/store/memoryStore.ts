import { describeValue } from '../errors/describeValue';
import { parseInput } from '../errors/fromZod';
import { HezuoError, isHezuoError } from '../errors/HezuoError';
import {
  RecordIdSchema,
  RecordKindSchema,
  type Store,
  type StoredRecord,
  type StoreTransaction,
} from './store';

type Table = Map<string, unknown>;
type Tables = Map<string, Table>;

/** Marks a deletion inside a transaction's overlay. */
const DELETED = Symbol('deleted');

function checkKey(kind: unknown, id: unknown): void {
  parseInput(RecordKindSchema, kind, { path: ['kind'] });
  parseInput(RecordIdSchema, id, { path: ['id'] });
}

function checkKind(kind: unknown): void {
  parseInput(RecordKindSchema, kind, { path: ['kind'] });
}

/**
 * Copies (and freezes) a value that must be plain JSON data: objects, arrays, strings, finite numbers,
 * booleans, null. Anything else (functions, NaN, Infinity, Dates, Maps, cycles) is refused
 * with `INVALID_RECORD`, so every store, in memory or in a database, holds the same data.
 */
function copyPlainData(value: unknown, path: (string | number)[] = [], seen = new Set<object>()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new HezuoError('INVALID_RECORD', 'a stored number must be finite', { path: ['value', ...path] });
  }
  if (typeof value === 'object') {
    if (seen.has(value))
      throw new HezuoError('INVALID_RECORD', 'a stored value may not contain cycles', {
        path: ['value', ...path],
      });
    seen.add(value);
    let copy: unknown;
    if (Array.isArray(value)) {
      copy = Object.freeze(value.map((item, index) => copyPlainData(item, [...path, index], seen)));
    } else {
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new HezuoError('INVALID_RECORD', 'a stored value must be plain JSON data', {
          path: ['value', ...path],
        });
      }
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (item !== undefined) out[key] = copyPlainData(item, [...path, key], seen);
      }
      copy = Object.freeze(out);
    }
    seen.delete(value);
    return copy;
  }
  throw new HezuoError('INVALID_RECORD', `a stored value may not be a ${typeof value}`, {
    path: ['value', ...path],
  });
}

// Values are copied and frozen when written, so reads can hand out the stored value itself: no
// copy per read, and a caller that tries to change a record it read fails loudly instead of
// silently changing (or not changing) the store.
const copyOut = <T>(value: unknown): T => value as T;

/**
 * The default {@link Store}: records in memory, transactions serialised (one at a time, in the
 * order asked), writes staged in an overlay and applied at commit in one synchronous step.
 * Good for tests, demos, browsers and short-lived batch jobs. Values are copied and deep-frozen
 * when written, and reads return the frozen value: change a copy, then `put` it.
 */
export function createMemoryStore(): Store {
  const tables: Tables = new Map();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every earlier operation, so transactions never interleave. */
  function serialised<R>(task: () => Promise<R>): Promise<R> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function committedGet(kind: string, id: string): unknown {
    return tables.get(kind)?.get(id);
  }

  function committedList(kind: string): [string, unknown][] {
    return [...(tables.get(kind)?.entries() ?? [])];
  }

  function openTransaction() {
    const overlay: Tables = new Map();
    let writes = 0;
    let open = true;
    const ensureOpen = () => {
      if (!open) throw new HezuoError('TRANSACTION_FAILED', 'this transaction has already ended');
    };
    const staged = (kind: string): Map<string, unknown> => {
      let table = overlay.get(kind);
      if (!table) {
        table = new Map();
        overlay.set(kind, table);
      }
      return table;
    };
    const tx: StoreTransaction = {
      async get<T>(kind: string, id: string) {
        ensureOpen();
        checkKey(kind, id);
        const table = overlay.get(kind);
        const value = table?.has(id) ? table.get(id) : committedGet(kind, id);
        return value === undefined || value === DELETED ? undefined : copyOut<T>(value);
      },
      async put<T>(kind: string, id: string, value: T) {
        ensureOpen();
        checkKey(kind, id);
        if (value === undefined)
          throw new HezuoError('INVALID_RECORD', 'a stored value may not be undefined', { path: ['value'] });
        staged(kind).set(id, copyPlainData(value));
        writes++;
      },
      async delete(kind: string, id: string) {
        ensureOpen();
        checkKey(kind, id);
        const existed = (await tx.get(kind, id)) !== undefined;
        if (existed) {
          staged(kind).set(id, DELETED);
          writes++;
        }
        return existed;
      },
      async list<T>(kind: string) {
        ensureOpen();
        checkKind(kind);
        const merged = new Map(committedList(kind));
        for (const [id, value] of overlay.get(kind) ?? []) merged.set(id, value);
        const records: StoredRecord<T>[] = [];
        for (const [id, value] of merged) {
          if (value !== DELETED) records.push({ kind, id, value: copyOut<T>(value) });
        }
        return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      },
    };
    const commit = () => {
      open = false;
      for (const [kind, table] of overlay) {
        let target = tables.get(kind);
        if (!target) {
          target = new Map();
          tables.set(kind, target);
        }
        for (const [id, value] of table) {
          if (value === DELETED) target.delete(id);
          else target.set(id, value);
        }
        if (target.size === 0) tables.delete(kind);
      }
      return writes;
    };
    const abandon = () => {
      open = false;
    };
    return { tx, commit, abandon };
  }

  async function transaction<R>(work: (tx: StoreTransaction) => Promise<R> | R): Promise<R> {
    if (typeof work !== 'function') {
      throw new HezuoError('INVALID_INPUT', 'a transaction needs a function', { path: ['work'] });
    }
    return serialised(async () => {
      const { tx, commit, abandon } = openTransaction();
      try {
        const result = await work(tx);
        commit();
        return result;
      } catch (error) {
        abandon();
        if (isHezuoError(error)) throw error;
        throw new HezuoError('TRANSACTION_FAILED', 'the transaction failed and was rolled back', {
          details: { cause: error instanceof Error ? error.message : describeValue(error) },
          cause: error,
        });
      }
    });
  }

  return {
    transaction,
    get: (kind, id) => transaction((tx) => tx.get(kind, id)),
    put: (kind, id, value) => transaction((tx) => tx.put(kind, id, value)),
    delete: (kind, id) => transaction((tx) => tx.delete(kind, id)),
    list: (kind) => transaction((tx) => tx.list(kind)),
  };
}
