import { EntityIdSchema } from '../cooperative/ids';
import { parseInput } from '../errors/fromZod';
import type { ErrorPath } from '../errors/HezuoError';
import { HezuoError } from '../errors/HezuoError';
import { redactText } from '../logging/redact';

/**
 * Most entries a roll, an attendance list or a ballot list may have. The largest cooperatives
 * have tens of thousands of members; a million leaves room and bounds the work.
 * @internal
 */
export const MAX_ROLL_SIZE = 1_000_000;

/**
 * True for a value `EntityIdSchema` accepts. Ids of printable ASCII, the common case, are checked
 * with a loop over char codes; anything else goes through the schema.
 * @internal
 */
export function isEntityId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length < 1 || length > 128) return false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return EntityIdSchema.safeParse(value).success;
  }
  return true;
}

/** True for a non-null, non-array object. @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when every own enumerable key of `value` is in `allowed` (as a strict object schema checks). @internal */
export function hasOnlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && !allowed.has(key)) return false;
  return true;
}

/**
 * An id as it may appear in a message: anything shaped like a resident ID or credit code is
 * masked, so a host that uses ID numbers as member ids does not leak them into errors.
 * @internal
 */
export function shownId(id: string): string {
  return redactText(id);
}

/**
 * Throws for an id that names nobody on the roll: `INVALID_INPUT` when it is not an id at
 * all, else `NOT_A_MEMBER` with the (masked) id.
 * @internal
 */
export function rejectUnknownId(id: unknown, path: ErrorPath, what: string): never {
  const valid = parseInput(EntityIdSchema, id, { path });
  throw new HezuoError('NOT_A_MEMBER', `${what} ${shownId(valid)} is not on the roll`, {
    path,
    details: { id: shownId(valid) },
  });
}

/** Throws `INVALID_INPUT` for an id listed twice. @internal */
export function rejectDuplicateId(id: string, path: ErrorPath, what: string): never {
  throw new HezuoError('INVALID_INPUT', `${what} ${shownId(id)} is listed twice`, {
    path,
    details: { id: shownId(id), reason: 'duplicate' },
  });
}

/**
 * Checks a list of ids has no repeats (the list is already known to hold valid ids).
 * @internal
 */
export function checkUniqueIds(
  ids: readonly string[],
  pathOf: (index: number) => ErrorPath,
  what: string,
): void {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (seen.has(id)) rejectDuplicateId(id, pathOf(i), what);
    seen.add(id);
  }
}
