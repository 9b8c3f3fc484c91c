import { IsoDateSchema } from '@hezuo/core';
import { z } from 'zod';
import { CliFailure } from '../cliFailure';
import { parseDecimal } from '../csv/parseDecimal';
import type { ScorecardUsageMessages } from '../scorecardMessages';

/**
 * A list option, comma-separated and repeatable: `--key id,village --key phone` gives
 * `['id', 'village', 'phone']`. Blank items are dropped.
 */
export function collectList(value: string, previous: readonly string[] | undefined): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...(previous ?? []), ...items];
}

/** A number option as typed: a decimal, as in a CSV cell. */
export const NumberTextSchema = z.string().transform((text, ctx) => {
  const x = parseDecimal(text.trim());
  if (Number.isNaN(x)) {
    ctx.addIssue({ code: 'custom', message: 'not a number' });
    return z.NEVER;
  }
  return x;
});

/** A number option above 0. */
export const PositiveNumberTextSchema = NumberTextSchema.refine((x) => x > 0, { error: 'not above 0' });

/** A file path option. */
export const PathSchema = z.string().min(1).max(4_096);

/** A column name. */
export const ColumnSchema = z.string().min(1).max(128);

/** A list of column names. */
export const ColumnListSchema = z.array(ColumnSchema).max(512);

/** A date option `YYYY-MM-DD`. */
export const DateTextSchema = IsoDateSchema;

/** An option's flag as typed, and what it takes, for messages. */
export interface OptionSpec {
  /** The flag, e.g. `--min-iv`. */
  readonly flag: string;
  /** What the option takes; a non-empty text unless told. */
  readonly expect?: (m: ScorecardUsageMessages) => string;
}

/**
 * Validates a command's options (as commander gives them, by attribute name) with `schema`; the
 * first problem becomes a usage {@link CliFailure} naming the flag: a required one missing, or a
 * value it does not take.
 *
 * @internal
 */
export function parseCommandOptions<S extends z.ZodType>(
  schema: S,
  values: Readonly<Record<string, unknown>>,
  specs: Readonly<Record<string, OptionSpec>>,
  messages: ScorecardUsageMessages,
): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const spec = specs[key] ?? { flag: `--${key}` };
  const value = values[key];
  if (value === undefined) throw new CliFailure(messages.missingOption(spec.flag), 'usage');
  const shown = Array.isArray(value) ? value.join(',') : String(value);
  const expected = spec.expect ? spec.expect(messages) : messages.expectText;
  throw new CliFailure(messages.invalidValue(spec.flag, shown, expected), 'usage');
}
