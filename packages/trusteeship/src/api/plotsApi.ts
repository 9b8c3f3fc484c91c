import { EntityIdSchema, HezuoError, type PluginContext, parseInput, RegionCodeSchema } from '@hezuo/core';
import { z } from 'zod';
import { type CountyCoverageReport, countyCoverageReport } from '../coverage/countyCoverageReport';
import type { CoveragePlot } from '../coverage/coveragePlot';
import { type NearestServiceCenter, nearestServiceCenter } from '../coverage/nearestServiceCenter';
import {
  type ServiceCenter,
  ServiceCenterSchema,
  type TerrainProfiles,
  TRUSTEESHIP_SERVICE_CENTER_KIND,
} from '../coverage/serviceCenter';
import { deepFreeze } from '../internal/deepFreeze';
import {
  buildPlotRecord,
  type PlotInput,
  type PlotRecord,
  PlotRecordSchema,
  TRUSTEESHIP_PLOT_KIND,
} from '../plot/plotRecord';
import { listRecords, loadRecord } from './storeAccess';

/** Schema of the county a coverage report is for. */
export const CoverageCountySchema = z.strictObject({
  /** The county's division code (GB/T 2260). */
  regionCode: RegionCodeSchema,
  /** Its name. */
  name: z.string().min(1).max(200),
});

/** The plot and service centre part of the plugin's API. @internal */
export interface PlotsApi {
  registerPlot(plot: PlotInput): Promise<PlotRecord>;
  plot(plotId: string): Promise<PlotRecord>;
  registerServiceCenter(center: ServiceCenter): Promise<ServiceCenter>;
  serviceCenters(): Promise<ServiceCenter[]>;
  nearestServiceCenter(plotId: string): Promise<NearestServiceCenter>;
  coverageReport(county: {
    readonly regionCode: string;
    readonly name: string;
  }): Promise<CountyCoverageReport>;
}

/** Builds the plot and service centre part of the plugin's API. @internal */
export function createPlotsApi(ctx: PluginContext, terrainProfiles: TerrainProfiles): PlotsApi {
  const centers = () => listRecords(ctx.store, TRUSTEESHIP_SERVICE_CENTER_KIND, ServiceCenterSchema);
  const noCenters = () =>
    new HezuoError('NOT_FOUND', 'no service centre is registered yet: register one first', {
      path: ['serviceCenters'],
    });
  return {
    async registerPlot(plot) {
      const record = buildPlotRecord(plot);
      await ctx.store.put(TRUSTEESHIP_PLOT_KIND, record.id, record);
      ctx.events.emit('plot.registered', { plotId: record.id, memberId: record.memberId });
      return deepFreeze(record);
    },

    async plot(plotId) {
      const id = parseInput(EntityIdSchema, plotId, { path: ['plotId'] });
      return deepFreeze(
        await loadRecord(ctx.store, TRUSTEESHIP_PLOT_KIND, id, PlotRecordSchema, 'plot', ['plotId']),
      );
    },

    async registerServiceCenter(center) {
      const record = parseInput(ServiceCenterSchema, center, { path: ['center'] });
      await ctx.store.put(TRUSTEESHIP_SERVICE_CENTER_KIND, record.id, record);
      return deepFreeze(record);
    },

    async serviceCenters() {
      return deepFreeze(await centers());
    },

    async nearestServiceCenter(plotId) {
      const id = parseInput(EntityIdSchema, plotId, { path: ['plotId'] });
      const plot = await loadRecord(ctx.store, TRUSTEESHIP_PLOT_KIND, id, PlotRecordSchema, 'plot', [
        'plotId',
      ]);
      if (plot.location === undefined) {
        throw new HezuoError(
          'INVALID_INPUT',
          `plot ${id} has no location: register it with a location or boundary`,
          {
            path: ['plotId'],
          },
        );
      }
      const all = await centers();
      if (all.length === 0) throw noCenters();
      return nearestServiceCenter(plot.location, all, terrainProfiles);
    },

    async coverageReport(county) {
      const c = parseInput(CoverageCountySchema, county, { path: ['county'] });
      const all = await centers();
      if (all.length === 0) throw noCenters();
      // Plots without a location cannot be placed; the report covers the ones that can.
      const plots: CoveragePlot[] = (await listRecords(ctx.store, TRUSTEESHIP_PLOT_KIND, PlotRecordSchema))
        .filter((p) => p.location !== undefined)
        .map((p) => ({
          plotId: p.id,
          areaMu: p.measuredAreaMu ?? p.registeredAreaMu,
          location: p.location as NonNullable<PlotRecord['location']>,
          ...(p.boundary === undefined ? {} : { boundary: p.boundary }),
        }));
      return countyCoverageReport({ county: c, plots, centers: all, terrainProfiles });
    },
  };
}
