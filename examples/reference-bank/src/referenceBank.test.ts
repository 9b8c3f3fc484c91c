import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createBankClient,
  type LoanApplication,
  PartnerError,
  type RepaymentNotice,
  receiveRepaymentNotice,
  WEBHOOK_SIGNATURE_HEADER,
} from '@hezuo/finance';
import { afterEach, describe, expect, it } from 'vitest';
import { type ReferenceBank, startReferenceBank } from './referenceBank';

const APPLICATION: LoanApplication = {
  applicationId: 'APP-2026-0001',
  memberRef: 'coop-17/member-0042',
  amountFen: 2_000_000,
  termMonths: 12,
  method: 'equalInstallment',
  purpose: 'spring inputs for 30 mu of maize',
  requestedDisbursementDate: '2026-03-01',
};
const now = () => new Date('2026-03-01T08:00:00Z');

let running: ReferenceBank[] = [];
async function bank(options: Parameters<typeof startReferenceBank>[0] = {}): Promise<ReferenceBank> {
  const started = await startReferenceBank({ now, ...options });
  running.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(running.map((b) => b.close()));
  running = [];
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('the reference bank over real HTTP', () => {
  it('listens on 127.0.0.1 on a free port', async () => {
    const b = await bank();
    expect(b.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('creates a retried loan application exactly once', async () => {
    // The bank does the work, then its first two answers are lost (503): the client retries
    // with the same Idempotency-Key, and the bank replays the application it already created.
    const b = await bank({ faults: { loseAnswers: 2 } });
    const client = createBankClient({ baseUrl: b.url, retry: { limit: 3, backoffMs: 1 } });
    const status = await client.applyForLoan(APPLICATION);
    expect(status).toMatchObject({ id: 'LA-000001', applicationId: 'APP-2026-0001', status: 'approved' });
    expect(b.applications()).toHaveLength(1);
    expect(b.requestCount()).toBe(3);
    expect(await client.loanApplicationStatus('LA-000001')).toEqual(status);
  });

  it('gives up without retrying when nothing makes a retry safe, and the key still works later', async () => {
    const b = await bank({ faults: { loseAnswers: 1 } });
    const client = createBankClient({ baseUrl: b.url, retry: { limit: 0 } });
    await expect(client.applyForLoan(APPLICATION)).rejects.toBeInstanceOf(PartnerError);
    // The application exists; sending it again with its key returns it rather than a second one.
    expect((await client.applyForLoan(APPLICATION)).id).toBe('LA-000001');
    expect(b.applications()).toHaveLength(1);
  });

  it('decides credit lines by grade', async () => {
    const b = await bank();
    const client = createBankClient({ baseUrl: b.url });
    const request = {
      requestId: 'CLR-2026-0001',
      memberRef: 'coop-17/member-0042',
      cooperativeId: '93370781MA3C00001',
      grade: 'AA',
      score: 74.5,
      modelId: 'three-in-one-reference',
      modelHash: 'sha256:0f1e',
      requestedAmountFen: 5_000_000,
    };
    expect(await client.requestCreditLine(request)).toMatchObject({
      status: 'approved',
      approvedAmountFen: 3_000_000,
      validFrom: '2026-03-01',
      validUntil: '2028-02-29',
    });
    expect(
      await client.requestCreditLine({ ...request, requestId: 'CLR-2026-0002', grade: 'unrated' }),
    ).toMatchObject({
      status: 'declined',
      approvedAmountFen: 0,
    });
  });

  it('keeps the contract’s rules on keys and bodies', async () => {
    const b = await bank();
    const url = `${b.url}/loan-applications`;
    expect((await post(url, APPLICATION)).status).toBe(400); // no Idempotency-Key
    const first = await post(url, APPLICATION, { 'idempotency-key': 'K-0000001' });
    expect(first.status).toBe(201);
    const again = await post(url, APPLICATION, { 'idempotency-key': 'K-0000001' });
    expect([again.status, again.headers.get('idempotent-replayed'), again.body]).toEqual([
      201,
      'true',
      first.body,
    ]);
    const reused = await post(url, { ...APPLICATION, amountFen: 1 }, { 'idempotency-key': 'K-0000001' });
    expect(reused).toMatchObject({ status: 422, body: { title: 'Idempotency-Key reused' } });
    expect(reused.headers.get('content-type')).toBe('application/problem+json');
    const invalid = await post(url, { ...APPLICATION, amountFen: -1 }, { 'idempotency-key': 'K-0000002' });
    expect(invalid.status).toBe(422);
    expect((await post(url, '{', { 'idempotency-key': 'K-0000003' })).status).toBe(400);
    expect(b.applications()).toHaveLength(1);
    const missing = await fetch(`${b.url}/loan-applications/LA-999999`);
    expect(missing.status).toBe(404);
  });

  it('sends signed repayment notices a host can verify', async () => {
    const secret = 'a-secret-shared-with-the-host';
    const b = await bank({ webhookSecret: secret });
    const received: RepaymentNotice[] = [];
    const host = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const signature = req.headers[WEBHOOK_SIGNATURE_HEADER];
        receiveRepaymentNotice({
          payload: Buffer.concat(chunks).toString('utf8'),
          ...(typeof signature === 'string' ? { signature } : {}),
          secret,
          now: Math.floor(now().getTime() / 1000),
        }).then(
          (notice) => {
            received.push(notice);
            res.writeHead(204).end();
          },
          () => res.writeHead(400).end(),
        );
      });
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const { port } = host.address() as AddressInfo;
    try {
      const notice: RepaymentNotice = {
        noticeId: 'N-0001',
        loanId: 'BL-77',
        memberRef: 'coop-17/member-0042',
        kind: 'paid',
        installmentNumber: 1,
        dueDate: '2026-04-01',
        amountDueFen: 171_000,
        paidOn: '2026-04-01',
        amountPaidFen: 171_000,
        issuedAt: '2026-04-01T09:00:00Z',
      };
      expect(await b.sendRepaymentNotice(`http://127.0.0.1:${port}/webhooks/bank`, notice)).toBe(204);
      expect(received).toEqual([notice]);
      // A bank with another secret is refused.
      const impostor = await bank({ webhookSecret: 'not-the-shared-secret' });
      expect(await impostor.sendRepaymentNotice(`http://127.0.0.1:${port}/webhooks/bank`, notice)).toBe(400);
    } finally {
      host.closeAllConnections();
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });
});
