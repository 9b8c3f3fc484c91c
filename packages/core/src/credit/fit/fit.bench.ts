import { bench, describe } from 'vitest';
import { SYNTHETIC_CATEGORICAL, SYNTHETIC_NUMERIC, syntheticRows } from './__tests__/syntheticRows';
import { fitScorecard } from './fitScorecard';

const N = 100_000;
const rows = syntheticRows(N, 42);
const characteristics = SYNTHETIC_NUMERIC + SYNTHETIC_CATEGORICAL;

describe(`fitScorecard over ${N.toLocaleString('en')} rows × ${characteristics} characteristics`, () => {
  bench(
    'binning + selection + regression + adjusted WOE + scaling (defaults)',
    () => {
      fitScorecard(rows, { target: 'status', bad: 'bad' });
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'textbook WOE model (adjustBins: false)',
    () => {
      fitScorecard(rows, { target: 'status', bad: 'bad', regression: { adjustBins: false } });
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
