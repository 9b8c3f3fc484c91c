import { distance } from '@turf/distance';
import fc from 'fast-check';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { assignPlotsToCenters } from './assignPlotsToCenters';
import { countyCoverageReport } from './countyCoverageReport';
import type { CoveragePlot } from './coveragePlot';
import { distanceKm } from './distance';
import { type GeoPoint, toWgs84 } from './geoPoint';
import { beyondByLongitude, cosLatitude, haversineKm, haversineReach, latitudeReachDegrees } from './greatCircle';
import { nearestServiceCenter } from './nearestServiceCenter';
import { measuredAreaMu } from './plotBoundary';
import type { ServiceCenter } from './serviceCenter';
import { serviceCircleShare } from './serviceCircleShare';

/*
 * Hand computation. On a sphere of radius R = 6,371.0088 km (the one @turf/distance uses), two
 * points on one meridian are R × Δφ apart, Δφ in radians. So the point d km due north of a
 * centre at 36.38°N lies at 36.38° + (d / 6371.0088) × (180 / π):
 *   d = 2.9 km: Δφ = 4.551867e-4 rad = 0.0260802°, latitude 36.4060802°N;
 *   d = 3.1 km: Δφ = 4.865789e-4 rad = 0.0278788°, latitude 36.4078788°N.
 * Both lie at 119.75°E, the centre's longitude. A plain centre serves a 3 km circle, so the
 * first point is inside and the second outside. The plots are given in GCJ-02, as a web map
 * shows them: the forward transform WGS-84 → GCJ-02 (a closed formula) moves them a few hundred metres;
 * the library must convert them back before measuring.
 */
const R_KM = 6371.0088;
const CENTER: GeoPoint = { lng: 119.75, lat: 36.38, datum: 'WGS-84' };
const northOf = (km: number): [number, number] => [119.75, 36.38 + (km / R_KM) * (180 / Math.PI)];
const asGcj02 = ([lng, lat]: [number, number]): GeoPoint => {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
  return { lng: x, lat: y, datum: 'GCJ-02' };
};
const plain = (id: string, location: GeoPoint, over: Partial<ServiceCenter> = {}): ServiceCenter => ({
  id,
  name: `${id} 为农服务中心`,
  location,
  terrain: 'plain',
  ...over,
});

describe('distances and datums', () => {
  it('puts a GCJ-02 point 2.9 km from a plain centre inside its 3 km circle and one 3.1 km away outside', () => {
    const inside = asGcj02(northOf(2.9));
    const outside = asGcj02(northOf(3.1));
    expect(inside.lng).not.toBeCloseTo(119.75, 3); // the web-map offset is real
    expect(distanceKm(inside, CENTER)).toBeCloseTo(2.9, 3);
    expect(distanceKm(outside, CENTER)).toBeCloseTo(3.1, 3);
    expect(nearestServiceCenter(inside, [plain('SC1', CENTER)])).toMatchObject({
      centerId: 'SC1',
      radiusKm: 3,
      withinReach: true,
    });
    expect(nearestServiceCenter(outside, [plain('SC1', CENTER)])).toMatchObject({ withinReach: false });
    // Read as if they were GPS (WGS-84), the same numbers land hundreds of metres off the spot.
    const [lng, lat] = northOf(2.9);
    expect(distanceKm({ ...inside, datum: 'WGS-84' }, { lng, lat, datum: 'WGS-84' })).toBeGreaterThan(0.3);
  });

  it('measures a centre given in GCJ-02 the same way', () => {
    const centerGcj = asGcj02([119.75, 36.38]);
    expect(distanceKm(asGcj02(northOf(2.9)), centerGcj)).toBeCloseTo(2.9, 3);
    expect(toWgs84(centerGcj)[0]).toBeCloseTo(119.75, 5);
    expect(toWgs84(centerGcj)[1]).toBeCloseTo(36.38, 5);
  });

  it('refuses an untagged datum, an unknown datum and coordinates outside China', () => {
    const untagged = thrown(() => distanceKm({ lng: 119.75, lat: 36.4 } as GeoPoint, CENTER));
    expect(untagged).toMatchObject({ code: 'INVALID_INPUT', path: ['from', 'datum'] });
    expect(untagged.message).toMatch(/WGS-84.*GCJ-02/);
    expect(thrown(() => toWgs84({ lng: 119.75, lat: 36.4, datum: 'BD-09' as 'WGS-84' }))).toMatchObject({
      path: ['point', 'datum'],
    });
    // Swapped latitude and longitude, and a point in Europe.
    expect(thrown(() => toWgs84({ lng: 36.38, lat: 119.75, datum: 'WGS-84' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['point', 'lng'],
    });
    expect(thrown(() => distanceKm(CENTER, { lng: 2.35, lat: 48.85, datum: 'WGS-84' })).message).toMatch(
      /outside China/,
    );
  });

  it('computes the same distance as @turf/distance, to the last bit', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73.5, max: 135, noNaN: true }),
        fc.double({ min: 4, max: 53.5, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        (lng, lat, dx, dy) => {
          const lat2 = lat + dy;
          expect(haversineKm(lng, lat, cosLatitude(lat), lng + dx, lat2, cosLatitude(lat2))).toBe(
            distance([lng, lat], [lng + dx, lat2]),
          );
        },
      ),
    );
  });
});

