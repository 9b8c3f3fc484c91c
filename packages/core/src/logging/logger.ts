import { z } from 'zod';

/** Structured fields attached to a log line. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Where Hezuo writes what it does. Hosts pass their own (pino, console, a bank's audit log);
 * the client wraps it so personal identifiers are masked before they reach it.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that drops everything: the default, so an embedded SDK stays quiet. */
export const silentLogger: Logger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
});

/** A logger that writes to the console with a `[hezuo]` prefix. */
export function consoleLogger(): Logger {
  return {
    debug: (message, fields) => console.debug(`[hezuo] ${message}`, fields ?? {}),
    info: (message, fields) => console.info(`[hezuo] ${message}`, fields ?? {}),
    warn: (message, fields) => console.warn(`[hezuo] ${message}`, fields ?? {}),
    error: (message, fields) => console.error(`[hezuo] ${message}`, fields ?? {}),
  };
}

/** Schema of a {@link Logger}: an object with the four level functions. */
export const LoggerSchema = z.custom<Logger>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['debug', 'info', 'warn', 'error'].every((m) => typeof (v as Record<string, unknown>)[m] === 'function'),
  { error: 'must be a Logger with debug, info, warn and error functions' },
);
