import { parseInput, RegionCodeSchema } from '@hezuo/core';
import { z } from 'zod';
import { exactSum } from '../internal/exactDecimal';
import { assignPlotsToCenters, CoverageAssignmentInputSchema, type UnassignedPlot } from './assignPlotsToCenters';
import type { CoveragePlot } from './coveragePlot';
import { latitudeReachDegrees } from './greatCircle';
import {
  DEFAULT_TERRAIN_PROFILES,
  type ServiceCenter,
  type Terrain,
  type TerrainProfiles,
} from './serviceCenter';
import { prepareCenter, preparePlot, preparedShare } from './serviceCircleShare';

/** Schema of the input of {@link countyCoverageReport}: the county, its plots and its service centres. */
export const CountyCoverageInputSchema = z.strictObject({
  /** The county: its division code (GB/T 2260) and name. */
  county: z.strictObject({ regionCode: RegionCodeSchema, name: z.string().min(1).max(200) }),
  /** The plots to serve. */
  plots: CoverageAssignmentInputSchema.shape.plots,
  /** The service centres, at least one. */
  centers: CoverageAssignmentInputSchema.shape.centers,
  /** Radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} when left out. */
  terrainProfiles: CoverageAssignmentInputSchema.shape.terrainProfiles,
});

/** The input of {@link countyCoverageReport}; see {@link CountyCoverageInputSchema}. */
export interface CountyCoverageInput {
  /** The county: its division code (GB/T 2260) and name. */
  readonly county: { readonly regionCode: string; readonly name: string };
  /** The plots to serve. */
  readonly plots: readonly CoveragePlot[];
  /** The service centres, at least one. */
  readonly centers: readonly ServiceCenter[];
  /** Radius and capacity per terrain; {@link DEFAULT_TERRAIN_PROFILES} when left out. */
  readonly terrainProfiles?: TerrainProfiles | undefined;
}

/** One centre's line of a coverage report. */
export interface CenterCoverage {
  /** The centre. */
  readonly centerId: string;
  /** Its name. */
  readonly name: string;
  /** Its terrain. */
  readonly terrain: Terrain;
  /** Its service radius, in km. */
  readonly radiusKm: number;
  /** Its capacity, in mu. */
  readonly capacityMu: number;
  /** The land a centre on its terrain typically covers, in mu. */
  readonly typicalAreaMu: { readonly min: number; readonly max: number };
  /** How many plots it is assigned. */
  readonly plots: number;
  /** The area it is assigned, in mu. */
  readonly assignedMu: number;
  /** `assignedMu / capacityMu`. */
  readonly utilisation: number;
  /** The plots' area inside its circle, in mu, whoever serves them: Σ area × share inside. */
  readonly areaInCircleMu: number;
}

/** A county's coverage by its service centres. */
export interface CountyCoverageReport {
  /** The county. */
  readonly county: { readonly regionCode: string; readonly name: string };
  /** One line per centre, in centre-id order. */
  readonly centers: readonly CenterCoverage[];
  /** The county's totals. */
  readonly totals: {
    /** Plots and their area, in mu. */
    readonly plots: number;
    /** The plots' total area, in mu. */
    readonly areaMu: number;
    /** Plots assigned to a centre. */
    readonly assignedPlots: number;
    /** Their area, in mu. */
    readonly assignedMu: number;
    /** `assignedMu / areaMu` (0 when there is no land). */
    readonly assignedShare: number;
    /** Plots no circle reaches, and their area in mu. */
    readonly outOfReach: { readonly plots: number; readonly areaMu: number };
    /** Plots in reach of full centres only, and their area in mu. */
    readonly overCapacity: { readonly plots: number; readonly areaMu: number };
  };
  /** The plots no centre serves, in plot-id order: where the next centre is needed. */
  readonly unassigned: readonly UnassignedPlot[];
}

