import type { CliIo } from '../io';

/**
 * An io that keeps what is written, for tests: lines in `out` and `err`, raw stderr text (the
 * progress bar) in `raw`. Stderr is not a terminal unless `tty` is true.
 *
 * @internal
 */
export function captureIo(
  tty = false,
): CliIo & { readonly out: string[]; readonly err: string[]; readonly raw: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const raw: string[] = [];
  return {
    out,
    err,
    raw,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    stderrIsTTY: tty,
    writeStderr: (text) => raw.push(text),
  };
}
