import { scaleFen } from '@hezuo/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { premiumSubsidySplit } from '../insurance/premiumSubsidy';
import {
  BindPolicyRequestSchema,
  ClaimRequestSchema,
  type ClaimStatus,
  type InsurancePolicy,
  type InsuranceQuote,
  InsuranceQuoteRequestSchema,
} from '../partners/insurerContract';
import { idempotentEndpoint } from './idempotentEndpoint';
import { problemResponse, trimBase } from './problem';

/** Options of {@link insurerHandlers}. */
export interface InsurerHandlersOptions {
  /** The base URL the client under test is given, e.g. `https://insurer.test/v1`. */
  readonly baseUrl: string;
  /** The premium rate the mock insurer quotes; `'0.06'` by default. */
  readonly premiumRate?: string;
  /** The instant stamped on answers; `2026-01-01T00:00:00Z` by default. */
  readonly now?: string;
}

/**
 * msw handlers playing an agricultural insurer that keeps the contract (happy path): quotes at a
 * fixed rate with the national subsidy shares (centre 45 %, province 25 %, county 10 %), binding
 * of known quotes, claims received and readable. Each POST is performed once per
 * `Idempotency-Key`. Every call makes an insurer with its own state.
 *
 * @param options - see {@link InsurerHandlersOptions}
 *
 * @example
 * ```ts
 * const server = setupServer(...insurerHandlers({ baseUrl: 'https://insurer.test/v1' }));
 * ```
 */
export function insurerHandlers(options: InsurerHandlersOptions): HttpHandler[] {
  const base = trimBase(options.baseUrl);
  const now = options.now ?? '2026-01-01T00:00:00Z';
  const rate = options.premiumRate ?? '0.06';
  const quotes = new Map<string, InsuranceQuote>();
  const claims = new Map<string, ClaimStatus>();
  let policies = 0;
  const quote = idempotentEndpoint(InsuranceQuoteRequestSchema, (body) => {
    const premiumFen = scaleFen(body.sumInsuredPerMuFen, { multiply: [rate, body.areaMu] });
    const split = premiumSubsidySplit({
      premiumFen,
      kind: 'crop',
      region: 'centralWestNortheast',
      provinceShare: '0.25',
      countyShare: '0.1',
    });
    const q: InsuranceQuote = {
      id: `Q-${String(quotes.size + 1).padStart(6, '0')}`,
      quoteRequestId: body.quoteRequestId,
      premiumRate: rate,
      sumInsuredFen: scaleFen(body.sumInsuredPerMuFen, { multiply: [body.areaMu] }),
      premiumFen,
      shares: {
        centreFen: split.centreFen,
        provinceFen: split.provinceFen,
        countyFen: split.countyFen,
        farmerFen: split.farmerFen,
      },
      validUntil: body.coverStart,
    };
    quotes.set(q.id, q);
    return q;
  });
  const bind = idempotentEndpoint(BindPolicyRequestSchema, (body) => {
    const q = quotes.get(body.quoteId);
    policies += 1;
    const policy: InsurancePolicy = {
      id: `P-${String(policies).padStart(6, '0')}`,
      quoteId: body.quoteId,
      status: 'bound',
      coverStart: q?.validUntil ?? now.slice(0, 10),
      coverEnd: q?.validUntil ?? now.slice(0, 10),
      premiumFen: q?.premiumFen ?? 0,
      farmerPaysFen: q?.shares.farmerFen ?? 0,
    };
    return policy;
  });
  const claim = idempotentEndpoint(ClaimRequestSchema, (body) => {
    const status: ClaimStatus = {
      id: `C-${String(claims.size + 1).padStart(6, '0')}`,
      claimRequestId: body.claimRequestId,
      policyId: body.policyId,
      status: 'received',
      updatedAt: now,
    };
    claims.set(status.id, status);
    return status;
  });
  return [
    http.post(`${base}/quotes`, ({ request }) => quote(request)),
    http.post(`${base}/policies`, ({ request }) => bind(request)),
    http.post(`${base}/claims`, ({ request }) => claim(request)),
    http.get(`${base}/claims/:id`, ({ params }) => {
      const status = claims.get(String(params.id));
      return status === undefined
        ? problemResponse(404, 'Not Found', `no claim ${String(params.id)}`)
        : HttpResponse.json(status);
    }),
  ];
}
