import { createInsurerClient } from '@hezuo/finance';
import { insurerHandlers, partnerFaults } from '@hezuo/finance/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { placePolicies, reportLoss } from './insurerExchange';
import { runInsurerSeason } from './insurerSeason';

// The insurer's REST API, played by the mock insurer of @hezuo/finance/testing: it quotes at 6 %
// with the national shares of a central province, as the season's terms do.
const BASE = 'https://insurer.test/agri/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the season over the insurer REST contract', () => {
  it('gets the same premium and shares from the insurer as computed locally, and binds each policy', async () => {
    server.use(...insurerHandlers({ baseUrl: BASE }));
    const { season, quoted } = await runInsurerSeason();
    const insurer = createInsurerClient({ baseUrl: BASE });
    const placed = await placePolicies(insurer, season, quoted.quotes);
    expect(placed.map((p) => [p.memberId, p.policy.id, p.agrees])).toEqual([
      ['M001', 'P-000001', true],
      ['M002', 'P-000002', true],
      ['M004', 'P-000003', true],
      ['M005', 'P-000004', true],
    ]);
    expect(placed[0]?.policy).toMatchObject({ status: 'bound', premiumFen: 33_750, farmerPaysFen: 6_750 });
    const claims = await reportLoss(insurer, season, placed);
    expect([...claims.keys()]).toEqual(['M001', 'M002', 'M004', 'M005']);
    expect((await insurer.claimStatus(claims.get('M002') as string)).status).toBe('received');
  });

  it('notices an insurer whose quote differs from the local one', async () => {
    server.use(...insurerHandlers({ baseUrl: BASE, premiumRate: '0.065' }));
    const { season, quoted } = await runInsurerSeason();
    const placed = await placePolicies(createInsurerClient({ baseUrl: BASE }), season, quoted.quotes);
    expect(placed.every((p) => !p.agrees)).toBe(true);
    expect(placed[0]?.insurerPremiumFen).toBe(36_563); // 450 yuan × 6.5 % × 12.5 mu, half-up
  });

  it('retries when the insurer is briefly unavailable', async () => {
    server.use(
      partnerFaults.unavailable(`${BASE}/policies`, { retryAfter: '0', times: 1 }),
      ...insurerHandlers({ baseUrl: BASE }),
    );
    const { season, quoted } = await runInsurerSeason();
    const insurer = createInsurerClient({ baseUrl: BASE, retry: { backoffMs: 0 } });
    const placed = await placePolicies(insurer, season, quoted.quotes.slice(0, 1));
    expect(placed[0]?.policy.id).toBe('P-000001');
  });
});
