import { readFile } from 'node:fs/promises';

/** One household as `hezuo score` wrote it. */
export interface ScoredHousehold {
  /** The household's id (the key column). */
  readonly householdId: string;
  /** The score. */
  readonly score: number;
  /** The grade, or `unrated`. */
  readonly grade: string;
  /** The characteristics that lost most points, most first (up to four). */
  readonly reasons: readonly string[];
}

/**
 * Reads the scores file of `hezuo score --key householdId`: `householdId,score,grade,reason_1…`.
 * The command quotes a cell only when it holds a comma, a quote or a line break, which household
 * ids, grades and characteristic ids never do here, so each line splits on commas; a quote means
 * the file is not what this reader expects, and it stops rather than guess.
 */
export function parseScores(text: string): ScoredHousehold[] {
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const columns = header.split(',');
  if (columns[0] !== 'householdId' || columns[1] !== 'score' || columns[2] !== 'grade') {
    throw new Error(`not a scores file keyed by householdId: ${header.slice(0, 80)}`);
  }
  return lines.map((line, i) => {
    if (line.includes('"')) throw new Error(`scores line ${i + 2} is quoted: ${line.slice(0, 80)}`);
    const [householdId = '', score = '', grade = '', ...reasons] = line.split(',');
    const value = Number(score);
    if (householdId === '' || score === '' || !Number.isFinite(value)) {
      throw new Error(`scores line ${i + 2} has no household or score: ${line.slice(0, 80)}`);
    }
    return { householdId, score: value, grade, reasons: reasons.filter((r) => r !== '') };
  });
}

/** Reads a scores file from disk; see {@link parseScores}. */
export async function readScores(file: string): Promise<ScoredHousehold[]> {
  return parseScores(await readFile(file, 'utf8'));
}
