import { bench, describe } from 'vitest';
import { assignPlotsToCenters } from './coverage/assignPlotsToCenters';
import type { CoveragePlot } from './coverage/coveragePlot';
import type { ServiceCenter } from './coverage/serviceCenter';

// A fixed linear congruential generator: the same county on every run.
let seed = 20_260_630;
const next = () => {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
};

// A county of about 60 km × 60 km around Gaomi: 100 plain centres on a 6 km grid (3 km circles
// that touch), capacity 50,000 mu each, and 100,000 plots of 2 to 20 mu, half of them located on
// a web map (GCJ-02), half by GPS (WGS-84).
const KM_LAT = 1 / 111.195;
const KM_LNG = KM_LAT / Math.cos((36.4 * Math.PI) / 180);
const centers: ServiceCenter[] = [];
for (let i = 0; i < 10; i++) {
  for (let j = 0; j < 10; j++) {
    centers.push({
      id: `SC${i}${j}`,
      name: `中心 ${i}-${j}`,
      location: { lng: 119.5 + (3 + 6 * j) * KM_LNG, lat: 36.1 + (3 + 6 * i) * KM_LAT, datum: 'WGS-84' },
      terrain: 'plain',
    });
  }
}
const N = 100_000;
const plots: CoveragePlot[] = Array.from({ length: N }, (_, k) => ({
  plotId: `P${String(k).padStart(6, '0')}`,
  areaMu: Math.round((2 + next() * 18) * 100) / 100,
  location: {
    lng: 119.5 + next() * 60 * KM_LNG,
    lat: 36.1 + next() * 60 * KM_LAT,
    datum: k % 2 === 0 ? 'GCJ-02' : 'WGS-84',
  },
}));

const OPTS = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe('coverage: 100,000 plots, 100 service centres', () => {
  bench(
    'assignPlotsToCenters (validate, convert datums, nearest centre in reach within capacity)',
    () => {
      const result = assignPlotsToCenters({ plots, centers });
      if (result.assignments.length + result.unassigned.length !== N) throw new Error('plots lost');
    },
    OPTS,
  );
});
