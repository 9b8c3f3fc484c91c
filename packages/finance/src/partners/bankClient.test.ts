import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bankHandlers } from '../testing/bankHandlers';
import { partnerFaults } from '../testing/partnerFaults';
import { type BankClient, createBankClient } from './bankClient';
import type { LoanApplication } from './bankContract';
import { LoanApplicationStatusSchema } from './bankContract';
import { PartnerError } from './partnerError';
import { createPartnerTransport } from './partnerTransport';

const BASE = 'https://bank.test/hezuo/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const APPLICATION: LoanApplication = {
  applicationId: 'APP-2026-0001',
  memberRef: 'coop-17/member-0042',
  amountFen: 2_000_000,
  termMonths: 12,
  method: 'equalInstallment',
  purpose: 'spring inputs for 30 mu of maize',
  requestedDisbursementDate: '2026-03-01',
};

/** A client whose waits are recorded, not slept. */
function client(options: { timeoutMs?: number; maxRetryAfterMs?: number } = {}): {
  bank: BankClient;
  waits: number[];
} {
  const waits: number[] = [];
  const bank = createBankClient({
    baseUrl: BASE,
    timeoutMs: options.timeoutMs ?? 2_000,
    retry: {
      limit: 2,
      backoffMs: 300,
      maxDelayMs: 10_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
    },
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return { bank, waits };
}

async function failure(promise: Promise<unknown>): Promise<PartnerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PartnerError) return error;
    throw error;
  }
  throw new Error('expected a PartnerError');
}

describe('bank client, happy path', () => {
  it('requests a credit line, applies for a loan and reads its status', async () => {
    server.use(...bankHandlers({ baseUrl: BASE }));
    const { bank } = client();
    const decision = await bank.requestCreditLine({
      requestId: 'CLR-2026-0001',
      memberRef: 'coop-17/member-0042',
      cooperativeId: '93370781MA3C00001',
      grade: 'AA',
      score: 74.5,
      modelId: 'three-in-one-reference',
      modelHash: 'sha256:0f1e',
      requestedAmountFen: 3_000_000,
    });
    expect(decision).toMatchObject({ status: 'approved', approvedAmountFen: 3_000_000 });
    const status = await bank.applyForLoan(APPLICATION);
    expect(status).toMatchObject({ id: 'LA-000001', status: 'received', amountFen: 2_000_000 });
    expect(await bank.loanApplicationStatus(status.id)).toEqual(status);
  });

  it('gets the first answer back when a request is repeated with its key', async () => {
    server.use(...bankHandlers({ baseUrl: BASE }));
    const { bank } = client();
    const first = await bank.applyForLoan(APPLICATION);
    const again = await bank.applyForLoan(APPLICATION);
    expect(again).toEqual(first);
    const other = await bank.applyForLoan({ ...APPLICATION, applicationId: 'APP-2026-0002' });
    expect(other.id).toBe('LA-000002');
  });

  it('refuses a request that breaks the contract before sending anything', async () => {
    const { bank } = client();
    await expect(bank.applyForLoan({ ...APPLICATION, amountFen: -1 })).rejects.toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['application', 'amountFen'],
    });
    await expect(bank.loanApplicationStatus('../admin')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['id'],
    });
  });
});

