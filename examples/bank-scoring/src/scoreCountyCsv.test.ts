import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitScorecard, score } from '@hezuo/core';
import { COUNTY_CREDIT_COLUMNS, countyCreditRows, generateCounty } from '@hezuo/core/sample';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCountyCsv } from './countyCsv';
import { countyFitOptions } from './fitCountyScorecard';
import { readScores } from './readScores';
import { scoreCountyCsv } from './scoreCountyCsv';

const dir = mkdtempSync(join(tmpdir(), 'bank-scoring-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { model } = fitScorecard(
  countyCreditRows(generateCounty({ seed: 5, households: 600, year: 2026 })),
  countyFitOptions('test'),
);
const season = countyCreditRows(generateCounty({ seed: 6, households: 300, year: 2027 }));
const modelFile = join(dir, 'model.json');
beforeAll(() => writeFileSync(modelFile, JSON.stringify(model)));

describe('scoring the county CSV with hezuo score', () => {
  it('scores every household as the library does, with grade and top reasons', async () => {
    const files = {
      model: modelFile,
      input: join(dir, 'county.csv'),
      output: join(dir, 'scores.csv'),
      key: 'householdId',
    };
    await writeCountyCsv(
      files.input,
      season,
      COUNTY_CREDIT_COLUMNS.filter((c) => c !== 'bad'),
    );
    await scoreCountyCsv(files);
    const scored = await readScores(files.output);
    expect(scored).toHaveLength(season.length);
    // Through the CSV and back, each household scores exactly as `score()` scores its row.
    season.forEach((row, i) => {
      const expected = score(model, row);
      expect(scored[i]).toEqual({
        householdId: row.householdId,
        score: expected.score,
        grade: expected.grade,
        reasons: expected.reasons.map((r) => r.id),
      });
    });
  });

  it('fails with the file, row and column when a cell is wrong', async () => {
    const input = join(dir, 'broken.csv');
    const numeric = model.characteristics.find((c) => c.type === 'numeric')?.id as string;
    const rows = [season[0], { ...season[1], [numeric]: 'most' }] as typeof season;
    await writeCountyCsv(input, rows, COUNTY_CREDIT_COLUMNS);
    await expect(
      scoreCountyCsv({
        model: modelFile,
        input,
        output: join(dir, 'broken-scores.csv'),
        key: 'householdId',
      }),
    ).rejects.toThrow(new RegExp(`exit 1.*data row 2.*"${numeric}": "most" is not a number`));
  });
});
