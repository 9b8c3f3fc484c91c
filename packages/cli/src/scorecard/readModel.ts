import { type CompiledScorecard, compileModel, isHezuoError } from '@hezuo/core';
import { CliFailure } from '../cliFailure';
import { fileFailure } from '../fileFailure';
import type { CliFiles } from '../files';
import type { FileMessages } from '../scorecardMessages';

/** The library's multi-line description on one line, at most a few issues long. */
function oneLine(message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.slice(0, 6).join(' ') + (lines.length > 6 ? ' …' : '');
}

/**
 * Reads a model file and compiles it: a missing file, text that is not JSON, or JSON that is not
 * a valid scorecard model each fail with a message naming the file (and, for the model, the
 * field at fault).
 *
 * @internal
 */
export async function readModel(
  files: CliFiles,
  path: string,
  messages: FileMessages,
): Promise<CompiledScorecard> {
  let text: string;
  try {
    text = await files.readText(path);
  } catch (error) {
    throw fileFailure(messages, path, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(messages.notJson(path, error instanceof Error ? error.message : String(error)));
  }
  try {
    return compileModel(json as Parameters<typeof compileModel>[0]);
  } catch (error) {
    if (!isHezuoError(error)) throw error;
    throw new CliFailure(messages.badModel(path, oneLine(error.message)));
  }
}
