import { createHezuo, isHezuoError } from '@hezuo/core';
import { finance } from '@hezuo/finance';
import { trusteeship } from '@hezuo/trusteeship';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { premiumShares } from './premiumShares';
import { quoteApplications } from './quoteApplications';
import { WHEAT_SEASON } from './season';

async function clientWithContracts() {
  const hz = createHezuo({ plugins: [trusteeship(), finance()] });
  for (const contract of WHEAT_SEASON.contracts) await hz.trusteeship.recordContract(contract);
  return hz;
}

describe('quoting the members’ applications', () => {
  it('prices a member’s premium and splits it between four payers, exact to the fen', async () => {
    const hz = await clientWithContracts();
    const { quotes } = await quoteApplications(hz.finance, WHEAT_SEASON.terms, WHEAT_SEASON.applications);
    const m001 = quotes.find((q) => q.memberId === 'M001');
    // 450 yuan × 6 % × 12.5 mu = 337.50 yuan; 45 % + 25 % + 10 % + 20 %, the odd half fen to the centre.
    expect(m001?.quote.premium).toEqual({
      sumInsuredFen: 562_500,
      premiumFen: 33_750,
      premiumPerMuFen: 2_700,
    });
    expect(m001?.quote.subsidy).toMatchObject({
      centreFen: 15_188,
      provinceFen: 8_437,
      countyFen: 3_375,
      farmerFen: 6_750,
    });
    // Both of M001's contracts count: the active 7.3 mu and the signed 5.2 mu.
    expect(m001?.quote.areaCheck).toEqual({
      result: 'within',
      contractedAreaMu: '12.5',
      contractIds: ['TC-2025-001', 'TC-2025-002'],
    });
    expect(quotes.find((q) => q.memberId === 'M004')?.quote.areaCheck.result).toBe('noContracts');
    for (const { quote } of quotes) {
      const s = quote.subsidy;
      expect(s.centreFen + s.provinceFen + s.countyFen + s.farmerFen).toBe(quote.premium.premiumFen);
    }
  });

  it('refuses a member who insures more than his land under trusteeship, with FINANCE_RULE', async () => {
    const hz = await clientWithContracts();
    const { quotes, refused } = await quoteApplications(
      hz.finance,
      WHEAT_SEASON.terms,
      WHEAT_SEASON.applications,
    );
    expect(quotes.map((q) => q.memberId)).toEqual(['M001', 'M002', 'M004', 'M005']);
    expect(refused).toHaveLength(1);
    const [m003] = refused;
    // The draft contract's 2.8 mu do not count: 6 mu under contract, 8.8 asked.
    expect(m003).toMatchObject({ memberId: 'M003', areaMu: '8.8', contractedAreaMu: '6' });
    expect(m003?.error.code).toBe('FINANCE_RULE');
    expect(m003?.error.path).toEqual(['input', 'insuredAreaMu']);
    // Insuring exactly the contracted area is accepted.
    const exact = await quoteApplications(hz.finance, WHEAT_SEASON.terms, [
      { memberId: 'M003', areaMu: '6' },
    ]);
    expect(exact.refused).toEqual([]);
    expect(exact.quotes[0]?.quote.areaCheck.contractedAreaMu).toBe('6');
  });

  it('stops on a mistake in the input rather than refusing the member', async () => {
    const hz = await clientWithContracts();
    const quoting = quoteApplications(hz.finance, WHEAT_SEASON.terms, [{ memberId: 'M001', areaMu: '-2' }]);
    await expect(quoting).rejects.toSatisfy((e) => isHezuoError(e) && e.code !== 'FINANCE_RULE');
    // Cover above 80 % of the output value is refused by the library, never clamped.
    const overCover = { ...WHEAT_SEASON.terms, sumInsuredPerMuFen: 48_001 };
    await expect(
      quoteApplications(hz.finance, overCover, [{ memberId: 'M001', areaMu: '1' }]),
    ).rejects.toMatchObject({ code: 'INVALID_AMOUNT', path: ['input', 'sumInsuredPerMuFen'] });
  });

  it('keeps every payer’s total equal to the premiums, for any areas and shares', async () => {
    const area = fc
      .tuple(fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 99 }))
      .filter(([mu, hundredths]) => mu + hundredths > 0)
      .map(([mu, hundredths]) => `${mu}.${String(hundredths).padStart(2, '0')}`);
    const hz = createHezuo({ plugins: [trusteeship(), finance()] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(area, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 25, max: 40 }),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom('centralWestNortheast', 'east'),
        async (areas, province, county, region) => {
          const terms = {
            ...WHEAT_SEASON.terms,
            subsidy: {
              kind: 'crop',
              region,
              provinceShare: `0.${province}`,
              countyShare: county < 10 ? `0.0${county}` : `0.${county}`,
            },
          } as const;
          const applications = areas.map((areaMu, i) => ({ memberId: `X${i}`, areaMu }));
          const { quotes } = await quoteApplications(hz.finance, terms, applications);
          const totals = premiumShares(quotes);
          expect(totals.policies).toBe(areas.length);
          expect(totals.centreFen + totals.provinceFen + totals.countyFen + totals.farmerFen).toBe(
            totals.premiumFen,
          );
          expect(totals.premiumFen).toBe(quotes.reduce((sum, q) => sum + q.quote.premium.premiumFen, 0));
        },
      ),
      { numRuns: 60 },
    );
  });
});
