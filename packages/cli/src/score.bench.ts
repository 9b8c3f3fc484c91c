import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, bench, describe } from 'vitest';
import type { CliIo } from './io';
import { run } from './run';

const N = 1_000_000;
// Each pass is a million rows, a large sample in itself: a few passes after one warm-up.
const OPTS = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

const dir = mkdtempSync(join(tmpdir(), 'hezuo-score-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const silent: CliIo = { stdout: () => {}, stderr: () => {}, stderrIsTTY: false };
const fixture = fileURLToPath(new URL('../../../fixtures/credit-data/credit_data.csv', import.meta.url));
const modelFile = join(dir, 'model.json');
const inputFile = join(dir, 'applicants.csv');
const outputFile = join(dir, 'scores.csv');

// The model: fitted on the real applicants, through the CLI.
if ((await run(['fit', fixture, '--target', 'Status', '--bad', 'bad', '-o', modelFile], silent)) !== 0) {
  throw new Error('the bench model could not be fitted');
}

// The input: a million applicants drawn from the real ones by a fixed generator, with an id
// column and every characteristic column (not the outcome), as a bank's scoring table would be.
const [header = '', ...applicants] = readFileSync(fixture, 'utf8').trimEnd().split('\n');
const columns = header.split(',');
const keep = columns.map((c, i) => (c === '"Status"' ? -1 : i)).filter((i) => i >= 0);
const lines = [['id', ...keep.map((i) => columns[i])].join(',')];
let seed = 2026;
for (let r = 0; r < N; r++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  const cells = (applicants[seed % applicants.length] as string).split(',');
  lines.push([`A${r + 1}`, ...keep.map((i) => cells[i])].join(','));
}
writeFileSync(inputFile, `${lines.join('\n')}\n`);
lines.length = 0;

describe(`hezuo score: ${N.toLocaleString('en')}-row CSV to scores, grades and reasons, end to end`, () => {
  bench(
    'run(["score", …]) from file to file',
    async () => {
      const start = performance.now();
      const code = await run(
        ['score', '--model', modelFile, inputFile, '-o', outputFile, '--key', 'id'],
        silent,
      );
      if (code !== 0) throw new Error(`hezuo score exited with ${code}`);
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `hezuo score: ${Math.round(N / seconds).toLocaleString('en')} rows/s (${seconds.toFixed(2)} s)`,
      );
    },
    OPTS,
  );
  // The floor of any pipeline that reads through Papa Parse: parsing the same file, nothing else.
  bench(
    'Papa Parse alone over the same file (for comparison)',
    async () => {
      const start = performance.now();
      let records = 0;
      await new Promise<void>((resolve, reject) => {
        Papa.parse<string[]>(createReadStream(inputFile) as unknown as NodeJS.ReadableStream, {
          delimiter: ',',
          chunk: (results) => {
            records += results.data.length;
          },
          complete: () => resolve(),
          error: (error) => reject(error),
        });
      });
      if (records < N + 1) throw new Error(`Papa Parse read ${records} records`);
      const seconds = (performance.now() - start) / 1000;
      console.log(
        `Papa Parse alone: ${Math.round(N / seconds).toLocaleString('en')} rows/s (${seconds.toFixed(2)} s)`,
      );
    },
    OPTS,
  );
});
