import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHezuoError } from '../../errors/HezuoError';
import { fitScorecard } from '../fit/fitScorecard';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { type CompiledScorecard, compileModel } from '../scoring/compileModel';
import { type ScoreRow, score } from '../scoring/score';
import { CREDIT_COLUMNS, CREDIT_CSV, loadCreditRows } from './__tests__/creditData';
import { CREDIT_INDICATOR_MODEL, creditLogisticModel } from './__tests__/creditModels';
import { FIELD_SEPARATOR, NULL_TEXT, type PostgresCluster, startPostgres } from './__tests__/postgresCluster';
import { randomCreditModel } from './__tests__/randomCreditModel';
import { exportSql, type SqlExportOptions } from './exportSql';

/** What the library says about one row: its score, grade and points, or who rejected it. */
interface Expected {
  readonly score: number | null;
  readonly grade: string | null;
  readonly points: readonly (number | null)[];
  readonly rejectedBy: string | null;
}

function expected(compiled: CompiledScorecard, row: ScoreRow): Expected {
  try {
    const r = score(compiled, row, { reasons: false });
    return {
      score: r.score,
      grade: r.grade,
      points: r.characteristics.map((c) => c.points),
      rejectedBy: null,
    };
  } catch (error) {
    if (!isHezuoError(error)) throw error;
    const id = String(error.path[1]);
    return { score: null, grade: null, points: [], rejectedBy: id };
  }
}

const parseNumber = (cell: string | undefined) => (cell === NULL_TEXT ? null : Number(cell));
const parseText = (cell: string | undefined) => (cell === NULL_TEXT ? null : (cell ?? null));

/** Runs an export keyed by one column and returns its rows in key order: key, score, grade, points…, rejected_by. */
function runExport(pg: PostgresCluster, sql: string, name: string): string[][] {
  const file = pg.writeFile(`export-${name}.sql`, `SELECT * FROM (\n${sql}\n) AS "exported" ORDER BY 1;\n`);
  return pg
    .psqlFile(file)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split(FIELD_SEPARATOR));
}

/** Every mismatch between the database and the library, as readable lines (none expected). */
function compare(
  compiled: CompiledScorecard,
  rows: readonly ScoreRow[],
  output: readonly string[][],
): { mismatches: string[]; rejected: Map<string, number>; grades: Map<string, number> } {
  const n = compiled.model.characteristics.length;
  const mismatches: string[] = [];
  const rejected = new Map<string, number>();
  const grades = new Map<string, number>();
  rows.forEach((row, i) => {
    const cells = output[i];
    const want = expected(compiled, row);
    if (!cells || cells[0] !== String(i + 1)) {
      mismatches.push(`row ${i + 1}: missing from the output`);
      return;
    }
    const got = {
      score: parseNumber(cells[1]),
      grade: parseText(cells[2]),
      points: cells.slice(3, 3 + n).map(parseNumber),
      rejectedBy: parseText(cells[3 + n]),
    };
    const bad = (what: string, a: unknown, b: unknown) =>
      mismatches.push(`row ${i + 1} ${what}: database ${String(a)}, library ${String(b)}`);
    // Object.is: equal as doubles, bit for bit (no tolerance).
    if (!Object.is(got.score, want.score)) bad('score', got.score, want.score);
    if (got.grade !== want.grade) bad('grade', got.grade, want.grade);
    if (got.rejectedBy !== want.rejectedBy) bad('rejected_by', got.rejectedBy, want.rejectedBy);
    if (want.rejectedBy === null) {
      want.points.forEach((p, k) => {
        if (!Object.is(got.points[k], p))
          bad(`points of ${compiled.model.characteristics[k]?.id}`, got.points[k], p);
      });
      grades.set(want.grade ?? '', (grades.get(want.grade ?? '') ?? 0) + 1);
    } else {
      rejected.set(want.rejectedBy, (rejected.get(want.rejectedBy) ?? 0) + 1);
      const k = compiled.model.characteristics.findIndex((c) => c.id === want.rejectedBy);
      if (got.points[k] !== null) bad(`points of rejecting ${want.rejectedBy}`, got.points[k], null);
    }
  });
  if (output.length !== rows.length) mismatches.push(`${output.length} rows out, ${rows.length} in`);
  return { mismatches, rejected, grades };
}

