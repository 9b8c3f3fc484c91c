import { HezuoError, parseInput } from '@hezuo/core';
import { area } from '@turf/area';
import { polygon } from '@turf/helpers';
import { z } from 'zod';
import { squareMetresToMu } from '../area';
import { DatumSchema, type Datum, LngLatSchema, lngLatToWgs84 } from './geoPoint';

/**
 * Schema of a plot's boundary: one ring of `[longitude, latitude]` vertices in degrees (3 to
 * 10,000; closing the ring is optional), tagged with their datum. Holes and multi-part plots are
 * not modelled: a plot is one field.
 */
export const PlotBoundarySchema = z.strictObject({
  /** The datum the vertices are in. */
  datum: DatumSchema,
  /** The vertices, in order around the plot. */
  ring: z.array(LngLatSchema).min(3, { error: 'a boundary needs at least three vertices' }).max(10_000),
});

/** A plot's boundary; see {@link PlotBoundarySchema}. */
export interface PlotBoundary {
  /** The datum the vertices are in. */
  readonly datum: Datum;
  /** The vertices, `[longitude, latitude]`, in order around the plot. */
  readonly ring: readonly (readonly [number, number])[];
}

/**
 * The boundary's ring in WGS-84, closed (first vertex repeated at the end), for a validated
 * boundary.
 * @internal
 */
export function wgs84Ring(boundary: PlotBoundary): [number, number][] {
  const ring = boundary.ring.map(([lng, lat]) => lngLatToWgs84(lng, lat, boundary.datum));
  const first = ring[0] as [number, number];
  const last = ring[ring.length - 1] as [number, number];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0], first[1]]);
  return ring;
}

/**
 * The measured area of a validated boundary in mu, or the error for one enclosing no area.
 * @internal
 */
export function boundaryAreaMu(boundary: PlotBoundary, path: readonly (string | number)[]): number {
  const ring = wgs84Ring(boundary);
  if (ring.length < 4) {
    throw new HezuoError('INVALID_INPUT', 'a boundary needs at least three different vertices', {
      path: [...path, 'ring'],
    });
  }
  const squareMetres = area(polygon([ring]));
  if (!(squareMetres > 0)) {
    throw new HezuoError('INVALID_INPUT', 'the boundary encloses no area', { path: [...path, 'ring'] });
  }
  return squareMetresToMu(squareMetres);
}

/**
 * The measured area of a plot (实测面积) from its boundary, in mu: the vertices are converted to
 * WGS-84 and the area of the polygon on the sphere is taken (@turf/area), then turned into mu
 * (1 mu = 10,000/15 m²).
 *
 * @throws HezuoError `INVALID_INPUT` (path `boundary`, field) for an untagged datum, vertices
 * outside China, fewer than three distinct vertices, or a ring enclosing no area
 *
 * @example
 * ```ts
 * // About 100 m × 100 m near Gaomi: 10,000 m² = 15 mu.
 * measuredAreaMu({
 *   datum: 'WGS-84',
 *   ring: [[119.75, 36.38], [119.751116, 36.38], [119.751116, 36.3808993], [119.75, 36.3808993]],
 * }); // ≈ 15
 * ```
 */
export function measuredAreaMu(boundary: PlotBoundary): number {
  const b = parseInput(PlotBoundarySchema, boundary, { path: ['boundary'] });
  return boundaryAreaMu(b, ['boundary']);
}
