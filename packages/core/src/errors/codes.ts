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
  /** Founding needs at least 5 members (Art. 12), a union at least 3 cooperatives (Art. 56). */
  'FOUNDING_MEMBERS',
  /** The register would break Art. 20: farmers' share or the cap on organisation members. */
  'MEMBERSHIP_COMPOSITION',
  /** The party may not be a member: public-administration functions (Art. 19), wrong kind for a union. */
  'INELIGIBLE_MEMBER',
  /** The party is already a member. */
  'ALREADY_MEMBER',
  /** The id names nobody on the register (or a member who has left). */
  'NOT_A_MEMBER',
  /** Joining needs a passed member-meeting resolution that admits the applicant (Art. 24). */
  'RESOLUTION_REQUIRED',
  /** An exit notice came later than the charter and Art. 25 allow before the accounting year ends. */
  'EXIT_NOTICE_TOO_LATE',
  /** The member's exit was already requested or completed, or not requested yet. */
  'EXIT_STATE',
  /** Dates are out of order (an end before its start, a posting before joining). */
  'DATE_ORDER',
  /** Additional votes would exceed 20 % of basic votes (Art. 22), or a union would grant any. */
  'VOTE_CAP_EXCEEDED',
  /** A member cast a second ballot on the same resolution. */
  'DUPLICATE_VOTE',
  /** A meeting or resolution breaks a procedural rule (quorum, thresholds below the law, assembly size). */
  'MEETING_RULE',
  /** One person holds offices the law keeps apart (Art. 33: no director, manager or accountant as supervisor). */
  'INCOMPATIBLE_OFFICES',
  /** A posting, order or match does not fit the ledger (unknown delivery, over-filled order, crop mismatch). */
  'LEDGER_RULE',
  /** A holding graph breaks a rule: stakes in one entity above 100 %, a self-holding, an unknown entity. */
  'HOLDING_RULE',
  /** An iterative computation (look-through ownership through cycles) did not converge within its limits. */
  'NOT_CONVERGED',
  /** A surplus distribution plan breaks Arts. 42 or 44: no reserve rate, patronage refund below 60 %, parts over the whole. */
  'DISTRIBUTION_RULE',
  /** A share movement does not fit the share ledger (paying more than subscribed, transferring more than held). */
  'SHARE_LEDGER_RULE',
  /**
   * A trusteeship step breaks a rule (`details.rule` says which): an illegal contract transition,
   * overlapping contracts on a plot, work on a plot not under contract, done area above the plot.
   */
  'TRUSTEESHIP_RULE',
  /**
   * A finance step breaks a rule (`details` say which): a cap exceeded (mutual aid, a credit
   * line's available balance), a loan already paid off, an insured area above the area under
   * contract, or a partner's 409 conflict.
   */
  'FINANCE_RULE',
] as const;

/** A stable error code; see {@link HEZUO_ERROR_CODES}. */
export type HezuoErrorCode = (typeof HEZUO_ERROR_CODES)[number];