describe('exportSql runs on PostgreSQL and scores every row of credit_data as score() does', () => {
  let pg: PostgresCluster | undefined;
  let startError: unknown;
  const rows = loadCreditRows();
  /** The loaded cluster, or why there is none: every test then fails with it, none is skipped. */
  const cluster = (): PostgresCluster => {
    if (startError !== undefined || pg === undefined)
      throw startError ?? new Error('PostgreSQL did not start');
    return pg;
  };

  beforeAll(() => {
    try {
      load();
    } catch (error) {
      startError = error;
    }
  }, 120_000);

  function load(): void {
    pg = startPostgres();
    const columns = Object.entries(CREDIT_COLUMNS)
      .map(([name, type]) => `"${name}" ${type === 'number' ? 'double precision' : 'text'}`)
      .join(', ');
    const csv = pg.writeFile('credit_data.csv', readFileSync(CREDIT_CSV, 'utf8'));
    const names = Object.keys(CREDIT_COLUMNS)
      .map((name) => `"${name}"`)
      .join(', ');
    const setup = pg.writeFile(
      'setup.sql',
      [
        `CREATE TABLE credit (row_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ${columns});`,
        // Rows get their ids in file order: row_id n is line n + 1 of the file.
        `\\copy credit (${names}) FROM '${csv}' WITH (FORMAT csv, HEADER true)`,
        'SELECT count(*) FROM credit;',
      ].join('\n'),
    );
    const count = pg.psqlFile(setup).trim();
    if (count !== String(rows.length))
      throw new Error(`loaded ${count} rows of credit_data, not ${rows.length}`);
  }

  afterAll(() => pg?.stop());

  const options: SqlExportOptions = {
    dialect: 'postgres',
    table: 'credit',
    keyColumns: ['row_id'],
    includeGrade: true,
    includePoints: true,
  };

  it.each([
    ['logistic (separate base points, every policy kind)', creditLogisticModel() as ScorecardModelInput],
    ['indicator (decimal points, practice grade bands)', CREDIT_INDICATOR_MODEL],
    // The model a bank would deploy: fitted on the file itself with the defaults.
    ['fitted (fitScorecard defaults)', fitScorecard(rows, { target: 'Status', bad: 'bad' }).model],
  ])('%s: score, grade, points and rejections agree on all 4,454 rows', (name, model) => {
    const compiled = compileModel(model);
    const output = runExport(cluster(), exportSql(compiled, options), name.split(' ')[0] as string);
    const { mismatches, rejected, grades } = compare(compiled, rows, output);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(output).toHaveLength(4454);
    // The cases are reached: every grade, and (logistic) rejections by several characteristics.
    expect(grades.size).toBe(compiled.model.gradeBands.length);
    if (name.startsWith('logistic')) {
      expect([...rejected.keys()].sort()).toEqual(['Debt', 'Expenses', 'Job', 'Marital']);
    }
  });

  it('random models (fast-check, 25 runs): the database and the library agree on every row', () => {
    let run = 0;
    fc.assert(
      fc.property(randomCreditModel, (model) => {
        const compiled = compileModel(model);
        const output = runExport(cluster(), exportSql(compiled, options), `random-${run++}`);
        expect(compare(compiled, rows, output).mismatches.slice(0, 5)).toEqual([]);
      }),
      { numRuns: 25, seed: 20260630 },
    );
  }, 120_000);

  it('quotes identifiers and escapes string literals', () => {
    const db = cluster();
    const values = ["O'Brien", 'back\\slash', 'say "hi"', '中文', "' OR '1'='1", 'tab\there', 'x', ''];
    const model: ScorecardModelInput = {
      ...CREDIT_INDICATOR_MODEL,
      id: 'quote\'s "model"\n-- not a comment',
      characteristics: [
        {
          id: 'home kind',
          label: { 'zh-CN': '住房', en: 'home' },
          reasonText: { 'zh-CN': '住房', en: 'home' },
          type: 'categorical',
          bins: [
            { values: ["O'Brien", 'back\\slash'], points: 1.5 },
            { values: ['say "hi"', '中文'], points: 2.25 },
            { values: ["' OR '1'='1", 'tab\there'], points: 4 },
            { values: [''], points: 8 },
          ],
          missing: { points: 16 },
          unseen: { points: 32 },
        },
        {
          id: 'select',
          label: { 'zh-CN': '数', en: 'n' },
          reasonText: { 'zh-CN': '数', en: 'n' },
          type: 'numeric',
          bins: [
            { lower: null, upper: 0.5, points: 0.1 },
            { lower: 0.5, upper: null, points: 0.2 },
          ],
          missing: { points: 0.3 },
        },
      ],
    };
    // The data goes in through CSV, not through the export's own literal escaping.
    const csvCell = (v: string) => `"${v.replaceAll('"', '""')}"`;
    const lines = [
      'id,kind,select',
      ...values.map((v, i) => `${i + 1},${csvCell(v)},${i % 2 === 0 ? '0.5' : ''}`),
    ];
    lines.push(`${values.length + 1},,NaN`);
    const csv = db.writeFile('weird.csv', `${lines.join('\n')}\n`);
    const setup = db.writeFile(
      'weird.sql',
      [
        'CREATE SCHEMA "my schema";',
        `CREATE TABLE "my schema"."weird ""table""" ("row ""id""" integer, "Home's ""kind""" text, "select" double precision);`,
        `\\copy "my schema"."weird ""table""" FROM '${csv}' WITH (FORMAT csv, HEADER true)`,
      ].join('\n'),
    );
    db.psqlFile(setup);
    const sql = exportSql(model, {
      dialect: 'postgres',
      table: ['my schema', 'weird "table"'],
      columns: { 'home kind': `Home's "kind"` },
      keyColumns: ['row "id"'],
      scoreColumn: 'Score (total)',
      includeGrade: true,
      includePoints: true,
    });
    expect(sql).toContain(`FROM "my schema"."weird ""table"""`);
    expect(sql).toContain(`WHEN "Home's ""kind""" IN ('O''Brien', E'back\\\\slash') THEN 1.5::float8`);
    const output = runExport(db, sql, 'weird');
    const rows: ScoreRow[] = [
      ...values.map((v, i) => ({ 'home kind': v, select: i % 2 === 0 ? 0.5 : null })),
      { 'home kind': null, select: Number.NaN },
    ];
    const compiled = compileModel(model);
    const got = output.map((cells) => [Number(cells[1]), cells[2], Number(cells[3]), Number(cells[4])]);
    const want = rows.map((row) => {
      const r = score(compiled, row);
      return [r.score, r.grade, r.characteristics[0]?.points, r.characteristics[1]?.points];
    });
    expect(got).toEqual(want);
    // The group of each value, as the library found it: the quote and backslash values matched.
    expect(got.map((g) => g[2])).toEqual([1.5, 1.5, 2.25, 2.25, 4, 4, 32, 8, 16]);
  });
});
