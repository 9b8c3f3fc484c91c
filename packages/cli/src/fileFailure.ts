import { CliFailure } from './cliFailure';
import type { FileMessages } from './scorecardMessages';

/**
 * The {@link CliFailure} for an error of the file system on `path`: not found, a directory,
 * not permitted, or anything else with the system's own words. Other errors pass through.
 *
 * @internal
 */
export function fileFailure(messages: FileMessages, path: string, error: unknown): unknown {
  if (error instanceof CliFailure) return error;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return new CliFailure(messages.fileNotFound(path));
  if (code === 'EISDIR') return new CliFailure(messages.fileIsDirectory(path));
  if (code === 'EACCES' || code === 'EPERM') return new CliFailure(messages.fileNotPermitted(path));
  if (typeof code === 'string' && error instanceof Error) {
    return new CliFailure(messages.fileError(path, error.message));
  }
  return error;
}
