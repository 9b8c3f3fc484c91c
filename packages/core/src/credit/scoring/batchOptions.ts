import { z } from 'zod';
import { HezuoError } from '../../errors/HezuoError';
import type { ScoreResult } from './score';

/** Options for {@link scoreRows} and {@link scoreStream}. */
export const BatchOptionsSchema = z.strictObject({
  /** Compute the top reasons (true unless told). */
  reasons: z.boolean().optional(),
  /** `stop` at the first bad row (the default), or `skip` it and go on. */
  onError: z.enum(['stop', 'skip']).optional(),
});

/** See {@link BatchOptionsSchema}. */
export type BatchOptions = z.infer<typeof BatchOptionsSchema>;

/** A row that could not be scored. */
export interface RowError {
  /** The row's position in the input (0-based). */
  readonly index: number;
  /** Why. */
  readonly error: HezuoError;
}

/** The results of {@link scoreRows}. */
export interface BatchResult {
  /** One entry per row read: the result, or `null` for a bad row. With `stop`, ends at the first bad row. */
  readonly results: readonly (ScoreResult | null)[];
  /** Bad rows with their index (at most one with `stop`). */
  readonly errors: readonly RowError[];
}

/** @internal A row's error restated with its index. */
export function rowError(index: number, error: unknown): RowError {
  if (error instanceof HezuoError) {
    return {
      index,
      error: new HezuoError(error.code, `row ${index}: ${error.message}`, {
        path: ['rows', index, ...error.path.slice(1)],
        details: { ...error.details, index },
      }),
    };
  }
  throw error;
}
