import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreRow } from '../../scoring/score';

/** fixtures/credit-data/credit_data.csv at the repository root (see its README). */
export const CREDIT_CSV = join(import.meta.dirname, '../../../../../../fixtures/credit-data/credit_data.csv');

/** The file's columns and how each is typed; empty cells are missing. */
export const CREDIT_COLUMNS = {
  Status: 'text',
  Seniority: 'number',
  Home: 'text',
  Time: 'number',
  Age: 'number',
  Marital: 'text',
  Records: 'text',
  Job: 'text',
  Expenses: 'number',
  Income: 'number',
  Assets: 'number',
  Debt: 'number',
  Amount: 'number',
  Price: 'number',
} as const;

/** Splits CSV text into records: quoted fields with doubled quotes, no quoted line breaks here. */
export function parseCsv(text: string): { header: string[]; records: (string | null)[][] } {
  const lines = text.split('\n').filter((line) => line.length > 0);
  const split = (line: string): (string | null)[] => {
    const out: (string | null)[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let value = '';
        i++;
        while (i < line.length) {
          if (line[i] === '"' && line[i + 1] === '"') {
            value += '"';
            i += 2;
          } else if (line[i] === '"') {
            i++;
            break;
          } else {
            value += line[i];
            i++;
          }
        }
        out.push(value);
        i++; // the comma
      } else {
        const end = line.indexOf(',', i);
        const cell = line.slice(i, end === -1 ? line.length : end);
        out.push(cell === '' ? null : cell);
        i = end === -1 ? line.length + 1 : end + 1;
      }
    }
    return out;
  };
  const [head, ...rest] = lines;
  return { header: split(head ?? '') as string[], records: rest.map(split) };
}

/** Every row of credit_data as the library takes it: numbers, strings, null for empty cells. */
export function loadCreditRows(): ScoreRow[] {
  const { header, records } = parseCsv(readFileSync(CREDIT_CSV, 'utf8'));
  return records.map((record) => {
    const row: Record<string, number | string | null> = {};
    header.forEach((name, i) => {
      const cell = record[i] ?? null;
      const type = CREDIT_COLUMNS[name as keyof typeof CREDIT_COLUMNS];
      row[name] = cell === null ? null : type === 'number' ? Number(cell) : cell;
    });
    return row;
  });
}
