import { HezuoError, parseInput, type StoreTransaction } from '@hezuo/core';
import type { z } from 'zod';
import { trusteeshipRuleError } from '../rules';

/**
 * Reads one record and validates it: `NOT_FOUND` (at `path`) when there is none,
 * `INVALID_RECORD` (path kind, id, field) when it is malformed.
 * @internal
 */
export async function loadRecord<S extends z.core.$ZodType>(
  tx: Pick<StoreTransaction, 'get'>,
  kind: string,
  id: string,
  schema: S,
  what: string,
  path: readonly (string | number)[],
): Promise<z.output<S>> {
  const value = await tx.get(kind, id);
  if (value === undefined)
    throw new HezuoError('NOT_FOUND', `no ${what} ${id}`, { path, details: { kind, id } });
  return parseInput(schema, value, { code: 'INVALID_RECORD', path: [kind, id] });
}

/**
 * Refuses an id already taken in a kind (`TRUSTEESHIP_RULE`, rule `duplicateRecord`): creating a
 * contract, plot or work order never silently replaces another.
 * @internal
 */
export async function ensureNew(
  tx: Pick<StoreTransaction, 'get'>,
  kind: string,
  id: string,
  what: string,
  path: readonly (string | number)[],
): Promise<void> {
  if ((await tx.get(kind, id)) !== undefined) {
    throw trusteeshipRuleError('duplicateRecord', `${what} ${id} already exists`, path, { kind, id });
  }
}

/**
 * Every record of a kind that passes a filter on its raw value, validated: `INVALID_RECORD`
 * (path kind, id, field) for a malformed one that passes the filter.
 * @internal
 */
export async function listRecords<S extends z.core.$ZodType>(
  tx: Pick<StoreTransaction, 'list'>,
  kind: string,
  schema: S,
  keep: (value: Record<string, unknown>) => boolean = () => true,
): Promise<z.output<S>[]> {
  const records = await tx.list(kind);
  return records
    .filter(
      (r) => typeof r.value === 'object' && r.value !== null && keep(r.value as Record<string, unknown>),
    )
    .map((r) => parseInput(schema, r.value, { code: 'INVALID_RECORD', path: [kind, r.id] }));
}
