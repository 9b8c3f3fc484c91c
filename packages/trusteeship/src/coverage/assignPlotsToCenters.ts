import { parseInput } from '@hezuo/core';
import { z } from 'zod';
import { checkUniqueIds } from '../internal/uniqueIds';
import { type CoveragePlot, CoveragePlotSchema } from './coveragePlot';
import { lngLatToWgs84 } from './geoPoint';
import {
  beyondByLongitude,
  cosLatitude,
  EARTH_RADIUS_KM,
  haversineKm,
  haversineReach,
  latitudeReachDegrees,
} from './greatCircle';
import {
  centerReach,
  DEFAULT_TERRAIN_PROFILES,
  type ServiceCenter,
  ServiceCenterSchema,
  type TerrainProfiles,
  TerrainProfilesSchema,
} from './serviceCenter';

/** Schema of the input of {@link assignPlotsToCenters}. */
export const CoverageAssignmentInputSchema = z
  .strictObject({
    /** The plots to serve. */
    plots: z.array(CoveragePlotSchema).max(2_000_000),
    /** The service centres, at least one. */
    centers: z.array(ServiceCenterSchema).min(1, { error: 'at least one service centre is needed' }).max(100_000),
    /** Radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} when left out. */
    terrainProfiles: z.optional(TerrainProfilesSchema),
  })
  .superRefine((input, ctx) => {
    checkUniqueIds(input.plots, (p) => p.plotId, ctx, ['plots'], 'plotId', 'plot');
    checkUniqueIds(input.centers, (c) => c.id, ctx, ['centers'], 'id', 'service centre');
  });

/** The input of {@link assignPlotsToCenters}; see {@link CoverageAssignmentInputSchema}. */
export interface CoverageAssignmentInput {
  /** The plots to serve. */
  readonly plots: readonly CoveragePlot[];
  /** The service centres, at least one. */
  readonly centers: readonly ServiceCenter[];
  /** Radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} when left out. */
  readonly terrainProfiles?: TerrainProfiles | undefined;
}

/** A plot and the centre that serves it. */
export interface PlotAssignment {
  /** The plot. */
  readonly plotId: string;
  /** The centre. */
  readonly centerId: string;
  /** The distance from the plot's location to the centre, in km. */
  readonly distanceKm: number;
}

/** A plot no centre serves, and why. */
export interface UnassignedPlot {
  /** The plot. */
  readonly plotId: string;
  /** `outOfReach`: no centre's circle reaches it; `overCapacity`: the centres that reach it are full. */
  readonly reason: 'outOfReach' | 'overCapacity';
  /** The nearest centre. */
  readonly nearestCenterId: string;
  /** The distance to it, in km. */
  readonly distanceKm: number;
}

/** What one centre was given. */
export interface CenterLoad {
  /** The centre. */
  readonly centerId: string;
  /** Its service radius, in km. */
  readonly radiusKm: number;
  /** Its capacity, in mu. */
  readonly capacityMu: number;
  /** How many plots it serves. */
  readonly plots: number;
  /** The area it serves, in mu (at most its capacity). */
  readonly assignedMu: number;
  /** `assignedMu / capacityMu`, from 0 to 1. */
  readonly utilisation: number;
}

/** The plots assigned to centres, the plots left over, and each centre's load. */
export interface CoverageAssignment {
  /** Each served plot with its centre, in plot-id order. */
  readonly assignments: readonly PlotAssignment[];
  /** The plots no centre serves, in plot-id order. */
  readonly unassigned: readonly UnassignedPlot[];
  /** Each centre's load, in centre-id order. */
  readonly centers: readonly CenterLoad[];
}

/** Room for the rounding of a running float sum when a centre is filled exactly to capacity. */
const CAPACITY_TOLERANCE = 1e-9;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Kilometres in one degree of latitude: no two points that far apart in latitude are nearer. */
const KM_PER_DEGREE_OF_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;

