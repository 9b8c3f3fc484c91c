import { parseInput } from '@hezuo/core';
import { distance } from '@turf/distance';
import * as z from 'zod/mini';
import { type GeoPoint, GeoPointSchema, lngLatToWgs84 } from './geoPoint';
import {
  centerReach,
  DEFAULT_TERRAIN_PROFILES,
  type ServiceCenter,
  ServiceCenterSchema,
  type TerrainProfiles,
  TerrainProfilesSchema,
} from './serviceCenter';
import { checkUniqueIds } from '../internal/uniqueIds';

/** The centre nearest a point, how far it is, and whether the point is inside its service circle. */
export interface NearestServiceCenter {
  /** The nearest centre. */
  readonly centerId: string;
  /** The distance to it, in km (WGS-84, haversine). */
  readonly distanceKm: number;
  /** Its service radius, in km. */
  readonly radiusKm: number;
  /** Whether the point is within that radius (on the circle counts as within). */
  readonly withinReach: boolean;
}

const NearestArgsSchema = z
  .strictObject({
    point: GeoPointSchema,
    centers: z
      .array(ServiceCenterSchema)
      .check(z.minLength(1, { error: 'at least one service centre is needed' }), z.maxLength(100_000)),
    terrainProfiles: z.optional(TerrainProfilesSchema),
  })
  .check(
    z.superRefine((args, ctx) => checkUniqueIds(args.centers, (c) => c.id, ctx, ['centers'], 'id', 'service centre')),
  );

/**
 * The service centre nearest a point (a plot's location), measured in WGS-84 after converting
 * GCJ-02 input; a tie goes to the lower centre id. Says whether the point is inside the centre's
 * service circle (its own radius, or its terrain's: 3 km on plains, 6 km in hills by default).
 *
 * @param terrainProfiles - radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} by default
 * @throws HezuoError `INVALID_INPUT` (path `point` or `centers`, index, field) for an untagged
 * datum, coordinates outside China, no centres, or a centre id given twice
 *
 * @example
 * ```ts
 * nearestServiceCenter({ lng: 119.75, lat: 36.406, datum: 'WGS-84' }, [
 *   { id: 'SC1', name: '东村中心', location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' }, terrain: 'plain' },
 * ]); // { centerId: 'SC1', distanceKm: ≈ 2.891, radiusKm: 3, withinReach: true }
 * ```
 */
export function nearestServiceCenter(
  point: GeoPoint,
  centers: readonly ServiceCenter[],
  terrainProfiles: TerrainProfiles = DEFAULT_TERRAIN_PROFILES,
): NearestServiceCenter {
  const args = parseInput(NearestArgsSchema, { point, centers, terrainProfiles });
  const profiles = args.terrainProfiles ?? DEFAULT_TERRAIN_PROFILES;
  const from = lngLatToWgs84(args.point.lng, args.point.lat, args.point.datum);
  let best: { center: ServiceCenter; km: number } | undefined;
  for (const center of args.centers) {
    const km = distance(from, lngLatToWgs84(center.location.lng, center.location.lat, center.location.datum));
    if (best === undefined || km < best.km || (km === best.km && center.id < best.center.id)) {
      best = { center, km };
    }
  }
  const nearest = best as { center: ServiceCenter; km: number };
  const { radiusKm } = centerReach(nearest.center, profiles);
  return { centerId: nearest.center.id, distanceKm: nearest.km, radiusKm, withinReach: nearest.km <= radiusKm };
}
