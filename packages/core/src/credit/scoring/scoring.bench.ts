import { bench, describe } from 'vitest';
import { benchModel } from './__tests__/fixtures';
import { scoreColumns, scoreRows } from './batch';
import { compileModel } from './compileModel';
import { score } from './score';
import { scoreBatch } from './scoreBatch';

const N = 1_000_000;
// A few timed passes over the million rows: each pass is itself a large sample.
const OPTS = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };
const compiled = compileModel(benchModel());
const categories = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

// A fixed linear congruential generator: the same rows on every run.
let seed = 12345;
const next = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const columns: Record<string, Float64Array | Int32Array> = {};
const codes: Record<string, string[]> = {};
for (let i = 0; i < 9; i++) {
  const col = new Float64Array(N);
  for (let r = 0; r < N; r++) {
    const u = next();
    col[r] = u < 0.02 ? Number.NaN : u < 0.03 ? -1 : Math.floor(next() * 70);
  }
  columns[`n${i}`] = col;
}
for (let i = 0; i < 3; i++) {
  const col = new Int32Array(N);
  for (let r = 0; r < N; r++) col[r] = Math.floor(next() * 8) - 1;
  columns[`c${i}`] = col;
  codes[`c${i}`] = categories;
}
const rows = Array.from({ length: N }, (_, r) => {
  const row: Record<string, number | string | null> = {};
  for (let i = 0; i < 9; i++) {
    const x = (columns[`n${i}`] as Float64Array)[r] as number;
    row[`n${i}`] = Number.isNaN(x) ? null : x;
  }
  for (let i = 0; i < 3; i++) {
    const code = (columns[`c${i}`] as Int32Array)[r] as number;
    row[`c${i}`] = code < 0 ? null : (categories[code] ?? null);
  }
  return row;
});

describe('score 1,000,000 rows, 12 characteristics', () => {
  bench(
    'columnar (scores only)',
    () => {
      scoreColumns(compiled, columns, codes);
    },
    OPTS,
  );
  bench(
    'row objects into typed arrays (scoreBatch), no reasons',
    () => {
      scoreBatch(compiled, rows, { reasons: false });
    },
    OPTS,
  );
  bench(
    'row objects into typed arrays (scoreBatch), top-4 reasons',
    () => {
      scoreBatch(compiled, rows, { reasons: true });
    },
    OPTS,
  );
  bench(
    'row objects to result objects (scoreRows), no reasons',
    () => {
      scoreRows(compiled, rows, { reasons: false });
    },
    OPTS,
  );
  bench(
    'row objects to result objects (scoreRows), top-4 reasons',
    () => {
      scoreRows(compiled, rows, { reasons: true });
    },
    OPTS,
  );
  // The same rows scored one at a time and not kept, as a stream consumer would: no array of a
  // million results (13 million objects) for the garbage collector to promote.
  bench(
    'row objects one at a time, no reasons, results not kept',
    () => {
      let sum = 0;
      for (const row of rows) sum += score(compiled, row, { reasons: false }).score;
      if (Number.isNaN(sum)) throw new Error('NaN');
    },
    OPTS,
  );
  bench(
    'row objects one at a time, top-4 reasons, results not kept',
    () => {
      let sum = 0;
      for (const row of rows) sum += score(compiled, row).reasons.length;
      if (Number.isNaN(sum)) throw new Error('NaN');
    },
    OPTS,
  );
});
