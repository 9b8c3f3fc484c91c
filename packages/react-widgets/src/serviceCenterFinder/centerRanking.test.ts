import { distanceKm, nearestServiceCenter, type ServiceCenter } from '@hezuo/trusteeship';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDER_PROPS, GAOMI_CENTERS } from '../__tests__/fixtures';
import { rankCenters } from './centerRanking';

describe('centres ranked by distance', () => {
  it('lists every centre nearest first, with the plugin’s distance and reach', () => {
    const ranked = rankCenters({ place: FINDER_PROPS.place }, GAOMI_CENTERS);
    expect(ranked.map((r) => r.center.id)).toEqual(['SC-MS', 'SC-CY', 'SC-KJ', 'SC-BC']);
    for (const r of ranked) expect(r.distanceKm).toBe(distanceKm(FINDER_PROPS.place, r.center.location));
    expect(ranked[0]?.center.id).toBe(nearestServiceCenter(FINDER_PROPS.place, GAOMI_CENTERS).centerId);
    expect(ranked.map((r) => [r.radiusKm, r.withinReach])).toEqual([
      [3, true],
      [3, true],
      [4, false],
      [3, false],
    ]);
  });

  it('agrees with nearestServiceCenter on the first, for any place around Gaomi', () => {
    const place = fc.record({
      lng: fc.double({ min: 119.55, max: 119.95, noNaN: true }),
      lat: fc.double({ min: 36.22, max: 36.54, noNaN: true }),
      datum: fc.constantFrom('WGS-84' as const, 'GCJ-02' as const),
    });
    fc.assert(
      fc.property(place, (p) => {
        const ranked = rankCenters({ place: p }, GAOMI_CENTERS);
        const nearest = nearestServiceCenter(p, GAOMI_CENTERS);
        expect(ranked[0]?.center.id).toBe(nearest.centerId);
        expect(ranked[0]?.withinReach).toBe(nearest.withinReach);
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i]?.distanceKm).toBeGreaterThanOrEqual(ranked[i - 1]?.distanceKm ?? 0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('breaks a tie by the lower id, as the plugin does', () => {
    const at = { lng: 119.75, lat: 36.38, datum: 'WGS-84' as const };
    const twins: ServiceCenter[] = [
      { id: 'B', name: '乙', location: at, terrain: 'plain' },
      { id: 'A', name: '甲', location: at, terrain: 'hill' },
    ];
    const ranked = rankCenters({ place: { lng: 119.76, lat: 36.39, datum: 'WGS-84' } }, twins);
    expect(ranked.map((r) => [r.center.id, r.radiusKm])).toEqual([
      ['A', 6],
      ['B', 3],
    ]);
  });

  it('measures a plot from its location', () => {
    const plot = { location: FINDER_PROPS.place };
    expect(rankCenters({ plot }, GAOMI_CENTERS)).toEqual(
      rankCenters({ place: FINDER_PROPS.place }, GAOMI_CENTERS),
    );
  });
});
