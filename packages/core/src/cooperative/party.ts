import { z } from 'zod';
import { IsoDateSchema, ResidentIdSchema } from '../identity/residentId';
import { UsccSchema } from '../identity/uscc';
import { EntityIdSchema, RegionCodeSchema } from './ids';

/**
 * A natural person (自然人). `farmer` marks a person of farming status (农民), which Art. 20
 * counts towards the 80 % share. The resident ID is validated (GB 11643-1999), normalised to 18
 * characters, and only ever shown masked.
 */
export const NaturalPersonSchema = z.strictObject({
  kind: z.literal('naturalPerson'),
  id: EntityIdSchema,
  name: z.string().min(1).max(100),
  residentId: ResidentIdSchema,
  farmer: z.boolean(),
  regionCode: RegionCodeSchema,
});

/** See {@link NaturalPersonSchema}. */
export type NaturalPerson = z.infer<typeof NaturalPersonSchema>;

/**
 * The organisation kinds Art. 19 and Art. 20 name: enterprises (企业), public institutions
 * (事业单位) and social organisations (社会组织).
 */
export const ORGANIZATION_KINDS = ['enterprise', 'publicInstitution', 'socialOrganization'] as const;

/** One of {@link ORGANIZATION_KINDS}. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * An enterprise, public institution or social organisation, identified by its unified social
 * credit code. `publicAdministrationFunctions` marks a unit that exercises public-administration
 * functions (具有管理公共事务职能的单位), which Art. 19 bars from membership.
 */
export const OrganizationSchema = z.strictObject({
  kind: z.enum(ORGANIZATION_KINDS),
  id: EntityIdSchema,
  name: z.string().min(1).max(200),
  uscc: UsccSchema,
  regionCode: RegionCodeSchema,
  publicAdministrationFunctions: z.boolean().default(false),
});

/** See {@link OrganizationSchema}. */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * Cooperative kinds: a farmer professional cooperative (农民专业合作社), a union of them
 * (联合社, Art. 56), and a grassroots supply-and-marketing cooperative (基层社).
 */
export const COOPERATIVE_KINDS = ['cooperative', 'cooperativeUnion', 'grassrootsCooperative'] as const;

/** One of {@link COOPERATIVE_KINDS}. */
export type CooperativeKind = (typeof COOPERATIVE_KINDS)[number];

/** A cooperative of any kind; `uscc` is optional until it is registered. */
export const CooperativeSchema = z.strictObject({
  kind: z.enum(COOPERATIVE_KINDS),
  id: EntityIdSchema,
  name: z.string().min(1).max(200),
  uscc: UsccSchema.optional(),
  regionCode: RegionCodeSchema,
  foundedOn: z.optional(IsoDateSchema),
});

/** See {@link CooperativeSchema}. */
export type Cooperative = z.infer<typeof CooperativeSchema>;

/**
 * Whoever may apply for membership: a natural person, an organisation, or (for a union) a
 * cooperative.
 */
export const PartySchema = z.discriminatedUnion('kind', [
  NaturalPersonSchema,
  OrganizationSchema,
  CooperativeSchema,
]);

/** See {@link PartySchema}. */
export type Party = z.infer<typeof PartySchema>;

/** The input form of {@link Party} (defaults not yet filled in). */
export type PartyInput = z.input<typeof PartySchema>;

/** True for the organisation members Art. 20 caps (enterprises, public institutions, social organisations). */
export function isOrganization(party: Party): party is Organization {
  return (
    typeof party === 'object' &&
    party !== null &&
    (ORGANIZATION_KINDS as readonly unknown[]).includes((party as { kind?: unknown }).kind)
  );
}
