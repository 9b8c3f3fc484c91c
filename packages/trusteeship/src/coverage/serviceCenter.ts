import { EntityIdSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { AreaMuSchema } from '../area';
import { deepFreeze } from '../internal/deepFreeze';
import { type GeoPoint, GeoPointSchema } from './geoPoint';

/** The store kind of service centres: `trusteeship.serviceCenter`. */
export const TRUSTEESHIP_SERVICE_CENTER_KIND = 'trusteeship.serviceCenter';

/** The terrains a service centre may serve: `plain` (平原) or `hill` (丘陵, along a small watershed). */
export const TERRAINS = ['plain', 'hill'] as const;

/** One of {@link TERRAINS}. */
export type Terrain = (typeof TERRAINS)[number];

/** Schema of {@link Terrain}. */
export const TerrainSchema = z.enum(TERRAINS);

/** Schema of a terrain's service profile: how far a centre reaches and how much land it serves. */
export const TerrainProfileSchema = z
  .strictObject({
    /** The radius of the service circle, in km. */
    radiusKm: z.number().check(z.positive(), z.lte(100)),
    /** The land a centre can serve, in mu: its capacity when the centre does not state one. */
    capacityMu: AreaMuSchema,
    /** The land a centre typically covers, in mu, for reports. */
    typicalAreaMu: z.strictObject({ min: AreaMuSchema, max: AreaMuSchema }),
  })
  .check(
    z.refine((p) => p.typicalAreaMu.min <= p.typicalAreaMu.max, {
      path: ['typicalAreaMu'],
      error: 'the typical area runs from min to max',
    }),
  );

/** A terrain's service profile; see {@link TerrainProfileSchema}. */
export interface TerrainProfile {
  /** The radius of the service circle, in km. */
  readonly radiusKm: number;
  /** The land a centre can serve, in mu, when the centre does not state its capacity. */
  readonly capacityMu: number;
  /** The land a centre typically covers, in mu. */
  readonly typicalAreaMu: { readonly min: number; readonly max: number };
}

/** Schema of the profiles of every terrain. */
export const TerrainProfilesSchema = z.strictObject({ plain: TerrainProfileSchema, hill: TerrainProfileSchema });

/** The service profile of each terrain. */
export type TerrainProfiles = Readonly<Record<Terrain, TerrainProfile>>;

/**
 * The seed's service circles of a service centre (为农服务中心): on plains a 3 km circle covering
 * 30,000–50,000 mu; in hills about 6 km along a small watershed, about 100,000 mu. The capacity
 * defaults to the top of each range. Practice data: pass your own profiles where land lies
 * otherwise. A hill centre's reach is modelled as a 6 km circle around it; a host that knows
 * the watershed can set a centre's own radius.
 */
export const DEFAULT_TERRAIN_PROFILES: TerrainProfiles = deepFreeze({
  plain: { radiusKm: 3, capacityMu: 50_000, typicalAreaMu: { min: 30_000, max: 50_000 } },
  hill: { radiusKm: 6, capacityMu: 100_000, typicalAreaMu: { min: 100_000, max: 100_000 } },
});

/** Schema of a service centre (为农服务中心): where it is, its terrain, and what it can serve. */
export const ServiceCenterSchema = z.strictObject({
  /** The centre's id. */
  id: EntityIdSchema,
  /** Its name. */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Where it is, tagged with its datum. */
  location: GeoPointSchema,
  /** The terrain it serves. */
  terrain: TerrainSchema,
  /** Its own service radius in km; the terrain's when left out. */
  radiusKm: z.optional(z.number().check(z.positive(), z.lte(100))),
  /** Its own capacity in mu; the terrain's when left out. */
  capacityMu: z.optional(AreaMuSchema),
  /** The cooperative (or union) that runs it. */
  cooperativeId: z.optional(EntityIdSchema),
});

/** A service centre; see {@link ServiceCenterSchema}. */
export interface ServiceCenter {
  /** The centre's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Where it is, tagged with its datum. */
  readonly location: GeoPoint;
  /** The terrain it serves. */
  readonly terrain: Terrain;
  /** Its own service radius in km; the terrain's when left out. */
  readonly radiusKm?: number | undefined;
  /** Its own capacity in mu; the terrain's when left out. */
  readonly capacityMu?: number | undefined;
  /** The cooperative (or union) that runs it. */
  readonly cooperativeId?: string | undefined;
}

/**
 * A centre's radius and capacity: its own, or its terrain's.
 * @internal
 */
export function centerReach(
  center: Pick<ServiceCenter, 'terrain' | 'radiusKm' | 'capacityMu'>,
  profiles: TerrainProfiles,
): { readonly radiusKm: number; readonly capacityMu: number } {
  const profile = profiles[center.terrain];
  return { radiusKm: center.radiusKm ?? profile.radiusKm, capacityMu: center.capacityMu ?? profile.capacityMu };
}
