import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insuranceClaim, PRACTICE_WHEAT_STAGE_CAPS } from './insuranceClaim';
import { insurancePremium } from './insurancePremium';
import { checkInsuredArea } from './insuredAreaCheck';
import { premiumSubsidySplit } from './premiumSubsidy';

const contract = (id: string, areaMu: number, status = 'active', extra: object = {}) => ({
  id,
  memberId: 'M001',
  areaMu,
  status,
  startDate: '2026-01-01',
  ...extra,
});

describe('premiums', () => {
  it('multiplies sum insured per mu × rate × area exactly, rounding once', () => {
    expect(
      insurancePremium({
        sumInsuredPerMuFen: 45_000,
        premiumRate: '0.06',
        areaMu: '12.5',
        outputValuePerMuFen: 60_000,
      }),
    ).toEqual({ sumInsuredFen: 562_500, premiumFen: 33_750, premiumPerMuFen: 2_700 });
    // 0.1 mu steps: 33,333 × 0.035 × 7.3 = 8,516.58 → 8,517 (per-mu rounding first would give 8,519).
    expect(
      insurancePremium({
        sumInsuredPerMuFen: 33_333,
        premiumRate: '0.035',
        areaMu: 7.3,
        outputValuePerMuFen: 50_000,
      }).premiumFen,
    ).toBe(8_517);
  });

  it('caps cover at 80 % of output value', () => {
    expect(() =>
      insurancePremium({
        sumInsuredPerMuFen: 48_001,
        premiumRate: '0.06',
        areaMu: 1,
        outputValuePerMuFen: 60_000,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT', path: ['input', 'sumInsuredPerMuFen'] }));
  });
});

describe('subsidy shares', () => {
  it('splits crops in central and western provinces 45 / 25 / county / farmer, exact to the fen', () => {
    expect(
      premiumSubsidySplit({
        premiumFen: 33_750,
        kind: 'crop',
        region: 'centralWestNortheast',
        provinceShare: '0.25',
        countyShare: '0.1',
      }),
    ).toEqual({
      centreFen: 15_188,
      provinceFen: 8_437,
      countyFen: 3_375,
      farmerFen: 6_750,
      shares: { centre: '0.45', province: '0.25', county: '0.1', farmer: '0.2' },
    });
    expect(
      premiumSubsidySplit({ premiumFen: 1_000, kind: 'livestock', region: 'east', provinceShare: '0.3' })
        .shares,
    ).toEqual({
      centre: '0.4',
      province: '0.3',
      county: '0',
      farmer: '0.3',
    });
  });

  it('refuses a province below 25 % and shares above the whole', () => {
    expect(() =>
      premiumSubsidySplit({ premiumFen: 1, kind: 'crop', region: 'east', provinceShare: '0.2' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RATE', path: ['input', 'provinceShare'] }));
    expect(() =>
      premiumSubsidySplit({
        premiumFen: 1,
        kind: 'crop',
        region: 'centralWestNortheast',
        provinceShare: '0.5',
        countyShare: '0.1',
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RATE', path: ['input', 'countyShare'] }));
  });

  it('shares always sum to the premium (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom('crop', 'livestock'),
        fc.constantFrom('centralWestNortheast', 'east'),
        fc.integer({ min: 2_500, max: 4_000 }),
        fc.integer({ min: 0, max: 1_000 }),
        (premiumFen, kind, region, province, county) => {
          const split = premiumSubsidySplit({
            premiumFen,
            kind,
            region,
            provinceShare: (province / 10_000).toFixed(4),
            countyShare: (county / 10_000).toFixed(4),
          });
          expect(split.centreFen + split.provinceFen + split.countyFen + split.farmerFen).toBe(premiumFen);
          expect(
            Math.min(split.centreFen, split.provinceFen, split.countyFen, split.farmerFen),
          ).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('claims', () => {
  const base = {
    sumInsuredPerMuFen: 45_000,
    insuredAreaMu: 12.5,
    damagedAreaMu: 10,
    growthStage: 'headingToFilling',
    stageCaps: PRACTICE_WHEAT_STAGE_CAPS,
  } as const;

  it('pays sum insured × stage cap × (loss − deductible) × damaged area; total loss pays the cap', () => {
    expect(insuranceClaim({ ...base, lossRate: '0.5', deductible: '0.1' })).toEqual({
      claimFen: 144_000,
      totalLoss: false,
      stageCap: '0.8',
      payableShare: '0.4',
    });
    expect(insuranceClaim({ ...base, lossRate: '0.85', deductible: '0.1' })).toMatchObject({
      claimFen: 360_000,
      totalLoss: true,
    });
    expect(insuranceClaim({ ...base, lossRate: '0.05', deductible: '0.1' }).claimFen).toBe(0);
  });

  it('refuses an unknown stage and more damage than insured area', () => {
    expect(() => insuranceClaim({ ...base, growthStage: 'sowing', lossRate: '0.5' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['input', 'growthStage'] }),
    );
    expect(() => insuranceClaim({ ...base, damagedAreaMu: 13, lossRate: '0.5' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['input', 'damagedAreaMu'] }),
    );
  });

  it('never pays more than the sum insured for the area (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (perMu, insuredTenths, damagedTenths, cap, loss, deductible, threshold) => {
          const insuredAreaMu = (insuredTenths / 10).toFixed(1);
          const damagedAreaMu = (Math.min(damagedTenths, insuredTenths) / 10).toFixed(1);
          const claim = insuranceClaim({
            sumInsuredPerMuFen: perMu,
            insuredAreaMu,
            damagedAreaMu,
            growthStage: 'stage',
            stageCaps: { stage: (cap / 100).toFixed(2) },
            lossRate: (loss / 100).toFixed(2),
            deductible: (deductible / 100).toFixed(2),
            totalLossThreshold: (threshold / 100).toFixed(2),
          });
          const sumInsured = insurancePremium({
            sumInsuredPerMuFen: Math.max(perMu, 1),
            premiumRate: '0.01',
            areaMu: insuredAreaMu,
            outputValuePerMuFen: Math.max(perMu, 1) * 2,
          }).sumInsuredFen;
          expect(claim.claimFen).toBeGreaterThanOrEqual(0);
          expect(claim.claimFen).toBeLessThanOrEqual(perMu === 0 ? 0 : sumInsured);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('insured area against trusteeship contracts', () => {
  it('sums the member’s signed, active and completed contracts exactly and ignores other fields', () => {
    const contracts = [
      contract('T1', 7.3, 'active', { plots: [{ id: 'P1', areaMu: 7.3 }] }),
      contract('T2', 5.2, 'signed'),
      contract('T3', 100, 'terminated'),
      contract('T4', 100, 'draft'),
      { ...contract('T5', 100), memberId: 'M002' },
      { ...contract('T6', 100), startDate: '2026-05-01' },
    ];
    expect(
      checkInsuredArea({ memberId: 'M001', insuredAreaMu: '12.5', asOf: '2026-03-01', contracts }),
    ).toEqual({
      result: 'within',
      contractedAreaMu: '12.5',
      contractIds: ['T1', 'T2'],
    });
    expect(() =>
      checkInsuredArea({ memberId: 'M001', insuredAreaMu: '12.6', asOf: '2026-03-01', contracts }),
    ).toThrow(expect.objectContaining({ code: 'FINANCE_RULE', path: ['input', 'insuredAreaMu'] }));
    expect(
      checkInsuredArea({ memberId: 'M009', insuredAreaMu: 1, asOf: '2026-03-01', contracts }).result,
    ).toBe('noContracts');
  });
});
