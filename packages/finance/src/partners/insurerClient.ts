import { z } from 'zod';
import { parseWithCodes } from '../internal/parse';
import type { PartnerCallOptions } from './bankClient';
import {
  type BindPolicyRequest,
  BindPolicyRequestSchema,
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
} from './insurerContract';
import type { PartnerClientOptions } from './partnerClientOptions';
import { createPartnerTransport } from './partnerTransport';
import { RequestIdSchema } from './wireTypes';

const CallOptionsSchema = z.strictObject({ idempotencyKey: RequestIdSchema.optional() });
const InsurerIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, { error: 'an id uses letters, digits and . _ : -' });

/** An agricultural insurer over HTTP; see {@link createInsurerClient}. */
export interface InsurerClient {
  /**
   * `POST /quotes`: a premium quote for a crop, cover and area.
   * @throws HezuoError `INVALID_INPUT` (path `request`, …) before sending; {@link PartnerError} when the call fails
   */
  quote(request: InsuranceQuoteRequest, options?: PartnerCallOptions): Promise<InsuranceQuote>;
  /**
   * `POST /policies`: binds a quote into a policy.
   * @throws HezuoError `INVALID_INPUT` (path `request`, …) before sending; {@link PartnerError} when the call fails
   */
  bind(request: BindPolicyRequest, options?: PartnerCallOptions): Promise<InsurancePolicy>;
  /**
   * `POST /claims`: reports a loss.
   * @throws HezuoError `INVALID_INPUT` (path `request`, …) before sending; {@link PartnerError} when the call fails
   */
  claim(request: ClaimRequest, options?: PartnerCallOptions): Promise<ClaimStatus>;
  /**
   * `GET /claims/{id}`: where a claim stands.
   * @throws HezuoError `INVALID_INPUT` (path `id`); {@link PartnerError} when the call fails
   */
  claimStatus(id: string): Promise<ClaimStatus>;
}

/**
 * A client of an insurer's REST contract (see `docs/contracts/insurer.openapi.json`): quote,
 * bind, claim. Same behaviour as {@link createBankClient}: validated requests and replies,
 * `Idempotency-Key` on every POST (the request's id unless given), safe retries with backoff,
 * {@link PartnerError}s with the insurer's problem details.
 *
 * @param options - see {@link PartnerClientOptionsSchema}
 * @throws HezuoError `INVALID_INPUT` (path `options`, …) for bad options
 *
 * @example
 * ```ts
 * const insurer = createInsurerClient({ baseUrl: 'https://insurer.example.cn/agri/v1' });
 * const quote = await insurer.quote({ quoteRequestId: 'Q-2026-0001', … });
 * ```
 */
export function createInsurerClient(options: PartnerClientOptions): InsurerClient {
  const send = createPartnerTransport('insurer', options);
  const post = async <S extends z.ZodType>(
    operation: string,
    path: string,
    schema: z.ZodType,
    input: unknown,
    key: (body: never) => string,
    reply: S,
    call: PartnerCallOptions,
  ): Promise<z.output<S>> => {
    const body = parseWithCodes(schema, input, ['request']);
    const { idempotencyKey } = parseWithCodes(CallOptionsSchema, call, ['options']);
    return send({
      operation,
      method: 'post',
      path,
      body,
      idempotencyKey: idempotencyKey ?? key(body as never),
      reply,
    });
  };
  return Object.freeze({
    quote: (request: InsuranceQuoteRequest, call: PartnerCallOptions = {}) =>
      post(
        'quote',
        'quotes',
        InsuranceQuoteRequestSchema,
        request,
        (b: InsuranceQuoteRequest) => b.quoteRequestId,
        InsuranceQuoteSchema,
        call,
      ),
    bind: (request: BindPolicyRequest, call: PartnerCallOptions = {}) =>
      post(
        'bind',
        'policies',
        BindPolicyRequestSchema,
        request,
        (b: BindPolicyRequest) => b.bindRequestId,
        InsurancePolicySchema,
        call,
      ),
    claim: (request: ClaimRequest, call: PartnerCallOptions = {}) =>
      post(
        'claim',
        'claims',
        ClaimRequestSchema,
        request,
        (b: ClaimRequest) => b.claimRequestId,
        ClaimStatusSchema,
        call,
      ),
    async claimStatus(id: string) {
      const valid = parseWithCodes(InsurerIdSchema, id, ['id']);
      return send({
        operation: 'claimStatus',
        method: 'get',
        path: `claims/${encodeURIComponent(valid)}`,
        reply: ClaimStatusSchema,
      });
    },
  });
}
