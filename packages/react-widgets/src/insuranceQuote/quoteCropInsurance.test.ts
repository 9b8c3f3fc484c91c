import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CropInsuranceProduct } from './insuranceQuoteProps';
import { type InsuranceQuoteTerms, initialInsuranceValues, quoteCropInsurance } from './quoteCropInsurance';

// Wheat: 450 yuan per mu insured at 6 %, output worth 600 yuan per mu; a central-western province.
const wheat: CropInsuranceProduct = {
  id: 'wheat',
  name: { 'zh-CN': '小麦种植保险', en: 'Wheat insurance' },
  sumInsuredPerMuFen: 45_000,
  premiumRate: '0.06',
  outputValuePerMuFen: 60_000,
};
const maize: CropInsuranceProduct = {
  id: 'maize',
  name: { 'zh-CN': '玉米种植保险', en: 'Maize insurance' },
  sumInsuredPerMuFen: 40_000,
  premiumRate: '0.07',
  outputValuePerMuFen: 55_000,
};
const terms: InsuranceQuoteTerms = {
  products: [wheat, maize],
  subsidy: { region: 'centralWestNortheast', provinceShare: '0.25', countyShare: '0.1' },
};
const contract = (id: string, areaMu: number, status = 'active') => ({
  id,
  memberId: 'M042',
  areaMu,
  status,
  startDate: '2025-10-01',
});
const checked: InsuranceQuoteTerms = {
  ...terms,
  trusteeship: {
    memberId: 'M042',
    asOf: '2026-03-01',
    contracts: [contract('TC-1', 7.3), contract('TC-2', 5.2, 'signed')],
  },
};

describe('quoteCropInsurance', () => {
  it('prices 12.5 mu of wheat and splits the premium 45 / 25 / 10 / 20, exact to the fen', () => {
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '12.5' }, terms)).toEqual({
      status: 'quoted',
      quote: {
        productId: 'wheat',
        areaMu: '12.5',
        premium: { sumInsuredFen: 562_500, premiumFen: 33_750, premiumPerMuFen: 2_700 },
        subsidy: {
          centreFen: 15_188,
          provinceFen: 8_437,
          countyFen: 3_375,
          farmerFen: 6_750,
          shares: { centre: '0.45', province: '0.25', county: '0.1', farmer: '0.2' },
        },
      },
    });
  });

  it('uses the product chosen and the east region’s central share', () => {
    const east = { ...terms, subsidy: { region: 'east' as const, provinceShare: '0.3' } };
    const quote = quoteCropInsurance({ productId: 'maize', areaMu: ' 8 ' }, east);
    expect(quote).toMatchObject({
      status: 'quoted',
      quote: {
        areaMu: '8',
        premium: { premiumFen: 22_400 },
        subsidy: { shares: { centre: '0.35', province: '0.3', county: '0', farmer: '0.35' } },
      },
    });
  });

  it('marks the area when finance refuses it, from the HezuoError path', () => {
    for (const areaMu of ['abc', '0', '-3', '1e9', '12.5亩']) {
      expect(quoteCropInsurance({ productId: 'wheat', areaMu }, terms), areaMu).toEqual({
        status: 'invalid',
        errors: { areaMu: { problem: 'area' } },
      });
    }
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '  ' }, terms)).toEqual({
      status: 'invalid',
      errors: { areaMu: { problem: 'required' } },
    });
    expect(quoteCropInsurance({ productId: 'rice', areaMu: '1' }, terms)).toEqual({
      status: 'invalid',
      errors: { productId: { problem: 'required' } },
    });
  });

  it('checks the area against the trusteeship contracts when the host gives them', () => {
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '12.5' }, checked)).toMatchObject({
      status: 'quoted',
      quote: { areaCheck: { result: 'within', contractedAreaMu: '12.5', contractIds: ['TC-1', 'TC-2'] } },
    });
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '13' }, checked)).toEqual({
      status: 'invalid',
      errors: { areaMu: { problem: 'overContract', contractedAreaMu: '12.5' } },
    });
    const stranger = {
      ...checked,
      trusteeship: { ...checked.trusteeship, memberId: 'M009' },
    } as InsuranceQuoteTerms;
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '13' }, stranger)).toMatchObject({
      status: 'quoted',
      quote: { areaCheck: { result: 'noContracts' } },
    });
  });

  it('reports terms no field can fix as a failure', () => {
    const greedy = {
      ...terms,
      subsidy: { region: 'centralWestNortheast' as const, provinceShare: '0.5', countyShare: '0.1' },
    };
    expect(quoteCropInsurance({ productId: 'wheat', areaMu: '1' }, greedy)).toMatchObject({
      status: 'invalid',
      errors: {},
      failure: { code: 'INVALID_RATE', path: ['input', 'countyShare'] },
    });
  });

  it('starts from the first product and the area given', () => {
    expect(initialInsuranceValues(undefined, [wheat, maize])).toEqual({ productId: 'wheat', areaMu: '' });
    expect(initialInsuranceValues({ productId: 'maize', areaMu: 7.3 }, [wheat, maize])).toEqual({
      productId: 'maize',
      areaMu: '7.3',
    });
  });

  it('the four parts always add up to the premium (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 2_500, max: 4_500 }),
        fc.integer({ min: 0, max: 1_000 }),
        (tenths, province, county) => {
          const quote = quoteCropInsurance(
            { productId: 'wheat', areaMu: (tenths / 10).toFixed(1) },
            {
              ...terms,
              subsidy: {
                region: 'centralWestNortheast',
                provinceShare: (province / 10_000).toFixed(4),
                countyShare: (county / 10_000).toFixed(4),
              },
            },
          );
          if (quote.status !== 'quoted') throw new Error(JSON.stringify(quote));
          const { centreFen, provinceFen, countyFen, farmerFen } = quote.quote.subsidy;
          expect(centreFen + provinceFen + countyFen + farmerFen).toBe(quote.quote.premium.premiumFen);
          expect(Math.min(centreFen, provinceFen, countyFen, farmerFen)).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
