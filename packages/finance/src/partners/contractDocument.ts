import { parseInput } from '@hezuo/core';
import { z } from 'zod';
import {
  BankCreditLineDecisionSchema,
  BankCreditLineRequestSchema,
  LoanApplicationSchema,
  LoanApplicationStatusSchema,
  RepaymentNoticeSchema,
} from './bankContract';
import {
  BindPolicyRequestSchema,
  ClaimRequestSchema,
  ClaimStatusSchema,
  InsurancePolicySchema,
  InsuranceQuoteRequestSchema,
  InsuranceQuoteSchema,
} from './insurerContract';
import { ProblemDetailsSchema } from './problemDetails';

/** The partners with a REST contract: a bank and an insurer. */
export const PARTNER_CONTRACTS = ['bank', 'insurer'] as const;

/** One of {@link PARTNER_CONTRACTS}. */
export type PartnerContract = (typeof PARTNER_CONTRACTS)[number];

/** The version of the partner contracts; raised on every change partners must know of. */
export const PARTNER_CONTRACT_VERSION = '1.0.0';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = { 'application/problem+json': { schema: ref('ProblemDetails') } };

const PROBLEM_RESPONSES = {
  '400': { description: 'Malformed request, or a POST without an Idempotency-Key.', content: problem },
  '409': {
    description: 'A request with the same Idempotency-Key is still being processed.',
    content: problem,
  },
  '422': {
    description:
      'The body breaks the contract, or the Idempotency-Key was used before with a different body.',
    content: problem,
  },
  '429': {
    description: 'Too many requests; retry after the Retry-After header.',
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    content: problem,
  },
  '503': {
    description: 'Unavailable; retry (with the same Idempotency-Key) after the Retry-After header.',
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
    content: problem,
  },
  default: { description: 'Any other error, as RFC 9457 problem details.', content: problem },
};

function post(operationId: string, summary: string, request: string, reply: string): Json {
  return {
    post: {
      operationId,
      summary,
      parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
      requestBody: { required: true, content: json(request) },
      responses: {
        '201': {
          description:
            'Created. A repeat with the same Idempotency-Key and body gets the same answer, with Idempotent-Replayed: true.',
          headers: { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } },
          content: json(reply),
        },
        ...PROBLEM_RESPONSES,
      },
    },
  };
}

function get(operationId: string, summary: string, reply: string): Json {
  return {
    get: {
      operationId,
      summary,
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 128 } },
      ],
      responses: {
        '200': { description: 'Found.', content: json(reply) },
        '404': { description: 'No such id.', content: problem },
        default: PROBLEM_RESPONSES.default,
      },
    },
  };
}

const CONVENTIONS =
  'Money is integer fen (分); decimals (rates, areas in mu) are JSON strings; dates are YYYY-MM-DD; ' +
  "instants are RFC 3339 UTC. Members are named by the cooperative's pseudonymous reference, never by " +
  'resident ID. Every POST carries an Idempotency-Key: the partner performs a request once per key and ' +
  'answers repeats with the first answer, so clients retry timeouts, 429 and 5xx safely. Errors are ' +
  'RFC 9457 problem details.';

const COMMON_COMPONENTS = {
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: "The sender's key for this request (by default its request id); reused on every retry.",
      schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
    },
  },
  headers: {
    RetryAfter: { description: 'Seconds to wait, or an HTTP date.', schema: { type: 'string' } },
    IdempotentReplayed: {
      description: '`true` when the answer is a replay.',
      schema: { type: 'string', enum: ['true'] },
    },
  },
};

function bankDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hezuo partner bank contract',
      version: PARTNER_CONTRACT_VERSION,
      description: `Credit-line requests, loan applications and repayment notices between a cooperative and a bank. ${CONVENTIONS}`,
    },
    paths: {
      '/credit-line-requests': post(
        'requestCreditLine',
        "Ask for a credit line (授信) on a member's score",
        'BankCreditLineRequest',
        'BankCreditLineDecision',
      ),
      '/loan-applications': post(
        'applyForLoan',
        'Apply for a loan (贷款申请)',
        'LoanApplication',
        'LoanApplicationStatus',
      ),
      '/loan-applications/{id}': get(
        'loanApplicationStatus',
        'Where a loan application stands',
        'LoanApplicationStatus',
      ),
    },
    webhooks: {
      repaymentNotice: {
        post: {
          operationId: 'repaymentNotice',
          summary: 'A repayment notice (还款通知) from the bank to the cooperative',
          parameters: [
            {
              name: 'Hezuo-Signature',
              in: 'header',
              required: true,
              description:
                't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the shared secret>; several v1 while a secret is rotated. Receivers refuse a timestamp more than 300 s from their clock.',
              schema: { type: 'string' },
            },
          ],
          requestBody: { required: true, content: json('RepaymentNotice') },
          responses: {
            '204': { description: 'Received (also for a notice id received before).' },
            '400': { description: 'Unsigned, wrongly signed, stale or malformed.', content: problem },
          },
        },
      },
    },
    components: {
      schemas: {
        BankCreditLineRequest: jsonSchema(BankCreditLineRequestSchema),
        BankCreditLineDecision: jsonSchema(BankCreditLineDecisionSchema),
        LoanApplication: jsonSchema(LoanApplicationSchema),
        LoanApplicationStatus: jsonSchema(LoanApplicationStatusSchema),
        RepaymentNotice: jsonSchema(RepaymentNoticeSchema),
        ProblemDetails: jsonSchema(ProblemDetailsSchema),
      },
      ...COMMON_COMPONENTS,
    },
  };
}

function insurerDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hezuo partner insurer contract',
      version: PARTNER_CONTRACT_VERSION,
      description: `Quotes, policies and claims of agricultural insurance between a cooperative and an insurer. ${CONVENTIONS}`,
    },
    paths: {
      '/quotes': post(
        'quote',
        'A premium quote (报价) for a crop, cover and area',
        'InsuranceQuoteRequest',
        'InsuranceQuote',
      ),
      '/policies': post('bind', 'Bind a quote into a policy (投保)', 'BindPolicyRequest', 'InsurancePolicy'),
      '/claims': post('claim', 'Report a loss (报案)', 'ClaimRequest', 'ClaimStatus'),
      '/claims/{id}': get('claimStatus', 'Where a claim stands', 'ClaimStatus'),
    },
    components: {
      schemas: {
        InsuranceQuoteRequest: jsonSchema(InsuranceQuoteRequestSchema),
        InsuranceQuote: jsonSchema(InsuranceQuoteSchema),
        BindPolicyRequest: jsonSchema(BindPolicyRequestSchema),
        InsurancePolicy: jsonSchema(InsurancePolicySchema),
        ClaimRequest: jsonSchema(ClaimRequestSchema),
        ClaimStatus: jsonSchema(ClaimStatusSchema),
        ProblemDetails: jsonSchema(ProblemDetailsSchema),
      },
      ...COMMON_COMPONENTS,
    },
  };
}

/**
 * The OpenAPI 3.1 document of a partner contract, generated from the zod schemas (zod's
 * `toJSONSchema`), so the document and the code cannot drift: `docs/contracts/<partner>.openapi.json`
 * is this, checked by a test. Hosts may serve it to their partners.
 *
 * @param partner - `bank` or `insurer`
 * @returns the OpenAPI document as plain JSON data
 * @throws HezuoError `INVALID_INPUT` (path `partner`) for another partner
 *
 * @example
 * ```ts
 * partnerContractDocument('bank').paths; // { '/credit-line-requests': …, '/loan-applications': …, … }
 * ```
 */
export function partnerContractDocument(partner: PartnerContract): Record<string, unknown> {
  const which = parseInput(z.enum(PARTNER_CONTRACTS), partner, { path: ['partner'] });
  return which === 'bank' ? bankDocument() : insurerDocument();
}
