import type { OwnershipEntity, OwnershipEntityKind } from '../entity';
import type { HoldingInput } from '../holding';

export { thrown } from '../../__tests__/thrown';

/** Entities from `id:kind` pairs. */
export function entities(spec: Record<string, OwnershipEntityKind>): OwnershipEntity[] {
  return Object.entries(spec).map(([id, kind]) => ({ id, kind }));
}

/** A holding in basis points. */
export function bp(holderId: string, heldId: string, points: number): HoldingInput {
  return { holderId, heldId, stake: { bp: points } };
}

/** The shares of a look-through result by owner id. */
export function sharesById(owners: readonly { entityId: string; share: number }[]): Record<string, number> {
  return Object.fromEntries(owners.map((o) => [o.entityId, o.share]));
}
