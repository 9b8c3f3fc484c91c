/**
 * Hezuo (合作) command line: `hezuo demo` runs the end-to-end flow of the SDK (identity checks,
 * trusteeship records as credit evidence, surplus allocation, interest, fertiliser nutrients) in
 * Simplified Chinese or English. `run` is exported so hosts and tests can drive the CLI in process.
 *
 * @packageDocumentation
 */

export { DEMO_DATA, runDemo } from './demo';
export { type CliIo, CliIoSchema } from './io';
export { CLI_MESSAGES, type CliMessages, type DemoMessages } from './messages';
export { ArgvSchema, COMMANDS, EXIT_CODES, run } from './run';
export { VERSION } from './version';