describe('the bounds that rule far pairs out', () => {
  it('never rule out a pair within reach (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 73.5, max: 135, noNaN: true }),
        fc.double({ min: 4, max: 53.5, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        (lng, lat, dx, dy, radiusKm) => {
          const [cos1, cos2] = [cosLatitude(lat), cosLatitude(lat + dy)];
          if (haversineKm(lng, lat, cos1, lng + dx, lat + dy, cos2) > radiusKm) return;
          expect(Math.abs(dy)).toBeLessThanOrEqual(latitudeReachDegrees(radiusKm));
          expect(beyondByLongitude(-dx, cos1, cos2, haversineReach(radiusKm))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('measured area', () => {
  /*
   * A square 100 m on a side at 36.38°N: 0.1 km north is (0.1 / R) rad of latitude; 0.1 km east
   * is (0.1 / (R cos 36.38°)) rad of longitude. Its area is 10,000 m² = 15 mu (to 0.01 %; the
   * sphere bulges the square a hair).
   */
  const dLat = (0.1 / R_KM) * (180 / Math.PI);
  const dLng = dLat / Math.cos((36.38 * Math.PI) / 180);
  const square: [number, number][] = [
    [119.75, 36.38],
    [119.75 + dLng, 36.38],
    [119.75 + dLng, 36.38 + dLat],
    [119.75, 36.38 + dLat],
  ];

  it('turns a surveyed boundary into mu', () => {
    expect(measuredAreaMu({ datum: 'WGS-84', ring: square })).toBeCloseTo(15, 2);
    // Closed or open, and in either direction, the same field.
    expect(measuredAreaMu({ datum: 'WGS-84', ring: [...square, square[0] as [number, number]] })).toBeCloseTo(15, 2);
    expect(measuredAreaMu({ datum: 'WGS-84', ring: [...square].reverse() })).toBeCloseTo(15, 2);
  });

  it('converts GCJ-02 vertices before measuring', () => {
    const gcj = square.map((p) => {
      const q = asGcj02(p);
      return [q.lng, q.lat] as [number, number];
    });
    expect(measuredAreaMu({ datum: 'GCJ-02', ring: gcj })).toBeCloseTo(15, 1);
  });

  it('refuses a boundary with no area, too few vertices or no datum', () => {
    expect(
      thrown(() =>
        measuredAreaMu({
          datum: 'WGS-84',
          ring: [
            [119.75, 36.38],
            [119.76, 36.38],
            [119.77, 36.38],
          ],
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['boundary', 'ring'] });
    expect(thrown(() => measuredAreaMu({ datum: 'WGS-84', ring: square.slice(0, 2) }))).toMatchObject({
      path: ['boundary', 'ring'],
    });
    expect(thrown(() => measuredAreaMu({ ring: square } as never))).toMatchObject({ path: ['boundary', 'datum'] });
  });
});

describe('share of a plot inside a service circle', () => {
  const center = plain('SC1', CENTER);
  /** A square plot of `side` km whose south-west corner is `km` north of the centre. */
  const squarePlot = (km: number, side: number): CoveragePlot => {
    const [lng, lat] = northOf(km);
    const dLat = (side / R_KM) * (180 / Math.PI);
    const dLng = dLat / Math.cos((lat * Math.PI) / 180);
    return {
      plotId: 'P',
      areaMu: 1,
      location: { lng: lng + dLng / 2, lat: lat + dLat / 2, datum: 'WGS-84' },
      boundary: {
        datum: 'WGS-84',
        ring: [
          [lng, lat],
          [lng + dLng, lat],
          [lng + dLng, lat + dLat],
          [lng, lat + dLat],
        ],
      },
    };
  };

  it('is 1 inside, 0 outside, and the clipped share across the edge', () => {
    expect(serviceCircleShare(squarePlot(1, 0.1), center)).toBe(1);
    expect(serviceCircleShare(squarePlot(3.5, 0.1), center)).toBe(0);
    // A 200 m square from 2.9 km to 3.1 km north, centred on the circle's edge: about half inside.
    const straddling = serviceCircleShare(squarePlot(2.9, 0.2), center);
    expect(straddling).toBeGreaterThan(0.45);
    expect(straddling).toBeLessThan(0.55);
  });

  it('counts a plot without a boundary by its location', () => {
    const at = (km: number): CoveragePlot => ({
      plotId: 'P',
      areaMu: 5,
      location: asGcj02(northOf(km)),
    });
    expect(serviceCircleShare(at(2.9), center)).toBe(1);
    expect(serviceCircleShare(at(3.1), center)).toBe(0);
    // A hill centre reaches 6 km.
    expect(serviceCircleShare(at(3.1), { ...center, terrain: 'hill' })).toBe(1);
  });

  it('stays within [0, 1] for any square near the edge (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 2, max: 4, noNaN: true }), fc.double({ min: 0.01, max: 1.5, noNaN: true }), (km, side) => {
        const share = serviceCircleShare(squarePlot(km, side), center);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('assigning plots to centres', () => {
  const plotAt = (plotId: string, km: number, areaMu: number): CoveragePlot => ({
    plotId,
    areaMu,
    location: asGcj02(northOf(km)),
  });
  const south: GeoPoint = { lng: 119.75, lat: 36.38 - (4 / R_KM) * (180 / Math.PI), datum: 'WGS-84' };

  it('gives each plot its nearest centre in reach, within capacity, and says why the rest are left', () => {
    const centers = [plain('A', CENTER, { capacityMu: 30 }), plain('B', south)];
    const plots = [
      plotAt('P1', 0.5, 20), // nearest A (0.5 km)
      plotAt('P2', 1.0, 15), // nearest A, but A has 10 mu left: B is 5 km away, out of reach
      plotAt('P3', -1.5, 10), // 1.5 km south of A, 2.5 km north of B: A (10 mu left)
      plotAt('P4', 3.5, 5), // beyond every circle
    ];
    const result = assignPlotsToCenters({ centers, plots });
    expect(result.assignments.map((a) => [a.plotId, a.centerId])).toEqual([
      ['P1', 'A'],
      ['P3', 'A'],
    ]);
    expect(result.assignments[0]?.distanceKm).toBeCloseTo(0.5, 3);
    expect(result.unassigned).toEqual([
      expect.objectContaining({ plotId: 'P2', reason: 'overCapacity', nearestCenterId: 'A' }),
      expect.objectContaining({ plotId: 'P4', reason: 'outOfReach', nearestCenterId: 'A' }),
    ]);
    expect(result.centers).toEqual([
      { centerId: 'A', radiusKm: 3, capacityMu: 30, plots: 2, assignedMu: 30, utilisation: 1 },
      { centerId: 'B', radiusKm: 3, capacityMu: 50_000, plots: 0, assignedMu: 0, utilisation: 0 },
    ]);
  });

  it('falls back to the next centre in reach when the nearest is full', () => {
    const centers = [plain('A', CENTER, { capacityMu: 10 }), plain('B', south)];
    // 1.5 km south of A and 2.5 km north of B: A is nearer but full after P1.
    const result = assignPlotsToCenters({ centers, plots: [plotAt('P1', 0.1, 10), plotAt('P2', -1.5, 4)] });
    expect(result.assignments.map((a) => [a.plotId, a.centerId])).toEqual([
      ['P1', 'A'],
      ['P2', 'B'],
    ]);
    expect(result.assignments[1]?.distanceKm).toBeCloseTo(2.5, 3);
  });

  it('does not depend on the order of plots or centres', () => {
    const centers = [plain('A', CENTER, { capacityMu: 25 }), plain('B', south, { capacityMu: 25 })];
    const plots = Array.from({ length: 12 }, (_, i) => plotAt(`P${i}`, -2 + i * 0.3, 4 + (i % 3)));
    const forward = assignPlotsToCenters({ centers, plots });
    const backward = assignPlotsToCenters({ centers: [...centers].reverse(), plots: [...plots].reverse() });
    expect(backward).toEqual(forward);
  });

  it('never puts more area on a centre than its capacity (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0.5, max: 40, noNaN: true })), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 200 }),
        (spots, capacity) => {
          const plots = spots.map(([km, area], i) => plotAt(`P${i}`, km, area));
          const result = assignPlotsToCenters({
            centers: [plain('A', CENTER, { capacityMu: capacity }), plain('B', south, { capacityMu: capacity })],
            plots,
          });
          for (const load of result.centers) expect(load.assignedMu).toBeLessThanOrEqual(capacity + 1e-6);
          expect(result.assignments.length + result.unassigned.length).toBe(plots.length);
          for (const a of result.assignments) expect(a.distanceKm).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('names the same nearest centre as a plain search for plots out of reach (property)', () => {
    const spot = fc.tuple(fc.double({ min: -0.3, max: 0.3, noNaN: true }), fc.double({ min: -0.3, max: 0.3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(spot, { minLength: 1, maxLength: 8 }), fc.array(spot, { maxLength: 12 }), (sites, spots) => {
        const centers = sites.map(([dx, dy], i) => plain(`C${i}`, { lng: 119.75 + dx, lat: 36.38 + dy, datum: 'WGS-84' }));
        const plots = spots.map(([dx, dy], i) => ({
          plotId: `P${i}`,
          areaMu: 1,
          location: { lng: 119.75 + dx, lat: 36.38 + dy, datum: 'WGS-84' as const },
        }));
        const result = assignPlotsToCenters({ centers, plots });
        for (const u of result.unassigned) {
          const plot = plots.find((p) => p.plotId === u.plotId) as CoveragePlot;
          const plain = nearestServiceCenter(plot.location, centers);
          expect([u.nearestCenterId, u.distanceKm]).toEqual([plain.centerId, plain.distanceKm]);
        }
        for (const a of result.assignments) {
          const plot = plots.find((p) => p.plotId === a.plotId) as CoveragePlot;
          expect(nearestServiceCenter(plot.location, centers)).toMatchObject({ centerId: a.centerId, distanceKm: a.distanceKm });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses no centres, duplicate ids and an untagged plot', () => {
    expect(thrown(() => assignPlotsToCenters({ centers: [], plots: [] }))).toMatchObject({
      path: ['coverage', 'centers'],
    });
    expect(
      thrown(() => assignPlotsToCenters({ centers: [plain('A', CENTER), plain('A', south)], plots: [] })),
    ).toMatchObject({ path: ['coverage', 'centers', 1, 'id'] });
    expect(
      thrown(() =>
        assignPlotsToCenters({
          centers: [plain('A', CENTER)],
          plots: [{ plotId: 'P1', areaMu: 3, location: { lng: 119.75, lat: 36.39 } as GeoPoint }],
        }),
      ),
    ).toMatchObject({ path: ['coverage', 'plots', 0, 'location', 'datum'] });
  });
});

describe('county coverage report', () => {
  it('reports each centre against its capacity and the plots left out', () => {
    const report = countyCoverageReport({
      county: { regionCode: '370785', name: '高密市' },
      centers: [plain('A', CENTER, { capacityMu: 30 })],
      plots: [
        { plotId: 'P1', areaMu: 20, location: asGcj02(northOf(0.5)) },
        { plotId: 'P2', areaMu: 15, location: asGcj02(northOf(1)) },
        { plotId: 'P3', areaMu: 5, location: asGcj02(northOf(3.1)) },
      ],
    });
    expect(report.centers).toEqual([
      {
        centerId: 'A',
        name: 'A 为农服务中心',
        terrain: 'plain',
        radiusKm: 3,
        capacityMu: 30,
        typicalAreaMu: { min: 30_000, max: 50_000 },
        plots: 1,
        assignedMu: 20,
        utilisation: 20 / 30,
        areaInCircleMu: 35,
      },
    ]);
    expect(report.totals).toEqual({
      plots: 3,
      areaMu: 40,
      assignedPlots: 1,
      assignedMu: 20,
      assignedShare: 0.5,
      outOfReach: { plots: 1, areaMu: 5 },
      overCapacity: { plots: 1, areaMu: 15 },
    });
    expect(report.unassigned.map((u) => u.plotId)).toEqual(['P2', 'P3']);
  });

  it('refuses a bad county code', () => {
    expect(
      thrown(() =>
        countyCoverageReport({ county: { regionCode: '37', name: 'x' }, centers: [plain('A', CENTER)], plots: [] }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['report', 'county', 'regionCode'] });
  });
});
