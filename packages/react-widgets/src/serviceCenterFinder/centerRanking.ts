import {
  type CoveragePlot,
  DEFAULT_TERRAIN_PROFILES,
  type GeoPoint,
  nearestServiceCenter,
  type ServiceCenter,
  type TerrainProfiles,
} from '@hezuo/trusteeship';

/** A centre with how far it is from the place and whether its service circle reaches there. */
export interface RankedCenter {
  /** The centre, as given. */
  readonly center: ServiceCenter;
  /** Distance from the place, in km (WGS-84, haversine: `nearestServiceCenter`). */
  readonly distanceKm: number;
  /** The centre's service radius, in km (its own, or its terrain's). */
  readonly radiusKm: number;
  /** Whether the place lies within that radius. */
  readonly withinReach: boolean;
}

/**
 * Every centre with its distance from the place (or the plot's location), nearest first; ties
 * go to the lower id, as `nearestServiceCenter` breaks them. Each figure comes from the
 * trusteeship plugin: `nearestServiceCenter` over the one centre gives its distance, radius and
 * reach.
 *
 * @throws HezuoError `INVALID_INPUT` for a point or centre the plugin refuses
 */
export function rankCenters(
  from: { readonly place: GeoPoint } | { readonly plot: Pick<CoveragePlot, 'location'> },
  centers: readonly ServiceCenter[],
  profiles: TerrainProfiles = DEFAULT_TERRAIN_PROFILES,
): RankedCenter[] {
  const point = 'plot' in from ? from.plot.location : from.place;
  return centers
    .map((center) => {
      const nearest = nearestServiceCenter(point, [center], profiles);
      return {
        center,
        distanceKm: nearest.distanceKm,
        radiusKm: nearest.radiusKm,
        withinReach: nearest.withinReach,
      };
    })
    .sort((a, b) =>
      a.distanceKm !== b.distanceKm ? a.distanceKm - b.distanceKm : a.center.id < b.center.id ? -1 : 1,
    );
}
