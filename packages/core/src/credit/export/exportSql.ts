import { z } from 'zod';
import { parseInput } from '../../errors/fromZod';
import { HezuoError } from '../../errors/HezuoError';
import type { GradeBand } from '../grades/gradeBands';
import type {
  CategoricalCharacteristic,
  Characteristic,
  NumericCharacteristic,
  ScorecardModelInput,
  ValuePolicy,
} from '../model/scorecardModel';
import { type CompiledScorecard, toCompiled } from '../scoring/compileModel';
import { isSqlText, requireText } from './exportText';
import { assertPointsFit } from './pointsRange';
import { type SqlDialect, sqlDialect } from './sqlDialect';

const SqlIdentifierSchema = z
  .string()
  .min(1)
  .max(128)
  .refine(isSqlText, { error: 'an identifier cannot hold the NUL character or an unpaired surrogate' });

/** Options of {@link exportSql}. */
export const SqlExportOptionsSchema = z.strictObject({
  /** `postgres` (PostgreSQL 12 or later) or `spark` (Spark SQL 3). */
  dialect: z.enum(['postgres', 'spark']),
  /** The table to score: a name, or its parts (`['analytics', 'applicants']`), each quoted. */
  table: z.union([SqlIdentifierSchema, z.array(SqlIdentifierSchema).min(1).max(3)]),
  /** Column of each characteristic, when it is not named like the characteristic's id. */
  columns: z.record(z.string(), SqlIdentifierSchema).optional(),
  /** Columns passed through first, to join the scores back (a member id, an application id). */
  keyColumns: z.array(SqlIdentifierSchema).max(64).optional(),
  /** Add a `points_<characteristic id>` column per characteristic (false unless told). */
  includePoints: z.boolean().optional(),
  /** Add a `grade` column from the model's grade bands (false unless told). */
  includeGrade: z.boolean().optional(),
  /** Name of the score column; `score` unless told. */
  scoreColumn: SqlIdentifierSchema.optional(),
});

/** See {@link SqlExportOptionsSchema}. */
export type SqlExportOptions = z.input<typeof SqlExportOptionsSchema>;

type Path = readonly (string | number)[];

/** The output and working columns, checked once for clashes. */
interface ColumnNames {
  readonly keys: readonly string[];
  readonly score: string;
  readonly points: readonly string[];
}

const GRADE = 'grade';
const REJECTED_BY = 'rejected_by';

function pointsColumn(id: string): string {
  return `points_${id}`;
}

function checkNames(d: SqlDialect, names: ColumnNames, withGrade: boolean): void {
  const seen: { name: string; path: Path; what: string }[] = [];
  const add = (name: string, path: Path, what: string) => {
    const clash = seen.find((s) => d.sameName(s.name, name));
    if (clash) {
      throw new HezuoError(
        'INVALID_INPUT',
        `${what} "${name.slice(0, 80)}" clashes with ${clash.what} "${clash.name.slice(0, 80)}"`,
        { path },
      );
    }
    seen.push({ name, path, what });
  };
  add(names.score, ['options', 'scoreColumn'], 'the score column');
  add(REJECTED_BY, ['options'], 'the rejected_by column');
  if (withGrade) add(GRADE, ['options', 'includeGrade'], 'the grade column');
  names.points.forEach((name, i) => {
    add(name, ['model', 'characteristics', i, 'id'], 'the points column');
  });
  names.keys.forEach((name, i) => {
    add(name, ['options', 'keyColumns', i], 'key column');
  });
}

/** Every text of the model that lands in the SQL, checked before any is written. */
function checkModelText(characteristics: readonly Characteristic[], grades: readonly string[]): void {
  characteristics.forEach((c, i) => {
    requireText(c.id, 'SQL', 'characteristic id', ['model', 'characteristics', i, 'id']);
    if (c.type !== 'categorical') return;
    c.bins.forEach((bin, j) => {
      bin.values.forEach((value, k) => {
        requireText(value, 'SQL', `characteristic "${c.id}": value`, [
          'model',
          'characteristics',
          i,
          'bins',
          j,
          'values',
          k,
        ]);
      });
    });
  });
  grades.forEach((grade, i) => {
    requireText(grade, 'SQL', 'grade', ['model', 'gradeBands', i, 'grade']);
  });
}

/** The points a policy gives, or NULL when it rejects the row. */
function policyPoints(d: SqlDialect, c: Characteristic, policy: ValuePolicy | undefined): string {
  if (!policy || 'reject' in policy) return 'NULL';
  if ('bin' in policy) return d.double((c.bins[policy.bin] as { points: number }).points);
  return d.double(policy.points);
}

