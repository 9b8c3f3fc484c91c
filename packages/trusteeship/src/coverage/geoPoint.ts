import { parseInput } from '@hezuo/core';
import gcoord from 'gcoord';
import * as z from 'zod/mini';

/**
 * The geodetic datums Hezuo reads coordinates in: `WGS-84` (GPS receivers, survey data) and
 * `GCJ-02` (the offset datum of Chinese web maps, 火星坐标). The same spot differs by a few
 * hundred metres between them, so every coordinate carries its datum and is converted to WGS-84
 * before anything is measured.
 */
export const DATUMS = ['WGS-84', 'GCJ-02'] as const;

/** One of {@link DATUMS}. */
export type Datum = (typeof DATUMS)[number];

/**
 * The box coordinates must fall in: 73.4°E to 135.1°E, 3.8°N to 53.6°N, China's extent. It
 * catches swapped latitude and longitude and points in the wrong hemisphere; it is not a border.
 */
export const CHINA_BOUNDS = Object.freeze({ minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 });

/** Schema of {@link Datum}; a missing datum is refused with a message that says how to tag it. */
export const DatumSchema = z.enum(DATUMS, {
  error: (issue) =>
    issue.input === undefined
      ? 'the coordinates carry no datum: tag them "WGS-84" (GPS) or "GCJ-02" (Chinese web maps)'
      : 'a datum is "WGS-84" (GPS) or "GCJ-02" (Chinese web maps)',
});

const LongitudeSchema = z
  .number({ error: 'a longitude must be a number of degrees east' })
  .check(
    z.gte(CHINA_BOUNDS.minLng, { error: 'the longitude is outside China (73.4°E to 135.1°E)' }),
    z.lte(CHINA_BOUNDS.maxLng, { error: 'the longitude is outside China (73.4°E to 135.1°E)' }),
  );

const LatitudeSchema = z
  .number({ error: 'a latitude must be a number of degrees north' })
  .check(
    z.gte(CHINA_BOUNDS.minLat, { error: 'the latitude is outside China (3.8°N to 53.6°N)' }),
    z.lte(CHINA_BOUNDS.maxLat, { error: 'the latitude is outside China (3.8°N to 53.6°N)' }),
  );

/** Schema of a position `[longitude, latitude]` in degrees inside {@link CHINA_BOUNDS}. */
export const LngLatSchema = z.tuple([LongitudeSchema, LatitudeSchema]);

/** Schema of a point: longitude and latitude in degrees, tagged with their datum. */
export const GeoPointSchema = z.strictObject({
  /** Degrees east. */
  lng: LongitudeSchema,
  /** Degrees north. */
  lat: LatitudeSchema,
  /** The datum the degrees are in. */
  datum: DatumSchema,
});

/** A point tagged with its datum; see {@link GeoPointSchema}. */
export interface GeoPoint {
  /** Degrees east. */
  readonly lng: number;
  /** Degrees north. */
  readonly lat: number;
  /** The datum the degrees are in. */
  readonly datum: Datum;
}

/**
 * `[lng, lat]` converted from `datum` to WGS-84 (gcoord), for already validated degrees.
 * @internal
 */
export function lngLatToWgs84(lng: number, lat: number, datum: Datum): [number, number] {
  if (datum === 'WGS-84') return [lng, lat];
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  return [x, y];
}

/**
 * A point's WGS-84 position `[longitude, latitude]`: GCJ-02 points are converted (gcoord),
 * WGS-84 points are returned as they are.
 *
 * @throws HezuoError `INVALID_INPUT` (path `point`, field) for a point without a datum, outside
 * China, or not a number
 *
 * @example
 * ```ts
 * toWgs84({ lng: 119.7552, lat: 36.3806, datum: 'GCJ-02' }); // ≈ [119.7497, 36.3808]
 * ```
 */
export function toWgs84(point: GeoPoint): [number, number] {
  const p = parseInput(GeoPointSchema, point, { path: ['point'] });
  return lngLatToWgs84(p.lng, p.lat, p.datum);
}
