export {
  type CategoryCodes,
  type ScoreColumns,
  type StreamOutcome,
  scoreColumns,
  scoreRows,
  scoreStream,
} from './batch';
export { type BatchOptions, BatchOptionsSchema, type BatchResult, type RowError } from './batchOptions';
export { type BinSource, type CompiledScorecard, compileModel } from './compileModel';
export {
  type CharacteristicScore,
  type ScoreOptions,
  type ScoreReason,
  type ScoreResult,
  type ScoreRow,
  ScoreRowSchema,
  score,
} from './score';
export { ScoredBatch, scoreBatch } from './scoreBatch';
