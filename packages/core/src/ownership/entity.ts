import { z } from 'zod';
import { EntityIdSchema } from '../cooperative/ids';

/**
 * Kinds of entity in a holding graph (DESIGN §3.3): a farmer (natural person, 农民), a farmer
 * professional cooperative (农民专业合作社), a union of them (联合社), a service centre
 * (为农服务中心), an enterprise (企业), a village collective economic organisation (村集体经济组织),
 * the state (a government body or state-owned-asset holder, 国有资产), and an employee
 * shareholding platform (员工持股平台).
 */
export const OWNERSHIP_ENTITY_KINDS = [
  'farmer',
  'cooperative',
  'cooperativeUnion',
  'serviceCenter',
  'enterprise',
  'villageCollective',
  'state',
  'staff',
] as const;

/** One of {@link OWNERSHIP_ENTITY_KINDS}. */
export type OwnershipEntityKind = (typeof OWNERSHIP_ENTITY_KINDS)[number];

/** Schema of {@link OwnershipEntityKind}. */
export const OwnershipEntityKindSchema = z.enum(OWNERSHIP_ENTITY_KINDS);

/**
 * Groups that ultimate owners are summed into: farmers (and their cooperatives), village
 * collectives, the state, enterprises, staff, and other.
 */
export const OWNER_GROUPS = ['farmers', 'collectives', 'state', 'enterprises', 'staff', 'other'] as const;

/** One of {@link OWNER_GROUPS}. */
export type OwnerGroup = (typeof OWNER_GROUPS)[number];

/** Schema of {@link OwnerGroup}. */
export const OwnerGroupSchema = z.enum(OWNER_GROUPS);

/**
 * The default group of each kind. Cooperatives and unions count as farmers when they are
 * ultimate owners (nobody above them is recorded): they are farmers' own organisations, which
 * is how the seed's Shandong model reads "farmer co-ops ≥ 80 % of the union" as farmers' equity.
 * A service centre that nobody holds is `other`. Override per call with `groupOfKind`.
 */
export const DEFAULT_OWNER_GROUP_OF_KIND: Readonly<Record<OwnershipEntityKind, OwnerGroup>> = Object.freeze({
  farmer: 'farmers',
  cooperative: 'farmers',
  cooperativeUnion: 'farmers',
  serviceCenter: 'other',
  enterprise: 'enterprises',
  villageCollective: 'collectives',
  state: 'state',
  staff: 'staff',
});

/**
 * Kinds whose entities are ultimate owners even when somebody holds them: look-through stops
 * there. Farmers are people; a village collective belongs to its villagers collectively; the
 * state is the end of any state chain; a staff platform stands for its employees as a group.
 * Besides these, any entity that holds but is held by nobody is an ultimate owner.
 */
export const DEFAULT_ULTIMATE_OWNER_KINDS: readonly OwnershipEntityKind[] = Object.freeze([
  'farmer',
  'villageCollective',
  'state',
  'staff',
]);

/** An entity of a holding graph: an id, a kind and, for people to read, a name. */
export const OwnershipEntitySchema = z.strictObject({
  /** The host's id. */
  id: EntityIdSchema,
  /** What it is. */
  kind: OwnershipEntityKindSchema,
  /** A name for reports. */
  name: z.string().min(1).max(200).optional(),
});

/** See {@link OwnershipEntitySchema}. */
export type OwnershipEntity = z.infer<typeof OwnershipEntitySchema>;

/**
 * How a graph is read: which kinds stop look-through, and which group each kind counts in.
 * Both are data; the defaults are {@link DEFAULT_ULTIMATE_OWNER_KINDS} and
 * {@link DEFAULT_OWNER_GROUP_OF_KIND}.
 */
export const OwnershipReadingSchema = z.strictObject({
  /** Kinds that are always ultimate owners; replaces the default list. */
  ultimateOwnerKinds: z
    .array(OwnershipEntityKindSchema)
    .max(OWNERSHIP_ENTITY_KINDS.length * 4)
    .optional(),
  /** Groups per kind; kinds left out keep their default group. */
  groupOfKind: z.partialRecord(OwnershipEntityKindSchema, OwnerGroupSchema).optional(),
});

/** See {@link OwnershipReadingSchema}. */
export type OwnershipReading = z.input<typeof OwnershipReadingSchema>;

/**
 * The reading as lookup tables indexed by kind number.
 * @internal
 */
export interface KindTables {
  readonly ultimate: Uint8Array;
  readonly group: Uint8Array;
}

/** @internal */
export const KIND_NUMBER: ReadonlyMap<string, number> = new Map(OWNERSHIP_ENTITY_KINDS.map((k, i) => [k, i]));

/** Turns a validated reading into lookup tables. @internal */
export function kindTables(reading: {
  ultimateOwnerKinds?: readonly OwnershipEntityKind[] | undefined;
  groupOfKind?: Partial<Record<OwnershipEntityKind, OwnerGroup>> | undefined;
}): KindTables {
  const ultimate = new Uint8Array(OWNERSHIP_ENTITY_KINDS.length);
  for (const kind of reading.ultimateOwnerKinds ?? DEFAULT_ULTIMATE_OWNER_KINDS)
    ultimate[KIND_NUMBER.get(kind) as number] = 1;
  const group = new Uint8Array(OWNERSHIP_ENTITY_KINDS.length);
  OWNERSHIP_ENTITY_KINDS.forEach((kind, i) => {
    const g = reading.groupOfKind?.[kind] ?? DEFAULT_OWNER_GROUP_OF_KIND[kind];
    group[i] = OWNER_GROUPS.indexOf(g);
  });
  return { ultimate, group };
}
