import { HezuoError } from '../../errors/HezuoError';
import type { FitRow } from './fitOptions';

/**
 * @internal Reads one column's cell of row `i`. Own properties only: a column named like an
 * `Object.prototype` member (`toString`) is missing where a row lacks it, as `score()` reads it.
 * A getter that throws is refused like a wrong type.
 */
export function cellReader(rows: readonly FitRow[], id: string): (i: number) => unknown {
  return (i) => {
    const row = rows[i] as Record<string, unknown>;
    try {
      const v = row[id];
      // Numbers, strings and null are never inherited from Object.prototype; other values may be.
      if (v === undefined || v === null || typeof v === 'number' || typeof v === 'string') return v;
      return Object.hasOwn(row, id) ? v : undefined;
    } catch {
      throw new HezuoError('INVALID_INPUT', `column "${id}", row ${i}: the value could not be read`, {
        path: ['rows', i, id],
      });
    }
  };
}

/** @internal Every column of the rows, in order of first appearance (own enumerable string keys). */
export function columnIds(rows: readonly FitRow[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!seen.has(key)) seen.add(key);
  return [...seen];
}

/**
 * @internal The outcome per row, 1 = bad. The target column must hold exactly two values, one
 * of them `bad`, and no missing cell.
 */
export function readOutcomes(rows: readonly FitRow[], target: string, bad: string | number): Uint8Array {
  const read = cellReader(rows, target);
  const flags = new Uint8Array(rows.length);
  let other: unknown;
  let hasOther = false;
  let bads = 0;
  for (let i = 0; i < rows.length; i++) {
    const v = read(i);
    const at = { path: ['rows', i, target], details: { column: target, row: i } };
    if (v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v))) {
      throw new HezuoError('INVALID_INPUT', `target "${target}", row ${i}: the outcome is missing`, at);
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      throw new HezuoError(
        'INVALID_INPUT',
        `target "${target}", row ${i}: an outcome is a string or a number`,
        at,
      );
    }
    if (v === bad) {
      flags[i] = 1;
      bads++;
    } else if (!hasOther) {
      other = v;
      hasOther = true;
    } else if (v !== other) {
      const show = (x: unknown) => (typeof x === 'string' ? `"${x.slice(0, 40)}"` : String(x));
      throw new HezuoError(
        'INVALID_INPUT',
        `target "${target}", row ${i}: a third value ${show(v)}; the target holds two values, ` +
          `${show(bad)} (bad) and ${show(other)} (good)`,
        at,
      );
    }
  }
  if (bads === 0 || !hasOther) {
    throw new HezuoError(
      'INVALID_INPUT',
      bads === 0
        ? `target "${target}" never holds the bad value ${typeof bad === 'string' ? `"${bad.slice(0, 40)}"` : bad}`
        : `target "${target}" holds the bad value only: a fit needs good rows too`,
      { path: ['rows'], details: { column: target } },
    );
  }
  return flags;
}
