import { describe, expect, it } from 'vitest';
import { thrown } from '../__tests__/thrown';
import { buildPlotRecord, plotWorkableAreaMu } from './plotRecord';

const R_KM = 6371.0088;
const dLat = (0.1 / R_KM) * (180 / Math.PI);
const dLng = dLat / Math.cos((36.38 * Math.PI) / 180);
const square: [number, number][] = [
  [119.75, 36.38],
  [119.75 + dLng, 36.38],
  [119.75 + dLng, 36.38 + dLat],
  [119.75, 36.38 + dLat],
  [119.75, 36.38],
];

describe('plot records', () => {
  it('keeps the registered area and computes the measured area and location from the boundary', () => {
    const plot = buildPlotRecord({
      id: 'P1',
      memberId: 'M1',
      registeredAreaMu: 14,
      boundary: { datum: 'WGS-84', ring: square },
    });
    expect(plot.registeredAreaMu).toBe(14);
    expect(plot.measuredAreaMu).toBeCloseTo(15, 2);
    // The closing vertex counts once: the mean is the square's centre.
    expect(plot.location?.lng).toBeCloseTo(119.75 + dLng / 2, 10);
    expect(plot.location?.lat).toBeCloseTo(36.38 + dLat / 2, 10);
    expect(plot.location?.datum).toBe('WGS-84');
    expect(plotWorkableAreaMu(plot)).toBe(plot.measuredAreaMu);
    expect(plotWorkableAreaMu({ id: 'P2', memberId: 'M1', registeredAreaMu: 6.5 })).toBe(6.5);
  });

  it('refuses a measured area beside a boundary, an untagged boundary and a zero area', () => {
    expect(
      thrown(() =>
        buildPlotRecord({
          id: 'P1',
          memberId: 'M1',
          registeredAreaMu: 14,
          measuredAreaMu: 15,
          boundary: { datum: 'WGS-84', ring: square },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', path: ['plot', 'measuredAreaMu'] });
    expect(
      thrown(() =>
        buildPlotRecord({
          id: 'P1',
          memberId: 'M1',
          registeredAreaMu: 14,
          boundary: { ring: square } as never,
        }),
      ),
    ).toMatchObject({ path: ['plot', 'boundary', 'datum'] });
    expect(thrown(() => buildPlotRecord({ id: 'P1', memberId: 'M1', registeredAreaMu: 0 }))).toMatchObject({
      path: ['plot', 'registeredAreaMu'],
    });
  });
});
