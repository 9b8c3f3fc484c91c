import { writeFile } from 'node:fs/promises';

/** A value of a county row: a number, a category, or missing. */
export type CsvValue = number | string | null | undefined;

/** One CSV field (RFC 4180): quoted, with its quotes doubled, only when it holds a comma, a quote or a line break. */
function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return ''; // an empty cell is a missing value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The county's rows as CSV text: a header of `columns`, then one line per row in that order.
 * Missing values are empty cells, which the scorecard scores by its missing policy; a number is
 * written in full (`String`), so it reads back as the same number.
 */
export function countyCsv(
  rows: readonly Readonly<Record<string, CsvValue>>[],
  columns: readonly string[],
): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** Writes {@link countyCsv} to a file. */
export async function writeCountyCsv(
  file: string,
  rows: readonly Readonly<Record<string, CsvValue>>[],
  columns: readonly string[],
): Promise<void> {
  await writeFile(file, countyCsv(rows, columns), 'utf8');
}