/** The first index of an ascending array whose value is at least `value` (binary search). */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Assigns plots to service centres, each plot whole to one centre whose circle reaches its
 * location, without putting more area on a centre than its capacity. Greedy, nearest first:
 * every (plot, centre) pair within reach is taken in order of distance (ties by plot id, then
 * centre id), and the plot goes to the centre if it is still unassigned and the centre still
 * has room. So every plot goes to its nearest centre unless that centre is full, then to the
 * next nearest in reach. The result does not depend on the order of the input.
 *
 * Coordinates are converted to WGS-84 (gcoord) and distances are the haversine of
 * @turf/distance; bounds on the latitude and longitude differences rule most far pairs out
 * before any trigonometry, so 100,000 plots and 100 centres take well under a second.
 *
 * @throws HezuoError `INVALID_INPUT` (path `coverage`, `plots` or `centers`, index, field) for an
 * untagged datum, coordinates outside China, a bad area, no centre, or an id given twice
 *
 * @example
 * ```ts
 * const result = assignPlotsToCenters({
 *   centers: [{ id: 'SC1', name: '东村中心', location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' }, terrain: 'plain' }],
 *   plots: [
 *     { plotId: 'P1', areaMu: 12, location: { lng: 119.75, lat: 36.40, datum: 'WGS-84' } },
 *     { plotId: 'P2', areaMu: 8, location: { lng: 119.75, lat: 36.45, datum: 'WGS-84' } },
 *   ],
 * });
 * result.assignments; // [{ plotId: 'P1', centerId: 'SC1', distanceKm: ≈ 2.224 }]
 * result.unassigned;  // [{ plotId: 'P2', reason: 'outOfReach', nearestCenterId: 'SC1', distanceKm: ≈ 7.784 }]
 * ```
 */
