import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insurerHandlers } from '../testing/insurerHandlers';
import { partnerFaults } from '../testing/partnerFaults';
import { createInsurerClient } from './insurerClient';

const BASE = 'https://insurer.test/agri/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('insurer client', () => {
  it('quotes, binds and files a claim; retries a 429', async () => {
    server.use(
      partnerFaults.tooManyRequests(`${BASE}/quotes`, { retryAfter: '1' }),
      ...insurerHandlers({ baseUrl: BASE }),
    );
    const waits: number[] = [];
    const insurer = createInsurerClient({
      baseUrl: BASE,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    const quote = await insurer.quote({
      quoteRequestId: 'Q-2026-0001',
      memberRef: 'coop-17/member-0042',
      crop: 'winter-wheat',
      countyCode: '370785',
      sumInsuredPerMuFen: 45_000,
      areaMu: '12.5',
      coverStart: '2026-03-01',
      coverEnd: '2026-06-30',
    });
    expect(waits).toEqual([1_000]);
    expect(quote).toMatchObject({
      premiumFen: 33_750,
      sumInsuredFen: 562_500,
      shares: { centreFen: 15_188, provinceFen: 8_437, countyFen: 3_375, farmerFen: 6_750 },
    });
    const policy = await insurer.bind({
      bindRequestId: 'B-2026-0001',
      quoteId: quote.id,
      memberRef: 'coop-17/member-0042',
    });
    expect(policy).toMatchObject({ status: 'bound', farmerPaysFen: 6_750 });
    const claim = await insurer.claim({
      claimRequestId: 'C-2026-0001',
      policyId: policy.id,
      lossDate: '2026-05-20',
      growthStage: 'headingToFilling',
      cause: 'hail',
      damagedAreaMu: '10',
    });
    expect(claim.status).toBe('received');
    expect(await insurer.claimStatus(claim.id)).toEqual(claim);
  });

  it('refuses an area sent as a JSON number (decimals travel as strings)', async () => {
    const insurer = createInsurerClient({ baseUrl: BASE });
    await expect(
      insurer.claim({
        claimRequestId: 'C-2026-0002',
        policyId: 'P-1',
        lossDate: '2026-05-20',
        growthStage: 'x',
        cause: 'hail',
        damagedAreaMu: 10 as unknown as string,
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', path: ['request', 'damagedAreaMu'] });
  });
});
