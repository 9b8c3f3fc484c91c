import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, type Parser, parse } from 'csv-parse';
import Papa from 'papaparse';
import { CliFailure } from '../cliFailure';
import { fileFailure } from '../fileFailure';
import type { CliFiles } from '../files';
import type { FileMessages } from '../scorecardMessages';

/** Where a CSV file comes from, and whom to tell about its bytes. */
export interface CsvSource {
  /** The files port. */
  readonly files: CliFiles;
  /** The path as given on the command line (messages name it). */
  readonly path: string;
  /** The messages for a missing or malformed file. */
  readonly messages: FileMessages;
  /** Told of each chunk of bytes read, for a progress bar. */
  readonly onBytes?: (bytes: number) => void;
}

/** The parser's options: a header line, a UTF-8 byte order mark skipped, blank lines ignored. */
const PARSE_OPTIONS = {
  bom: true,
  skip_empty_lines: true,
  // A runaway quote would otherwise read the rest of a large file into one field.
  max_record_size: 16 << 20,
} as const;

async function* counted(
  chunks: AsyncIterable<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    yield chunk;
  }
}

function bytesOf(source: CsvSource): Readable {
  const chunks = source.files.readChunks(source.path);
  return Readable.from(source.onBytes ? counted(chunks, source.onBytes) : chunks, { objectMode: false });
}

/** csv-parse, for the slow path that needs line numbers (see {@link lineOfDataRow}). */
function openParser(source: CsvSource, extra: object = {}): Parser {
  const parser = parse({ ...PARSE_OPTIONS, ...extra });
  // Errors of the file reach the reader through the parser, which the pipeline destroys with them.
  pipeline(bytesOf(source), parser).catch(() => {});
  return parser;
}

/** A malformed-quote error of the fast parser, with the 0-based record it was met in. */
export class CsvSyntaxError extends Error {
  /** The 0-based record (the header is record 0). */
  readonly record: number;

  constructor(message: string, record: number) {
    super(message);
    this.record = record;
  }
}

/** Rows buffered before the parser is paused: enough to keep scoring busy, bounded memory. */
const HIGH_WATER = 16_384;

/**
 * Records taken from Papa Parse in batches. Its chunk mode parses several times faster than
 * csv-parse's record stream (one callback per chunk of the file, not per record), which is what
 * lets `hezuo score` keep pace with the scorer; the file is paused while the reader is behind.
 */
class RecordBatches {
  #rows: string[][] = [];
  #next = 0;
  #seen = 0;
  #ended = false;
  #failure: unknown;
  #parser: Papa.Parser | undefined;
  #paused = false;
  #wake: (() => void) | undefined;
  readonly #input: Readable;