export function assignPlotsToCenters(input: CoverageAssignmentInput): CoverageAssignment {
  const args = parseInput(CoverageAssignmentInputSchema, input, { path: ['coverage'] });
  const profiles = args.terrainProfiles ?? DEFAULT_TERRAIN_PROFILES;
  const centers = [...args.centers].sort((a, b) => byId(a.id, b.id));
  const plots = args.plots;
  const nc = centers.length;
  const np = plots.length;

  const cLng = new Float64Array(nc);
  const cLat = new Float64Array(nc);
  const cCos = new Float64Array(nc);
  const cRadius = new Float64Array(nc);
  const cBand = new Float64Array(nc);
  const cReach = new Float64Array(nc);
  const cRoom = new Float64Array(nc);
  const cCapacity = new Float64Array(nc);
  centers.forEach((center, c) => {
    const [lng, lat] = lngLatToWgs84(center.location.lng, center.location.lat, center.location.datum);
    const reach = centerReach(center, profiles);
    cLng[c] = lng;
    cLat[c] = lat;
    cCos[c] = cosLatitude(lat);
    cRadius[c] = reach.radiusKm;
    cBand[c] = latitudeReachDegrees(reach.radiusKm);
    cReach[c] = haversineReach(reach.radiusKm);
    cRoom[c] = reach.capacityMu;
    cCapacity[c] = reach.capacityMu;
  });

  // Centres by latitude, so each plot scans only the band of centres that could reach it.
  const byLatitude = Int32Array.from({ length: nc }, (_, c) => c).sort((a, b) => (cLat[a] as number) - (cLat[b] as number));
  const sortedLat = Float64Array.from(byLatitude, (c) => cLat[c] as number);
  let widestBand = 0;
  for (const band of cBand) if (band > widestBand) widestBand = band;

  // Plots in id order, and each plot's rank in it (for ties and for the output).
  const rankOf = new Map<string, number>();
  const sortedIds = plots.map((p) => p.plotId).sort();
  sortedIds.forEach((id, rank) => rankOf.set(id, rank));
  const plotRank = Int32Array.from(plots, (p) => rankOf.get(p.plotId) as number);
  const plotOrder = new Int32Array(np);
  for (let p = 0; p < np; p++) plotOrder[plotRank[p] as number] = p;

  const pLng = new Float64Array(np);
  const pLat = new Float64Array(np);
  const pCos = new Float64Array(np);
  // Candidate pairs within reach, kept in growable parallel lists.
  const pairPlot: number[] = [];
  const pairCenter: number[] = [];
  const pairKm: number[] = [];
  for (let p = 0; p < np; p++) {
    const plot = plots[p] as CoveragePlot;
    const [lng, lat] = lngLatToWgs84(plot.location.lng, plot.location.lat, plot.location.datum);
    const cos = cosLatitude(lat);
    pLng[p] = lng;
    pLat[p] = lat;
    pCos[p] = cos;
    const lo = lowerBound(sortedLat, lat - widestBand);
    for (let k = lo; k < nc && (sortedLat[k] as number) <= lat + widestBand; k++) {
      const c = byLatitude[k] as number;
      if (Math.abs((cLat[c] as number) - lat) > (cBand[c] as number)) continue;
      if (beyondByLongitude(lng - (cLng[c] as number), cos, cCos[c] as number, cReach[c] as number)) continue;
      const km = haversineKm(lng, lat, cos, cLng[c] as number, cLat[c] as number, cCos[c] as number);
      if (km <= (cRadius[c] as number)) {
        pairPlot.push(p);
        pairCenter.push(c);
        pairKm.push(km);
      }
    }
  }

  const order = Array.from({ length: pairKm.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      (pairKm[a] as number) - (pairKm[b] as number) ||
      (plotRank[pairPlot[a] as number] as number) - (plotRank[pairPlot[b] as number] as number) ||
      (pairCenter[a] as number) - (pairCenter[b] as number),
  );

  const assignedTo = new Int32Array(np).fill(-1);
  const assignedKm = new Float64Array(np);
  const firstCandidate = new Int32Array(np).fill(-1);
  const loadPlots = new Int32Array(nc);
  for (const i of order) {
    const p = pairPlot[i] as number;
    const c = pairCenter[i] as number;
    if (firstCandidate[p] === -1) firstCandidate[p] = i;
    if (assignedTo[p] !== -1) continue;
    const area = (plots[p] as CoveragePlot).areaMu;
    if (area > (cRoom[c] as number) + CAPACITY_TOLERANCE * (cCapacity[c] as number)) continue;
    assignedTo[p] = c;
    assignedKm[p] = pairKm[i] as number;
    cRoom[c] = (cRoom[c] as number) - area;
    loadPlots[c] = (loadPlots[c] as number) + 1;
  }

  const assignments: PlotAssignment[] = [];
  const unassigned: UnassignedPlot[] = [];
  for (const p of plotOrder) {
    const plotId = (plots[p] as CoveragePlot).plotId;
    const c = assignedTo[p] as number;
    if (c !== -1) {
      assignments.push({ plotId, centerId: (centers[c] as ServiceCenter).id, distanceKm: assignedKm[p] as number });
      continue;
    }
    const first = firstCandidate[p] as number;
    if (first !== -1) {
      unassigned.push({
        plotId,
        reason: 'overCapacity',
        nearestCenterId: (centers[pairCenter[first] as number] as ServiceCenter).id,
        distanceKm: pairKm[first] as number,
      });
      continue;
    }
    // The nearest centre at any distance: scan outward in latitude from the plot, and stop once
    // the latitude difference alone is farther than the best found.
    let best = -1;
    let bestKm = Number.POSITIVE_INFINITY;
    const lng = pLng[p] as number;
    const lat = pLat[p] as number;
    const cos = pCos[p] as number;
    let up = lowerBound(sortedLat, lat);
    let down = up - 1;
    while (up < nc || down >= 0) {
      const dUp = up < nc ? (sortedLat[up] as number) - lat : Number.POSITIVE_INFINITY;
      const dDown = down >= 0 ? lat - (sortedLat[down] as number) : Number.POSITIVE_INFINITY;
      const k = dUp <= dDown ? up++ : down--;
      if (Math.min(dUp, dDown) * KM_PER_DEGREE_OF_LATITUDE * (1 - 1e-9) > bestKm) break;
      const c = byLatitude[k] as number;
      const km = haversineKm(lng, lat, cos, cLng[c] as number, cLat[c] as number, cCos[c] as number);
      if (km < bestKm || (km === bestKm && c < best)) {
        bestKm = km;
        best = c;
      }
    }
    unassigned.push({
      plotId,
      reason: 'outOfReach',
      nearestCenterId: (centers[best] as ServiceCenter).id,
      distanceKm: bestKm,
    });
  }

  // The served area is summed again in plot-id order, so it does not depend on the input order.
  const served = new Float64Array(nc);
  for (const p of plotOrder) {
    const c = assignedTo[p] as number;
    if (c !== -1) served[c] = (served[c] as number) + (plots[p] as CoveragePlot).areaMu;
  }
  const loads = centers.map(
    (center, c): CenterLoad => ({
      centerId: center.id,
      radiusKm: cRadius[c] as number,
      capacityMu: cCapacity[c] as number,
      plots: loadPlots[c] as number,
      assignedMu: served[c] as number,
      // The capacity tolerance may let the sum pass the capacity by a rounding error, never more.
      utilisation: Math.min(1, (served[c] as number) / (cCapacity[c] as number)),
    }),
  );
  return { assignments, unassigned, centers: loads };
}
