import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import {
  type BankCreditLineDecision,
  BankCreditLineDecisionSchema,
  type BankCreditLineRequest,
  BankCreditLineRequestSchema,
  type LoanApplication,
  LoanApplicationSchema,
  type LoanApplicationStatus,
  LoanApplicationStatusSchema,
} from './bankContract';
import type { PartnerClientOptions } from './partnerClientOptions';
import { createPartnerTransport } from './partnerTransport';
import { RequestIdSchema } from './wireTypes';

/** Per-call options of a partner client's POSTs. */
export interface PartnerCallOptions {
  /** The `Idempotency-Key`; the request's own id by default (so a retry is recognised as the same request). */
  readonly idempotencyKey?: string;
}

const CallOptionsSchema = z.strictObject({ idempotencyKey: RequestIdSchema.optional() });
const BankIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, { error: 'an id uses letters, digits and . _ : -' });

/** A partner bank over HTTP; see {@link createBankClient}. */
export interface BankClient {
  /**
   * `POST /credit-line-requests`: asks the bank for a credit line on a member's score.
   * @throws HezuoError `INVALID_INPUT` (path `request`, …) before sending a request that breaks the
   * contract; {@link PartnerError} when the call fails
   */
  requestCreditLine(
    request: BankCreditLineRequest,
    options?: PartnerCallOptions,
  ): Promise<BankCreditLineDecision>;
  /**
   * `POST /loan-applications`: applies for a loan. Retried safely: the bank creates it once.
   * @throws HezuoError `INVALID_INPUT` (path `application`, …) before sending; {@link PartnerError} when the call fails
   */
  applyForLoan(application: LoanApplication, options?: PartnerCallOptions): Promise<LoanApplicationStatus>;
  /**
   * `GET /loan-applications/{id}`: where an application stands.
   * @throws HezuoError `INVALID_INPUT` (path `id`); {@link PartnerError} when the call fails
   */
  loanApplicationStatus(id: string): Promise<LoanApplicationStatus>;
}

/**
 * A client of a partner bank's REST contract (see `docs/contracts/bank.openapi.json`), on ky.
 * Requests are validated before they are sent and replies after they arrive; every POST carries
 * an `Idempotency-Key` (the request's id unless given), so timeouts, 429 and 5xx answers are
 * retried with backoff without ever creating anything twice. Failures are {@link PartnerError}s
 * with the bank's RFC 9457 problem details.
 *
 * @param options - see {@link PartnerClientOptionsSchema}
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for bad options
 *
 * @example
 * ```ts
 * const bank = createBankClient({ baseUrl: 'https://bank.example.cn/hezuo/v1', headers: { authorization: 'Bearer …' } });
 * const status = await bank.applyForLoan({ applicationId: 'APP-2026-0001', … });
 * ```
 */
export function createBankClient(options: PartnerClientOptions): BankClient {
  const send = createPartnerTransport('bank', options);
  return Object.freeze({
    async requestCreditLine(request: BankCreditLineRequest, call: PartnerCallOptions = {}) {
      const body = parseWithCodes(BankCreditLineRequestSchema, request, ['request']);
      const { idempotencyKey } = parseWithCodes(CallOptionsSchema, call, ['options']);
      return send({
        operation: 'requestCreditLine',
        method: 'post',
        path: 'credit-line-requests',
        body,
        idempotencyKey: idempotencyKey ?? body.requestId,
        reply: BankCreditLineDecisionSchema,
      });
    },
    async applyForLoan(application: LoanApplication, call: PartnerCallOptions = {}) {
      const body = parseWithCodes(LoanApplicationSchema, application, ['application']);
      const { idempotencyKey } = parseWithCodes(CallOptionsSchema, call, ['options']);
      return send({
        operation: 'applyForLoan',
        method: 'post',
        path: 'loan-applications',
        body,
        idempotencyKey: idempotencyKey ?? body.applicationId,
        reply: LoanApplicationStatusSchema,
      });
    },
    async loanApplicationStatus(id: string) {
      const valid = parseWithCodes(BankIdSchema, id, ['id']);
      return send({
        operation: 'loanApplicationStatus',
        method: 'get',
        path: `loan-applications/${encodeURIComponent(valid)}`,
        reply: LoanApplicationStatusSchema,
      });
    },
  });
}
