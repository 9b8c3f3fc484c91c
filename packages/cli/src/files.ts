import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';

/** A file being written: text goes in order; `close` resolves once everything is on disk. */
export interface FileSink {
  /** Appends text; resolves when the sink can take more (a slow disk pushes back). */
  write(text: string): Promise<void>;
  /** Finishes the file. */
  close(): Promise<void>;
}

/**
 * The files the commands read and write, behind a port so that hosts and tests can supply their
 * own. Paths are passed as given on the command line. Errors are those of `node:fs` (with their
 * `code`, such as `ENOENT`), which the commands turn into messages naming the file.
 */
export interface CliFiles {
  /** Reads a whole UTF-8 text file (a model). */
  readText(path: string): Promise<string>;
  /** Writes a whole UTF-8 text file, replacing it. */
  writeText(path: string, text: string): Promise<void>;
  /** Streams a file's bytes (a CSV file) in chunks. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  /** A file's size in bytes, for the progress bar. */
  size(path: string): Promise<number>;
  /** Opens a file for writing, replacing it. */
  openWrite(path: string): FileSink;
}

/** Large reads: fewer chunks for the CSV parser to join. */
const READ_CHUNK_BYTES = 1 << 20;

function streamSink(stream: Writable): FileSink {
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  const settle = (resolve: () => void, reject: (e: Error) => void) => {
    if (failure) reject(failure);
    else resolve();
  };
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        if (stream.write(text)) return resolve();
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          settle(resolve, reject);
        };
        stream.on('drain', done);
        stream.on('error', done);
      }),
    close: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        stream.end(() => settle(resolve, reject));
        stream.once('error', reject);
      }),
  };
}

/** The real file system. */
export const nodeFiles: CliFiles = {
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  readChunks: (path) => createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }),
  size: async (path) => (await stat(path)).size,
  openWrite: (path) => streamSink(createWriteStream(path)),
};
