/**
 * Every error code the kernel raises, in one list so hosts can switch on them and
 * translate them. Codes are stable across releases: a code is never renamed or reused.
 */
export const HEZUO_ERROR_CODES = [
  /** An input failed its schema (wrong type, missing field, out of range). */
  'INVALID_INPUT',
  /** An amount is not a safe integer number of fen, or is negative where it may not be. */
  'INVALID_AMOUNT',
  /** A rate is not a finite decimal. */
  'INVALID_RATE',
  /** Allocation weights are empty, negative, non-finite, or all zero for a non-zero total. */
  'INVALID_WEIGHTS',
  /** A result would leave the range of safe integers. */
  'AMOUNT_OVERFLOW',
  /** A resident identity number (居民身份证号码, GB 11643-1999) is malformed. */
  'INVALID_RESIDENT_ID',
  /** A unified social credit code (统一社会信用代码, GB 32100-2015) is malformed. */
  'INVALID_USCC',
  /** A plugin is malformed (no name, a reserved name, no setup function). */
  'INVALID_PLUGIN',
  /** Two plugins share one name. */
  'DUPLICATE_PLUGIN',
  /** A plugin name was asked for that the client does not have. */
  'UNKNOWN_PLUGIN',
  /** A plugin needs another plugin that is missing or set up after it. */
  'PLUGIN_DEPENDENCY',
  /** A credit characteristic id was registered twice. */
  'DUPLICATE_CREDIT_FEATURE',
  /** A credit characteristic id was asked for that nobody registered. */
  'UNKNOWN_CREDIT_FEATURE',
  /** A credit characteristic computed a value of the wrong type. */
  'INVALID_CREDIT_FEATURE_VALUE',
  /** A store record was not found. */
  'NOT_FOUND',
  /** A value cannot be stored (not plain JSON data). */
  'INVALID_RECORD',
  /** A store transaction failed and was rolled back; `details.cause` holds the reason. */
  'TRANSACTION_FAILED',
] as const;

/** A stable error code; see {@link HEZUO_ERROR_CODES}. */
export type HezuoErrorCode = (typeof HEZUO_ERROR_CODES)[number];