describe('bank client, faults (msw)', () => {
  const url = `${BASE}/loan-applications`;

  it('retries a 500 with backoff, and the application is created once', async () => {
    server.use(partnerFaults.serverError(url, { times: 2 }), ...bankHandlers({ baseUrl: BASE }));
    const { bank, waits } = client();
    const status = await bank.applyForLoan(APPLICATION);
    expect(status.id).toBe('LA-000001');
    expect(waits).toEqual([300, 600]);
  });

  it('waits as long as a 503 Retry-After asks, in seconds or as a date', async () => {
    server.use(partnerFaults.unavailable(url, { retryAfter: '2' }), ...bankHandlers({ baseUrl: BASE }));
    const { bank, waits } = client();
    await bank.applyForLoan(APPLICATION);
    expect(waits).toEqual([2_000]);

    const dated: number[] = [];
    const bank2 = createBankClient({
      baseUrl: BASE,
      sleep: async (ms) => {
        dated.push(ms);
      },
      now: () => new Date('2026-03-01T08:00:00Z'),
    });
    server.use(partnerFaults.unavailable(url, { retryAfter: 'Sun, 01 Mar 2026 08:00:05 GMT' }));
    await bank2.applyForLoan({ ...APPLICATION, applicationId: 'APP-2026-0003' });
    expect(dated).toEqual([5_000]);
  });

  it('gives up on a 503 that asks to wait too long, with the problem details', async () => {
    server.use(partnerFaults.unavailable(url, { retryAfter: '3600' }));
    const { bank, waits } = client({ maxRetryAfterMs: 10_000 });
    const error = await failure(bank.applyForLoan(APPLICATION));
    expect(error).toMatchObject({ code: 'TRANSACTION_FAILED', failure: 'http', status: 503, attempts: 1 });
    expect(error.problem).toMatchObject({ title: 'Service Unavailable', status: 503 });
    expect(waits).toEqual([]);
  });

  it('stops after the retry limit', async () => {
    server.use(partnerFaults.serverError(url, { times: 10 }));
    const { bank, waits } = client();
    const error = await failure(bank.applyForLoan(APPLICATION));
    expect(error).toMatchObject({ failure: 'http', status: 500, attempts: 3 });
    expect(waits).toEqual([300, 600]);
  });

  it('times out, retries, and reports a timeout', async () => {
    server.use(partnerFaults.timeout(url, { times: 10 }));
    const { bank } = client({ timeoutMs: 30 });
    const error = await failure(bank.applyForLoan(APPLICATION));
    expect(error).toMatchObject({ code: 'TRANSACTION_FAILED', failure: 'timeout', attempts: 3 });
  });

  it('recovers from a network error by retrying', async () => {
    server.use(partnerFaults.networkError(url), ...bankHandlers({ baseUrl: BASE }));
    const { bank, waits } = client();
    expect((await bank.applyForLoan(APPLICATION)).id).toBe('LA-000001');
    expect(waits).toEqual([300]);
  });

  it('reports malformed JSON and contract breaches as invalid replies, without retrying', async () => {
    server.use(partnerFaults.malformedJson(url));
    const { bank, waits } = client();
    expect(await failure(bank.applyForLoan(APPLICATION))).toMatchObject({
      code: 'INVALID_INPUT',
      failure: 'invalidReply',
      attempts: 1,
    });
    server.use(partnerFaults.contractBreach(url));
    const breach = await failure(bank.applyForLoan(APPLICATION));
    expect(breach).toMatchObject({ failure: 'invalidReply', path: ['response', 'applicationId'] });
    expect(waits).toEqual([]);
  });

  it('reports a 409 as a conflict with the partner’s records, not retried', async () => {
    server.use(partnerFaults.conflict(url));
    const { bank, waits } = client();
    const error = await failure(bank.applyForLoan(APPLICATION));
    expect(error).toMatchObject({ code: 'FINANCE_RULE', failure: 'http', status: 409 });
    expect(error.problem?.detail).toMatch(/in progress/);
    expect(error.message).toContain('HTTP 409 Conflict');
    expect(waits).toEqual([]);
  });

  it('reports an unknown application as NOT_FOUND', async () => {
    server.use(...bankHandlers({ baseUrl: BASE }));
    const { bank } = client();
    await expect(bank.loanApplicationStatus('LA-999999')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    server.use(partnerFaults.serverError(url, { times: 10 }));
    const waits: number[] = [];
    const send = createPartnerTransport('bank', {
      baseUrl: BASE,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const error = await failure(
      send({
        operation: 'applyForLoan',
        method: 'post',
        path: 'loan-applications',
        body: APPLICATION,
        reply: LoanApplicationStatusSchema,
      }),
    );
    expect(error.attempts).toBe(1);
    expect(waits).toEqual([]);
  });
});
