import { z } from 'zod';

/**
 * Schema of an RFC 9457 problem details object (`application/problem+json`), as partners reply
 * on errors: `type` (a URI naming the problem; `about:blank` when absent), `title`, `status`,
 * `detail`, `instance`, and any extension members (e.g. `code`, `errors`), which are kept.
 */
export const ProblemDetailsSchema = z.looseObject({
  /** A URI reference identifying the problem type. */
  type: z.string().max(2048).default('about:blank'),
  /** A short, human-readable summary of the problem type. */
  title: z.string().max(1024).optional(),
  /** The HTTP status code the partner generated. */
  status: z.number().int().min(100).max(599).optional(),
  /** An explanation specific to this occurrence. */
  detail: z.string().max(8192).optional(),
  /** A URI reference identifying this occurrence. */
  instance: z.string().max(2048).optional(),
});

/** A problem details object; see {@link ProblemDetailsSchema}. */
export type ProblemDetails = z.output<typeof ProblemDetailsSchema>;
