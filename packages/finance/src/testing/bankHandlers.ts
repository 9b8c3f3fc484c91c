import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  type BankCreditLineDecision,
  type BankCreditLineRequest,
  BankCreditLineRequestSchema,
  LoanApplicationSchema,
  type LoanApplicationStatus,
} from '../partners/bankContract';
import { idempotentEndpoint } from './idempotentEndpoint';
import { problemResponse, trimBase } from './problem';

/** Options of {@link bankHandlers}. */
export interface BankHandlersOptions {
  /** The base URL the client under test is given, e.g. `https://bank.test/v1`. */
  readonly baseUrl: string;
  /** The instant stamped on answers; `2026-01-01T00:00:00Z` by default (tests stay deterministic). */
  readonly now?: string;
  /** How the mock bank decides a credit-line request; approves the amount asked for by default. */
  readonly decide?: (request: BankCreditLineRequest) => Partial<BankCreditLineDecision>;
}

/**
 * msw handlers playing a partner bank that keeps the contract (happy path): credit-line
 * requests are approved for the amount asked, loan applications are received, each once per
 * `Idempotency-Key` (repeats replay the first answer), and statuses can be read back. Every call
 * makes a bank with its own state. Put {@link partnerFaults} before them to inject failures.
 *
 * @param options - see {@link BankHandlersOptions}
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * const server = setupServer(...bankHandlers({ baseUrl: 'https://bank.test/v1' }));
 * server.listen({ onUnhandledRequest: 'error' });
 * ```
 */
export function bankHandlers(options: BankHandlersOptions): HttpHandler[] {
  const base = trimBase(options.baseUrl);
  const now = options.now ?? '2026-01-01T00:00:00Z';
  const applications = new Map<string, LoanApplicationStatus>();
  let lines = 0;
  const creditLineRequests = idempotentEndpoint(BankCreditLineRequestSchema, (body) => {
    lines += 1;
    const decision: BankCreditLineDecision = {
      id: `CL-${String(lines).padStart(6, '0')}`,
      requestId: body.requestId,
      status: body.requestedAmountFen > 0 ? 'approved' : 'declined',
      approvedAmountFen: body.requestedAmountFen,
      decidedAt: now,
      ...(options.decide?.(body) ?? {}),
    };
    return decision;
  });
  const loanApplications = idempotentEndpoint(LoanApplicationSchema, (body) => {
    const status: LoanApplicationStatus = {
      id: `LA-${String(applications.size + 1).padStart(6, '0')}`,
      applicationId: body.applicationId,
      status: 'received',
      amountFen: body.amountFen,
      updatedAt: now,
    };
    applications.set(status.id, status);
    return status;
  });
  return [
    http.post(`${base}/credit-line-requests`, ({ request }) => creditLineRequests(request)),
    http.post(`${base}/loan-applications`, ({ request }) => loanApplications(request)),
    http.get(`${base}/loan-applications/:id`, ({ params }) => {
      const status = applications.get(String(params.id));
      return status === undefined
        ? problemResponse(404, 'Not Found', `no application ${String(params.id)}`)
        : HttpResponse.json(status);
    }),
  ];
}
