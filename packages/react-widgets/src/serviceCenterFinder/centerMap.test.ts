import { distanceKm } from '@hezuo/trusteeship';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CenterMapInput, niceScaleKm, projectCenterMap } from './centerMap';

describe('the scale bar length', () => {
  it.each([
    [7.3, 5],
    [5, 5],
    [4.99, 2],
    [2.5, 2],
    [1, 1],
    [0.37, 0.2],
    [19.99, 10],
    [20, 20],
    [130, 100],
  ])('%d km at most → %d km', (max, expected) => {
    expect(niceScaleKm(max)).toBeCloseTo(expected, 12);
  });

  it('is 1, 2 or 5 times a power of ten, at most the room given and more than half of it', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 10_000, noNaN: true }), (max) => {
        const km = niceScaleKm(max);
        expect(km).toBeLessThanOrEqual(max * (1 + 1e-9));
        expect(km).toBeGreaterThan(max / 2.5);
        const mantissa = km / 10 ** Math.floor(Math.log10(km) + 1e-12);
        expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
      }),
    );
  });
});

// Around Gaomi: within ~30 km of 119.75°E, 36.38°N.
const near = fc.record({
  lng: fc.double({ min: 119.55, max: 119.95, noNaN: true }),
  lat: fc.double({ min: 36.22, max: 36.54, noNaN: true }),
});
const mapInput = fc.record({
  place: near,
  centers: fc.array(
    fc.record({
      id: fc.uuid(),
      lng: near.map((p) => p.lng),
      lat: near.map((p) => p.lat),
      radiusKm: fc.double({ min: 0.5, max: 8, noNaN: true }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

const km = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) =>
  distanceKm({ lng: a.lng, lat: a.lat, datum: 'WGS-84' }, { lng: b.lng, lat: b.lat, datum: 'WGS-84' });

describe('the map projection', () => {
  it('draws every circle and the place inside the box', () => {
    fc.assert(
      fc.property(mapInput, (input: CenterMapInput) => {
        const map = projectCenterMap(input);
        for (const c of map.centers) {
          expect(c.x - c.r).toBeGreaterThanOrEqual(-0.2);
          expect(c.x + c.r).toBeLessThanOrEqual(map.width + 0.2);
          expect(c.y - c.r).toBeGreaterThanOrEqual(-0.2);
          expect(c.y + c.r).toBeLessThanOrEqual(map.height + 0.2);
        }
        expect(map.place.x).toBeGreaterThanOrEqual(0);
        expect(map.place.y).toBeLessThanOrEqual(map.height);
      }),
    );
  });

  it('keeps distances true to within 1 % over a county, north up and east to the right', () => {
    fc.assert(
      fc.property(mapInput, (input) => {
        const map = projectCenterMap(input);
        input.centers.forEach((center, i) => {
          const drawn = map.centers[i];
          if (!drawn) throw new Error('a centre was not drawn');
          const true_ = km(input.place, center);
          const onMap = Math.hypot(drawn.x - map.place.x, drawn.y - map.place.y) / map.unitsPerKm;
          // 0.05 units of rounding on each end, and the projection's own error.
          expect(Math.abs(onMap - true_)).toBeLessThanOrEqual(true_ * 0.01 + 0.15 / map.unitsPerKm);
          if (center.lat > input.place.lat + 0.01) expect(drawn.y).toBeLessThan(map.place.y);
          if (center.lng > input.place.lng + 0.01) expect(drawn.x).toBeGreaterThan(map.place.x);
          expect(drawn.r).toBeCloseTo(center.radiusKm * map.unitsPerKm, 0);
        });
      }),
    );
  });

  it('puts the scale bar and the north arrow in the margins, the bar a quarter of the width or less', () => {
    const map = projectCenterMap({
      place: { lng: 119.76, lat: 36.39 },
      centers: [{ id: 'A', lng: 119.75, lat: 36.38, radiusKm: 3 }],
    });
    expect(map.scaleBar.length).toBeCloseTo(map.scaleBar.km * map.unitsPerKm, 0);
    expect(map.scaleBar.length).toBeLessThanOrEqual((map.width - 72) / 4 + 0.1);
    expect(map.scaleBar.y).toBeGreaterThan(map.height - 36);
    expect(map.north.y).toBeLessThan(36);
    expect(map.plotOutline).toBeNull();
  });

  it('outlines a plot and keeps it in the box', () => {
    const map = projectCenterMap({
      place: { lng: 119.76, lat: 36.39 },
      ring: [
        { lng: 119.758, lat: 36.388 },
        { lng: 119.762, lat: 36.388 },
        { lng: 119.762, lat: 36.392 },
      ],
      centers: [{ id: 'A', lng: 119.75, lat: 36.38, radiusKm: 3 }],
    });
    const points = (map.plotOutline ?? '').split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(3);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThan(0);
      expect(y).toBeGreaterThan(0);
    }
  });

  it('labels centres away from the place, and never out of the box', () => {
    const map = projectCenterMap({
      place: { lng: 119.75, lat: 36.39 },
      centers: [
        { id: 'SW', lng: 119.74, lat: 36.38, radiusKm: 1 },
        { id: 'NE', lng: 119.76, lat: 36.4, radiusKm: 1 },
        { id: 'FarW', lng: 119.6, lat: 36.39, radiusKm: 1 },
        { id: 'FarE', lng: 119.9, lat: 36.39, radiusKm: 1 },
      ],
    });
    expect(map.centers.map((c) => [c.id, c.labelAnchor, c.labelBelow])).toEqual([
      ['SW', 'end', true],
      ['NE', 'start', false],
      ['FarW', 'start', false],
      ['FarE', 'end', false],
    ]);
    // The nearest centre lies below the place: the place's label goes above it.
    expect(map.placeLabelBelow).toBe(false);
  });
});
