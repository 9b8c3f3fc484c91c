import { parseInput } from '@hezuo/core';
import { distance } from '@turf/distance';
import * as z from 'zod/mini';
import { type GeoPoint, GeoPointSchema, lngLatToWgs84 } from './geoPoint';

const DistanceArgsSchema = z.strictObject({ from: GeoPointSchema, to: GeoPointSchema });

/**
 * The great-circle distance between two points in km: both are converted to WGS-84 first
 * (GCJ-02 points through gcoord), then measured on a sphere of radius 6,371,008.8 m with the
 * haversine formula (@turf/distance).
 *
 * @throws HezuoError `INVALID_INPUT` (path `from` or `to`, field) for an untagged datum, a point
 * outside China, or not a number
 *
 * @example
 * ```ts
 * distanceKm(
 *   { lng: 119.75, lat: 36.38, datum: 'WGS-84' },
 *   { lng: 119.75, lat: 36.41, datum: 'WGS-84' },
 * ); // ≈ 3.336
 * ```
 */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  const args = parseInput(DistanceArgsSchema, { from, to });
  return distance(
    lngLatToWgs84(args.from.lng, args.from.lat, args.from.datum),
    lngLatToWgs84(args.to.lng, args.to.lat, args.to.datum),
  );
}
