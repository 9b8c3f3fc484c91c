import type { Locale } from '@hezuo/core';
import { DEFAULT_TERRAIN_PROFILES, toWgs84 } from '@hezuo/trusteeship';
import type { ReportData } from './report/reportData';
import type { SeasonResult } from './runSeason';

/** The report's figures from the season's results. */
export function reportDataOf(r: SeasonResult, locale: Locale, summary: readonly string[]): ReportData {
  const served = new Map(r.trusteeship.map.map((p) => [p.plotId, p.served]));
  const lngLat = (p: { lng: number; lat: number; datum: 'GCJ-02' }) => {
    const [lng, lat] = toWgs84(p);
    return { lng, lat };
  };
  return {
    locale,
    title:
      locale === 'en'
        ? `Hezuo demo: ${r.county.region.nameEn}, season ${r.seasonYear}`
        : `合作 Hezuo 演示：${r.county.region.name} ${r.seasonYear} 年度`,
    summary,
    grades: r.credit.grades.map((g) => ({ grade: g.grade, count: g.count })),
    surplusByMember: [...r.surplus.byMember]
      .map(([memberId, amountFen]) => ({ memberId, amountFen }))
      .sort((a, b) => b.amountFen - a.amountFen || a.memberId.localeCompare(b.memberId)),
    coverage: {
      centers: r.county.serviceCenters.map(({ center }) => ({
        id: center.id,
        name: center.name,
        radiusKm: DEFAULT_TERRAIN_PROFILES[center.terrain].radiusKm,
        ...lngLat(center.location),
      })),
      plots: r.county.households.flatMap((h) =>
        h.plots.map((p) => ({
          ...lngLat(p.location),
          centerId: served.get(p.id) === true ? p.serviceCenterId : null,
        })),
      ),
    },
    stability: { psi: r.credit.psi, bins: r.credit.psiBins },
  };
}
