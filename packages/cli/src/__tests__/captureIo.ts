import type { CliIo } from '../io';

/** An io that keeps what is written, for tests. @internal */
export function captureIo(): CliIo & { readonly out: string[]; readonly err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line) };
}