/** Missing first, then special values, then `[lower, upper)` bins as `x < upper` in order. */
function numericCase(d: SqlDialect, c: NumericCharacteristic, column: string): string[] {
  const lines = [`WHEN ${d.isMissingNumber(column)} THEN ${policyPoints(d, c, c.missing)}`];
  if (c.special) {
    const values = c.special.values.map((v) => d.double(v)).join(', ');
    lines.push(`WHEN ${column} IN (${values}) THEN ${policyPoints(d, c, c.special.policy)}`);
  }
  c.bins.forEach((bin, i) => {
    // The next bin's lower bound is the library's bisection bound (bins are contiguous).
    const next = c.bins[i + 1];
    if (next) lines.push(`WHEN ${column} < ${d.double(next.lower as number)} THEN ${d.double(bin.points)}`);
    else lines.push(`ELSE ${d.double(bin.points)}`);
  });
  return lines;
}

/** Missing first, then each value group, then the unseen policy (NULL when it rejects). */
function categoricalCase(d: SqlDialect, c: CategoricalCharacteristic, column: string): string[] {
  const lines = [`WHEN ${column} IS NULL THEN ${policyPoints(d, c, c.missing)}`];
  for (const bin of c.bins) {
    const values = bin.values.map((v) => d.string(v)).join(', ');
    lines.push(`WHEN ${column} IN (${values}) THEN ${d.double(bin.points)}`);
  }
  lines.push(`ELSE ${policyPoints(d, c, c.unseen)}`);
  return lines;
}

function canReject(c: Characteristic): boolean {
  const policies = [c.missing, c.type === 'numeric' ? c.special?.policy : (c.unseen ?? { reject: true })];
  return policies.some((p) => p !== undefined && 'reject' in p);
}

function indent(lines: readonly string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((line) => `${pad}${line}`);
}

function caseBlock(whens: readonly string[], alias: string): string[] {
  return ['CASE', ...indent(whens, 2), `END AS ${alias}`];
}

/** Separates a select list's items: commas after every item but the last. */
function selectList(items: readonly (readonly string[])[]): string[] {
  return items.flatMap((item, i) =>
    i < items.length - 1 ? [...item.slice(0, -1), `${item[item.length - 1]},`] : item,
  );
}

/** The `columns` option as a map, each key checked to name a characteristic. */
function checkColumns(
  characteristics: readonly Characteristic[],
  columns: Readonly<Record<string, string>>,
): ReadonlyMap<string, string> {
  const ids = new Set(characteristics.map((c) => c.id));
  const out = new Map<string, string>();
  for (const [key, column] of Object.entries(columns)) {
    if (!ids.has(key)) {
      throw new HezuoError(
        'INVALID_INPUT',
        `columns name characteristic "${key.slice(0, 80)}", which the model does not have`,
        { path: ['options', 'columns', key] },
      );
    }
    out.set(key, column);
  }
  return out;
}

/** `base + p1 + p2 …`: SQL adds left to right, the library's order. */
function sumItem(base: string, points: readonly string[], alias: string): string[] {
  const lines = [
    base,
    ...indent(
      points.map((p) => `+ ${p}`),
      2,
    ),
  ];
  lines[lines.length - 1] = `${lines[lines.length - 1]} AS ${alias}`;
  return lines;
}

/** The first characteristic, in declaration order, whose points are NULL (it rejected the row). */
function rejectedByItem(
  d: SqlDialect,
  characteristics: readonly Characteristic[],
  points: readonly string[],
): string[] {
  const alias = d.identifier(REJECTED_BY, ['options']);
  const whens = characteristics.flatMap((c, i) =>
    canReject(c) ? [`WHEN ${points[i]} IS NULL THEN ${d.string(c.id)}`] : [],
  );
  return whens.length > 0 ? ['CASE', ...indent(whens, 2), `END AS ${alias}`] : [`${d.nullText} AS ${alias}`];
}

/** The grade of the score, highest band first; the last band takes every lower score. */
function gradeItem(d: SqlDialect, bands: readonly GradeBand[], score: string): string[] {
  const whens = [
    `WHEN ${score} IS NULL THEN NULL`,
    ...bands.map((b) =>
      b.minScore === null
        ? `ELSE ${d.string(b.grade)}`
        : `WHEN ${score} >= ${d.double(b.minScore)} THEN ${d.string(b.grade)}`,
    ),
  ];
  return caseBlock(whens, d.identifier(GRADE, ['options', 'includeGrade']));
}

