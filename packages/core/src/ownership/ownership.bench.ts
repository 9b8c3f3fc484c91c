import { bench, describe } from 'vitest';
import { generateProvince } from './__tests__/generate';
import { checkOwnershipConstraints, SHANDONG_OWNERSHIP_CONSTRAINTS } from './constraints';
import { buildHoldingGraph } from './graph';
import { lookThrough } from './lookThrough';

// 100,000 entities, 300,000 holdings, built once; build time is measured on its own below.
const province = generateProvince(100_000, 300_000);
const graph = buildHoldingGraph(province.entities, province.holdings);
const centres = province.serviceCenters;
const centreConstraints = SHANDONG_OWNERSHIP_CONSTRAINTS.filter(
  (c) => c.id !== 'shandong-union-cooperatives',
);
let turn = 0;

describe(`holding graph (${province.entities.length.toLocaleString('en')} entities, ${province.holdings.length.toLocaleString('en')} holdings)`, () => {
  bench(
    'buildHoldingGraph',
    () => {
      buildHoldingGraph(province.entities, province.holdings);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench('lookThrough: one service centre (upstream of a few hundred, with cycles)', () => {
    lookThrough(graph, centres[turn++ % centres.length] as string);
  });
  bench(
    'lookThrough: the apex company (upstream = nearly the whole graph)',
    () => {
      lookThrough(graph, province.apex);
    },
    { iterations: 20, warmupIterations: 2 },
  );
  bench(
    'checkOwnershipConstraints: 1,000 service centres × 2 Shandong constraints',
    () => {
      checkOwnershipConstraints(graph, centreConstraints);
    },
    { iterations: 10, warmupIterations: 1 },
  );
  bench(
    'checkOwnershipConstraints: all 3 Shandong constraints (3,000 unions + 1,000 centres)',
    () => {
      checkOwnershipConstraints(graph, SHANDONG_OWNERSHIP_CONSTRAINTS);
    },
    { iterations: 10, warmupIterations: 1 },
  );
});
