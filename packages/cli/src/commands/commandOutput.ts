import { fileFailure } from '../fileFailure';
import type { FileSink } from '../files';
import type { CommandContext } from './commandContext';

/** Text written to stdout, line by line (each text ends with a line break). */
function stdoutSink(stdout: (line: string) => void): FileSink {
  let pending = '';
  return {
    write: async (text) => {
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) stdout(line);
    },
    close: async () => {
      if (pending !== '') stdout(pending);
      pending = '';
    },
  };
}

/**
 * Where a command's output goes: the file named by `-o`, or stdout when there is none. Errors of
 * the file become messages naming it.
 *
 * @internal
 */
export function openOutput(ctx: CommandContext, path: string | undefined): FileSink {
  if (path === undefined) return stdoutSink(ctx.io.stdout);
  const messages = ctx.messages.scorecard.files;
  let sink: FileSink;
  try {
    sink = ctx.io.files.openWrite(path);
  } catch (error) {
    throw fileFailure(messages, path, error);
  }
  return {
    write: (text) =>
      sink.write(text).catch((error: unknown) => Promise.reject(fileFailure(messages, path, error))),
    close: () => sink.close().catch((error: unknown) => Promise.reject(fileFailure(messages, path, error))),
  };
}

/** Writes a whole text file, an error of the file becoming a message naming it. @internal */
export async function writeTextFile(ctx: CommandContext, path: string, text: string): Promise<void> {
  try {
    await ctx.io.files.writeText(path, text);
  } catch (error) {
    throw fileFailure(ctx.messages.scorecard.files, path, error);
  }
}

/** A number for a report line: whole numbers as they are, others with two decimals. @internal */
export function formatPoints(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
