import { z } from 'zod';
import { describeValue } from '../errors/describeValue';
import { parseInput } from '../errors/fromZod';
import { maskResidentId } from '../identity/residentId';
import { type LogFields, type Logger, LoggerSchema } from './logger';

// Built once at load: a schema is an object graph, too costly to rebuild on every call.
const TEXT_SCHEMA = z.string();

/**
 * Anything shaped like a resident ID (18 or 15 digits) or a credit code (18 characters of
 * the GB 32100 alphabet) standing on its own. Shape alone is enough: a false positive costs a
 * masked log field, a false negative leaks a person's identity.
 */
const IDENTIFIER_PATTERN =
  /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])/g;

const MAX_DEPTH = 8;

/**
 * Masks every identifier-shaped run in a text, as {@link maskResidentId} does (first 4 and
 * last 4 characters stay; 3 at the end of a 15-digit number).
 */
export function redactText(text: string): string {
  return parseInput(TEXT_SCHEMA, text, { path: ['text'] }).replace(IDENTIFIER_PATTERN, (match) =>
    maskResidentId(match),
  );
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  // JSON has no NaN or infinities; spell them out so a log line never carries them silently.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactValue(item, depth + 1, seen);
  return out;
}

/** Masks identifiers in log fields, however deep (to 8 levels; deeper levels are elided). */
export function redactFields(fields: LogFields): LogFields {
  return redactValue(fields, 0, new WeakSet()) as LogFields;
}

/**
 * Wraps a logger so that messages and fields have personal identifiers masked before the host
 * sees them. The client always logs through this.
 */
export function redactingLogger(inner: Logger): Logger {
  parseInput(LoggerSchema, inner, { path: ['inner'] });
  const wrap =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      inner[level](
        redactText(describeValue(message)),
        fields === undefined ? undefined : redactFields(fields),
      );
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}
