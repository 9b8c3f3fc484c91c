import { describe, expect, it } from 'vitest';
import { HezuoError } from '../../errors/HezuoError';
import type { ScorecardModelInput } from '../model/scorecardModel';
import { INDICATOR_MODEL } from '../scoring/__tests__/fixtures';
import { CREDIT_INDICATOR_MODEL, creditLogisticModel } from './__tests__/creditModels';
import { exportSql, SqlExportOptionsSchema } from './exportSql';

function errorOf(run: () => unknown): HezuoError {
  try {
    run();
  } catch (error) {
    if (error instanceof HezuoError) return error;
    throw error;
  }
  throw new Error('expected a HezuoError');
}

/** The lines of one characteristic's CASE, trimmed, from `CASE` to its `END AS`. */
function caseOf(sql: string, alias: string): string[] {
  const lines = sql.split('\n').map((l) => l.trim());
  const end = lines.findIndex((l) => l === `END AS ${alias}` || l === `END AS ${alias},`);
  const start = lines.lastIndexOf('CASE', end);
  return lines.slice(start + 1, end);
}

// No Spark here: the Spark SQL text is checked by its shape; parity is run on PostgreSQL.
describe('exportSql, Spark SQL dialect', () => {
  const sql = exportSql(creditLogisticModel(), {
    dialect: 'spark',
    table: ['lake', 'credit`s'],
    keyColumns: ['id'],
    includeGrade: true,
    includePoints: true,
  });

  it('quotes identifiers with backquotes, doubling a backquote inside', () => {
    expect(sql).toContain('FROM `lake`.`credit``s`');
    expect(sql).toContain('`points_Seniority`');
    expect(sql.split('\n').slice(1).join('\n')).not.toMatch(/"/);
  });

  it('writes numbers as D-suffixed double literals and tests NaN with isnan', () => {
    const seniority = caseOf(sql, '`points_Seniority`');
    expect(seniority[0]).toMatch(
      /^WHEN `Seniority` IS NULL OR isnan\(`Seniority`\) THEN -?\d+(\.\d+)?(E[+-]\d+)?D$/,
    );
    expect(seniority[1]).toBe('WHEN `Seniority` IN (0D) THEN -4.75D');
    expect(sql).not.toMatch(/::float8/);
  });

  it('orders each CASE: missing, special values, bins by upper bound, ELSE the last bin', () => {
    const seniority = caseOf(sql, '`points_Seniority`');
    expect(seniority.slice(0, -1).map((l) => l.replace(/ THEN .*/, ''))).toEqual([
      'WHEN `Seniority` IS NULL OR isnan(`Seniority`)',
      'WHEN `Seniority` IN (0D)',
      'WHEN `Seniority` < 1D',
      'WHEN `Seniority` < 3D',
      'WHEN `Seniority` < 8D',
      'WHEN `Seniority` < 15D',
    ]);
    expect(seniority.at(-1)).toMatch(/^ELSE \d+\.\d+D$/);
    const expenses = caseOf(sql, '`points_Expenses`');
    expect(expenses[1]).toBe('WHEN `Expenses` IN (180D, 175D) THEN NULL');
    const job = caseOf(sql, '`points_Job`');
    expect(job.map((l) => l.replace(/ THEN .*/, ''))).toEqual([
      'WHEN `Job` IS NULL',
      "WHEN `Job` IN ('fixed')",
      "WHEN `Job` IN ('freelance')",
      "WHEN `Job` IN ('partime')",
      'ELSE NULL',
    ]);
  });

  it('sums from the base points in declaration order, grades from the highest band', () => {
    const lines = sql.split('\n').map((l) => l.trim());
    const base = lines.findIndex((l) => /^\d+\.\d+D$/.test(l));
    expect(lines.slice(base + 1, base + 13).map((l) => l.replace(/ AS `score`,$/, ''))).toEqual(
      creditLogisticModel().characteristics.map((c) => `+ \`points_${c.id}\``),
    );
    expect(caseOf(sql, '`grade`')).toEqual([
      'WHEN `score` IS NULL THEN NULL',
      "WHEN `score` >= 530D THEN 'A'",
      "WHEN `score` >= 515D THEN 'B'",
      "WHEN `score` >= 500D THEN 'C'",
      "ELSE 'D'",
    ]);
    expect(caseOf(sql, '`rejected_by`')).toEqual([
      "WHEN `points_Marital` IS NULL THEN 'Marital'",
      "WHEN `points_Job` IS NULL THEN 'Job'",
      "WHEN `points_Expenses` IS NULL THEN 'Expenses'",
      "WHEN `points_Debt` IS NULL THEN 'Debt'",
    ]);
  });

  it('escapes string literals with backslashes (Spark reads two quotes as two literals)', () => {
    const model: ScorecardModelInput = {
      ...INDICATOR_MODEL,
      characteristics: [
        {
          ...(INDICATOR_MODEL.characteristics[3] as object),
          bins: [{ values: ["it's", 'back\\slash', 'a`b'], points: 1 }],
          missing: { points: 0 },
          unseen: { points: 0 },
        } as ScorecardModelInput['characteristics'][number],
      ],
    };
    const spark = exportSql(model, { dialect: 'spark', table: 't' });
    expect(spark).toContain("WHEN `village` IN ('it\\'s', 'back\\\\slash', 'a`b') THEN 1D");
    expect(spark).toContain('CAST(NULL AS STRING) AS `rejected_by`');
    const postgres = exportSql(model, { dialect: 'postgres', table: 't' });
    expect(postgres).toContain(`WHEN "village" IN ('it''s', E'back\\\\slash', 'a\`b') THEN 1::float8`);
    expect(postgres).toContain('CAST(NULL AS text) AS "rejected_by"');
  });

  it('writes exact shortest decimals, with exponents as Spark reads them', () => {
    const model: ScorecardModelInput = {
      ...INDICATOR_MODEL,
      characteristics: [
        {
          ...(INDICATOR_MODEL.characteristics[0] as object),
          bins: [
            { lower: null, upper: 1e-7, points: 0.1 + 0.2 },
            { lower: 1e-7, upper: 2e21, points: -1 / 3 },
            { lower: 2e21, upper: null, points: 5e-324 },
          ],
        } as ScorecardModelInput['characteristics'][number],
      ],
    };
    const spark = caseOf(exportSql(model, { dialect: 'spark', table: 't' }), '`points_age`');
    expect(spark.slice(1)).toEqual([
      'WHEN `age` < 1E-7D THEN 0.30000000000000004D',
      'WHEN `age` < 2E+21D THEN -0.3333333333333333D',
      'ELSE 5E-324D',
    ]);
    const postgres = caseOf(exportSql(model, { dialect: 'postgres', table: 't' }), '"points_age"');
    expect(postgres.slice(1)).toEqual([
      'WHEN "age" < 1e-7::float8 THEN 0.30000000000000004::float8',
      'WHEN "age" < 2e+21::float8 THEN -0.3333333333333333::float8',
      'ELSE 5e-324::float8',
    ]);
  });
});

describe('exportSql, shape and validation', () => {
  it('returns keys, score, grade, points and rejected_by in that order', () => {
    const sql = exportSql(INDICATOR_MODEL, {
      dialect: 'postgres',
      table: 'members',
      keyColumns: ['member_id', 'asOf'],
      includeGrade: true,
      includePoints: true,
      scoreColumn: 'credit_score',
    });
    const lines = sql.split('\n');
    const outer = lines.slice(2, lines.indexOf('FROM ('));
    expect(outer.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim())).toEqual([
      '"member_id",',
      '"asOf",',
      '"credit_score",',
      'CASE',
      'END AS "grade",',
      '"points_age",',
      '"points_areaMu",',
      '"points_onTimeShare",',
      '"points_village",',
      '"rejected_by"',
    ]);
    expect(lines[0]).toMatch(
      /^-- Scorecard "demo\.household" version "1\.0\.0" \(sha256 [0-9a-f]{64}\), PostgreSQL$/,
    );
    const plain = exportSql(INDICATOR_MODEL, { dialect: 'postgres', table: 'members' });
    expect(plain.split('\n').slice(1, 5)).toEqual(['SELECT', '  "score",', '  "rejected_by"', 'FROM (']);
  });

  it('reads characteristics from the columns named in options', () => {
    const sql = exportSql(CREDIT_INDICATOR_MODEL, {
      dialect: 'postgres',
      table: 'credit',
      columns: { Income: 'monthly_income' },
    });
    expect(sql).toContain('WHEN "monthly_income" < 100::float8 THEN 5::float8');
    expect(sql).not.toContain('"Income"');
  });

  it('refuses bad options with a typed error and the path of the field', () => {
    const base = { dialect: 'postgres', table: 'credit' } as const;
    expect(errorOf(() => exportSql(INDICATOR_MODEL, { ...base, dialect: 'mysql' } as never)).path).toEqual([
      'options',
      'dialect',
    ]);
    expect(errorOf(() => exportSql(INDICATOR_MODEL, { ...base, table: '' })).path).toEqual([
      'options',
      'table',
    ]);
    expect(errorOf(() => exportSql(INDICATOR_MODEL, { ...base, keyColumns: ['a\u0000b'] })).path).toEqual([
      'options',
      'keyColumns',
      0,
    ]);
    const unknown = errorOf(() => exportSql(INDICATOR_MODEL, { ...base, columns: { agee: 'age' } }));
    expect(unknown.path).toEqual(['options', 'columns', 'agee']);
    expect(unknown.message).toMatch(/characteristic "agee", which the model does not have/);
    expect(SqlExportOptionsSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('refuses column names that clash (case-insensitively in Spark) and long PostgreSQL names', () => {
    const clash = errorOf(() =>
      exportSql(INDICATOR_MODEL, { dialect: 'postgres', table: 't', keyColumns: ['points_age'] }),
    );
    expect(clash.path).toEqual(['options', 'keyColumns', 0]);
    expect(clash.message).toMatch(/key column "points_age" clashes with the points column "points_age"/);
    expect(() =>
      exportSql(INDICATOR_MODEL, { dialect: 'postgres', table: 't', keyColumns: ['Score'] }),
    ).not.toThrow();
    expect(
      errorOf(() => exportSql(INDICATOR_MODEL, { dialect: 'spark', table: 't', keyColumns: ['Score'] })).path,
    ).toEqual(['options', 'keyColumns', 0]);
    const long = errorOf(() => exportSql(INDICATOR_MODEL, { dialect: 'postgres', table: 'é'.repeat(32) }));
    expect(long.message).toMatch(/at most 63 bytes/);
    expect(() => exportSql(INDICATOR_MODEL, { dialect: 'spark', table: 'é'.repeat(32) })).not.toThrow();
  });

  it('refuses a model it cannot write: a NUL in a value, points beyond double precision', () => {
    const nul = {
      ...INDICATOR_MODEL,
      characteristics: [
        { ...(INDICATOR_MODEL.characteristics[3] as object), bins: [{ values: ['a\u0000'], points: 1 }] },
      ],
    };
    const error = errorOf(() => exportSql(nul as never, { dialect: 'postgres', table: 't' }));
    expect(error.path).toEqual(['model', 'characteristics', 0, 'bins', 0, 'values', 0]);
    const huge = {
      ...INDICATOR_MODEL,
      characteristics: INDICATOR_MODEL.characteristics.map((c) => ({
        ...c,
        missing: { points: 1e308 },
      })),
    };
    expect(errorOf(() => exportSql(huge as never, { dialect: 'spark', table: 't' })).message).toMatch(
      /beyond the range of double precision/,
    );
    expect(
      errorOf(() => exportSql({ specVersion: 2 } as never, { dialect: 'spark', table: 't' })).path[0],
    ).toBe('model');
  });
});
