import { describe, expect, it } from 'vitest';
import { receiveRepaymentNotice, signWebhook, verifyWebhookSignature } from './webhookSignature';

const SECRET = 'a-shared-secret-of-the-bank';
const OTHER = 'another-secret-of-16+chars';
const NOW = 1_780_000_000;
const notice = JSON.stringify({
  noticeId: 'N-0001',
  loanId: 'BL-77',
  memberRef: 'coop-17/member-0042',
  kind: 'paid',
  installmentNumber: 3,
  dueDate: '2026-06-15',
  amountDueFen: 104_495,
  paidOn: '2026-06-15',
  amountPaidFen: 104_495,
  issuedAt: '2026-06-15T09:00:00Z',
});

describe('webhook signatures (HMAC-SHA256)', () => {
  it('verifies a signed notice and parses it', async () => {
    const signature = await signWebhook(notice, SECRET, NOW);
    expect(signature).toMatch(/^t=1780000000,v1=[0-9a-f]{64}$/);
    await expect(
      verifyWebhookSignature({ payload: notice, signature, secret: SECRET, now: NOW + 30 }),
    ).resolves.toBe(true);
    const parsed = await receiveRepaymentNotice({ payload: notice, signature, secret: SECRET, now: NOW });
    expect(parsed).toMatchObject({ kind: 'paid', amountPaidFen: 104_495 });
  });

  it('accepts either signature while a secret is rotated', async () => {
    const old = await signWebhook(notice, OTHER, NOW);
    const current = await signWebhook(notice, SECRET, NOW);
    const both = `${current},v1=${old.split('v1=')[1]}`;
    await expect(
      verifyWebhookSignature({ payload: notice, signature: both, secret: OTHER, now: NOW }),
    ).resolves.toBe(true);
  });

  it.each([
    ['unsigned', undefined, notice, NOW],
    ['malformed', 't=abc,v1=zz', notice, NOW],
    ['signed with another secret', 'other', notice, NOW],
    ['altered body', 'good', notice.replace('104495', '104496'), NOW],
    ['replayed after 10 minutes', 'good', notice, NOW + 600],
  ] as const)('refuses a webhook %s', async (_what, signed, payload, now) => {
    const signature =
      signed === 'good'
        ? await signWebhook(notice, SECRET, NOW)
        : signed === 'other'
          ? await signWebhook(notice, OTHER, NOW)
          : signed;
    await expect(verifyWebhookSignature({ payload, signature, secret: SECRET, now })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['signature'],
    });
  });

  it('refuses a signed body that is not a repayment notice', async () => {
    const payload = '{"noticeId":"N-1"}';
    const signature = await signWebhook(payload, SECRET, NOW);
    await expect(
      receiveRepaymentNotice({ payload, signature, secret: SECRET, now: NOW }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      path: ['payload', 'loanId'],
    });
  });

  it('refuses a short secret', async () => {
    await expect(signWebhook(notice, 'short', NOW)).rejects.toMatchObject({ path: ['secret'] });
  });
});
