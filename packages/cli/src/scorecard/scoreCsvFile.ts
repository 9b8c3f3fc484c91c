import { type CompiledScorecard, HezuoError, type ScoredBatch, scoreBatch } from '@hezuo/core';
import { CliFailure } from '../cliFailure';
import { CsvReader, type CsvSource, lineOfDataRow } from '../csv/csvReader';
import { BadNumberCell, ScoreRowCaster } from './scoreRowCaster';

/** Rows scored together: big enough to amortise each call, small enough to stream. */
export const SCORE_CHUNK_ROWS = 8192;

/** One chunk of a CSV file, scored. */
export interface ScoredChunk {
  /** The scores, grades, bins and reasons, row by row in file order. */
  readonly batch: ScoredBatch;
  /** The chunk's records as read (to pass columns through). */
  readonly records: readonly (readonly string[])[];
  /** The 1-based data row of the first record. */
  readonly firstRow: number;
  /** Each column's index in a record. */
  readonly columnIndex: ReadonlyMap<string, number>;
}

/** Options of {@link scoreCsvFile}. */
export interface ScoreCsvOptions {
  /** The CSV file. */
  readonly source: CsvSource;
  /** The model. */
  readonly compiled: CompiledScorecard;
  /** Columns besides the characteristics that must be in the header (keys, an outcome). */
  readonly columns?: readonly string[];
  /** Whether to find each row's reasons (true unless told). */
  readonly reasons?: boolean;
  /** Rows per chunk; {@link SCORE_CHUNK_ROWS} unless told. */
  readonly chunkRows?: number;
  /** Called once the header is read and has every column needed, before the first chunk. */
  onStart?(): Promise<void> | void;
  /** Takes each chunk in order; the next chunk waits for it. */
  onChunk(chunk: ScoredChunk): Promise<void> | void;
}

/**
 * Scores a CSV file in chunks, streaming: records from `csv-parse`, cast by the model's types
 * ({@link ScoreRowCaster}) and scored with `scoreBatch`, so memory holds one chunk whatever the
 * size of the file. A characteristic missing from the header, a cell that is not a number and a
 * value the model rejects each fail naming the file, the 1-based data row and its line.
 *
 * @returns the number of data rows scored
 * @internal
 */
export async function scoreCsvFile(options: ScoreCsvOptions): Promise<number> {
  const { source, compiled } = options;
  const messages = source.messages;
  const reader = await CsvReader.open(source);
  try {
    const columnIndex = new Map(reader.header.map((name, i) => [name, i]));
    const needed = [...compiled.model.characteristics.map((c) => c.id), ...(options.columns ?? [])];
    for (const column of needed) {
      if (!columnIndex.has(column)) throw new CliFailure(messages.missingColumn(source.path, column));
    }
    const caster = new ScoreRowCaster(compiled, (id) => columnIndex.get(id) as number);
    await options.onStart?.();
    const chunkRows = options.chunkRows ?? SCORE_CHUNK_ROWS;
    const reasons = options.reasons ?? true;
    let firstRow = 1;
    for (;;) {
      const records = await reader.read(chunkRows);
      if (records.length === 0) return firstRow - 1;
      let rows: ReturnType<ScoreRowCaster['cast']>;
      try {
        rows = caster.cast(records, firstRow);
      } catch (error) {
        if (!(error instanceof BadNumberCell)) throw error;
        const line = await lineOfDataRow(source, error.row);
        throw new CliFailure(messages.badNumber(source.path, error.row, line, error.column, error.value));
      }
      const batch = scoreBatch(compiled, rows, { reasons });
      const [bad] = batch.errors;
      if (bad !== undefined) {
        const row = firstRow + bad.index;
        const line = await lineOfDataRow(source, row);
        throw new HezuoError(
          bad.error.code,
          `${bad.error.message}${messages.atRow(source.path, row, line)}`,
          {
            path: [source.path, row],
            details: { row, ...(line === undefined ? {} : { line }) },
          },
        );
      }
      await options.onChunk({ batch, records, firstRow, columnIndex });
      firstRow += records.length;
    }
  } finally {
    reader.close();
  }
}
