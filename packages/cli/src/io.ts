import { z } from 'zod';

/** Where the CLI writes: one call per line, without the trailing newline. */
export interface CliIo {
  /** Writes one line of normal output. */
  stdout(line: string): void;
  /** Writes one line of diagnostics (errors, usage problems). */
  stderr(line: string): void;
}

/** Schema of {@link CliIo}: an object with `stdout` and `stderr` functions. */
export const CliIoSchema = z.custom<CliIo>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { stdout?: unknown }).stdout === 'function' &&
    typeof (value as { stderr?: unknown }).stderr === 'function',
  { error: 'must be an object with stdout(line) and stderr(line) functions' },
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
