/**
 * A failure the CLI explains itself, its message already in the user's language: a missing or
 * malformed file (exit code 1), or a command line that cannot run (exit code 2, followed by the
 * pointer to the help).
 *
 * @internal
 */
export class CliFailure extends Error {
  /** `failure` for bad files and data, `usage` for a bad command line. */
  readonly kind: 'failure' | 'usage';

  constructor(message: string, kind: 'failure' | 'usage' = 'failure') {
    super(message);
    this.name = 'CliFailure';
    this.kind = kind;
  }
}
