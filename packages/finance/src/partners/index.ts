export { type BankClient, createBankClient, type PartnerCallOptions } from './bankClient';
export {
  type BankCreditLineDecision,
  BankCreditLineDecisionSchema,
  type BankCreditLineRequest,
  BankCreditLineRequestSchema,
  LOAN_APPLICATION_STATUSES,
  type LoanApplication,
  LoanApplicationSchema,
  type LoanApplicationStatus,
  LoanApplicationStatusSchema,
  REPAYMENT_NOTICE_KINDS,
  type RepaymentNotice,
  RepaymentNoticeSchema,
} from './bankContract';
export {
  PARTNER_CONTRACT_VERSION,
  PARTNER_CONTRACTS,
  type PartnerContract,
  partnerContractDocument,
} from './contractDocument';
export { createInsurerClient, type InsurerClient } from './insurerClient';
export {
  type BindPolicyRequest,
  BindPolicyRequestSchema,
  CLAIM_STATUSES,
  type ClaimRequest,
  ClaimRequestSchema,
  type ClaimStatus,
  ClaimStatusSchema,
  type InsurancePolicy,
  InsurancePolicySchema,
  type InsuranceQuote,
  type InsuranceQuoteRequest,
  InsuranceQuoteRequestSchema,
  InsuranceQuoteSchema,
  PremiumSharesSchema,
} from './insurerContract';
export {
  type PartnerClientOptions,
  PartnerClientOptionsSchema,
  PartnerRetrySchema,
  RETRYABLE_STATUSES,
} from './partnerClientOptions';
export {
  isPartnerError,
  PARTNER_FAILURES,
  PartnerError,
  type PartnerErrorInit,
  type PartnerFailure,
} from './partnerError';
export { type ProblemDetails, ProblemDetailsSchema } from './problemDetails';
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  receiveRepaymentNotice,
  signWebhook,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WebhookVerificationSchema,
} from './webhookSignature';
export { MemberRefSchema, RequestIdSchema, WireDecimalSchema, WireInstantSchema } from './wireTypes';
