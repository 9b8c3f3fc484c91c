// Each code's meaning is in the list below rather than beside its entry: comments inside an
// array literal survive minification and would ship in every bundle.
/**
 * Every error code the kernel raises, in one list so hosts can switch on them and
 * translate them. Codes are stable across releases: a code is never renamed or reused.
 *
 * - `INVALID_INPUT`: An input failed its schema (wrong type, missing field, out of range).
 * - `INVALID_AMOUNT`: An amount is not a safe integer number of fen, or is negative where it may not be.
 * - `INVALID_RATE`: A rate is not a finite decimal.
 * - `INVALID_WEIGHTS`: Allocation weights are empty, negative, non-finite, or all zero for a non-zero
 *   total.
 * - `AMOUNT_OVERFLOW`: A result would leave the range of safe integers.
 * - `INVALID_RESIDENT_ID`: A resident identity number (居民身份证号码, GB 11643-1999) is malformed.
 * - `INVALID_USCC`: A unified social credit code (统一社会信用代码, GB 32100-2015) is malformed.
 * - `INVALID_PLUGIN`: A plugin is malformed (no name, a reserved name, no setup function).
 * - `DUPLICATE_PLUGIN`: Two plugins share one name.
 * - `UNKNOWN_PLUGIN`: A plugin name was asked for that the client does not have.
 * - `PLUGIN_DEPENDENCY`: A plugin needs another plugin that is missing or set up after it.
 * - `DUPLICATE_CREDIT_FEATURE`: A credit characteristic id was registered twice.
 * - `UNKNOWN_CREDIT_FEATURE`: A credit characteristic id was asked for that nobody registered.
 * - `INVALID_CREDIT_FEATURE_VALUE`: A credit characteristic computed a value of the wrong type.
 * - `NOT_FOUND`: A store record was not found.
 * - `INVALID_RECORD`: A value cannot be stored (not plain JSON data).
 * - `TRANSACTION_FAILED`: A store transaction failed and was rolled back; `details.cause` holds the reason.
 * - `FOUNDING_MEMBERS`: Founding needs at least 5 members (Art. 12), a union at least 3 cooperatives
 *   (Art. 56).
 * - `MEMBERSHIP_COMPOSITION`: The register would break Art. 20: farmers' share or the cap on organisation
 *   members.
 * - `INELIGIBLE_MEMBER`: The party may not be a member: public-administration functions (Art. 19), wrong
 *   kind for a union.
 * - `ALREADY_MEMBER`: The party is already a member.
 * - `NOT_A_MEMBER`: The id names nobody on the register (or a member who has left).
 * - `RESOLUTION_REQUIRED`: Joining needs a passed member-meeting resolution that admits the applicant
 *   (Art. 24).
 * - `EXIT_NOTICE_TOO_LATE`: An exit notice came later than the charter and Art. 25 allow before the
 *   accounting year ends.
 * - `EXIT_STATE`: The member's exit was already requested or completed, or not requested yet.
 * - `DATE_ORDER`: Dates are out of order (an end before its start, a posting before joining).
 * - `VOTE_CAP_EXCEEDED`: Additional votes would exceed 20 % of basic votes (Art. 22), or a union would
 *   grant any.
 * - `DUPLICATE_VOTE`: A member cast a second ballot on the same resolution.
 * - `MEETING_RULE`: A meeting or resolution breaks a procedural rule (quorum, thresholds below the law,
 *   assembly size).
 * - `INCOMPATIBLE_OFFICES`: One person holds offices the law keeps apart (Art. 33: no director, manager or
 *   accountant as supervisor).
 * - `LEDGER_RULE`: A posting, order or match does not fit the ledger (unknown delivery, over-filled order,
 *   crop mismatch).
 * - `HOLDING_RULE`: A holding graph breaks a rule: stakes in one entity above 100 %, a self-holding, an
 *   unknown entity.
 * - `NOT_CONVERGED`: An iterative computation (look-through ownership through cycles) did not converge
 *   within its limits.
 * - `DISTRIBUTION_RULE`: A surplus distribution plan breaks Arts. 42 or 44: no reserve rate, patronage
 *   refund below 60 %, parts over the whole.
 * - `SHARE_LEDGER_RULE`: A share movement does not fit the share ledger (paying more than subscribed,
 *   transferring more than held).
 * - `TRUSTEESHIP_RULE`: A trusteeship step breaks a rule (`details.rule` says which): an illegal contract
 *   transition, overlapping contracts on a plot, work on a plot not under contract, done area above the
 *   plot.
 * - `FINANCE_RULE`: A finance step breaks a rule (`details` say which): a cap exceeded (mutual aid, a
 *   credit line's available balance), a loan already paid off, an insured area above the area under
 *   contract, or a partner's 409 conflict.
 */
export const HEZUO_ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_AMOUNT',
  'INVALID_RATE',
  'INVALID_WEIGHTS',
  'AMOUNT_OVERFLOW',
  'INVALID_RESIDENT_ID',
  'INVALID_USCC',
  'INVALID_PLUGIN',
  'DUPLICATE_PLUGIN',
  'UNKNOWN_PLUGIN',
  'PLUGIN_DEPENDENCY',
  'DUPLICATE_CREDIT_FEATURE',
  'UNKNOWN_CREDIT_FEATURE',
  'INVALID_CREDIT_FEATURE_VALUE',
  'NOT_FOUND',
  'INVALID_RECORD',
  'TRANSACTION_FAILED',
  'FOUNDING_MEMBERS',
  'MEMBERSHIP_COMPOSITION',
  'INELIGIBLE_MEMBER',
  'ALREADY_MEMBER',
  'NOT_A_MEMBER',
  'RESOLUTION_REQUIRED',
  'EXIT_NOTICE_TOO_LATE',
  'EXIT_STATE',
  'DATE_ORDER',
  'VOTE_CAP_EXCEEDED',
  'DUPLICATE_VOTE',
  'MEETING_RULE',
  'INCOMPATIBLE_OFFICES',
  'LEDGER_RULE',
  'HOLDING_RULE',
  'NOT_CONVERGED',
  'DISTRIBUTION_RULE',
  'SHARE_LEDGER_RULE',
  'TRUSTEESHIP_RULE',
  'FINANCE_RULE',
] as const;

/** A stable error code; see {@link HEZUO_ERROR_CODES}. */
export type HezuoErrorCode = (typeof HEZUO_ERROR_CODES)[number];
