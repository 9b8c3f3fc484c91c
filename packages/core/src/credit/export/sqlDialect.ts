import { HezuoError } from '../../errors/HezuoError';
import { shortestDecimal } from './shortestDecimal';

/** The SQL dialects {@link exportSql} writes. */
export type SqlDialectName = 'postgres' | 'spark';

/** @internal How one dialect writes identifiers, literals and the tests the export needs. */
export interface SqlDialect {
  /** The dialect's name in a header comment. */
  readonly title: string;
  /** A quoted identifier; throws a typed error when the dialect cannot hold it. */
  identifier(name: string, path: readonly (string | number)[]): string;
  /** A string literal. */
  string(value: string): string;
  /** A double-precision literal that reads back as exactly `x`. */
  double(x: number): string;
  /** True when a numeric column is missing: NULL, or NaN (which the library treats as missing). */
  isMissingNumber(column: string): string;
  /** A NULL of the text type. */
  readonly nullText: string;
  /** Whether two output column names clash (Spark resolves names case-insensitively by default). */
  sameName(a: string, b: string): boolean;
}

// PostgreSQL truncates longer identifiers to NAMEDATALEN − 1 bytes, so two long names could
// silently become one; such names are refused instead.
const POSTGRES_IDENTIFIER_BYTES = 63;
const utf8 = new TextEncoder();

/**
 * PostgreSQL: "double-quoted" identifiers, string literals with quotes doubled, and, when a
 * value holds a backslash, an `E'…'` literal with backslashes doubled, so the text means the
 * same whatever `standard_conforming_strings` says. Literals are cast to `float8`, whose
 * input routine (strtod) rounds correctly.
 */
const postgres: SqlDialect = {
  title: 'PostgreSQL',
  identifier(name, path) {
    if (utf8.encode(name).length > POSTGRES_IDENTIFIER_BYTES) {
      throw new HezuoError(
        'INVALID_INPUT',
        `PostgreSQL identifiers hold at most ${POSTGRES_IDENTIFIER_BYTES} bytes; "${name.slice(0, 80)}" is longer`,
        { path },
      );
    }
    return `"${name.replaceAll('"', '""')}"`;
  },
  string(value) {
    const quoted = value.replaceAll("'", "''");
    return value.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
  },
  double: (x) => `${shortestDecimal(x)}::float8`,
  isMissingNumber: (column) => `${column} IS NULL OR ${column} = 'NaN'::float8`,
  nullText: 'CAST(NULL AS text)',
  sameName: (a, b) => a === b,
};

/**
 * Spark SQL: `backquoted` identifiers, string literals with backslash escapes (Spark reads
 * `'a''b'` as two adjacent literals, not as a quote), and `D`-suffixed double literals, read
 * by Java's correctly rounded `Double.parseDouble`. Assumes the default
 * `spark.sql.parser.escapedStringLiterals=false`.
 */
const spark: SqlDialect = {
  title: 'Spark SQL',
  identifier: (name) => `\`${name.replaceAll('`', '``')}\``,
  string: (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  double: (x) => `${shortestDecimal(x).toUpperCase()}D`,
  isMissingNumber: (column) => `${column} IS NULL OR isnan(${column})`,
  nullText: 'CAST(NULL AS STRING)',
  sameName: (a, b) => a.toLowerCase() === b.toLowerCase(),
};

/** @internal The dialect of a name. */
export function sqlDialect(name: SqlDialectName): SqlDialect {
  return name === 'postgres' ? postgres : spark;
}
