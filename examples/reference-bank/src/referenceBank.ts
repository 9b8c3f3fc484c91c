import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type BankCreditLineDecision,
  BankCreditLineRequestSchema,
  LoanApplicationSchema,
  type LoanApplicationStatus,
  type RepaymentNotice,
  RepaymentNoticeSchema,
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
} from '@hezuo/finance';
import { decideCreditLine, REFERENCE_CAPS } from './creditDecision';
import { IdempotencyKeys } from './idempotencyKeys';

/** Options of {@link startReferenceBank}. */
export interface ReferenceBankOptions {
  /** The interface to listen on; `127.0.0.1` by default (never exposed beyond the machine). */
  readonly host?: string;
  /** The port; 0 (a free port chosen by the system) by default. */
  readonly port?: number;
  /** The secret repayment notices are signed with. */
  readonly webhookSecret?: string;
  /** The bank's caps per grade, in fen. */
  readonly caps?: Readonly<Record<string, number>>;
  /** The current time, for decision stamps and notice signatures; the system clock by default. */
  readonly now?: () => Date;
  /**
   * Faults to play, for tests of clients: the answers to the first `loseAnswers` keyed POSTs (new
   * or repeated) are replaced by a 503 (`Retry-After: 0`) after the work is done, as if the answer
   * was lost on the way back.
   */
  readonly faults?: { readonly loseAnswers?: number };
}

/** A running reference bank. */
export interface ReferenceBank {
  /** The base URL to give a bank client, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  /** Stops the server. */
  close(): Promise<void>;
  /** Loan applications the bank created, in order: each once, however often it was sent. */
  applications(): LoanApplicationStatus[];
  /** Credit-line decisions the bank made, in order. */
  creditLines(): BankCreditLineDecision[];
  /** How many HTTP requests arrived. */
  requestCount(): number;
  /**
   * Signs a repayment notice with the webhook secret and POSTs it to a host's webhook URL.
   * Resolves to the host's HTTP status.
   */
  sendRepaymentNotice(webhookUrl: string, notice: RepaymentNotice): Promise<number>;
}

const MAX_BODY = 1_048_576;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