/**
 * A county's coverage report (县域为农服务覆盖): the plots assigned to centres
 * ({@link assignPlotsToCenters}), each centre's load against its capacity and the typical area
 * of its terrain, the land inside each centre's circle (measured on plot boundaries where
 * surveyed, see {@link serviceCircleShare}), and the plots left out — beyond every circle, or
 * in reach only of full centres.
 *
 * @throws HezuoError `INVALID_INPUT` (path `report`, field) for a bad county code, and what
 * {@link assignPlotsToCenters} refuses
 *
 * @example
 * ```ts
 * const report = countyCoverageReport({
 *   county: { regionCode: '370785', name: '高密市' },
 *   centers: [{ id: 'SC1', name: '东村中心', location: { lng: 119.75, lat: 36.38, datum: 'WGS-84' }, terrain: 'plain' }],
 *   plots: [{ plotId: 'P1', areaMu: 12, location: { lng: 119.75, lat: 36.40, datum: 'WGS-84' } }],
 * });
 * report.totals.assignedShare; // 1
 * ```
 */
export function countyCoverageReport(input: CountyCoverageInput): CountyCoverageReport {
  const args = parseInput(CountyCoverageInputSchema, input, { path: ['report'] });
  const profiles = args.terrainProfiles ?? DEFAULT_TERRAIN_PROFILES;
  const assignment = assignPlotsToCenters({
    plots: args.plots,
    centers: args.centers,
    terrainProfiles: profiles,
  });
  const centers = [...args.centers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const plots = [...args.plots].sort((a, b) => (a.plotId < b.plotId ? -1 : a.plotId > b.plotId ? 1 : 0));
  const prepared = plots.map(preparePlot);
  // How far (in degrees of latitude) each plot's boundary strays from its location.
  const spans = prepared.map((p) => (p.ring ? Math.max(...p.ring.map(([, y]) => Math.abs(y - p.lat))) : 0));

  const lines = centers.map((center, c): CenterCoverage => {
    const load = assignment.centers[c] as (typeof assignment.centers)[number];
    const circle = prepareCenter(center, profiles);
    const band = latitudeReachDegrees(circle.radiusKm);
    let inCircle = 0;
    prepared.forEach((plot, p) => {
      if (Math.abs(plot.lat - circle.lat) > band + (spans[p] as number)) return;
      inCircle += preparedShare(plot, circle) * (plots[p] as CoveragePlot).areaMu;
    });
    return {
      centerId: center.id,
      name: center.name,
      terrain: center.terrain,
      radiusKm: load.radiusKm,
      capacityMu: load.capacityMu,
      typicalAreaMu: profiles[center.terrain].typicalAreaMu,
      plots: load.plots,
      assignedMu: load.assignedMu,
      utilisation: load.utilisation,
      areaInCircleMu: inCircle,
    };
  });

  const areaOf = new Map(args.plots.map((p) => [p.plotId, p.areaMu]));
  const sumArea = (ids: readonly string[]) => Number(exactSum(ids.map((id) => areaOf.get(id) ?? 0)));
  const outOfReach = assignment.unassigned.filter((u) => u.reason === 'outOfReach').map((u) => u.plotId);
  const overCapacity = assignment.unassigned.filter((u) => u.reason === 'overCapacity').map((u) => u.plotId);
  const areaMu = Number(exactSum(args.plots.map((p) => p.areaMu)));
  const assignedMu = sumArea(assignment.assignments.map((a) => a.plotId));
  return {
    county: args.county,
    centers: lines,
    totals: {
      plots: args.plots.length,
      areaMu,
      assignedPlots: assignment.assignments.length,
      assignedMu,
      assignedShare: areaMu === 0 ? 0 : assignedMu / areaMu,
      outOfReach: { plots: outOfReach.length, areaMu: sumArea(outOfReach) },
      overCapacity: { plots: overCapacity.length, areaMu: sumArea(overCapacity) },
    },
    unassigned: assignment.unassigned,
  };
}
