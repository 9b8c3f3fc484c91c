import type { CompiledScorecard } from '@hezuo/core';
import { csvField } from '../csv/csvField';
import type { ScoredChunk } from './scoreCsvFile';

/**
 * The output of `hezuo score` as CSV text: the key columns as read, then `score`, `grade` and
 * `reason_1` … `reason_n` (the ids of the characteristics that lost most points; empty when fewer
 * lost any). Lines are joined by hand: grades and reasons are quoted once, up front, and the
 * key cells only when they need it, which csv-stringify would do for every field of every row.
 *
 * @internal
 */
export class ScoreCsvFormat {
  /** The output column names. */
  readonly columns: readonly string[];
  readonly #keys: readonly string[];
  readonly #gradeCells: readonly string[];
  readonly #reasonCells: readonly string[];
  readonly #topReasons: number;

  constructor(compiled: CompiledScorecard, keys: readonly string[]) {
    this.#keys = keys;
    this.#topReasons = compiled.topReasons;
    this.columns = [
      ...keys,
      'score',
      'grade',
      ...Array.from({ length: compiled.topReasons }, (_, m) => `reason_${m + 1}`),
    ];
    this.#gradeCells = compiled.model.gradeBands.map((b) => `,${csvField(b.grade)}`);
    this.#reasonCells = compiled.model.characteristics.map((c) => `,${csvField(c.id)}`);
  }

  /** The header line, with its line break. */
  header(): string {
    return `${this.columns.map(csvField).join(',')}\n`;
  }

  /** The lines of a scored chunk, each with its line break. */
  lines(chunk: ScoredChunk): string {
    const { batch, records, columnIndex } = chunk;
    const keyColumns = this.#keys.map((k) => columnIndex.get(k) as number);
    const top = this.#topReasons;
    const reasons = batch.reasons;
    const gradeCells = this.#gradeCells;
    const reasonCells = this.#reasonCells;
    let text = '';
    for (let i = 0; i < batch.length; i++) {
      let line = '';
      if (keyColumns.length > 0) {
        const record = records[batch.rowIndex[i] as number] as readonly string[];
        for (const column of keyColumns) line += `${csvField(record[column] as string)},`;
      }
      line += String(batch.scores[i]) + (gradeCells[batch.gradeIndex[i] as number] as string);
      for (let m = 0; m < top; m++) {
        const c = reasons === null ? -1 : (reasons[i * top + m] as number);
        line += c >= 0 ? (reasonCells[c] as string) : ',';
      }
      text += `${line}\n`;
    }
    return text;
  }
}