  constructor(source: CsvSource) {
    this.#input = bytesOf(source);
    this.#input.on('error', (error) => this.#fail(error));
    Papa.parse<string[]>(this.#input as unknown as NodeJS.ReadableStream, {
      // Comma-separated, as the commands document: no guessing from the first lines.
      delimiter: ',',
      skipEmptyLines: true,
      chunk: (results, parser) => {
        this.#parser = parser;
        const [problem] = results.errors;
        if (problem !== undefined) {
          this.#fail(new CsvSyntaxError(problem.message, this.#seen + (problem.row ?? 0)));
          parser.abort();
          return;
        }
        const rows = results.data;
        if (this.#seen === 0 && rows.length > 0) {
          const first = rows[0] as string[];
          if (first.length > 0 && (first[0] as string).startsWith('\uFEFF'))
            first[0] = (first[0] as string).slice(1);
        }
        this.#seen += rows.length;
        if (this.#next >= this.#rows.length) {
          this.#rows = rows;
          this.#next = 0;
        } else {
          this.#rows = this.#rows.slice(this.#next).concat(rows);
          this.#next = 0;
        }
        // Back-pressure on the file, not on the parser: Papa Parse's own pause is for its step mode.
        if (this.#rows.length >= HIGH_WATER) {
          this.#paused = true;
          this.#input.pause();
        }
        this.#signal();
      },
      complete: () => {
        this.#ended = true;
        this.#signal();
      },
    });
  }

  #fail(error: unknown): void {
    this.#failure ??= error;
    this.#ended = true;
    this.#signal();
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  /** Up to `max` records, fewer only at the end of the file; then the parser's error, if any. */
  async read(max: number): Promise<string[][]> {
    const out: string[][] = [];
    for (;;) {
      const rows = this.#rows;
      while (out.length < max && this.#next < rows.length) out.push(rows[this.#next++] as string[]);
      if (this.#paused && this.#next >= rows.length) {
        this.#paused = false;
        this.#input.resume();
      }
      if (out.length >= max) return out;
      // The records parsed before an error still count: the error comes after them.
      if (this.#failure !== undefined) {
        if (out.length > 0) return out;
        throw this.#failure;
      }
      if (this.#ended) return out;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  /** Stops reading; the file is closed. */
  close(): void {
    this.#ended = true;
    this.#parser?.abort();
    this.#input.destroy();
  }
}

/**
 * A CSV file read in batches of records, through `csv-parse`: the header first, then the data
 * records as arrays of strings, every one as long as the header. A missing file, a ragged record
 * or a broken quote becomes a {@link CliFailure} naming the file and the line (and the 1-based
 * data row, for a ragged record).
 *
 * @internal
 */
export class CsvReader {
  /** The column names of the header line. */
  readonly header: readonly string[];
  readonly #source: CsvSource;
  readonly #batches: RecordBatches;

  private constructor(source: CsvSource, batches: RecordBatches, header: readonly string[]) {
    this.#source = source;
    this.#batches = batches;
    this.header = header;
  }

  /** Opens the file and reads its header: non-empty, distinct column names. */
  static async open(source: CsvSource): Promise<CsvReader> {
    const batches = new RecordBatches(source);
    let first: string[] | undefined;
    try {
      [first] = await batches.read(1);
    } catch (error) {
      batches.close();
      throw await slowFailure(source, error, 0);
    }
    const { messages, path } = source;
    const header = first ?? [];
    const seen = new Set<string>();
    const problem =
      first === undefined
        ? messages.emptyCsv(path)
        : header.reduce<string | undefined>((found, name, i) => {
            if (found !== undefined) return found;
            if (name.trim() === '') return messages.emptyColumnName(path, i + 1);
            if (seen.has(name)) return messages.duplicateColumn(path, name);
            seen.add(name);
            return undefined;
          }, undefined);
    if (problem !== undefined) {
      batches.close();
      throw new CliFailure(problem);
    }
    return new CsvReader(source, batches, header);
  }

  /** Up to `max` data records, fewer only at the end of the file (none after it). */
  async read(max: number): Promise<string[][]> {
    let rows: string[][];
    try {
      rows = await this.#batches.read(max);
    } catch (error) {
      throw await slowFailure(this.#source, error, this.header.length);
    }
    const columns = this.header.length;
    for (const row of rows) {
      if (row.length !== columns) throw await slowFailure(this.#source, undefined, columns);
    }
    return rows;
  }

  /** Stops reading (the file is closed). */
  close(): void {
    this.#batches.close();
  }
}

/**
 * The failure of a file the fast parser stopped on (or found ragged), as csv-parse states it:
 * the file is read again with csv-parse, whose errors carry the line and the record. An error
 * is worth the second read; the fast path keeps no line numbers.
 */
async function slowFailure(source: CsvSource, error: unknown, columns: number): Promise<unknown> {
  if (error !== undefined && !(error instanceof CsvSyntaxError)) return csvFailure(source, error, columns);
  const parser = openParser({ files: source.files, path: source.path, messages: source.messages });
  try {
    for await (const _ of parser) {
      // Read to the first error.
    }
  } catch (slow) {
    return csvFailure(source, slow, columns);
  } finally {
    parser.destroy();
  }
  const record = error instanceof CsvSyntaxError ? error.record : 0;
  return new CliFailure(
    source.messages.malformedCsv(source.path, record + 1, String((error as Error)?.message)),
  );
}

/** The {@link CliFailure} for an error met while reading a CSV file. */
function csvFailure(source: CsvSource, error: unknown, columns: number): unknown {
  const { messages, path } = source;
  if (error instanceof CsvError) {
    const line = typeof error.lines === 'number' ? error.lines : 0;
    if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      const got = Array.isArray(error.record) ? error.record.length : 0;
      // `records` counts the records before this one, the header among them: the 1-based data row.
      const row = typeof error.records === 'number' ? error.records : 0;
      return new CliFailure(messages.raggedRow(path, row, line, got, columns));
    }
    return new CliFailure(messages.malformedCsv(path, line, error.message));
  }
  return fileFailure(messages, path, error);
}

/**
 * The line on which a data row (1-based) ends, found by reading the file again up to it: the fast
 * path keeps no line numbers, and an error is worth the second read.
 *
 * @internal
 */
export async function lineOfDataRow(source: CsvSource, row: number): Promise<number | undefined> {
  const parser = openParser(
    { files: source.files, path: source.path, messages: source.messages },
    {
      info: true,
      to: row + 1,
    },
  );
  try {
    for await (const record of parser as AsyncIterable<{ info: { records: number; lines: number } }>) {
      if (record.info.records === row + 1) return record.info.lines;
    }
  } catch {
    // The first read met no error before this row; if this one does, the line stays unknown.
  } finally {
    parser.destroy();
  }
  return undefined;
}
