import { EntityIdSchema } from '@hezuo/core';
import {
  AreaMuSchema,
  type CoveragePlot,
  DatumSchema,
  type GeoPoint,
  GeoPointSchema,
  LngLatSchema,
  type ServiceCenter,
  ServiceCenterSchema,
  type TerrainProfiles,
  TerrainProfilesSchema,
} from '@hezuo/trusteeship';
import * as z from 'zod/mini';
import { callbackSchema } from '../widget/callbackSchema';

/** Props of {@link ServiceCenterFinder} and {@link useServiceCenterFinder}. */
export interface ServiceCenterFinderProps {
  /** The service centres to choose from (1 to 500), as the trusteeship plugin keeps them. */
  readonly centers: readonly ServiceCenter[];
  /** The place to measure from (a village, the member's home), tagged with its datum. Give this or `plot`. */
  readonly place?: GeoPoint;
  /** A plot to measure from: its location; its boundary, when surveyed, is drawn. Give this or `place`. */
  readonly plot?: CoveragePlot;
  /** What the place is called on the map and in the text (前进村); "your location" or the plot by default. */
  readonly placeName?: string;
  /** Radius and capacity per terrain; `DEFAULT_TERRAIN_PROFILES` (3 km plains, 6 km hills) by default. */
  readonly terrainProfiles?: TerrainProfiles;
  /** How many of the nearest centres to list and draw (1 to 50); 5 by default. */
  readonly maxResults?: number;
  /** The centre selected at first; the nearest by default. */
  readonly initialSelectedId?: string;
  /** Called with the centre the member selects (the record as given in `centers`). */
  readonly onSelect?: (center: ServiceCenter) => void;
  /** Extra classes on the root, after `hz-finder`. */
  readonly className?: string;
}

/**
 * A plot as coverage sees it (the plugin's `CoveragePlot`), put together from the plugin's own
 * field schemas: its `CoveragePlotSchema` is a classic zod object, which alone would add about
 * 28 KB to this widget.
 */
const PlotSchema = z.strictObject({
  plotId: EntityIdSchema,
  areaMu: AreaMuSchema,
  location: GeoPointSchema,
  boundary: z.optional(
    z.strictObject({
      datum: DatumSchema,
      ring: z.array(LngLatSchema).check(z.minLength(3), z.maxLength(10_000)),
    }),
  ),
});

/**
 * Schema of {@link ServiceCenterFinderProps} (zod/mini). Centres, points and plots are checked
 * with the trusteeship plugin's own schemas: a point without its datum is refused.
 */
export const ServiceCenterFinderPropsSchema = z
  .strictObject({
    centers: z.array(ServiceCenterSchema).check(z.minLength(1), z.maxLength(500)),
    place: z.optional(GeoPointSchema),
    plot: z.optional(PlotSchema),
    placeName: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    terrainProfiles: z.optional(TerrainProfilesSchema),
    maxResults: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
    initialSelectedId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
    onSelect: z.optional(callbackSchema<(center: ServiceCenter) => void>()),
    className: z.optional(z.string().check(z.maxLength(1_000))),
  })
  .check((ctx) => {
    const props = ctx.value;
    const issue = (path: (string | number)[], message: string) =>
      ctx.issues.push({ code: 'custom', input: props, path, message });
    if ((props.place === undefined) === (props.plot === undefined)) {
      issue(['place'], 'give either a place or a plot to measure from, not both and not neither');
    }
    const ids = new Set<string>();
    props.centers.forEach((center, index) => {
      if (ids.has(center.id)) issue(['centers', index, 'id'], `centre "${center.id}" is given twice`);
      ids.add(center.id);
    });
    if (props.initialSelectedId !== undefined && !ids.has(props.initialSelectedId)) {
      issue(['initialSelectedId'], `there is no centre "${props.initialSelectedId}"`);
    }
  });
