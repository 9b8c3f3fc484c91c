import * as z from 'zod/mini';

/**
 * A record's kind: a namespace such as `core.member` or `trusteeship.contract`
 * (plugin name, dot, record type).
 */
export const RecordKindSchema = z
  .string()
  .check(
    z.regex(/^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)+$/, { error: 'a kind looks like plugin.recordType' }),
    z.maxLength(128),
  );

/** A record's id within its kind. */
export const RecordIdSchema = z
  .string()
  .check(
    z.minLength(1, { error: 'an id may not be empty' }),
    z.maxLength(256, { error: 'an id may be at most 256 characters' }),
  );

/** A stored record with its kind and id. */
export interface StoredRecord<T = unknown> {
  readonly kind: string;
  readonly id: string;
  readonly value: T;
}

/** Reads and writes inside one transaction; see {@link Store.transaction}. */
export interface StoreTransaction {
  /** The record's value as this transaction sees it, or `undefined`. */
  get<T = unknown>(kind: string, id: string): Promise<T | undefined>;
  /** Creates or replaces a record. The value must be plain JSON data. */
  put<T>(kind: string, id: string, value: T): Promise<void>;
  /** Deletes a record; returns whether it existed. */
  delete(kind: string, id: string): Promise<boolean>;
  /** Every record of one kind, ordered by id. */
  list<T = unknown>(kind: string): Promise<StoredRecord<T>[]>;
}

/**
 * The storage port. Hezuo keeps its records through this interface; hosts plug in their own
 * (PostgreSQL, IndexedDB, a bank's document store) by implementing it. The contract:
 * - a caller cannot change a stored value in place: values go in as copies, and come out as
 *   copies or frozen (the in-memory store freezes them, so reads cost no copy); treat them as read-only;
 * - `transaction` applies all of its writes or none: if the callback throws or rejects,
 *   nothing it wrote is visible, and the error is rethrown;
 * - a failed single write (bad kind, id or value) changes nothing.
 */
export interface Store extends StoreTransaction {
  /** Runs `work` with a transaction; commits when it resolves, rolls back when it throws. */
  transaction<R>(work: (tx: StoreTransaction) => Promise<R> | R): Promise<R>;
}
