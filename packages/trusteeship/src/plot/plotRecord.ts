import { EntityIdSchema, HezuoError, ProduceCodeSchema, parseInput } from '@hezuo/core';
import { z } from 'zod';
import { AreaMuSchema } from '../area';
import { type GeoPoint, GeoPointSchema } from '../coverage/geoPoint';
import { boundaryAreaMu, type PlotBoundary, PlotBoundarySchema } from '../coverage/plotBoundary';

/** The store kind of plots: `trusteeship.plot`. */
export const TRUSTEESHIP_PLOT_KIND = 'trusteeship.plot';

const PlotFields = {
  /** The plot's id. */
  id: EntityIdSchema,
  /** The member (farmer household) who holds the land. */
  memberId: z.string().min(1, { error: 'a member id may not be empty' }).max(256),
  /** The member's cooperative. */
  cooperativeId: z.optional(EntityIdSchema),
  /** The village (a name or code), for reports. */
  village: z.string().min(1).max(200).optional(),
  /** The crop grown. */
  crop: z.optional(ProduceCodeSchema),
  /** The registered area (确权面积) on the land-contract certificate, in mu. */
  registeredAreaMu: AreaMuSchema,
  /** A point on the plot, tagged with its datum. */
  location: z.optional(GeoPointSchema),
  /** The plot's surveyed boundary, tagged with its datum. */
  boundary: PlotBoundarySchema.optional(),
  /** The service centre that usually serves it. */
  serviceCenterId: z.optional(EntityIdSchema),
};

/**
 * Schema of a plot as registered: who holds it, its registered area (确权面积), and where it is.
 * A measured area comes from the boundary when there is one; without a boundary it may be given
 * (measured on the ground), never both.
 */
export const PlotInputSchema = z.strictObject({
  ...PlotFields,
  /** The measured area (实测面积) in mu, when measured without a boundary. */
  measuredAreaMu: z.optional(AreaMuSchema),
});

/** A plot as registered; see {@link PlotInputSchema}. */
export type PlotInput = z.input<typeof PlotInputSchema>;

/**
 * Schema of a plot record as stored under {@link TRUSTEESHIP_PLOT_KIND}. Three areas are kept
 * apart: the registered area here, the measured area (实测) here, and the contract area
 * (合同面积) on each contract that covers the plot.
 */
export const PlotRecordSchema = z.strictObject({
  ...PlotFields,
  /** The measured area (实测面积) in mu: from the boundary, or as measured on the ground. */
  measuredAreaMu: z.optional(AreaMuSchema),
});

/** A plot record; see {@link PlotRecordSchema}. */
export interface PlotRecord {
  /** The plot's id. */
  readonly id: string;
  /** The member who holds the land. */
  readonly memberId: string;
  /** The member's cooperative. */
  readonly cooperativeId?: string | undefined;
  /** The village. */
  readonly village?: string | undefined;
  /** The crop grown. */
  readonly crop?: string | undefined;
  /** The registered area (确权面积), in mu. */
  readonly registeredAreaMu: number;
  /** The measured area (实测面积), in mu. */
  readonly measuredAreaMu?: number | undefined;
  /** A point on the plot. */
  readonly location?: GeoPoint | undefined;
  /** The surveyed boundary. */
  readonly boundary?: PlotBoundary | undefined;
  /** The service centre that usually serves it. */
  readonly serviceCenterId?: string | undefined;
}

/** The mean of a boundary's vertices (the closing vertex, if repeated, counted once). */
function vertexMean(boundary: PlotBoundary): GeoPoint {
  const ring = boundary.ring;
  const first = ring[0] as readonly [number, number];
  const last = ring[ring.length - 1] as readonly [number, number];
  const n = first[0] === last[0] && first[1] === last[1] ? ring.length - 1 : ring.length;
  let lng = 0;
  let lat = 0;
  for (let i = 0; i < n; i++) {
    const [x, y] = ring[i] as readonly [number, number];
    lng += x;
    lat += y;
  }
  return { lng: lng / n, lat: lat / n, datum: boundary.datum };
}

/**
 * Builds a plot record (pure): the measured area is computed from the boundary
 * ({@link measuredAreaMu}); the location, when not given, is the mean of the boundary's vertices
 * (close enough to the centre of a field a few hundred metres across).
 *
 * @throws HezuoError `INVALID_INPUT` (path `plot`, field) for a bad area, an untagged datum,
 * coordinates outside China, a boundary enclosing no area, or a measured area given beside a boundary
 *
 * @example
 * ```ts
 * buildPlotRecord({ id: 'P1', memberId: 'M1', registeredAreaMu: 12 }).registeredAreaMu; // 12
 * ```
 */
export function buildPlotRecord(input: PlotInput): PlotRecord {
  const plot = parseInput(PlotInputSchema, input, { path: ['plot'] });
  if (plot.boundary === undefined) return plot;
  if (plot.measuredAreaMu !== undefined) {
    throw new HezuoError(
      'INVALID_INPUT',
      'the measured area comes from the boundary: give one or the other, not both',
      { path: ['plot', 'measuredAreaMu'] },
    );
  }
  const measured = boundaryAreaMu(plot.boundary, ['plot', 'boundary']);
  const location = plot.location ?? vertexMean(plot.boundary);
  return { ...plot, location, measuredAreaMu: measured };
}

/**
 * The area work on a plot may not exceed, in mu: the measured area when there is one (it is
 * what the machines cover), otherwise the registered area.
 *
 * @throws HezuoError `INVALID_INPUT` (path `plot`, field) for a malformed record
 *
 * @example
 * ```ts
 * plotWorkableAreaMu({ id: 'P1', memberId: 'M1', registeredAreaMu: 12, measuredAreaMu: 13.1 }); // 13.1
 * ```
 */
export function plotWorkableAreaMu(plot: PlotRecord): number {
  const p = parseInput(PlotRecordSchema, plot, { path: ['plot'] });
  return p.measuredAreaMu ?? p.registeredAreaMu;
}
