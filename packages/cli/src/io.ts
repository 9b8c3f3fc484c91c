import { type Clock, systemClock } from '@hezuo/core';
import { z } from 'zod';
import { type CliFiles, nodeFiles } from './files';

/**
 * Where the CLI reads and writes. `stdout` and `stderr` take one line per call, without the
 * trailing newline; the rest is optional and falls back to the process's own streams, file
 * system and clock, so a host or a test replaces only what it needs.
 */
export interface CliIo {
  /** Writes one line of normal output. */
  stdout(line: string): void;
  /** Writes one line of diagnostics (errors, usage problems). */
  stderr(line: string): void;
  /**
   * Whether stderr is a terminal: only then does `score` draw a progress bar.
   * `process.stderr.isTTY` when absent.
   */
  readonly stderrIsTTY?: boolean;
  /** Writes text to stderr as is, without a newline (the progress bar redraws its line). */
  writeStderr?(text: string): void;
  /** The files the commands read and write; the real file system when absent. */
  readonly files?: CliFiles;
  /** Where `monitor` takes today's date when `--as-of` is not given; the system clock when absent. */
  readonly clock?: Clock;
}

const isFunction = (v: unknown) => typeof v === 'function';

/** Schema of {@link CliIo}: `stdout` and `stderr` functions, and the optional members of their types. */
export const CliIoSchema = z.custom<CliIo>(
  (value) => {
    if (typeof value !== 'object' || value === null) return false;
    const io = value as Record<string, unknown>;
    return (
      isFunction(io.stdout) &&
      isFunction(io.stderr) &&
      (io.stderrIsTTY === undefined || typeof io.stderrIsTTY === 'boolean') &&
      (io.writeStderr === undefined || isFunction(io.writeStderr)) &&
      (io.files === undefined || (typeof io.files === 'object' && io.files !== null)) &&
      (io.clock === undefined || (typeof io.clock === 'object' && io.clock !== null))
    );
  },
  {
    error:
      'must be an object with stdout(line) and stderr(line) functions (and optionally stderrIsTTY, writeStderr, files, clock)',
  },
);

/** The process's own streams. Touches `process` only when a line is written. */
export const processIo: CliIo = {
  stdout: (line) => {
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

/** @internal An io with every optional member filled in. */
export interface ResolvedIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly stderrIsTTY: boolean;
  readonly writeStderr: (text: string) => void;
  readonly files: CliFiles;
  readonly clock: Clock;
}

/** @internal Fills in what `io` leaves out from the process. */
export function resolveIo(io: CliIo): ResolvedIo {
  return {
    stdout: (line) => io.stdout(line),
    stderr: (line) => io.stderr(line),
    stderrIsTTY: io.stderrIsTTY ?? process.stderr.isTTY === true,
    writeStderr: io.writeStderr
      ? (text) => io.writeStderr?.(text)
      : (text) => {
          process.stderr.write(text);
        },
    files: io.files ?? nodeFiles,
    clock: io.clock ?? systemClock(),
  };
}
