/** A position on the drawing, in SVG user units (y grows downwards). */
export interface MapPoint {
  /** From the left edge. */
  readonly x: number;
  /** From the top edge. */
  readonly y: number;
}

/** A place to draw, already in WGS-84 degrees. */
export interface LngLat {
  /** Degrees east. */
  readonly lng: number;
  /** Degrees north. */
  readonly lat: number;
}

/** What the map shows, in WGS-84: the place, an optional plot outline, and the centres with their circles. */
export interface CenterMapInput {
  /** The place measured from. */
  readonly place: LngLat;
  /** A plot's boundary ring, when surveyed. */
  readonly ring?: readonly LngLat[] | undefined;
  /** The centres, with their service radius in km, nearest first. */
  readonly centers: readonly (LngLat & { readonly id: string; readonly radiusKm: number })[];
}

/** A centre on the drawing: its position, its circle's radius, and which side its label goes. */
export interface MapCenter extends MapPoint {
  /** The centre's id. */
  readonly id: string;
  /** The service circle's radius, in user units. */
  readonly r: number;
  /** `start` (label to the right) or `end` (label to the left): away from the place, inside the box. */
  readonly labelAnchor: 'start' | 'end';
  /** Whether the label goes under the marker (the centre lies below the place) or over it. */
  readonly labelBelow: boolean;
}

/** A drawing of the centres around a place: an equirectangular projection fitted to the box. */
export interface CenterMapModel {
  /** Width of the drawing, user units. */
  readonly width: number;
  /** Height of the drawing, user units. */
  readonly height: number;
  /** The place. */
  readonly place: MapPoint;
  /** Whether the place's label goes under its marker: when the first centre (the nearest) lies above it. */
  readonly placeLabelBelow: boolean;
  /** The plot outline as an SVG `points` list, or `null`. */
  readonly plotOutline: string | null;
  /** The centres, in the order given. */
  readonly centers: readonly MapCenter[];
  /** The scale bar: its left end, its length in user units, and the km it stands for. */
  readonly scaleBar: MapPoint & { readonly length: number; readonly km: number };
  /** Where the north arrow's tip is. */
  readonly north: MapPoint;
  /** User units per km. */
  readonly unitsPerKm: number;
}

/** km per degree of latitude on the sphere @turf/distance measures on (R = 6,371.0088 km). */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

const round = (value: number) => Math.round(value * 10) / 10;

/** The longest length of 1, 2 or 5 times a power of ten that is at most `maxKm` (a scale bar's length). */
export function niceScaleKm(maxKm: number): number {
  if (!(maxKm > 0) || !Number.isFinite(maxKm)) return 1;
  const power = 10 ** Math.floor(Math.log10(maxKm));
  for (const step of [5, 2, 1]) if (step * power <= maxKm * (1 + 1e-9)) return step * power;
  return power;
}

/**
 * Places the centres, their service circles and the place on a `width × height` drawing with
 * an equirectangular projection around the mean latitude: east–west distances shrink by the
 * cosine of that latitude, so over a county's few tens of km the circles stay circles and
 * distances read true to well under 1 %. No map tiles: the drawing is the data alone.
 */
export function projectCenterMap(
  input: CenterMapInput,
  size: { readonly width: number; readonly height: number; readonly padding: number } = {
    width: 480,
    height: 360,
    padding: 36,
  },
): CenterMapModel {
  const { width, height, padding } = size;
  const lats = [input.place.lat, ...input.centers.map((c) => c.lat)];
  const meanLat = lats.reduce((sum, lat) => sum + lat, 0) / lats.length;
  const cos = Math.cos((meanLat * Math.PI) / 180);
  const toKm = (p: LngLat) => ({
    x: (p.lng - input.place.lng) * KM_PER_DEGREE * cos,
    y: (p.lat - input.place.lat) * KM_PER_DEGREE,
  });
  const place = toKm(input.place);
  const ring = input.ring?.map(toKm) ?? [];
  const centers = input.centers.map((c) => ({ ...toKm(c), id: c.id, radiusKm: c.radiusKm }));
  // The extent in km: every circle whole, the place and the plot; never less than 1 km across.
  let minX = place.x - 0.5;
  let maxX = place.x + 0.5;
  let minY = place.y - 0.5;
  let maxY = place.y + 0.5;
  for (const c of centers) {
    minX = Math.min(minX, c.x - c.radiusKm);
    maxX = Math.max(maxX, c.x + c.radiusKm);
    minY = Math.min(minY, c.y - c.radiusKm);
    maxY = Math.max(maxY, c.y + c.radiusKm);
  }
  for (const p of ring) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const unitsPerKm = Math.min((width - 2 * padding) / (maxX - minX), (height - 2 * padding) / (maxY - minY));
  // Centre the extent in the box.
  const offsetX = (width - (maxX - minX) * unitsPerKm) / 2;
  const offsetY = (height - (maxY - minY) * unitsPerKm) / 2;
  const project = (p: { x: number; y: number }): MapPoint => ({
    x: round(offsetX + (p.x - minX) * unitsPerKm),
    y: round(offsetY + (maxY - p.y) * unitsPerKm),
  });
  const scaleKm = niceScaleKm((width - 2 * padding) / 4 / unitsPerKm);
  const placeAt = project(place);
  // Labels lean away from the place, where markers crowd, but never out of the box.
  const anchor = (x: number): 'start' | 'end' => {
    if (x > width * 0.7) return 'end';
    if (x < width * 0.3) return 'start';
    return x < placeAt.x ? 'end' : 'start';
  };
  const drawn = centers.map((c): MapCenter => {
    const at = project(c);
    return {
      id: c.id,
      ...at,
      r: round(c.radiusKm * unitsPerKm),
      labelAnchor: anchor(at.x),
      labelBelow: at.y > placeAt.y,
    };
  });
  return {
    width,
    height,
    place: placeAt,
    placeLabelBelow: drawn[0] !== undefined && drawn[0].y < placeAt.y,
    plotOutline:
      ring.length >= 3
        ? ring
            .map((p) => project(p))
            .map((p) => `${p.x},${p.y}`)
            .join(' ')
        : null,
    centers: drawn,
    scaleBar: { x: padding / 2, y: height - padding / 2, length: round(scaleKm * unitsPerKm), km: scaleKm },
    north: { x: width - padding / 2, y: padding / 4 },
    unitsPerKm,
  };
}
