import { HezuoError, parseInput } from '@hezuo/core';
import { area } from '@turf/area';
import { circle } from '@turf/circle';
import { featureCollection, polygon } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { z } from 'zod';
import { type CoveragePlot, CoveragePlotSchema } from './coveragePlot';
import { lngLatToWgs84 } from './geoPoint';
import { cosLatitude, haversineKm } from './greatCircle';
import { wgs84Ring } from './plotBoundary';
import {
  centerReach,
  DEFAULT_TERRAIN_PROFILES,
  type ServiceCenter,
  ServiceCenterSchema,
  type TerrainProfiles,
  TerrainProfilesSchema,
} from './serviceCenter';

/** Steps of the polygon standing in for a service circle: at 3 km its edges stray 0.23 m from the arc. */
const CIRCLE_STEPS = 256;

type PolygonFeature = ReturnType<typeof polygon>;

/** A plot in WGS-84, ready to be measured against circles. @internal */
export interface PreparedPlot {
  readonly lng: number;
  readonly lat: number;
  readonly cosLat: number;
  /** The closed boundary ring with each vertex's cosine of latitude, or `null` without a boundary. */
  readonly ring: readonly (readonly [number, number])[] | null;
  readonly ringCos: readonly number[] | null;
  /** The boundary as a polygon and its area in m², built when first needed. */
  shape?: { readonly feature: PolygonFeature; readonly squareMetres: number };
}

/** A centre in WGS-84 with its radius, ready to measure plots against. @internal */
export interface PreparedCenter {
  readonly lng: number;
  readonly lat: number;
  readonly cosLat: number;
  readonly radiusKm: number;
  /** The service circle as a polygon, built when first needed. */
  circle?: PolygonFeature;
}

/** Converts a validated plot to WGS-84. @internal */
export function preparePlot(plot: CoveragePlot): PreparedPlot {
  const [lng, lat] = lngLatToWgs84(plot.location.lng, plot.location.lat, plot.location.datum);
  const ring = plot.boundary ? wgs84Ring(plot.boundary) : null;
  return { lng, lat, cosLat: cosLatitude(lat), ring, ringCos: ring ? ring.map(([, y]) => cosLatitude(y)) : null };
}

/** Converts a validated centre to WGS-84 and resolves its radius. @internal */
export function prepareCenter(center: ServiceCenter, profiles: TerrainProfiles): PreparedCenter {
  const [lng, lat] = lngLatToWgs84(center.location.lng, center.location.lat, center.location.datum);
  return { lng, lat, cosLat: cosLatitude(lat), radiusKm: centerReach(center, profiles).radiusKm };
}

/**
 * The share of a prepared plot inside a prepared centre's circle. Without a boundary the plot
 * is a point: 1 inside, 0 outside. With one: 1 when every vertex is inside (a circle is
 * convex), 0 when the nearest vertex is farther out than the plot is wide, and otherwise the
 * area of the plot's intersection with the circle over the plot's area.
 * @internal
 */
export function preparedShare(plot: PreparedPlot, center: PreparedCenter): number {
  const { ring, ringCos } = plot;
  if (ring === null || ringCos === null) {
    return haversineKm(plot.lng, plot.lat, plot.cosLat, center.lng, center.lat, center.cosLat) <= center.radiusKm
      ? 1
      : 0;
  }
  let nearest = Number.POSITIVE_INFINITY;
  let farthest = 0;
  let width = 0;
  const [x0, y0] = ring[0] as readonly [number, number];
  const cos0 = ringCos[0] as number;
  ring.forEach(([x, y], i) => {
    const cos = ringCos[i] as number;
    const km = haversineKm(x, y, cos, center.lng, center.lat, center.cosLat);
    if (km < nearest) nearest = km;
    if (km > farthest) farthest = km;
    const fromFirst = haversineKm(x, y, cos, x0, y0, cos0);
    if (fromFirst > width) width = fromFirst;
  });
  if (farthest <= center.radiusKm) return 1;
  // Every point of the plot lies within 2 × width of the first vertex, so none can reach the circle.
  if (nearest - 2 * width > center.radiusKm) return 0;
  plot.shape ??= (() => {
    const feature = polygon([ring.map(([x, y]) => [x, y])]);
    return { feature, squareMetres: area(feature) };
  })();
  center.circle ??= circle([center.lng, center.lat], center.radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' });
  if (!(plot.shape.squareMetres > 0)) return 0;
  let overlap: ReturnType<typeof intersect>;
  try {
    overlap = intersect(featureCollection([plot.shape.feature, center.circle]));
  } catch (error) {
    throw new HezuoError('INVALID_INPUT', 'the plot boundary cannot be clipped to the circle: does it cross itself?', {
      path: ['plot', 'boundary', 'ring'],
      cause: error,
    });
  }
  if (overlap === null) return 0;
  // Clipping in floating point can leave the overlap a hair above the plot's own area.
  return Math.min(1, area(overlap) / plot.shape.squareMetres);
}

const ShareArgsSchema = z.strictObject({
  plot: CoveragePlotSchema,
  center: ServiceCenterSchema,
  terrainProfiles: z.optional(TerrainProfilesSchema),
});

/**
 * The share of a plot inside a service centre's circle, from 0 to 1 (everything in WGS-84,
 * GCJ-02 input converted first). A plot without a boundary counts as its location: 1 when that
 * point is within the radius, else 0. A plot with a boundary is measured: the area of its
 * intersection with the circle (a 256-sided polygon) over its own area.
 *
 * @param terrainProfiles - radius per terrain; {@link DEFAULT_TERRAIN_PROFILES} by default
 * @throws HezuoError `INVALID_INPUT` (path `plot` or `center`, field) for an untagged datum,
 * coordinates outside China, or a boundary enclosing no area
 *
 * @example
 * ```ts
 * serviceCircleShare(
 *   { plotId: 'P1', areaMu: 15, location: { lng: 119.75, lat: 36.40, datum: 'WGS-84' } },
 *   { id: 'SC1', name: '东村中心', location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' }, terrain: 'plain' },
 * ); // 1 (2.2 km from the centre)
 * ```
 */
export function serviceCircleShare(
  plot: CoveragePlot,
  center: ServiceCenter,
  terrainProfiles: TerrainProfiles = DEFAULT_TERRAIN_PROFILES,
): number {
  const args = parseInput(ShareArgsSchema, { plot, center, terrainProfiles });
  return preparedShare(
    preparePlot(args.plot),
    prepareCenter(args.center, args.terrainProfiles ?? DEFAULT_TERRAIN_PROFILES),
  );
}
