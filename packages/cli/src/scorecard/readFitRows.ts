import type { CharacteristicFitOptions, FitRow } from '@hezuo/core';
import { CliFailure } from '../cliFailure';
import { CsvReader, type CsvSource, lineOfDataRow } from '../csv/csvReader';
import { parseDecimal } from '../csv/parseDecimal';

/** Which columns of the file a fit uses. */
export interface FitColumns {
  /** The outcome column, kept as text. */
  readonly target: string;
  /** The characteristics; every column but the target and `exclude` unless told. */
  readonly characteristics?: readonly string[] | undefined;
  /** Columns that are not characteristics (an id). */
  readonly exclude?: readonly string[] | undefined;
  /** Columns read as categories whatever their values. */
  readonly categorical?: readonly string[] | undefined;
}

/** The rows of a fit, and each characteristic with the type its values showed. */
export interface FitTable {
  /** One row per data row: the target as text, characteristics cast; empty cells `null`. */
  readonly rows: readonly FitRow[];
  /** The characteristics, in file order, typed (untyped when a column has no value at all). */
  readonly characteristics: readonly CharacteristicFitOptions[];
}

type ColumnType = 'numeric' | 'categorical' | undefined;

const BATCH_ROWS = 8192;

/**
 * Reads a CSV file into fit rows. A column's type is that of its first non-empty cell — numeric
 * when it is a number, categorical otherwise — unless listed as categorical; a later cell of a
 * numeric column that is not a number then fails naming the column, data row and line.
 *
 * @internal
 */
export async function readFitRows(source: CsvSource, columns: FitColumns): Promise<FitTable> {
  const { messages, path } = source;
  const reader = await CsvReader.open(source);
  try {
    const header = reader.header;
    const present = new Set(header);
    const named = [
      columns.target,
      ...(columns.characteristics ?? []),
      ...(columns.exclude ?? []),
      ...(columns.categorical ?? []),
    ];
    for (const column of named) {
      if (!present.has(column)) throw new CliFailure(messages.missingColumn(path, column));
    }
    const excluded = new Set(columns.exclude ?? []);
    const ids =
      columns.characteristics ?? header.filter((name) => name !== columns.target && !excluded.has(name));
    const index = ids.map((id) => header.indexOf(id));
    const targetIndex = header.indexOf(columns.target);
    const categorical = new Set(columns.categorical ?? []);
    const types: ColumnType[] = ids.map((id) => (categorical.has(id) ? 'categorical' : undefined));
    const rows: FitRow[] = [];
    for (;;) {
      const records = await reader.read(BATCH_ROWS);
      if (records.length === 0) break;
      for (const record of records) {
        const target = record[targetIndex] as string;
        const entries: [string, string | number | null][] = [[columns.target, target === '' ? null : target]];
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k] as string;
          const text = record[index[k] as number] as string;
          if (text === '') {
            entries.push([id, null]);
            continue;
          }
          const x = types[k] === 'categorical' ? Number.NaN : parseDecimal(text);
          if (types[k] === undefined) types[k] = Number.isNaN(x) ? 'categorical' : 'numeric';
          if (types[k] === 'categorical') {
            entries.push([id, text]);
          } else if (Number.isNaN(x)) {
            const row = rows.length + 1;
            const line = await lineOfDataRow(source, row);
            throw new CliFailure(messages.badNumber(path, row, line, id, text));
          } else {
            entries.push([id, x]);
          }
        }
        // `fromEntries` makes own properties, so a column named `__proto__` stays a column.
        rows.push(Object.fromEntries(entries));
      }
    }
    if (rows.length === 0) throw new CliFailure(messages.noDataRows(path));
    const characteristics = ids.map((id, k): CharacteristicFitOptions => {
      const type = types[k];
      return type === undefined ? { id } : { id, type };
    });
    return { rows, characteristics };
  } finally {
    reader.close();
  }
}
