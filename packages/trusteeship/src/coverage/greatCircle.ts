import { earthRadius } from '@turf/helpers';

/** The sphere @turf/distance measures on: 6,371,008.8 m, in km. @internal */
export const EARTH_RADIUS_KM = earthRadius / 1000;

const KM_PER_RADIAN = earthRadius / 1e3;

/** Degrees to radians exactly as @turf/helpers does it: `(d % 360) × π / 180`, left to right. */
function toRadians(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
}

/**
 * The haversine distance in km between two WGS-84 positions whose latitudes' cosines are
 * known: the formula of @turf/distance, operation for operation, so the result is the same
 * double; only the cosines are computed once per point instead of once per pair. The
 * nearest-centre search calls it for millions of pairs.
 * @internal
 */
export function haversineKm(
  lng1: number,
  lat1: number,
  cosLat1: number,
  lng2: number,
  lat2: number,
  cosLat2: number,
): number {
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lng2 - lng1);
  const a = Math.sin(dLat / 2) ** 2 + Math.sin(dLon / 2) ** 2 * cosLat1 * cosLat2;
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM_PER_RADIAN;
}

/** The cosine of a latitude in degrees, as @turf/distance takes it. @internal */
export function cosLatitude(lat: number): number {
  return Math.cos(toRadians(lat));
}

/**
 * The latitude difference, in degrees, beyond which two points are surely farther apart than
 * `km` (a degree of latitude is the shortest way between two parallels), with a margin.
 * @internal
 */
export function latitudeReachDegrees(km: number): number {
  return ((km / EARTH_RADIUS_KM) * 180 * (1 + 1e-9)) / Math.PI + 1e-12;
}

/**
 * The haversine term `sin²(d / 2R)` of a distance of `km`: two points are within `km` of each
 * other only if their haversine term is at most this.
 * @internal
 */
export function haversineReach(km: number): number {
  return Math.sin(km / EARTH_RADIUS_KM / 2) ** 2;
}

/**
 * Whether a longitude difference alone puts two points out of reach of each other: the
 * haversine term `cos φ1 cos φ2 sin²(Δλ/2)` is at least `cos φ1 cos φ2 (Δλ/π)²` (as
 * sin x ≥ 2x/π on [0, π/2]), so when that exceeds the reach's term (see {@link haversineReach})
 * the points are farther apart. Conservative, with a margin: it never rules out a pair in reach.
 * @internal
 */
export function beyondByLongitude(dLngDegrees: number, cosLat1: number, cosLat2: number, reach: number): boolean {
  const dLng = (Math.abs(dLngDegrees) * Math.PI) / 180;
  if (dLng >= Math.PI) return false;
  return (dLng / Math.PI) ** 2 * cosLat1 * cosLat2 * (1 - 1e-9) > reach;
}
