import { z } from 'zod';
import { EntityIdSchema, RegionCodeSchema } from '../cooperative/ids';
import type { LocalizedText } from '../i18n/locale';

/**
 * Levels of a federation (农合联), lowest first (DESIGN §3.1, seed): township (乡镇), county (县),
 * city (市), province (省).
 */
export const FEDERATION_LEVELS = ['township', 'county', 'city', 'province'] as const;

/** One of {@link FEDERATION_LEVELS}. */
export type FederationLevel = (typeof FEDERATION_LEVELS)[number];

/**
 * Types of federation (seed): `regional` (区域性农合联) federates the co-ops of one area;
 * `industry` (产业农合联) federates those of one industry and hangs under a regional one.
 */
export const FEDERATION_TYPES = ['regional', 'industry'] as const;

/** One of {@link FEDERATION_TYPES}. */
export type FederationType = (typeof FEDERATION_TYPES)[number];

/** Names of {@link FEDERATION_LEVELS} for people. */
export const FEDERATION_LEVEL_LABELS: Readonly<Record<FederationLevel, LocalizedText>> = {
  township: { 'zh-CN': '乡镇级', en: 'township' },
  county: { 'zh-CN': '县级', en: 'county' },
  city: { 'zh-CN': '市级', en: 'city' },
  province: { 'zh-CN': '省级', en: 'province' },
};

/** Names of {@link FEDERATION_TYPES} for people. */
export const FEDERATION_TYPE_LABELS: Readonly<Record<FederationType, LocalizedText>> = {
  regional: { 'zh-CN': '区域性农合联', en: 'regional federation' },
  industry: { 'zh-CN': '产业农合联', en: 'industry federation' },
};

/**
 * 农合联 — a federation of farmers' co-ops, supply-and-marketing co-ops and service bodies
 * (DESIGN §3.1, seed). Regional federations form a chain township → county → city → province;
 * an industry federation attaches to a regional one of the same or a higher level.
 */
export const FederationSchema = z.strictObject({
  kind: z.literal('federation'),
  /** Unique among the federations of one tree. */
  id: EntityIdSchema,
  name: z
    .string()
    .max(200, { error: 'a name may be at most 200 characters' })
    .regex(/\S/, { error: 'a name may not be blank' }),
  level: z.enum(FEDERATION_LEVELS),
  type: z.enum(FEDERATION_TYPES),
  /** The administrative division it covers (行政区划代码). */
  regionCode: RegionCodeSchema,
  /** The federation it belongs to; none for a root. */
  parentId: z.optional(EntityIdSchema),
});

/** A federation; see {@link FederationSchema}. */
export type Federation = z.infer<typeof FederationSchema>;

/** The rank of a level: township 0 … province 3. @internal */
export function levelRank(level: FederationLevel): number {
  return FEDERATION_LEVELS.indexOf(level);
}
