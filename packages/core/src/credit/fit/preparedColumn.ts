import { HezuoError } from '../../errors/HezuoError';

/** @internal A numeric column: NaN marks a missing value. */
export interface NumericColumn {
  readonly type: 'numeric';
  readonly values: Float64Array;
}

/** @internal A categorical column as codes into `categories` (code-unit order); −1 marks a missing value. */
export interface CategoricalColumn {
  readonly type: 'categorical';
  readonly codes: Int32Array;
  readonly categories: readonly string[];
}

/** @internal One characteristic's values, checked and laid out for binning. */
export type PreparedColumn = NumericColumn | CategoricalColumn;

/** @internal Where the values come from, for messages: `rows[i].id` or `values[i]`. */
export interface ColumnSource {
  readonly id: string;
  readonly length: number;
  read(i: number): unknown;
  /** The error path of value `i`. */
  path(i: number): (string | number)[];
  /** The error path of the column as a whole. */
  readonly columnPath: (string | number)[];
}

/** Longest category accepted: the model spec's limit on a category value. */
const MAX_CATEGORY = 256;

function isMissing(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));
}

function shown(v: unknown): string {
  return typeof v === 'string' ? `"${v.slice(0, 40)}"` : String(v);
}

function fail(source: ColumnSource, i: number, message: string): never {
  throw new HezuoError('INVALID_INPUT', `column "${source.id}", row ${i}: ${message}`, {
    path: source.path(i),
    details: { column: source.id, row: i },
  });
}

function inferType(source: ColumnSource): 'numeric' | 'categorical' {
  for (let i = 0; i < source.length; i++) {
    const v = source.read(i);
    if (isMissing(v)) continue;
    if (typeof v === 'number') return 'numeric';
    if (typeof v === 'string') return 'categorical';
    fail(source, i, `expected a number, a string or an empty cell, not ${typeof v}`);
  }
  throw new HezuoError('INVALID_INPUT', `column "${source.id}" has no values: every row is missing`, {
    path: source.columnPath,
    details: { column: source.id },
  });
}

function numericColumn(source: ColumnSource, inferred: boolean): NumericColumn {
  const values = new Float64Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const v = source.read(i);
    if (typeof v === 'number') {
      if (Number.isNaN(v)) values[i] = Number.NaN;
      else if (Number.isFinite(v)) values[i] = v;
      else fail(source, i, `${v} is not a finite number`);
    } else if (isMissing(v)) {
      values[i] = Number.NaN;
    } else if (typeof v === 'string') {
      fail(
        source,
        i,
        inferred
          ? `${shown(v)} is not a number, but earlier rows are numbers (declare the type to mix them)`
          : `${shown(v)} is not a number`,
      );
    } else {
      fail(source, i, `expected a number or an empty cell, not ${typeof v}`);
    }
  }
  return { type: 'numeric', values };
}

function categoricalColumn(source: ColumnSource, inferred: boolean): CategoricalColumn {
  // Codes in order of first appearance, renumbered below in code-unit order of the categories.
  const firstSeen = new Map<string, number>();
  const codes = new Int32Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const v = source.read(i);
    if (isMissing(v)) {
      codes[i] = -1;
      continue;
    }
    let text: string;
    if (typeof v === 'string') text = v;
    else if (typeof v === 'number' && Number.isFinite(v) && !inferred) text = String(v);
    else if (typeof v === 'number')
      fail(
        source,
        i,
        inferred
          ? `${shown(v)} is a number, but earlier rows are categories (declare the type to mix them)`
          : `${shown(v)} is not a category`,
      );
    else fail(source, i, `expected a category (a string) or an empty cell, not ${typeof v}`);
    let code = firstSeen.get(text);
    if (code === undefined) {
      if (text.length > MAX_CATEGORY)
        fail(source, i, `a category is at most ${MAX_CATEGORY} characters long`);
      code = firstSeen.size;
      firstSeen.set(text, code);
    }
    codes[i] = code;
  }
  // Code-unit order, so the result never depends on row order.
  const categories = [...firstSeen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const renumber = new Int32Array(categories.length);
  categories.forEach((c, k) => {
    renumber[firstSeen.get(c) as number] = k;
  });
  for (let i = 0; i < codes.length; i++)
    if ((codes[i] as number) >= 0) codes[i] = renumber[codes[i] as number] as number;
  return { type: 'categorical', codes, categories };
}

function distinctCount(column: PreparedColumn): { count: number; first: string } {
  if (column.type === 'categorical')
    return { count: column.categories.length, first: `"${column.categories[0]}"` };
  let first = Number.NaN;
  for (const v of column.values) {
    if (Number.isNaN(v)) continue;
    if (Number.isNaN(first)) first = v;
    else if (v !== first) return { count: 2, first: String(first) };
  }
  return { count: Number.isNaN(first) ? 0 : 1, first: String(first) };
}

/**
 * @internal Reads, checks and lays out one characteristic. Refuses, naming the column and row: a
 * value that is not a number, string or empty cell; a string in a numeric column; an infinite
 * number; a column with no values or with one value only (it cannot separate good from bad).
 */
export function prepareColumn(source: ColumnSource, declared?: 'numeric' | 'categorical'): PreparedColumn {
  const type = declared ?? inferType(source);
  const column =
    type === 'numeric'
      ? numericColumn(source, declared === undefined)
      : categoricalColumn(source, declared === undefined);
  const { count, first } = distinctCount(column);
  if (count === 0) {
    throw new HezuoError('INVALID_INPUT', `column "${source.id}" has no values: every row is missing`, {
      path: source.columnPath,
      details: { column: source.id },
    });
  }
  if (count === 1) {
    throw new HezuoError(
      'INVALID_INPUT',
      `column "${source.id}" has one value only (${first}): it cannot separate good from bad; leave it out`,
      { path: source.columnPath, details: { column: source.id } },
    );
  }
  return column;
}
