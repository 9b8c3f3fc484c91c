/**
 * Hezuo (合作) command line. `hezuo fit`, `score`, `monitor` and `export` take a scorecard from a
 * CSV file to a fitted model, scores, a monitoring report and SQL or PMML; `hezuo demo` runs the
 * end-to-end flow of the SDK (identity checks, trusteeship records as credit evidence, surplus
 * allocation, interest, fertiliser nutrients). Everything in Simplified Chinese or English. `run`
 * is exported so hosts and tests can drive the CLI in process.
 *
 * @packageDocumentation
 */

export { type ExportCommandOptions, ExportCommandOptionsSchema } from './commands/exportCommand';
export { type FitCommandOptions, FitCommandOptionsSchema } from './commands/fitCommand';
export { type MonitorCommandOptions, MonitorCommandOptionsSchema } from './commands/monitorCommand';
export { type ScoreCommandOptions, ScoreCommandOptionsSchema } from './commands/scoreCommand';
export { DEMO_DATA, runDemo } from './demo';
export { type CliFiles, type FileSink, nodeFiles } from './files';
export { type CliIo, CliIoSchema } from './io';
export { CLI_MESSAGES, type CliMessages, type DemoMessages } from './messages';
export { COMMANDS, type CommandName } from './program';
export { ArgvSchema, EXIT_CODES, run } from './run';
export type {
  ExportMessages,
  FileMessages,
  FitMessages,
  MonitorMessages,
  ScorecardMessages,
  ScorecardUsageMessages,
  ScoreMessages,
} from './scorecardMessages';
export { VERSION } from './version';
