import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportPmml, exportSql, type ScorecardModel } from '@hezuo/core';

/** The files a fitted model is deployed as. */
export interface ModelFiles {
  /** The model as JSON: what `score()` and `hezuo score --model` read. */
  readonly model: string;
  /** One PostgreSQL `SELECT` scoring the table of households, with the grade. */
  readonly sql: string;
  /** A PMML 4.4 `Scorecard`, with the grade, for the bank's decision engine. */
  readonly pmml: string;
}

/**
 * Writes the model three ways into `dir`: JSON for Hezuo itself, SQL for the bank's data
 * warehouse and PMML for its decision engine. The exports score exactly as the library does, so
 * the warehouse, the engine and this service agree on every household's score.
 *
 * @param table - the warehouse table the SQL scores, as `[schema, table]`
 */
export async function exportModel(
  model: ScorecardModel,
  dir: string,
  table: readonly [string, string] = ['credit', 'county_households'],
): Promise<ModelFiles> {
  const files: ModelFiles = {
    model: join(dir, 'model.json'),
    sql: join(dir, 'score.sql'),
    pmml: join(dir, 'model.pmml'),
  };
  await writeFile(files.model, `${JSON.stringify(model, null, 2)}\n`, 'utf8');
  // The household id is passed through, so the bank joins the scores back to its customers.
  const sql = exportSql(model, {
    dialect: 'postgres',
    table: [...table],
    keyColumns: ['householdId'],
    includeGrade: true,
  });
  await writeFile(files.sql, `${sql}\n`, 'utf8');
  await writeFile(files.pmml, exportPmml(model, { includeGrade: true }), 'utf8');
  return files;
}
