import {
  insuranceClaim,
  insurancePremium,
  PRACTICE_WHEAT_STAGE_CAPS,
  premiumSubsidySplit,
} from '@hezuo/finance';
import { type ReferenceBank, startReferenceBank } from '@hezuo/reference-bank';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seasonChecks } from './runDemo';
import { runSeason, type SeasonResult } from './runSeason';
import { POLICY_DEDUCTIBLE } from './steps/runInsurance';

let bank: ReferenceBank;
let result: SeasonResult;

beforeAll(async () => {
  bank = await startReferenceBank({ now: () => new Date('2026-01-01T01:00:00Z') });
  result = await runSeason({ seed: 11, households: 400, bankUrl: bank.url, locale: 'en' });
}, 300_000);
afterAll(() => bank.close());

describe('one season of a generated county', () => {
  it('admits every household under the law and keeps the co-ops ≥ 80 % farmers', () => {
    expect(result.membership.members).toBe(result.county.households.length);
    expect(Number(result.membership.lowestFarmerPercent)).toBeGreaterThanOrEqual(80);
    expect(result.membership.paidInFen).toBe(
      result.county.households.reduce((s, h) => s + h.shareCapitalFen, 0),
    );
  });

  it('holds its own checks: money conserved in surplus, marketing and insurance', () => {
    expect(seasonChecks(result)).toBe(true);
    expect(result.surplus.historyTotal).toBeGreaterThan(0);
  });

  it('asks the bank for exactly the lines the bank recorded, to the fen', () => {
    const lines = bank.creditLines();
    expect(lines).toHaveLength(result.bank.requested);
    const approved = lines.filter((l) => l.status === 'approved');
    expect(approved).toHaveLength(result.bank.approved);
    expect(approved.reduce((s, l) => s + l.approvedAmountFen, 0)).toBe(result.bank.approvedFen);
  });

  it('prices insurance as the finance package does policy by policy', () => {
    let premium = 0;
    let farmer = 0;
    let claims = 0;
    const refused = result.insurance.refused;
    for (const p of result.county.insurancePolicies) {
      const priced = insurancePremium({ ...p.premium, areaMu: String(p.premium.areaMu) });
      premium += priced.premiumFen;
      farmer += premiumSubsidySplit({ ...p.subsidy, premiumFen: priced.premiumFen }).farmerFen;
      if (p.loss !== null) {
        claims += insuranceClaim({
          sumInsuredPerMuFen: p.premium.sumInsuredPerMuFen,
          insuredAreaMu: String(p.premium.areaMu),
          damagedAreaMu: String(p.loss.damagedAreaMu),
          growthStage: p.loss.growthStage,
          stageCaps: PRACTICE_WHEAT_STAGE_CAPS,
          lossRate: p.loss.lossRate,
          deductible: POLICY_DEDUCTIBLE,
        }).claimFen;
      }
    }
    if (refused === 0) {
      expect(result.insurance.premiumFen).toBe(premium);
      expect(result.insurance.farmerFen).toBe(farmer);
      expect(result.insurance.claimFen).toBe(claims);
    } else {
      expect(result.insurance.premiumFen).toBeLessThan(premium);
    }
  });

  it('grades every household, and the grades rank the season’s real defaults', () => {
    const graded = result.credit.grades.reduce((s, g) => s + g.count, 0);
    expect(graded).toBe(result.county.households.length);
    expect(result.credit.auc).toBeGreaterThan(0.6);
    expect(result.credit.psi).toBeGreaterThanOrEqual(0);
  });

  it('settles every trusteeship contract it activated', () => {
    const t = result.trusteeship;
    expect(t.settlements.length + t.terminated).toBe(t.contracts);
    const farmers = t.settlements.filter((s) => s.payer === 'farmer').reduce((s, x) => s + x.payableFen, 0);
    expect(farmers).toBe(t.farmersPayFen);
    expect(t.menuQuote.totalFen).toBe(t.menuQuote.lines.reduce((s, l) => s + l.amountFen, 0));
  });

  it('shares the group buy saving so that members pay the list price less the saving', () => {
    const a = result.agriInput;
    expect(a.groupBuyOrders).toBeGreaterThan(0);
    expect(a.payableFen + a.savingFen).toBe(a.bags * 11_000);
  });

  it('gives the same season for the same seed', async () => {
    const again = await runSeason({ seed: 11, households: 400, bankUrl: bank.url, locale: 'en' });
    expect(again.surplus.season).toEqual(result.surplus.season);
    expect(again.credit.grades).toEqual(result.credit.grades);
    expect(again.trusteeship.farmersPayFen).toBe(result.trusteeship.farmersPayFen);
  }, 300_000);
});
