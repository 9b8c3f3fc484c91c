import { createHezuo } from '@hezuo/core';
import { finance } from '@hezuo/finance';
import { trusteeship } from '@hezuo/trusteeship';
import { describe, expect, it } from 'vitest';
import { assessClaims } from './assessClaims';
import { quoteApplications } from './quoteApplications';
import { WHEAT_SEASON } from './season';

async function seasonQuotes() {
  const hz = createHezuo({ plugins: [trusteeship(), finance()] });
  for (const contract of WHEAT_SEASON.contracts) await hz.trusteeship.recordContract(contract);
  return (await quoteApplications(hz.finance, WHEAT_SEASON.terms, WHEAT_SEASON.applications)).quotes;
}

describe('claims after the hailstorm', () => {
  it('reckons each indemnity and pays their exact sum', async () => {
    const settlement = assessClaims(WHEAT_SEASON.terms, await seasonQuotes(), WHEAT_SEASON.loss);
    const paid = Object.fromEntries(settlement.claims.map((c) => [c.memberId, c.claim.claimFen]));
    expect(paid).toEqual({
      M001: 144_000, // 450 yuan × 80 % × (50 % − 10 %) × 10 mu
      M002: 725_400, // total loss (85 % ≥ 80 %): 450 yuan × 80 % × 20.15 mu
      M004: 33_048, // 450 yuan × 80 % × (37 % − 10 %) × 3.4 mu
      M005: 0, // 8 % is below the 10 % deductible
    });
    expect(settlement.claims.find((c) => c.memberId === 'M002')?.claim.totalLoss).toBe(true);
    expect(settlement.payments).toBe(3);
    expect(settlement.paidFen).toBe(902_448);
  });

  it('pays only insured members, and never for more land than insured', async () => {
    const quotes = await seasonQuotes();
    const uninsured = {
      ...WHEAT_SEASON.loss,
      assessments: [{ memberId: 'M003', damagedAreaMu: '6', lossRate: '0.5' }],
    };
    expect(() => assessClaims(WHEAT_SEASON.terms, quotes, uninsured)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', path: ['loss', 'assessments', 0, 'memberId'] }),
    );
    const tooLarge = {
      ...WHEAT_SEASON.loss,
      assessments: [{ memberId: 'M001', damagedAreaMu: '12.51', lossRate: '0.5' }],
    };
    expect(() => assessClaims(WHEAT_SEASON.terms, quotes, tooLarge)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['input', 'damagedAreaMu'] }),
    );
  });
});
