import type { CompiledScorecard, ScoreRow } from '@hezuo/core';
import { parseDecimal } from '../csv/parseDecimal';

/** A cell of a numeric characteristic that is not a number: data row (1-based), column, text. */
export class BadNumberCell extends Error {
  /** 1-based data row. */
  readonly row: number;
  /** The column. */
  readonly column: string;
  /** The cell as read. */
  readonly value: string;

  constructor(row: number, column: string, value: string) {
    super(`data row ${row}, column "${column}": "${value}" is not a number`);
    this.name = 'BadNumberCell';
    this.row = row;
    this.column = column;
    this.value = value;
  }
}

type MutableRow = Record<string, number | string | null>;

/**
 * Turns CSV records into the rows `scoreBatch` reads, by the model's own types: a numeric
 * characteristic's cell becomes a number (an empty cell `null`, missing), a categorical one stays
 * text (empty: `null`). The row objects are a pool reused from batch to batch, each built with
 * the characteristics in the same order, so they share one shape and cost no garbage.
 *
 * @internal
 */
export class ScoreRowCaster {
  readonly #ids: readonly string[];
  readonly #numeric: readonly boolean[];
  readonly #columns: Int32Array;
  readonly #pool: MutableRow[] = [];

  /**
   * @param compiled - the model
   * @param columnOf - the record index of each characteristic's column
   */
  constructor(compiled: CompiledScorecard, columnOf: (id: string) => number) {
    const characteristics = compiled.model.characteristics;
    this.#ids = characteristics.map((c) => c.id);
    this.#numeric = characteristics.map((c) => c.type === 'numeric');
    this.#columns = Int32Array.from(this.#ids, columnOf);
  }

  /**
   * The rows of `records`, whose first is data row `firstRow` (1-based). Valid until the next call.
   *
   * @throws BadNumberCell for a numeric cell that is not a number
   */
  cast(records: readonly (readonly string[])[], firstRow: number): readonly ScoreRow[] {
    const ids = this.#ids;
    const numeric = this.#numeric;
    const columns = this.#columns;
    const pool = this.#pool;
    const width = ids.length;
    while (pool.length < records.length) pool.push(this.#blankRow());
    const rows = pool.length === records.length ? pool : pool.slice(0, records.length);
    for (let r = 0; r < records.length; r++) {
      const record = records[r] as readonly string[];
      const row = pool[r] as MutableRow;
      for (let k = 0; k < width; k++) {
        const text = record[columns[k] as number] as string;
        let value: number | string | null = null;
        if (text !== '') {
          if (numeric[k]) {
            const x = parseDecimal(text);
            if (Number.isNaN(x)) throw new BadNumberCell(firstRow + r, ids[k] as string, text);
            value = x;
          } else {
            value = text;
          }
        }
        row[ids[k] as string] = value;
      }
    }
    return rows;
  }

  #blankRow(): MutableRow {
    // Own properties from the start, so that an id like `__proto__` is a field, not the prototype.
    return Object.fromEntries(this.#ids.map((id) => [id, null]));
  }
}
