import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitScorecard, modelHash } from '@hezuo/core';
import { afterEach, describe, expect, it } from 'vitest';
import { exportModel } from './exportModel';

// A small scorecard fitted on made-up rows: enough to export.
const rows = Array.from({ length: 400 }, (_, i) => {
  const onTimeShare = (i % 10) / 10;
  const equityFen = (i % 7) * 100_000;
  const draw = (i * 7919) % 100; // a fixed, well-mixed number from 0 to 99 per row
  const bad = draw < 40 - 25 * onTimeShare - equityFen / 50_000 ? 1 : 0;
  return { householdId: `H${i}`, 'finance.onTimeShare': onTimeShare, 'core.equityFen': equityFen, bad };
});
const { model } = fitScorecard(rows, {
  target: 'bad',
  bad: 1,
  characteristics: ['finance.onTimeShare', 'core.equityFen'],
  selection: { minInformationValue: 0 },
});

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('exporting the model', () => {
  it('writes the model as JSON, PostgreSQL and PMML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-scoring-'));
    dirs.push(dir);
    const files = await exportModel(model, dir);
    expect(files).toEqual({
      model: join(dir, 'model.json'),
      sql: join(dir, 'score.sql'),
      pmml: join(dir, 'model.pmml'),
    });
    // The JSON is the model itself: the same content hash once read back.
    expect(modelHash(JSON.parse(readFileSync(files.model, 'utf8')))).toBe(modelHash(model));
    const sql = readFileSync(files.sql, 'utf8');
    expect(sql).toMatch(/^-- Scorecard "fitted-scorecard"/);
    expect(sql).toContain('"householdId"');
    expect(sql).toContain('AS "grade"');
    expect(sql).toContain('FROM "credit"."county_households"');
    const pmml = readFileSync(files.pmml, 'utf8');
    expect(pmml).toContain('<PMML xmlns="http://www.dmg.org/PMML-4_4" version="4.4">');
    expect(pmml).toContain('name="grade"');
  });
});