/**
 * Writes a scorecard as one SQL `SELECT` over a table, in the PostgreSQL or Spark SQL dialect,
 * that scores every row exactly as {@link score} does (DESIGN §3.6, deploy).
 *
 * The query returns, per row: the `keyColumns`, the score (`score` unless renamed), the
 * `grade` when `includeGrade`, a `points_<characteristic id>` column per characteristic when
 * `includePoints`, and `rejected_by`. Each characteristic is one `CASE WHEN`: missing (NULL,
 * and NaN for numbers) first, then special values, then the bins `[lower, upper)` in order,
 * and for a categorical characteristic its value groups and an `ELSE` for unseen values.
 * Points and bounds are written as the shortest decimals that read back as the same doubles
 * and added in the library's order, base points first, in double precision, so the score is
 * the library's bit for bit (checked against PostgreSQL on every row of a real data set;
 * Spark output is checked by its text only).
 *
 * SQL cannot throw per row, so where {@link score} throws because a policy rejects a value,
 * the query gives a NULL score, a NULL grade and a NULL for that characteristic's points, and
 * `rejected_by` names the first characteristic (in declaration order) that rejected the row;
 * `rejected_by` is NULL on every row that scored. Reasons are not computed in SQL.
 *
 * Numeric columns are compared as double precision (integer and numeric columns are widened
 * to it), categorical columns as exact text. Identifiers are quoted (PostgreSQL `"…"`, Spark
 * `` `…` ``), so names are case-sensitive in PostgreSQL; string literals are escaped.
 *
 * @example
 * ```ts
 * const sql = exportSql(model, { dialect: 'postgres', table: 'applicants', keyColumns: ['id'] });
 * ```
 * @throws HezuoError `INVALID_INPUT` for a bad model or options, an identifier PostgreSQL
 * would truncate (over 63 bytes), clashing column names, text SQL cannot hold (NUL), or
 * points that could add up beyond double precision.
 */
export function exportSql(model: CompiledScorecard | ScorecardModelInput, options: SqlExportOptions): string {
  const compiled = toCompiled(model);
  const opts = parseInput(SqlExportOptionsSchema, options, { path: ['options'] });
  const d = sqlDialect(opts.dialect);
  const valid = compiled.model;
  const characteristics = valid.characteristics;
  checkModelText(
    characteristics,
    valid.gradeBands.map((b) => b.grade),
  );
  assertPointsFit(compiled);
  const columns = checkColumns(characteristics, opts.columns ?? {});
  const withGrade = opts.includeGrade ?? false;
  const names: ColumnNames = {
    keys: opts.keyColumns ?? [],
    score: opts.scoreColumn ?? 'score',
    points: characteristics.map((c) => pointsColumn(c.id)),
  };
  checkNames(d, names, withGrade);

  const q = (name: string, path: Path) => d.identifier(name, path);
  const keys = names.keys.map((k, i) => [q(k, ['options', 'keyColumns', i])]);
  const points = names.points.map((p, i) => q(p, ['model', 'characteristics', i, 'id']));
  const score = q(names.score, ['options', 'scoreColumn']);
  const table = (typeof opts.table === 'string' ? [opts.table] : opts.table).map((t, i) =>
    q(t, ['options', 'table', ...(typeof opts.table === 'string' ? [] : [i])]),
  );

  // Innermost: one CASE per characteristic, giving its points (NULL when it rejects the row).
  const pointItems = characteristics.map((c, i) => {
    const mapped = columns.get(c.id);
    const column = mapped
      ? q(mapped, ['options', 'columns', c.id])
      : q(c.id, ['model', 'characteristics', i, 'id']);
    const whens = c.type === 'numeric' ? numericCase(d, c, column) : categoricalCase(d, c, column);
    return caseBlock(whens, points[i] as string);
  });
  const inner = ['SELECT', ...indent(selectList([...keys, ...pointItems]), 2), `FROM ${table.join('.')}`];
  // Middle: the sum in declaration order from the base points, and who rejected the row.
  const middle = [
    ...keys,
    ...points.map((p) => [p]),
    sumItem(d.double(compiled.basePoints), points, score),
    rejectedByItem(d, characteristics, points),
  ];
  // Outer: what the caller asked for.
  const outer = [
    ...keys,
    [score],
    ...(withGrade ? [gradeItem(d, valid.gradeBands, score)] : []),
    ...(opts.includePoints ? points.map((p) => [p]) : []),
    [q(REJECTED_BY, ['options'])],
  ];
  const header = `-- Scorecard ${JSON.stringify(valid.id)} version ${JSON.stringify(valid.version)} (sha256 ${compiled.hash}), ${d.title}`;
  return [
    header,
    'SELECT',
    ...indent(selectList(outer), 2),
    'FROM (',
    ...indent(
      ['SELECT', ...indent(selectList(middle), 2), 'FROM (', ...indent(inner, 2), `) AS ${q('points', [])}`],
      2,
    ),
    `) AS ${q('scored', [])}`,
  ].join('\n');
}
