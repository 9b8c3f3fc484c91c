import { EntityIdSchema } from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from '../area';
import { type GeoPoint, GeoPointSchema } from './geoPoint';
import { type PlotBoundary, PlotBoundarySchema } from './plotBoundary';

/**
 * Schema of a plot as coverage sees it: its id, the area a centre must serve (in mu), where it
 * is, and its boundary when surveyed.
 */
export const CoveragePlotSchema = z.strictObject({
  /** The plot's id. */
  plotId: EntityIdSchema,
  /** The area a centre serves there, in mu. */
  areaMu: AreaMuSchema,
  /** A point on the plot (its centre), tagged with its datum. */
  location: GeoPointSchema,
  /** The plot's boundary, when surveyed; shares inside a circle are then measured on it. */
  boundary: PlotBoundarySchema.optional(),
});

/** A plot as coverage sees it; see {@link CoveragePlotSchema}. */
export interface CoveragePlot {
  /** The plot's id. */
  readonly plotId: string;
  /** The area a centre serves there, in mu. */
  readonly areaMu: number;
  /** A point on the plot, tagged with its datum. */
  readonly location: GeoPoint;
  /** The plot's boundary, when surveyed. */
  readonly boundary?: PlotBoundary | undefined;
}