function problem(
  res: ServerResponse,
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({
    type: 'about:blank',
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
  });
  send(res, status, body, { 'content-type': 'application/problem+json', ...headers });
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the reference bank: an HTTP server on Node's `http`, in memory, on 127.0.0.1 and a free
 * port, keeping the Hezuo bank contract (`docs/contracts/bank.openapi.json`) — credit-line
 * requests, loan applications and their status — including idempotency: every POST needs an
 * `Idempotency-Key`, and a request sent twice is done once. It also signs and sends repayment
 * notices. For end-to-end tests over real HTTP and for the demo; not a bank.
 *
 * @example
 * ```ts
 * const bank = await startReferenceBank();
 * const client = createBankClient({ baseUrl: bank.url });
 * // …
 * await bank.close();
 * ```
 */
export async function startReferenceBank(options: ReferenceBankOptions = {}): Promise<ReferenceBank> {
  const now = options.now ?? (() => new Date());
  const caps = options.caps ?? REFERENCE_CAPS;
  const secret = options.webhookSecret ?? 'reference-bank-webhook-secret';
  const keys = new IdempotencyKeys();
  const applications = new Map<string, LoanApplicationStatus>();
  const creditLines: BankCreditLineDecision[] = [];
  let answersToLose = options.faults?.loseAnswers ?? 0;
  let requests = 0;

  /** Whether the fault plan loses this answer (the work is done either way). */
  const loseAnswer = () => {
    if (answersToLose <= 0) return false;
    answersToLose -= 1;
    return true;
  };
  const lost = (res: ServerResponse) =>
    problem(res, 503, 'Service Unavailable', 'the answer was lost on the way back', { 'retry-after': '0' });

  /** A keyed POST: validated, performed once per key, its answer kept for repeats. */
  async function keyedPost(
    req: IncomingMessage,
    res: ServerResponse,
    perform: (body: unknown) => { status: number; reply: unknown } | { problem: [number, string, string] },
  ) {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 128) {
      return problem(
        res,
        400,
        'Idempotency-Key required',
        'every POST carries an Idempotency-Key of 8 to 128 characters',
      );
    }
    const text = await readBody(req);
    if (text === undefined) return problem(res, 413, 'Payload Too Large');
    const fingerprint = `${req.method} ${req.url} ${text}`;
    const verdict = keys.begin(key, fingerprint);
    if (verdict.kind === 'mismatch') {
      return problem(res, 422, 'Idempotency-Key reused', 'this key was used before with a different request');
    }
    if (verdict.kind === 'inProgress') {
      return problem(res, 409, 'Conflict', 'a request with this Idempotency-Key is in progress');
    }
    if (verdict.kind === 'replay') {
      if (loseAnswer()) return lost(res);
      return send(res, verdict.status, verdict.body, { 'idempotent-replayed': 'true' });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      keys.abandon(key);
      return problem(res, 400, 'Malformed JSON');
    }
    const outcome = perform(json);
    if ('problem' in outcome) {
      keys.abandon(key);
      return problem(res, ...outcome.problem);
    }
    const body = JSON.stringify(outcome.reply);
    keys.finish(key, fingerprint, outcome.status, body);
    if (loseAnswer()) return lost(res);
    return send(res, outcome.status, body);
  }

  const server = createServer((req, res) => {
    requests += 1;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handle = async () => {
      if (req.method === 'POST' && path === '/credit-line-requests') {
        return keyedPost(req, res, (json) => {
          const parsed = BankCreditLineRequestSchema.safeParse(json);
          if (!parsed.success)
            return { problem: [422, 'Contract violation', parsed.error.issues[0]?.message ?? 'invalid'] };
          const decision = decideCreditLine(
            parsed.data,
            `CL-${String(creditLines.length + 1).padStart(6, '0')}`,
            now(),
            caps,
          );
          creditLines.push(decision);
          return { status: 201, reply: decision };
        });
      }
      if (req.method === 'POST' && path === '/loan-applications') {
        return keyedPost(req, res, (json) => {
          const parsed = LoanApplicationSchema.safeParse(json);
          if (!parsed.success)
            return { problem: [422, 'Contract violation', parsed.error.issues[0]?.message ?? 'invalid'] };
          const status: LoanApplicationStatus = {
            id: `LA-${String(applications.size + 1).padStart(6, '0')}`,
            applicationId: parsed.data.applicationId,
            status: parsed.data.amountFen <= 5_000_000 ? 'approved' : 'underReview',
            amountFen: parsed.data.amountFen,
            updatedAt: now()
              .toISOString()
              .replace(/\.\d{3}Z$/, 'Z'),
          };
          applications.set(status.id, status);
          return { status: 201, reply: status };
        });
      }
      const match = /^\/loan-applications\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && match !== null) {
        const status = applications.get(decodeURIComponent(match[1] ?? ''));
        return status === undefined
          ? problem(res, 404, 'Not Found', `no application ${match[1]}`)
          : send(res, 200, JSON.stringify(status));
      }
      return problem(res, 404, 'Not Found', `${req.method} ${path} is not part of the contract`);
    };
    handle().catch(() => {
      if (!res.headersSent) problem(res, 500, 'Internal Server Error');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;

  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    applications: () => [...applications.values()],
    creditLines: () => [...creditLines],
    requestCount: () => requests,
    async sendRepaymentNotice(webhookUrl, notice) {
      const body = JSON.stringify(RepaymentNoticeSchema.parse(notice));
      const signature = await signWebhook(body, secret, Math.floor(now().getTime() / 1000));
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEBHOOK_SIGNATURE_HEADER]: signature },
        body,
      });
      return response.status;
    },
  };
}
